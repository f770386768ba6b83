#pragma once

#include "moderation/moderatorsession.h"
#include "storage/database.h"

#include <QHostAddress>
#include <QTemporaryDir>

#include <memory>

namespace dp::test {

/// A moderator hosting the built-in framework catalog on loopback (free port, own temporary
/// database), results shown from the start: the hub tablets connect to in these tests.
struct LiveHub
{
    QTemporaryDir dir;
    Database database;
    std::unique_ptr<ModeratorSession> moderator;
    QString error;

    bool start()
    {
        if (!dir.isValid() || !database.open(dir.filePath(QStringLiteral("hub.sqlite")), &error))
            return false;
        moderator = std::make_unique<ModeratorSession>(database);
        moderator->setLanguage(QStringLiteral("en"));
        if (!moderator->hostNewWorkshop(QStringLiteral("qualitaetsrahmen"), QStringLiteral("Live"),
                QHostAddress::LocalHost, 0, QStringLiteral("127.0.0.1"))) {
            error = moderator->errorText();
            return false;
        }
        moderator->setHideUntilRevealed(false);
        return true;
    }
};

} // namespace dp::test

// The attendee's core objects over a fresh database in a temporary folder, provided to a QML
// engine the way the app's composition root provides them: for the Qt Quick tests and the layout
// test.
#pragma once

#include "languagecontroller.h"
#include "qmlservices.h"
#include "session/answerservice.h"
#include "session/attendeesession.h"
#include "session/joincontroller.h"
#include "storage/database.h"
#include "storage/sessionstore.h"
#include "sync/syncclient.h"

#include <QQmlEngine>
#include <QTemporaryDir>

#include <memory>

namespace dp::testing {

struct AttendeeUi
{
    QTemporaryDir dir;
    Database database;
    SessionStore sessions { database };
    AnswerService answers { database };
    LanguageController language;
    std::unique_ptr<AttendeeSession> attendee;
    std::unique_ptr<SyncClient> client;
    std::unique_ptr<JoinController> join;

    /// Opens the database and the controllers, in `startLanguage`, and provides them to `engine`.
    bool open(QQmlEngine* engine, const QString& startLanguage, QString* error)
    {
        if (!dir.isValid() || !database.open(dir.filePath("test.sqlite"), error))
            return false;
        attendee = std::make_unique<AttendeeSession>(
            sessions, answers, dir.filePath("state.ini"), dir.filePath("catalogs"), QString());
        client = std::make_unique<SyncClient>(database, answers);
        join = std::make_unique<JoinController>(*attendee, *client, dir.filePath("join.ini"));
        // Tests never listen for real workshops on the network.
        join->nearby()->setDiscoveryPort(0);
        // Both ways, as in the app: the switch sets the pages' language, a shared tablet sets
        // the switch back for the next person.
        QObject::connect(&language, &LanguageController::languageChanged, attendee.get(),
            [this] { attendee->setLanguage(language.language()); });
        QObject::connect(attendee.get(), &AttendeeSession::languageChanged, &language,
            [this] { language.setLanguage(attendee->language()); });
        language.attachEngine(engine);
        language.setLanguage(startLanguage);
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        QmlServices::provide(engine, { attendee.get(), &language, nullptr, join.get() });
        return true;
    }
};

} // namespace dp::testing

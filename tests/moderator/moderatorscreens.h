#pragma once

#include "moderation/moderatorsession.h"
#include "qmlservices.h"
#include "sessionexports.h"
#include "stats/seriescomparisonmodel.h"
#include "storage/database.h"

#include <QQmlEngine>
#include <QTemporaryDir>

namespace dp::test {

/// What the moderator's screens need from the composition root besides the moderator: the
/// exports and the series comparison over the same moderator database, as the app wires them.
struct ModeratorScreens
{
    ModeratorScreens(Database& database, ModeratorSession& moderator)
        : exports(database)
        , seriesComparison(database)
        , moderator(moderator)
    {
        // Exports made by tests go to a folder of their own, never to the documents folder.
        exports.setBaseFolder(exportFolder.path());
    }

    /// Hands the moderator's objects to `engine` (the workshop library only where a test has one).
    void provide(QQmlEngine* engine, WorkshopLibrary* workshops = nullptr)
    {
        QmlServices::provide(engine,
            { nullptr, nullptr, &moderator, nullptr, workshops, &exports, &seriesComparison });
    }

    QTemporaryDir exportFolder;
    SessionExports exports;
    SeriesComparisonModel seriesComparison;
    ModeratorSession& moderator;
};

} // namespace dp::test

#include "workshoprows.h"

#include "storage/database.h"
#include "storage/seriesstore.h"
#include "storage/sessionlifecycle.h"
#include "storage/sessionstore.h"
#include "sync/hubstatestore.h"

#include <QSet>
#include <QSqlQuery>

namespace dp::workshoprows {

namespace {

/// Workshops hosted before have a hub state: hosting them again continues them.
QSet<QString> startedSessions(Database& database)
{
    QSet<QString> started;
    if (const auto running = HubStateStore(database).load())
        started.insert(running->session.id);
    QSqlQuery keys(database.connection());
    if (keys.exec(QStringLiteral("SELECT key FROM meta WHERE key LIKE 'hub_state:%'"))) {
        while (keys.next())
            started.insert(keys.value(0).toString().section(QLatin1Char(':'), 1));
    }
    return started;
}

WorkshopRow rowFor(Database& database, const QString& sessionId, const QString& language)
{
    WorkshopRow row;
    row.sessionId = sessionId;
    SessionStore sessions(database);
    if (const auto session = sessions.session(sessionId)) {
        row.title = session->title;
        row.date = session->date;
        row.catalogTitle = session->catalog.title.text(language);
        for (const Dimension& dimension : session->catalog.dimensions)
            row.dimensionTitles.append(dimension.title.text(language));
        for (const Group& group : session->groups)
            row.groupNames.append(group.name.text(language));
    }
    row.participantCount = int(sessions.participants(sessionId).size());
    row.answerCount = HubStateStore(database).answerCount(sessionId);
    if (const auto settings = SessionLifecycle(database).settings(sessionId)) {
        row.seriesId = settings->seriesId;
        row.seriesPosition = settings->seriesPosition;
        row.archived = settings->archived;
        row.anonymityThreshold = settings->anonymityThreshold;
    }
    if (!row.seriesId.isEmpty()) {
        if (const auto series = SeriesStore(database).series(row.seriesId))
            row.seriesTitle = series->title;
    }
    return row;
}

} // namespace

QList<WorkshopRow> load(Database& database, bool archived, const QString& language)
{
    const QSet<QString> started = startedSessions(database);
    QList<WorkshopRow> rows;
    for (const QString& id : SessionLifecycle(database).sessionIds(archived)) {
        WorkshopRow row = rowFor(database, id, language);
        row.started = started.contains(id) || row.participantCount > 0;
        rows.append(row);
    }
    return rows;
}

QVariantList series(Database& database)
{
    QVariantList list;
    SeriesStore store(database);
    for (const SeriesRecord& record : store.allSeries()) {
        list.append(QVariantMap { { QStringLiteral("id"), record.id },
            { QStringLiteral("title"), record.title },
            { QStringLiteral("workshopCount"), int(store.sessionsOfSeries(record.id).size()) } });
    }
    return list;
}

} // namespace dp::workshoprows

#include "sessionlifecycle.h"

#include "catalogfilter.h"
#include "database.h"
#include "seriesstore.h"
#include "sessionstore.h"
#include "sqlhelpers.h"

#include "stats/suppression.h"

#include <QSqlQuery>
#include <QUuid>

namespace dp {

namespace {

bool checkThreshold(int threshold, QString* error)
{
    if (threshold >= GroupSuppression::MinimumThreshold)
        return true;
    return sql::fail(error,
        QStringLiteral("The anonymity threshold must be at least %1 (it was %2): smaller groups "
                       "would let people recognise each other's answers.")
            .arg(GroupSuppression::MinimumThreshold)
            .arg(threshold));
}

} // namespace

SessionLifecycle::SessionLifecycle(Database& database)
    : m_database(database)
{
}

std::optional<SessionRecord> SessionLifecycle::createSession(const QString& title,
    const QDate& date, const Catalog& catalog, const QStringList& dimensionIds,
    const QList<Group>& groups, SessionRecord::Role role, int anonymityThreshold, QString* error)
{
    if (!checkThreshold(anonymityThreshold, error))
        return std::nullopt;
    for (const QString& id : dimensionIds) {
        if (!catalog.dimension(id)) {
            sql::fail(error,
                QStringLiteral("The catalog \"%1\" has no dimension \"%2\".").arg(catalog.id, id));
            return std::nullopt;
        }
    }
    const Catalog snapshot
        = dimensionIds.isEmpty() ? catalog : filteredCatalog(catalog, dimensionIds);

    sql::Transaction transaction(m_database.connection());
    if (!transaction.begin(error))
        return std::nullopt;
    auto session
        = SessionStore(m_database).createSession(title, date, snapshot, groups, role, error);
    if (!session
        || !updateColumn(session->id, QStringLiteral("anonymity_threshold"), anonymityThreshold,
            QStringLiteral("Setting the anonymity threshold"), error)
        || !transaction.commit(error))
        return std::nullopt;
    return session;
}

std::optional<SessionSettings> SessionLifecycle::settings(const QString& sessionId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT series_id, series_position, archived, anonymity_threshold"
                                 " FROM sessions WHERE id = ?"));
    query.addBindValue(sessionId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    SessionSettings settings;
    settings.seriesId = query.value(0).toString();
    settings.seriesPosition = query.value(1).toInt();
    settings.archived = query.value(2).toInt() != 0;
    settings.anonymityThreshold = query.value(3).toInt();
    return settings;
}

bool SessionLifecycle::setArchived(const QString& sessionId, bool archived, QString* error)
{
    return updateColumn(sessionId, QStringLiteral("archived"), archived ? 1 : 0,
        archived ? QStringLiteral("Archiving the session")
                 : QStringLiteral("Taking the session out of the archive"),
        error);
}

bool SessionLifecycle::setAnonymityThreshold(
    const QString& sessionId, int threshold, QString* error)
{
    return checkThreshold(threshold, error)
        && updateColumn(sessionId, QStringLiteral("anonymity_threshold"), threshold,
            QStringLiteral("Setting the anonymity threshold"), error);
}

QStringList SessionLifecycle::sessionIds(bool archived) const
{
    QStringList ids;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "SELECT id FROM sessions WHERE archived = ? ORDER BY created_at DESC, rowid DESC"));
    query.addBindValue(archived ? 1 : 0);
    if (!query.exec())
        return ids;
    while (query.next())
        ids << query.value(0).toString();
    return ids;
}

std::optional<SessionRecord> SessionLifecycle::duplicateAsNextWorkshop(
    const QString& sessionId, const QDate& date, const QString& title, QString* error)
{
    SessionStore sessions(m_database);
    const auto original = sessions.session(sessionId);
    const auto originalSettings = settings(sessionId);
    if (!original || !originalSettings) {
        sql::fail(error, QStringLiteral("Unknown session %1.").arg(sessionId));
        return std::nullopt;
    }

    // All or nothing: a half-made next workshop (e.g. without its series) would confuse the
    // comparison across the series later.
    sql::Transaction transaction(m_database.connection());
    if (!transaction.begin(error))
        return std::nullopt;
    SeriesStore series(m_database);
    QString seriesId = originalSettings->seriesId;
    if (seriesId.isEmpty()) {
        const auto created = series.createSeries(original->title, error);
        if (!created || !series.assignSession(sessionId, created->id, error))
            return std::nullopt;
        seriesId = created->id;
    }

    SessionRecord next;
    next.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    next.title = title.trimmed().isEmpty() ? original->title : title.trimmed();
    next.date = date;
    next.catalog = original->catalog;
    next.groups = original->groups;
    next.currentRound = 1;
    next.role = original->role;
    next.createdAt = QDateTime::currentDateTimeUtc();
    if (!sessions.insertSession(next, error)
        || !updateColumn(next.id, QStringLiteral("anonymity_threshold"),
            originalSettings->anonymityThreshold, QStringLiteral("Setting the anonymity threshold"),
            error)
        || !series.assignSession(next.id, seriesId, error) || !transaction.commit(error))
        return std::nullopt;
    return sessions.session(next.id);
}

// `column` is always one of our fixed column names, never user input.
bool SessionLifecycle::updateColumn(const QString& sessionId, const QString& column,
    const QVariant& value, const QString& what, QString* error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE sessions SET %1 = ? WHERE id = ?").arg(column));
    query.addBindValue(value);
    query.addBindValue(sessionId);
    if (!sql::exec(query, what, error))
        return false;
    if (query.numRowsAffected() != 1)
        return sql::fail(error, QStringLiteral("Unknown session %1.").arg(sessionId));
    return true;
}

} // namespace dp

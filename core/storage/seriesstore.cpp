#include "seriesstore.h"

#include "database.h"
#include "sessionstore.h"
#include "sqlhelpers.h"

#include <QSqlQuery>
#include <QUuid>

namespace dp {

namespace {

constexpr int MaxTitleLength = 200;

SeriesRecord seriesFromQuery(const QSqlQuery& query)
{
    return SeriesRecord { query.value(0).toString(), query.value(1).toString(),
        sql::dateTimeFromStorage(query.value(2).toString()) };
}

} // namespace

SeriesStore::SeriesStore(Database& database)
    : m_database(database)
{
}

std::optional<SeriesRecord> SeriesStore::createSeries(const QString& title, QString* error)
{
    const QString trimmed = title.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > MaxTitleLength) {
        sql::fail(error,
            QStringLiteral("A series needs a title of 1 to %1 characters.").arg(MaxTitleLength));
        return std::nullopt;
    }
    const SeriesRecord record { QUuid::createUuid().toString(QUuid::WithoutBraces), trimmed,
        QDateTime::currentDateTimeUtc() };
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO series (id, title, created_at) VALUES (?, ?, ?)"));
    query.addBindValue(record.id);
    query.addBindValue(record.title);
    query.addBindValue(sql::toStorage(record.createdAt));
    if (!sql::exec(query, QStringLiteral("Saving the series"), error))
        return std::nullopt;
    // Read back so the caller holds exactly what is stored (timestamps lose sub-ms precision).
    return series(record.id);
}

std::optional<SeriesRecord> SeriesStore::series(const QString& seriesId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT id, title, created_at FROM series WHERE id = ?"));
    query.addBindValue(seriesId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return seriesFromQuery(query);
}

QList<SeriesRecord> SeriesStore::allSeries() const
{
    QList<SeriesRecord> result;
    QSqlQuery query(m_database.connection());
    if (!query.exec(
            QStringLiteral("SELECT id, title, created_at FROM series ORDER BY created_at, rowid")))
        return result;
    while (query.next())
        result.append(seriesFromQuery(query));
    return result;
}

std::optional<int> SeriesStore::assignSession(
    const QString& sessionId, const QString& seriesId, QString* error)
{
    if (!series(seriesId)) {
        sql::fail(error, QStringLiteral("Unknown series %1.").arg(seriesId));
        return std::nullopt;
    }
    QSqlQuery current(m_database.connection());
    current.prepare(QStringLiteral("SELECT series_id, series_position FROM sessions WHERE id = ?"));
    current.addBindValue(sessionId);
    if (!current.exec() || !current.next()) {
        sql::fail(error, QStringLiteral("Unknown session %1.").arg(sessionId));
        return std::nullopt;
    }
    const QString currentSeries = current.value(0).toString();
    const int currentPosition = current.value(1).toInt();
    current.finish();
    if (currentSeries == seriesId)
        return currentPosition;
    if (!currentSeries.isEmpty()) {
        sql::fail(error,
            QStringLiteral("Session %1 already belongs to another series; take it out of that "
                           "series first.")
                .arg(sessionId));
        return std::nullopt;
    }

    // One statement, so the next position is taken atomically even without a transaction.
    QSqlQuery update(m_database.connection());
    update.prepare(QStringLiteral(
        "UPDATE sessions SET series_id = ?, series_position ="
        " (SELECT COALESCE(MAX(series_position), 0) + 1 FROM sessions WHERE series_id = ?)"
        " WHERE id = ?"));
    update.addBindValue(seriesId);
    update.addBindValue(seriesId);
    update.addBindValue(sessionId);
    if (!sql::exec(update, QStringLiteral("Adding the session to the series"), error))
        return std::nullopt;

    QSqlQuery position(m_database.connection());
    position.prepare(QStringLiteral("SELECT series_position FROM sessions WHERE id = ?"));
    position.addBindValue(sessionId);
    if (!position.exec() || !position.next()) {
        sql::fail(error, QStringLiteral("Reading the position in the series failed."));
        return std::nullopt;
    }
    return position.value(0).toInt();
}

bool SeriesStore::removeFromSeries(const QString& sessionId, QString* error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "UPDATE sessions SET series_id = NULL, series_position = NULL WHERE id = ?"));
    query.addBindValue(sessionId);
    if (!sql::exec(query, QStringLiteral("Taking the session out of its series"), error))
        return false;
    if (query.numRowsAffected() != 1)
        return sql::fail(error, QStringLiteral("Unknown session %1.").arg(sessionId));
    return true;
}

QList<SessionRecord> SeriesStore::sessionsOfSeries(const QString& seriesId) const
{
    QStringList ids;
    {
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("SELECT id FROM sessions WHERE series_id = ?"
                                     " ORDER BY series_position, created_at, rowid"));
        query.addBindValue(seriesId);
        if (!query.exec())
            return {};
        while (query.next())
            ids << query.value(0).toString();
    }
    QList<SessionRecord> result;
    SessionStore sessions(m_database);
    for (const QString& id : ids) {
        if (auto session = sessions.session(id))
            result.append(*session);
    }
    return result;
}

} // namespace dp

#include "retention.h"

#include "database.h"
#include "sessiondeletion.h"
#include "sqlhelpers.h"

#include <QSqlQuery>

namespace dp {

Retention::Retention(Database& database)
    : m_database(database)
{
}

std::optional<QStringList> Retention::deleteSessionsOlderThan(
    int days, QString* error, const QDate& today)
{
    const auto ids = expiredSessions(days, error, today);
    if (!ids || !SessionDeletion(m_database).deleteSessions(*ids, error))
        return std::nullopt;
    return ids;
}

std::optional<QStringList> Retention::expiredSessions(
    int days, QString* error, const QDate& today) const
{
    if (days < 1) {
        sql::fail(error,
            QStringLiteral("A retention period must be at least one day (it was %1).").arg(days));
        return std::nullopt;
    }
    if (!today.isValid()) {
        sql::fail(error, QStringLiteral("The retention check needs a valid date for today."));
        return std::nullopt;
    }
    if (!m_database.isOpen()) {
        sql::fail(error, QStringLiteral("The database is not open."));
        return std::nullopt;
    }
    // The workshop date counts, not when the session was created on this device: a session is
    // often prepared weeks ahead. Dates are stored as ISO text, so text order is date order.
    const QString cutoff = today.addDays(-days).toString(Qt::ISODate);
    QStringList ids;
    {
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("SELECT id FROM sessions WHERE date < ? ORDER BY date"));
        query.addBindValue(cutoff);
        if (!sql::exec(query, QStringLiteral("Finding sessions past the retention period"), error))
            return std::nullopt;
        while (query.next())
            ids << query.value(0).toString();
    }
    return ids;
}

} // namespace dp

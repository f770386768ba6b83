// The read side of RatingStore and the outbox bookkeeping.
#include "database.h"
#include "ratingrows.h"
#include "ratingstore.h"
#include "sqlhelpers.h"

#include <QSqlQuery>

namespace dp {

namespace {

QList<Rating> collect(QSqlQuery& query)
{
    QList<Rating> result;
    if (!query.exec())
        return result;
    while (query.next())
        result.append(ratingrows::fromQuery(query));
    return result;
}

int countOf(QSqlQuery& query)
{
    return query.exec() && query.next() ? query.value(0).toInt() : 0;
}

} // namespace

std::optional<Rating> RatingStore::rating(
    const QString& sessionId, int round, const QString& statementId, const QString& pseudonym) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM ratings WHERE session_id = ? AND round = ?"
                                 " AND statement_id = ? AND pseudonym = ?")
                      .arg(ratingrows::Columns));
    ratingrows::bindKey(query, sessionId, round, statementId, pseudonym);
    const QList<Rating> found = collect(query);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<Rating> RatingStore::ratings(const QString& sessionId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM ratings WHERE session_id = ?"
                                 " ORDER BY round, statement_id, pseudonym")
                      .arg(ratingrows::Columns));
    query.addBindValue(sessionId);
    return collect(query);
}

QList<Rating> RatingStore::ratingsOf(
    const QString& sessionId, const QString& pseudonym, int round) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM ratings WHERE session_id = ? AND pseudonym = ?"
                                 " AND round = ? ORDER BY statement_id")
                      .arg(ratingrows::Columns));
    query.addBindValue(sessionId);
    query.addBindValue(pseudonym);
    query.addBindValue(round);
    return collect(query);
}

int RatingStore::ratingCount(const QString& sessionId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM ratings WHERE session_id = ?"));
    query.addBindValue(sessionId);
    return countOf(query);
}

QList<Rating> RatingStore::pendingOutbox(const QString& sessionId, int limit) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM outbox WHERE session_id = ?"
                                 " ORDER BY sequence LIMIT ?")
                      .arg(ratingrows::Columns));
    query.addBindValue(sessionId);
    query.addBindValue(limit < 0 ? -1 : limit); // SQLite: a negative limit means no limit
    return collect(query);
}

int RatingStore::pendingCount(const QString& sessionId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE session_id = ?"));
    query.addBindValue(sessionId);
    return countOf(query);
}

bool RatingStore::isAcknowledged(
    const QString& sessionId, int round, const QString& statementId, const QString& pseudonym) const
{
    QSqlQuery query(m_database.connection());
    // Qt binds positionally, so the key is bound once per sub-select.
    query.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM ratings WHERE session_id = ?"
                                 "  AND round = ? AND statement_id = ? AND pseudonym = ?)"
                                 " AND NOT EXISTS (SELECT 1 FROM outbox WHERE session_id = ?"
                                 "  AND round = ? AND statement_id = ? AND pseudonym = ?)"));
    ratingrows::bindKey(query, sessionId, round, statementId, pseudonym);
    ratingrows::bindKey(query, sessionId, round, statementId, pseudonym);
    return countOf(query) == 1;
}

// An acknowledgement names the sequence that was committed on the moderator's side. If the
// answer changed since, the outbox holds a newer sequence for that key, which stays pending.
bool RatingStore::acknowledge(
    const QString& sessionId, const QList<qint64>& sequences, QString* error)
{
    if (!m_database.isOpen())
        return sql::fail(error, QStringLiteral("The database is not open."));
    const QSqlDatabase db = m_database.connection();
    sql::Transaction transaction(db);
    if (!transaction.begin(error))
        return false;
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM outbox WHERE session_id = ? AND sequence = ?"));
    for (const qint64 sequence : sequences) {
        query.addBindValue(sessionId);
        query.addBindValue(sequence);
        if (!sql::exec(query, QStringLiteral("Removing acknowledged ratings"), error))
            return false;
    }
    return transaction.commit(error);
}

} // namespace dp

#include "sessiondeletion.h"

#include "database.h"
#include "sqlhelpers.h"

#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>

namespace dp {

SessionDeletion::SessionDeletion(Database& database)
    : m_database(database)
{
}

bool SessionDeletion::deleteSession(const QString& sessionId, QString* error)
{
    return deleteSessions({ sessionId }, error);
}

bool SessionDeletion::deleteSessions(const QStringList& sessionIds, QString* error)
{
    if (!m_database.isOpen())
        return sql::fail(error, QStringLiteral("The database is not open."));
    if (sessionIds.isEmpty())
        return true;
    const QSqlDatabase db = m_database.connection();

    // secure_delete makes SQLite overwrite freed content with zeros, including the pages it
    // writes to the -wal file for this transaction. It costs write speed, so it is switched on
    // only for the deletion and the previous setting is restored afterwards.
    QSqlQuery previous(db);
    if (!previous.exec(QStringLiteral("PRAGMA secure_delete")) || !previous.next())
        return sql::fail(error,
            QStringLiteral("Cannot read secure_delete: %1").arg(previous.lastError().text()));
    const int previousSetting = previous.value(0).toInt();
    previous.finish();
    if (!sql::exec(db, QStringLiteral("PRAGMA secure_delete = ON"), error))
        return false;
    const auto restore = qScopeGuard([&] {
        sql::exec(db, QStringLiteral("PRAGMA secure_delete = %1").arg(previousSetting), nullptr);
    });

    if (!deleteRows(sessionIds, error))
        return false;
    return wipeFreedSpace(error);
}

bool SessionDeletion::deleteRows(const QStringList& sessionIds, QString* error)
{
    const QSqlDatabase db = m_database.connection();
    sql::Transaction transaction(db);
    if (!transaction.begin(error))
        return false;
    // Children first: the foreign keys have no ON DELETE CASCADE on purpose (see migrations).
    static const QStringList tables = { QStringLiteral("outbox"), QStringLiteral("ratings"),
        QStringLiteral("notes"), QStringLiteral("participants") };
    for (const QString& sessionId : sessionIds) {
        for (const QString& table : tables) {
            QSqlQuery query(db);
            query.prepare(QStringLiteral("DELETE FROM %1 WHERE session_id = ?").arg(table));
            query.addBindValue(sessionId);
            if (!sql::exec(query, QStringLiteral("Deleting from %1").arg(table), error))
                return false;
        }
        QSqlQuery session(db);
        session.prepare(QStringLiteral("DELETE FROM sessions WHERE id = ?"));
        session.addBindValue(sessionId);
        if (!sql::exec(session, QStringLiteral("Deleting the session"), error))
            return false;
        if (session.numRowsAffected() != 1)
            return sql::fail(
                error, QStringLiteral("Unknown session %1; nothing was deleted.").arg(sessionId));
    }
    return transaction.commit(error);
}

bool SessionDeletion::wipeFreedSpace(QString* error)
{
    const QSqlDatabase db = m_database.connection();
    const QString notWiped = QStringLiteral("The session was deleted, but its traces could not "
                                            "yet be wiped from the file: %1");
    QString reason;
    if (!sql::exec(db, QStringLiteral("VACUUM"), &reason))
        return sql::fail(error, notWiped.arg(reason));

    // Columns: busy, frames in the log, frames checkpointed. Busy means another connection
    // still reads old pages, and the log could not be emptied.
    QSqlQuery checkpoint(db);
    if (!checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) || !checkpoint.next())
        return sql::fail(error, notWiped.arg(checkpoint.lastError().text()));
    if (checkpoint.value(0).toInt() != 0)
        return sql::fail(
            error, notWiped.arg(QStringLiteral("another connection is still reading the file")));
    return true;
}

} // namespace dp

#include "sessionsyncstore.h"

#include "database.h"
#include "sqlhelpers.h"

#include <QSqlQuery>

namespace dp {

SessionSyncStore::SessionSyncStore(Database& database)
    : m_database(database)
{
}

QString SessionSyncStore::deviceId(const QString& sessionId) const
{
    return read(QStringLiteral("device_id"), sessionId);
}

QString SessionSyncStore::seal(const QString& sessionId) const
{
    return read(QStringLiteral("seal"), sessionId);
}

QString SessionSyncStore::roomCode(const QString& sessionId) const
{
    return read(QStringLiteral("room_code"), sessionId);
}

bool SessionSyncStore::setRoomCode(
    const QString& sessionId, const QString& roomCode, QString* error)
{
    return write(QStringLiteral("room_code"), sessionId, roomCode, error);
}

bool SessionSyncStore::setDeviceId(
    const QString& sessionId, const QString& deviceId, QString* error)
{
    return write(QStringLiteral("device_id"), sessionId, deviceId, error);
}

bool SessionSyncStore::setSeal(const QString& sessionId, const QString& seal, QString* error)
{
    return write(QStringLiteral("seal"), sessionId, seal, error);
}

QString SessionSyncStore::read(const QString& column, const QString& sessionId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM sessions WHERE id = ?").arg(column));
    query.addBindValue(sessionId);
    if (!query.exec() || !query.next())
        return {};
    return query.value(0).toString();
}

bool SessionSyncStore::write(
    const QString& column, const QString& sessionId, const QString& value, QString* error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE sessions SET %1 = ? WHERE id = ?").arg(column));
    query.addBindValue(value);
    query.addBindValue(sessionId);
    if (!sql::exec(query, QStringLiteral("Saving the session's sync data"), error))
        return false;
    if (query.numRowsAffected() == 1)
        return true;
    return sql::fail(error, QStringLiteral("Unknown session %1.").arg(sessionId));
}

} // namespace dp

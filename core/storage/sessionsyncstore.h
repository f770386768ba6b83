#pragma once

#include <QString>

namespace dp {

class Database;

/// What is kept with each session for sync: on a device its id in that session (assigned by the
/// hub; never shared with another session) and the hub's seal of the session; on the
/// moderator's side the room code the workshop keeps for life.
class SessionSyncStore
{
public:
    explicit SessionSyncStore(Database& database);

    /// This device's id in the session; empty before the hub welcomed it.
    QString deviceId(const QString& sessionId) const;
    QString seal(const QString& sessionId) const;
    /// The workshop's room code; empty before it was first hosted.
    QString roomCode(const QString& sessionId) const;
    bool setDeviceId(const QString& sessionId, const QString& deviceId, QString* error);
    bool setSeal(const QString& sessionId, const QString& seal, QString* error);
    bool setRoomCode(const QString& sessionId, const QString& roomCode, QString* error);

private:
    QString read(const QString& column, const QString& sessionId) const;
    bool write(
        const QString& column, const QString& sessionId, const QString& value, QString* error);

    Database& m_database;
};

} // namespace dp

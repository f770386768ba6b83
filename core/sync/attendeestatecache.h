#pragma once

#include "sessionsnapshot.h"

#include <memory>
#include <optional>

namespace dp {

class Database;
class HubStateStore;
class SessionStore;
class SessionSyncStore;

/// The workshop state this tablet last received from the hub, kept in its database so rating
/// continues offline and after a restart; the session itself is stored as an attendee's copy.
class AttendeeStateCache
{
public:
    explicit AttendeeStateCache(Database& database);
    ~AttendeeStateCache();

    const std::optional<SessionSnapshot>& snapshot() const { return m_snapshot; }
    QString sessionId() const { return m_snapshot ? m_snapshot->session.id : QString(); }
    /// This device's id in the current session (given by the hub); empty before the welcome.
    QString deviceId() const;
    bool storeDeviceId(const QString& sessionId, const QString& deviceId, QString* error);
    /// This device's participants in the current session.
    QList<Participant> participants() const;
    /// Creates a participant (empty `pseudonym`) or stores the given one in the current session.
    std::optional<Participant> storeParticipant(
        const QString& groupId, const QString& pseudonym, QString* error);

    /// Takes `snapshot` as the current state and keeps the hub's `seal` of its session. Returns
    /// false (with `error`) when the session could not be stored; true with a non-empty
    /// `error` when only remembering it failed.
    bool apply(const SessionSnapshot& snapshot, const QString& seal, QString* error);

private:
    std::unique_ptr<SessionStore> m_sessions;
    std::unique_ptr<SessionSyncStore> m_sync;
    std::unique_ptr<HubStateStore> m_stateStore;
    std::optional<SessionSnapshot> m_snapshot;
};

} // namespace dp

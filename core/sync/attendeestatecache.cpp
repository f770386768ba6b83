#include "attendeestatecache.h"

#include "hubstatestore.h"
#include "storage/sessionstore.h"
#include "storage/sessionsyncstore.h"
#include "syncclient.h"

namespace dp {

AttendeeStateCache::AttendeeStateCache(Database& database)
    : m_sessions(std::make_unique<SessionStore>(database))
    , m_sync(std::make_unique<SessionSyncStore>(database))
    , m_stateStore(std::make_unique<HubStateStore>(database, QStringLiteral("attendee_state")))
    , m_snapshot(m_stateStore->load())
{
}

AttendeeStateCache::~AttendeeStateCache() = default;

QString AttendeeStateCache::deviceId() const
{
    return m_snapshot ? m_sync->deviceId(m_snapshot->session.id) : QString();
}

bool AttendeeStateCache::storeDeviceId(
    const QString& sessionId, const QString& deviceId, QString* error)
{
    if (m_sync->deviceId(sessionId) == deviceId)
        return true;
    return m_sync->setDeviceId(sessionId, deviceId, error);
}

QList<Participant> AttendeeStateCache::participants() const
{
    return m_snapshot ? m_sessions->participants(m_snapshot->session.id) : QList<Participant>();
}

std::optional<Participant> AttendeeStateCache::storeParticipant(
    const QString& groupId, const QString& pseudonym, QString* error)
{
    if (!m_snapshot)
        return std::nullopt;
    if (pseudonym.isEmpty())
        return m_sessions->createParticipant(m_snapshot->session.id, groupId, error);
    const Participant participant { m_snapshot->session.id, pseudonym, groupId,
        QDateTime::currentDateTimeUtc() };
    if (!m_sessions->upsertParticipant(participant, error))
        return std::nullopt;
    return participant;
}

bool AttendeeStateCache::apply(const SessionSnapshot& snapshot, const QString& seal, QString* error)
{
    error->clear();
    SessionRecord local = snapshot.session;
    local.role = SessionRecord::Role::Attendee;
    QString cause;
    if (!m_sessions->session(local.id) && !m_sessions->insertSession(local, &cause)) {
        *error = SyncClient::tr("Could not store the workshop on this device: %1").arg(cause);
        return false;
    }
    m_snapshot = snapshot;
    // Also moves the stored session to the hub's round, so a restart continues in it.
    if (m_stateStore->save(snapshot, error) && m_sync->seal(local.id) != seal)
        m_sync->setSeal(local.id, seal, error);
    return true;
}

} // namespace dp

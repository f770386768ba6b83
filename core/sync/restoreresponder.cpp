#include "restoreresponder.h"

#include "hubstatestore.h"
#include "storage/sessionstore.h"
#include "storage/sessionsyncstore.h"

namespace dp {

RestoreResponder::RestoreResponder(Database& database)
    : m_database(database)
{
}

bool RestoreResponder::remember(const QString& sessionId, const QString& roomCode, QString* error)
{
    SessionSyncStore store(m_database);
    if (store.roomCode(sessionId) == roomCode)
        return true;
    return store.setRoomCode(sessionId, roomCode, error);
}

QList<protocol::OfferSession> RestoreResponder::offers(
    const QString& roomCode, const std::optional<SessionSnapshot>& current) const
{
    QList<protocol::OfferSession> result;
    const SessionSyncStore sync(m_database);
    const HubStateStore counter(m_database);
    for (const SessionRecord& session : SessionStore(m_database).sessions()) {
        if (session.role != SessionRecord::Role::Attendee)
            continue;
        const QString seal = sync.seal(session.id);
        const QString joinedWith = sync.roomCode(session.id);
        const bool isCurrent = current && current->session.id == session.id;
        // The current session may predate remembering room codes; it came from this target.
        if (seal.isEmpty() || (joinedWith != roomCode && !(isCurrent && joinedWith.isEmpty())))
            continue;
        protocol::OfferSession offer;
        if (isCurrent)
            offer.snapshot = *current;
        offer.snapshot.session = session;
        offer.seal = seal;
        offer.answers = counter.answerCount(session.id);
        result.append(offer);
    }
    return result;
}

} // namespace dp

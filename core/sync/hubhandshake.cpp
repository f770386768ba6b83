#include "hubhandshake.h"

#include "attendeestatecache.h"

namespace dp {

HubHandshake::HubHandshake(AttendeeStateCache& state, QObject* parent)
    : QObject(parent)
    , m_state(state)
{
}

void HubHandshake::reset()
{
    m_synced = false;
    m_welcome.reset();
}

void HubHandshake::handleWelcome(const protocol::Welcome& welcome)
{
    m_synced = false;
    m_welcome.reset();
    if (m_state.snapshot() && welcome.sessionId == m_state.sessionId()) {
        startSync(welcome);
        return;
    }
    // Another workshop (or our first): its state follows; the sessions we hold stay as they are.
    m_welcome = welcome;
}

void HubHandshake::handleState(const protocol::State& state)
{
    QString error;
    const bool stored = m_state.apply(state.snapshot, state.seal, &error);
    if (!error.isEmpty())
        emit failed(error);
    if (!stored)
        return;
    std::optional<protocol::Welcome> welcome;
    if (!m_synced && m_welcome && m_welcome->sessionId == state.snapshot.session.id)
        welcome = std::exchange(m_welcome, std::nullopt);
    // The device id is stored before anyone hears of the new session, so even an answer given
    // right away carries it.
    if (welcome && !storeDeviceId(*welcome))
        return;
    emit stateApplied();
    if (welcome)
        startSync(*welcome);
}

bool HubHandshake::storeDeviceId(const protocol::Welcome& welcome)
{
    QString error;
    if (m_state.storeDeviceId(welcome.sessionId, welcome.deviceId, &error))
        return true;
    emit failed(error);
    return false;
}

void HubHandshake::startSync(const protocol::Welcome& welcome)
{
    if (!storeDeviceId(welcome))
        return;
    m_synced = true;
    emit readyToSync(welcome.highWater);
}

} // namespace dp

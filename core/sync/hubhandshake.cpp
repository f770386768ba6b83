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
    emit stateApplied();
    if (!m_synced && m_welcome && m_welcome->sessionId == state.snapshot.session.id) {
        const protocol::Welcome welcome = *m_welcome;
        m_welcome.reset();
        startSync(welcome);
    }
}

void HubHandshake::startSync(const protocol::Welcome& welcome)
{
    QString error;
    if (!m_state.storeDeviceId(welcome.sessionId, welcome.deviceId, &error)) {
        emit failed(error);
        return;
    }
    m_synced = true;
    emit readyToSync(welcome.highWater);
}

} // namespace dp

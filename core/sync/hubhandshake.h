#pragma once

#include "messages.h"

#include <QObject>

#include <optional>

namespace dp {

class AttendeeStateCache;

/// What happens between a device's hello and sending answers: take the device id the hub
/// gave us for its session, follow the hub's session state (a new workshop is stored beside
/// the ones this device already holds), and decide when sending may begin and from which
/// high-water mark.
class HubHandshake : public QObject
{
    Q_OBJECT

public:
    explicit HubHandshake(AttendeeStateCache& state, QObject* parent = nullptr);

    /// The connection is gone or stopped: a new hello starts over.
    void reset();
    void handleWelcome(const protocol::Welcome& welcome);
    void handleState(const protocol::State& state);

signals:
    /// The hub and this device agree on the session: send everything above `hubMark`.
    void readyToSync(qint64 hubMark);
    /// A new state is stored and is the current one now.
    void stateApplied();
    void failed(const QString& message);

private:
    bool storeDeviceId(const protocol::Welcome& welcome);
    void startSync(const protocol::Welcome& welcome);

    AttendeeStateCache& m_state;
    bool m_synced = false;
    std::optional<protocol::Welcome> m_welcome; ///< a welcome that waits for its session's state
};

} // namespace dp

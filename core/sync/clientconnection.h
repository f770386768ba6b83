#pragma once

#include "joinurl.h"
#include "messages.h"

#include <QAbstractSocket>
#include <QElapsedTimer>
#include <QObject>
#include <QRandomGenerator>
#include <QTimer>

class QWebSocket;

namespace dp {

/// The attendee's WebSocket to the hub: opens it, notices a dead or silent hub (connect timeout,
/// heartbeat), explains in plain words why it was lost, and reconnects with jittered exponential
/// backoff while it is supposed to run. It knows nothing of the protocol's meaning.
class ClientConnection : public QObject
{
    Q_OBJECT

public:
    struct Timings
    {
        int connectTimeoutMs = 5000;
        int minBackoffMs = 250;
        int maxBackoffMs = 8000;
        int heartbeatMs = 5000;
        int deadAfterMs = 15000;
        quint32 seed = 0; ///< for backoff jitter; 0 = random
    };

    explicit ClientConnection(const Timings& timings, QObject* parent = nullptr);
    ~ClientConnection() override;

    void setTarget(const JoinTarget& target) { m_target = target; }
    const JoinTarget& target() const { return m_target; }
    bool isRunning() const { return m_running; }
    bool isOpen() const { return m_socket != nullptr; }

    /// Connects now and keeps reconnecting after losses until stop().
    void start();
    /// Closes the connection normally and stops reconnecting.
    void stop();
    /// Tears the connection down because of `cause`; `lost` follows.
    void drop(const QString& cause);
    /// Plans the next attempt with backoff (unless one is planned or we are stopped).
    void reconnectLater();
    /// Plans the next attempt in `delayMs` (the hub said when), replacing a planned one.
    void reconnectAfter(qint64 delayMs);
    /// The hub let us in: the next loss starts again with the shortest delay.
    void resetBackoff() { m_attempt = 0; }
    void send(const protocol::ToHub& message);

signals:
    /// A connection attempt begins.
    void connecting();
    void connected();
    void textReceived(const QString& text);
    /// The connection is gone (already torn down); the owner decides about reconnectLater().
    void lost(const QString& cause);
    /// Time to tell the hub we are alive.
    void heartbeatDue();

private:
    void connectNow();
    void scheduleReconnect();
    void onConnected();
    void onDisconnected();
    void onSocketError(QAbstractSocket::SocketError error);
    void onConnectTimeout();
    void heartbeat();

    Timings m_timings;
    JoinTarget m_target;
    QWebSocket* m_socket = nullptr;
    bool m_running = false;
    bool m_connecting = false;
    int m_attempt = 0;
    QTimer m_connectTimer;
    QTimer m_reconnectTimer;
    QTimer m_heartbeatTimer;
    QElapsedTimer m_lastHeard;
    QRandomGenerator m_random;
};

} // namespace dp

#pragma once

#include <QHostAddress>
#include <QObject>
#include <QTimer>

#include <atomic>
#include <memory>
#include <vector>

class QTcpSocket;

namespace dp::test {

/// Keeps a number of idle connections open against a port, reconnecting the ones the server
/// closes: the flood the hub must let real devices through. Runs in the thread it lives in (move
/// it to a thread of its own for a benchmark); the counters may be read from any thread.
class IdleFlood : public QObject
{
public:
    enum class Kind {
        Tcp, ///< connects and says nothing
        HalfHead, ///< sends the start of a request head and never ends it
        SilentWebSocket, ///< completes the WebSocket handshake and never sends a frame
    };

    struct Options
    {
        QHostAddress host = QHostAddress(QHostAddress::LocalHost);
        quint16 port = 0;
        /// The source address, when the flood should come from another one (127.0.0.0/8).
        QHostAddress from;
        Kind kind = Kind::Tcp;
        int connections = 100;
        /// Pause before a closed connection is opened again.
        int reconnectDelayMs = 10;
    };

    explicit IdleFlood(const Options& options, QObject* parent = nullptr);
    ~IdleFlood() override;

    /// Opens the connections (call in the flood's thread, e.g. with QMetaObject::invokeMethod).
    void start();
    /// Closes them and stops reconnecting.
    void stop();

    /// Connections open now (for SilentWebSocket: upgraded).
    std::atomic<int> open { 0 };
    /// Connections opened again after the server closed them.
    std::atomic<qint64> reopened { 0 };

private:
    struct Connection;
    void connectOne(Connection& connection);

    Options m_options;
    std::vector<std::unique_ptr<Connection>> m_connections;
    bool m_running = false;
};

/// The name of a flood kind for printed figures.
const char* floodKindName(IdleFlood::Kind kind);

} // namespace dp::test

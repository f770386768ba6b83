#include "idleflood.h"

#include "rawpeer.h"

#include <QTcpSocket>

namespace dp::test {

struct IdleFlood::Connection
{
    QTcpSocket socket;
    QTimer reconnect;
    bool counted = false;
    bool everOpened = false;
    QByteArray received;
};

IdleFlood::IdleFlood(const Options& options, QObject* parent)
    : QObject(parent)
    , m_options(options)
{
}

IdleFlood::~IdleFlood()
{
    stop();
}

void IdleFlood::start()
{
    m_running = true;
    for (int i = 0; i < m_options.connections; ++i) {
        auto connection = std::make_unique<Connection>();
        Connection* c = connection.get();
        c->reconnect.setSingleShot(true);
        connect(&c->reconnect, &QTimer::timeout, this, [this, c] { connectOne(*c); });
        connect(&c->socket, &QTcpSocket::connected, this, [this, c] {
            switch (m_options.kind) {
            case Kind::Tcp:
                break;
            case Kind::HalfHead:
                c->socket.write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: */*\r\n");
                break;
            case Kind::SilentWebSocket:
                c->socket.write(clientHandshake());
                return; // counted once upgraded
            }
            c->counted = true;
            ++open;
        });
        connect(&c->socket, &QTcpSocket::readyRead, this, [this, c] {
            c->received += c->socket.readAll();
            if (!c->counted && c->received.startsWith("HTTP/1.1 101 ")) {
                c->counted = true;
                ++open;
            }
        });
        const auto closed = [this, c] {
            if (c->counted)
                --open;
            c->counted = false;
            if (m_running && !c->reconnect.isActive())
                c->reconnect.start(m_options.reconnectDelayMs);
        };
        connect(&c->socket, &QTcpSocket::disconnected, this, closed);
        connect(&c->socket, &QTcpSocket::errorOccurred, this, [c, closed] {
            if (c->socket.state() == QAbstractSocket::UnconnectedState)
                closed();
        });
        m_connections.push_back(std::move(connection));
        connectOne(*c);
    }
}

void IdleFlood::stop()
{
    m_running = false;
    for (const auto& connection : m_connections) {
        connection->reconnect.stop();
        connection->socket.disconnect(this);
        connection->socket.abort();
    }
    m_connections.clear();
    open = 0;
}

void IdleFlood::connectOne(Connection& connection)
{
    if (!m_running)
        return;
    if (connection.everOpened)
        ++reopened;
    connection.everOpened = true;
    connection.received.clear();
    connection.socket.abort();
    if (!m_options.from.isNull())
        connection.socket.bind(m_options.from);
    connection.socket.connectToHost(m_options.host, m_options.port);
}

const char* floodKindName(IdleFlood::Kind kind)
{
    switch (kind) {
    case IdleFlood::Kind::Tcp:
        return "TCP only";
    case IdleFlood::Kind::HalfHead:
        return "half-sent request heads";
    case IdleFlood::Kind::SilentWebSocket:
        return "upgraded, silent WebSockets";
    }
    return "?";
}

} // namespace dp::test

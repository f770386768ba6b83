#include "clientconnection.h"

#include "protocol.h"
#include "syncclient.h"

#include <QUrl>
#include <QWebSocket>

#include <algorithm>

namespace dp {

// The texts belong to the sync client's vocabulary (and its translations).
ClientConnection::ClientConnection(const Timings& timings, QObject* parent)
    : QObject(parent)
    , m_timings(timings)
    , m_random(timings.seed ? timings.seed : QRandomGenerator::global()->generate())
{
    m_connectTimer.setSingleShot(true);
    connect(&m_connectTimer, &QTimer::timeout, this, &ClientConnection::onConnectTimeout);
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &ClientConnection::connectNow);
    m_heartbeatTimer.setInterval(m_timings.heartbeatMs);
    connect(&m_heartbeatTimer, &QTimer::timeout, this, &ClientConnection::heartbeat);
}

ClientConnection::~ClientConnection()
{
    stop();
}

void ClientConnection::start()
{
    m_running = true;
    m_attempt = 0;
    connectNow();
}

void ClientConnection::stop()
{
    m_running = false;
    m_connecting = false;
    m_reconnectTimer.stop();
    m_heartbeatTimer.stop();
    m_connectTimer.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->close(QWebSocketProtocol::CloseCodeNormal);
        m_socket->deleteLater();
        m_socket = nullptr;
    }
}

void ClientConnection::connectNow()
{
    if (!m_running || m_socket)
        return;
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_socket->setMaxAllowedIncomingMessageSize(protocol::MaxHubMessageBytes);
    m_socket->setMaxAllowedIncomingFrameSize(protocol::MaxHubMessageBytes);
    connect(m_socket, &QWebSocket::connected, this, &ClientConnection::onConnected);
    connect(m_socket, &QWebSocket::disconnected, this, &ClientConnection::onDisconnected);
    connect(m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
        &ClientConnection::onSocketError);
    connect(m_socket, &QWebSocket::textMessageReceived, this, [this](const QString& text) {
        m_lastHeard.restart();
        emit textReceived(text);
    });
    QUrl url;
    url.setScheme(QStringLiteral("ws"));
    url.setHost(m_target.host);
    url.setPort(m_target.port);
    url.setPath(QStringLiteral("/ws"));
    m_connecting = true;
    emit connecting();
    m_connectTimer.start(m_timings.connectTimeoutMs);
    m_socket->open(url);
}

void ClientConnection::onConnected()
{
    m_connecting = false;
    m_connectTimer.stop();
    m_lastHeard.start();
    m_heartbeatTimer.start();
    emit connected();
}

void ClientConnection::onConnectTimeout()
{
    drop(SyncClient::tr("No answer from %1:%2 – is this device in the same Wi-Fi as the "
                        "moderator? Guest Wi-Fi often isolates devices from each other.")
             .arg(m_target.host)
             .arg(m_target.port));
}

void ClientConnection::onSocketError(QAbstractSocket::SocketError error)
{
    QString cause;
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        cause = SyncClient::tr("%1:%2 refused the connection – is the moderator's hub running?")
                    .arg(m_target.host)
                    .arg(m_target.port);
        break;
    case QAbstractSocket::HostNotFoundError:
        cause = SyncClient::tr("Host %1 not found – please check the workshop link")
                    .arg(m_target.host);
        break;
    case QAbstractSocket::NetworkError:
    case QAbstractSocket::SocketTimeoutError:
        cause = SyncClient::tr(
            "No route to %1:%2 – guest Wi-Fi with client isolation, or another network?")
                    .arg(m_target.host)
                    .arg(m_target.port);
        break;
    default:
        cause = SyncClient::tr("Connection to the moderator lost (%1)")
                    .arg(m_socket ? m_socket->errorString() : QString());
        break;
    }
    drop(cause);
}

void ClientConnection::onDisconnected()
{
    // Some failures arrive as a bare disconnect; the socket still knows why.
    if (m_socket && m_socket->error() != QAbstractSocket::UnknownSocketError) {
        onSocketError(m_socket->error());
        return;
    }
    if (m_connecting) {
        onConnectTimeout();
        return;
    }
    drop(SyncClient::tr("Connection to the moderator lost"));
}

void ClientConnection::drop(const QString& cause)
{
    m_connecting = false;
    m_connectTimer.stop();
    m_heartbeatTimer.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    emit lost(cause);
}

void ClientConnection::reconnectLater()
{
    if (!m_running || m_reconnectTimer.isActive())
        return;
    scheduleReconnect();
}

void ClientConnection::scheduleReconnect()
{
    const int exponent = std::min(m_attempt++, 16);
    const qint64 ceiling
        = std::min<qint64>(m_timings.maxBackoffMs, qint64(m_timings.minBackoffMs) << exponent);
    // Jitter keeps fifty tablets from reconnecting in the same millisecond after a hub restart.
    const qint64 delay = ceiling / 2 + qint64(m_random.bounded(quint32(ceiling / 2 + 1)));
    m_reconnectTimer.start(int(delay));
}

void ClientConnection::heartbeat()
{
    if (!m_socket)
        return;
    if (m_lastHeard.elapsed() > m_timings.deadAfterMs) {
        drop(SyncClient::tr("The moderator's device stopped answering"));
        return;
    }
    emit heartbeatDue();
}

void ClientConnection::send(const QByteArray& message)
{
    if (m_socket)
        m_socket->sendTextMessage(QString::fromUtf8(message));
}

} // namespace dp

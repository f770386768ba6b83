#include "hubadmission.h"

#include "devicelistmodel.h"
#include "messagesender.h"

#include <QElapsedTimer>
#include <QUuid>
#include <QWebSocket>
#include <QWebSocketServer>

#include <algorithm>

namespace dp {

using protocol::ErrorCode;

namespace {
/// How long a device refused for a crowded door waits before it tries again by itself.
constexpr qint64 TooManyConnectionsRetryMs = 2000;
} // namespace

void refuseConnection(
    QWebSocket* socket, ErrorCode code, const QString& text, std::optional<qint64> retryAfterMs)
{
    protocol::sendMessage(*socket, protocol::Error { code, text, true, retryAfterMs });
    socket->close(QWebSocketProtocol::CloseCodePolicyViolated, protocol::errorCodeName(code));
}

/// One TCP connection; a device id only once the room code was right.
struct HubAdmission::Peer
{
    QString address;
    QString deviceId;
    QString roomCode;
    protocol::ClientKind client = protocol::ClientKind::App;
    bool authenticated = false;
    QTimer handshakeTimer;
    QElapsedTimer lastMessage;
};

HubAdmission::HubAdmission(DeviceListModel& devices, const Options& options, QObject* parent)
    : QObject(parent)
    , m_devices(devices)
    , m_options(options)
    , m_throttle(options.throttleBaseMs)
{
    m_idleTimer.setInterval(std::max(250, m_options.idleTimeoutMs / 4));
    connect(&m_idleTimer, &QTimer::timeout, this, &HubAdmission::checkIdlePeers);
}

HubAdmission::~HubAdmission()
{
    for (auto it = m_peers.cbegin(); it != m_peers.cend(); ++it)
        it.key()->disconnect(this);
    qDeleteAll(m_peers);
    m_peers.clear();
}

bool HubAdmission::listen(const QHostAddress& address, quint16 port, QString* error)
{
    if (!m_server) {
        m_server = new QWebSocketServer(
            QStringLiteral("Dialogpunkte"), QWebSocketServer::NonSecureMode, this);
        m_server->setHandshakeTimeout(m_options.handshakeTimeoutMs);
        connect(m_server, &QWebSocketServer::newConnection, this, &HubAdmission::onNewConnection);
    }
    if (!m_server->listen(address, port)) {
        *error = m_server->errorString();
        return false;
    }
    m_idleTimer.start();
    return true;
}

void HubAdmission::close()
{
    if (m_server && m_server->isListening())
        m_server->close();
    m_idleTimer.stop();
}

bool HubAdmission::isListening() const
{
    return m_server && m_server->isListening();
}

int HubAdmission::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

void HubAdmission::goodbye()
{
    const auto sockets = m_peers.keys();
    for (QWebSocket* socket : sockets) {
        protocol::sendMessage(*socket,
            protocol::Error { ErrorCode::ShuttingDown,
                QStringLiteral("the moderator closed the workshop hub"), false, std::nullopt });
        socket->flush();
        socket->close(QWebSocketProtocol::CloseCodeGoingAway);
    }
}

void HubAdmission::renameDevice(QWebSocket* socket, const QString& deviceId)
{
    if (Peer* peer = m_peers.value(socket); peer && peer->authenticated) {
        m_devices.markConnected(peer->deviceId, false);
        peer->deviceId = deviceId;
        m_devices.markConnected(deviceId, true);
    }
}

QString HubAdmission::roomCodeOf(QWebSocket* socket) const
{
    const Peer* peer = m_peers.value(socket);
    return peer && peer->authenticated ? peer->roomCode : QString();
}

QHash<QWebSocket*, QString> HubAdmission::admitted() const
{
    QHash<QWebSocket*, QString> result;
    for (auto it = m_peers.cbegin(); it != m_peers.cend(); ++it) {
        if (it.value()->authenticated)
            result.insert(it.key(), it.value()->deviceId);
    }
    return result;
}

void HubAdmission::onNewConnection()
{
    while (QWebSocket* socket = m_server->nextPendingConnection()) {
        socket->setParent(this);
        socket->setMaxAllowedIncomingMessageSize(protocol::MaxClientMessageBytes);
        socket->setMaxAllowedIncomingFrameSize(protocol::MaxClientMessageBytes);
        const auto unauthenticated = std::count_if(
            m_peers.cbegin(), m_peers.cend(), [](const Peer* p) { return !p->authenticated; });
        if (unauthenticated >= m_options.maxUnauthenticated) {
            protocol::sendMessage(*socket,
                protocol::Error { ErrorCode::TooManyConnections,
                    QStringLiteral("too many connections are joining; try again shortly"), true,
                    TooManyConnectionsRetryMs });
            socket->close(QWebSocketProtocol::CloseCodePolicyViolated);
            socket->deleteLater();
            continue;
        }
        auto* peer = new Peer;
        peer->address = socket->peerAddress().toString();
        peer->lastMessage.start();
        peer->handshakeTimer.setSingleShot(true);
        connect(&peer->handshakeTimer, &QTimer::timeout, socket, [this, socket] {
            refuseConnection(socket, ErrorCode::HandshakeTimeout,
                QStringLiteral("no valid hello within %1 ms").arg(m_options.handshakeTimeoutMs));
        });
        peer->handshakeTimer.start(m_options.handshakeTimeoutMs);
        m_peers.insert(socket, peer);
        connect(socket, &QWebSocket::textMessageReceived, this,
            [this, socket](const QString& text) { onTextMessage(socket, text); });
        connect(socket, &QWebSocket::binaryMessageReceived, this, [socket] {
            refuseConnection(
                socket, ErrorCode::BadJson, QStringLiteral("binary frames are not supported"));
        });
        connect(
            socket, &QWebSocket::disconnected, this, [this, socket] { onDisconnected(socket); });
    }
}

void HubAdmission::onDisconnected(QWebSocket* socket)
{
    Peer* peer = m_peers.take(socket);
    if (peer) {
        if (peer->authenticated) {
            const bool stillConnected
                = std::any_of(m_peers.cbegin(), m_peers.cend(), [peer](const Peer* other) {
                      return other->authenticated && other->deviceId == peer->deviceId;
                  });
            if (!stillConnected)
                m_devices.markConnected(peer->deviceId, false);
        }
        delete peer;
    }
    socket->deleteLater();
}

void HubAdmission::onTextMessage(QWebSocket* socket, const QString& text)
{
    Peer* peer = m_peers.value(socket);
    if (!peer)
        return;
    peer->lastMessage.restart();
    const auto decoded = protocol::decodeToHub(text.toUtf8());
    if (!decoded.ok()) {
        refuseConnection(socket, decoded.error, decoded.errorText);
        return;
    }
    const auto* hello = std::get_if<protocol::Hello>(&*decoded.message);
    if (!peer->authenticated) {
        if (!hello) {
            refuseConnection(socket, ErrorCode::NotAuthenticated,
                QStringLiteral("send hello with the room code first"));
            return;
        }
        handleHello(socket, *peer, *hello);
        return;
    }
    if (hello) {
        refuseConnection(socket, ErrorCode::BadField, QStringLiteral("hello was already sent"));
        return;
    }
    emit messageReceived(socket, peer->deviceId, *decoded.message);
}

void HubAdmission::handleHello(QWebSocket* socket, Peer& peer, const protocol::Hello& hello)
{
    const qint64 wait = m_throttle.remainingDelay(peer.address);
    if (wait > 0) {
        refuseConnection(socket, ErrorCode::Throttled,
            QStringLiteral("too many wrong room codes; try again in %1 s").arg((wait + 999) / 1000),
            wait);
        return;
    }
    if (!m_acceptAnyRoomCode && (m_roomCode.isEmpty() || hello.roomCode != m_roomCode)) {
        const qint64 delay = m_throttle.recordFailure(peer.address);
        refuseConnection(socket, ErrorCode::WrongRoomCode,
            QStringLiteral("wrong room code; next try possible in %1 s").arg((delay + 999) / 1000));
        return;
    }
    m_throttle.recordSuccess(peer.address);
    // A device id is only ever valid within one session: a device coming from elsewhere (or
    // from nowhere) gets a fresh random one, so nothing links it to its other workshops.
    const bool knowsSession
        = !m_sessionId.isEmpty() && hello.sessionId == m_sessionId && !hello.deviceId.isEmpty();
    peer.deviceId
        = knowsSession ? hello.deviceId : QUuid::createUuid().toString(QUuid::WithoutBraces);
    peer.roomCode = hello.roomCode;
    peer.client = hello.client;
    // A tablet that reconnects before its old connection timed out replaces it.
    QList<QWebSocket*> replaced;
    for (auto it = m_peers.cbegin(); it != m_peers.cend(); ++it) {
        if (it.key() != socket && it.value()->authenticated
            && it.value()->deviceId == peer.deviceId)
            replaced.append(it.key());
    }
    for (QWebSocket* old : replaced)
        refuseConnection(old, ErrorCode::Replaced,
            QStringLiteral("a newer connection of this device took over"));
    peer.authenticated = true;
    peer.handshakeTimer.stop();
    m_devices.markConnected(peer.deviceId, true);
    m_devices.markBrowser(peer.deviceId, peer.client == protocol::ClientKind::Web);
    emit admittedDevice(socket, peer.deviceId);
}

void HubAdmission::checkIdlePeers()
{
    const auto sockets = m_peers.keys();
    for (QWebSocket* socket : sockets) {
        Peer* peer = m_peers.value(socket);
        if (peer && peer->authenticated && peer->lastMessage.elapsed() > m_options.idleTimeoutMs)
            socket->abort();
    }
}

} // namespace dp

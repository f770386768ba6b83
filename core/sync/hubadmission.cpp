#include "hubadmission.h"

#include "devicelistmodel.h"
#include "messagesender.h"
#include "net/peerkey.h"
#include "net/webclientserver.h"
#include "net/websocketconnection.h"

#include <QElapsedTimer>
#include <QUuid>

#include <algorithm>

namespace dp {

using protocol::ErrorCode;

namespace {
/// How long a device pushed out by newer joining connections waits before it tries again.
constexpr qint64 TooManyConnectionsRetryMs = 2000;
/// The release timer looks at the throttle at least this often (its clock may be a test's).
constexpr qint64 MaxReleaseIntervalMs = 1000;
} // namespace

void refuseConnection(WebSocketConnection* connection, ErrorCode code, const QString& text,
    std::optional<qint64> retryAfterMs)
{
    protocol::sendMessage(*connection, protocol::Error { code, text, true, retryAfterMs });
    connection->close(QWebSocketProtocol::CloseCodePolicyViolated, protocol::errorCodeName(code));
}

/// One WebSocket; a device id only once the room code was right.
struct HubAdmission::Peer
{
    enum class Stage {
        Joining, ///< no hello yet
        Waiting, ///< its hello waits in the throttle's queue
        Admitted,
    };
    quint64 ticket = 0;
    QString address;
    Stage stage = Stage::Joining;
    protocol::Hello hello;
    QString deviceId;
    QElapsedTimer lastMessage;
};

HubAdmission::HubAdmission(DeviceListModel& devices, const Options& options, QObject* parent)
    : QObject(parent)
    , m_devices(devices)
    , m_options(options)
    , m_throttle(options.throttle, options.clock)
{
    m_throttle.setMembershipCheck([this](const QString& sessionId, const QString& deviceId) {
        return isKnownDevice(sessionId, deviceId);
    });
    m_releaseTimer.setSingleShot(true);
    connect(&m_releaseTimer, &QTimer::timeout, this, &HubAdmission::releaseDueHellos);
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

void HubAdmission::setSessionId(const QString& sessionId)
{
    if (sessionId != m_sessionId)
        m_admittedDevices.clear();
    m_sessionId = sessionId;
}

void HubAdmission::setKnownDeviceCheck(std::function<bool(const QString&)> check)
{
    m_knownDevice = std::move(check);
}

bool HubAdmission::listen(const QHostAddress& address, quint16 port, QString* error)
{
    if (!m_listener) {
        m_http = new WebClientServer(QStringLiteral(":/web"), this);
        // The HTTP server becomes the listener's parent when the listener binds to it.
        m_listener = new HubListener(*m_http, m_options.transport, m_http);
        connect(m_listener, &HubListener::webSocketConnected, this, &HubAdmission::onWebSocket);
        connect(m_listener, &HubListener::joiningDropped, this, &HubAdmission::onJoiningDropped);
    }
    if (!m_listener->start(address, port, error))
        return false;
    m_idleTimer.start();
    return true;
}

void HubAdmission::close()
{
    if (m_listener && m_listener->isListening())
        m_listener->close();
    m_idleTimer.stop();
}

bool HubAdmission::isListening() const
{
    return m_listener && m_listener->isListening();
}

int HubAdmission::port() const
{
    return m_listener ? m_listener->serverPort() : 0;
}

void HubAdmission::goodbye()
{
    const auto connections = m_peers.keys();
    for (WebSocketConnection* connection : connections) {
        protocol::sendMessage(*connection,
            protocol::Error { ErrorCode::ShuttingDown,
                QStringLiteral("the moderator closed the workshop hub"), false, std::nullopt });
        connection->flush();
        connection->close(QWebSocketProtocol::CloseCodeGoingAway);
    }
}

void HubAdmission::renameDevice(WebSocketConnection* connection, const QString& deviceId)
{
    if (Peer* peer = m_peers.value(connection); peer && peer->stage == Peer::Stage::Admitted) {
        m_devices.markConnected(peer->deviceId, false);
        peer->deviceId = deviceId;
        m_admittedDevices.insert(deviceId);
        m_devices.markConnected(deviceId, true);
    }
}

QHash<WebSocketConnection*, QString> HubAdmission::admitted() const
{
    QHash<WebSocketConnection*, QString> result;
    for (auto it = m_peers.cbegin(); it != m_peers.cend(); ++it) {
        if (it.value()->stage == Peer::Stage::Admitted)
            result.insert(it.key(), it.value()->deviceId);
    }
    return result;
}

void HubAdmission::onWebSocket(WebSocketConnection* connection)
{
    connection->setParent(this);
    auto* peer = new Peer;
    peer->ticket = m_nextTicket++;
    peer->address = peerKey(connection->peerAddress());
    peer->lastMessage.start();
    m_peers.insert(connection, peer);
    m_tickets.insert(peer->ticket, connection);
    connect(connection, &WebSocketConnection::textMessageReceived, this,
        [this, connection](const QString& text) { onTextMessage(connection, text); });
    connect(connection, &WebSocketConnection::binaryMessageReceived, this, [connection] {
        refuseConnection(
            connection, ErrorCode::BadJson, QStringLiteral("binary frames are not supported"));
    });
    connect(connection, &WebSocketConnection::disconnected, this,
        [this, connection] { onDisconnected(connection); });
}

void HubAdmission::onJoiningDropped(WebSocketConnection* connection, HubListener::DropReason reason)
{
    // The listener closes the connection right after this; the device learns why.
    if (reason == HubListener::DropReason::Evicted)
        protocol::sendMessage(*connection,
            protocol::Error { ErrorCode::TooManyConnections,
                QStringLiteral("too many connections are joining; try again shortly"), true,
                TooManyConnectionsRetryMs });
    else
        protocol::sendMessage(*connection,
            protocol::Error { ErrorCode::HandshakeTimeout, QStringLiteral("no valid hello in time"),
                true, std::nullopt });
}

void HubAdmission::onDisconnected(WebSocketConnection* connection)
{
    if (Peer* peer = m_peers.take(connection)) {
        m_tickets.remove(peer->ticket);
        m_throttle.cancel(peer->ticket);
        if (peer->stage == Peer::Stage::Admitted) {
            const bool stillConnected
                = std::any_of(m_peers.cbegin(), m_peers.cend(), [peer](const Peer* other) {
                      return other->stage == Peer::Stage::Admitted
                          && other->deviceId == peer->deviceId;
                  });
            if (!stillConnected)
                m_devices.markConnected(peer->deviceId, false);
        }
        delete peer;
    }
    connection->deleteLater();
}

void HubAdmission::onTextMessage(WebSocketConnection* connection, const QString& text)
{
    Peer* peer = m_peers.value(connection);
    if (!peer)
        return;
    peer->lastMessage.restart();
    const auto decoded = protocol::decodeToHub(text.toUtf8());
    if (!decoded.ok()) {
        refuseConnection(connection, decoded.error, decoded.errorText);
        return;
    }
    const auto* hello = std::get_if<protocol::Hello>(&*decoded.message);
    switch (peer->stage) {
    case Peer::Stage::Joining:
        if (!hello) {
            refuseConnection(connection, ErrorCode::NotAuthenticated,
                QStringLiteral("send hello with the room code first"));
            return;
        }
        handleHello(connection, *peer, *hello);
        return;
    case Peer::Stage::Waiting:
        refuseConnection(connection, hello ? ErrorCode::BadField : ErrorCode::NotAuthenticated,
            hello ? QStringLiteral("hello was already sent")
                  : QStringLiteral("wait for the answer to hello"));
        return;
    case Peer::Stage::Admitted:
        if (hello) {
            refuseConnection(
                connection, ErrorCode::BadField, QStringLiteral("hello was already sent"));
            return;
        }
        emit messageReceived(connection, peer->deviceId, *decoded.message);
        return;
    }
}

void HubAdmission::handleHello(
    WebSocketConnection* connection, Peer& peer, const protocol::Hello& hello)
{
    // It said hello: no longer a joining connection the listener may time out or push out. A
    // hello that waits for the throttle is bounded by the throttle's own queue and wait.
    m_listener->admit(connection);
    peer.hello = hello;
    switch (m_throttle.arrive(peer.ticket, peer.address, { hello.sessionId, hello.deviceId })) {
    case JoinThrottle::Arrival::CheckNow:
        checkRoomCode(connection, peer);
        return;
    case JoinThrottle::Arrival::Queued:
        peer.stage = Peer::Stage::Waiting;
        scheduleRelease();
        return;
    case JoinThrottle::Arrival::Refused:
        refuseThrottled(connection, peer);
        return;
    }
}

void HubAdmission::refuseThrottled(WebSocketConnection* connection, const Peer& peer)
{
    const qint64 wait = m_throttle.retryAfterMs(peer.address);
    refuseConnection(connection, ErrorCode::Throttled,
        QStringLiteral("too many wrong room codes; try again in %1 s").arg((wait + 999) / 1000),
        wait);
}

void HubAdmission::releaseDueHellos()
{
    while (const auto due = m_throttle.takeDue()) {
        WebSocketConnection* connection = m_tickets.value(due->ticket);
        Peer* peer = m_peers.value(connection);
        if (!peer)
            continue;
        if (due->kind == JoinThrottle::Due::Kind::Expired)
            refuseThrottled(connection, *peer);
        else
            checkRoomCode(connection, *peer);
    }
    scheduleRelease();
}

void HubAdmission::scheduleRelease()
{
    const qint64 due = m_throttle.msUntilDue();
    if (due < 0)
        m_releaseTimer.stop();
    else
        m_releaseTimer.start(int(std::min(due, MaxReleaseIntervalMs)));
}

bool HubAdmission::isKnownDevice(const QString& sessionId, const QString& deviceId) const
{
    return !m_sessionId.isEmpty() && sessionId == m_sessionId && !deviceId.isEmpty()
        && (m_admittedDevices.contains(deviceId) || (m_knownDevice && m_knownDevice(deviceId)));
}

void HubAdmission::checkRoomCode(WebSocketConnection* connection, Peer& peer)
{
    const protocol::Hello& hello = peer.hello;
    if (m_roomCode.isEmpty() || hello.roomCode != m_roomCode) {
        const qint64 delay = m_throttle.recordFailure(peer.address);
        refuseConnection(connection, ErrorCode::WrongRoomCode,
            QStringLiteral("wrong room code; next try possible in %1 s").arg((delay + 999) / 1000));
        scheduleRelease();
        return;
    }
    m_throttle.recordSuccess(peer.address);
    // A device id is only ever valid within one session: a device coming from elsewhere (or
    // from nowhere) gets a fresh random one, so nothing links it to its other workshops.
    const bool knowsSession
        = !m_sessionId.isEmpty() && hello.sessionId == m_sessionId && !hello.deviceId.isEmpty();
    peer.deviceId
        = knowsSession ? hello.deviceId : QUuid::createUuid().toString(QUuid::WithoutBraces);
    // A device that reconnects before its old connection timed out replaces it.
    QList<WebSocketConnection*> replaced;
    for (auto it = m_peers.cbegin(); it != m_peers.cend(); ++it) {
        if (it.key() != connection && it.value()->stage == Peer::Stage::Admitted
            && it.value()->deviceId == peer.deviceId)
            replaced.append(it.key());
    }
    for (WebSocketConnection* old : replaced)
        refuseConnection(old, ErrorCode::Replaced,
            QStringLiteral("a newer connection of this device took over"));
    peer.stage = Peer::Stage::Admitted;
    m_admittedDevices.insert(peer.deviceId);
    m_devices.markConnected(peer.deviceId, true);
    m_devices.markBrowser(peer.deviceId, hello.client == protocol::ClientKind::Web);
    emit admittedDevice(connection, peer.deviceId);
    // Hellos of the same address that waited behind a wrong code may go now.
    scheduleRelease();
}

void HubAdmission::checkIdlePeers()
{
    const auto connections = m_peers.keys();
    for (WebSocketConnection* connection : connections) {
        Peer* peer = m_peers.value(connection);
        if (peer && peer->stage == Peer::Stage::Admitted
            && peer->lastMessage.elapsed() > m_options.idleTimeoutMs)
            connection->abort();
    }
}

} // namespace dp

#include "hublistener.h"

#include "httprequesthead.h"
#include "httpresponses.h"
#include "peerkey.h"
#include "websocketconnection.h"
#include "websockethandshake.h"

#include <QAbstractHttpServer>
#include <QPointer>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>

namespace dp {

/// One accepted connection the listener still looks after.
struct HubListener::Tracked
{
    quint64 id = 0;
    QString key;
    Stage stage = Stage::Head;
    QPointer<QTcpSocket> socket;
    QPointer<WebSocketConnection> webSocket;
    QTimer timer;
};

HubListener::HubListener(QAbstractHttpServer& http, const Options& options, QObject* parent)
    : QTcpServer(parent)
    , m_http(http)
    , m_options(options)
    , m_queue(options.maxJoiningPerAddress, options.maxJoining)
    , m_offenders(options.offenderAfterTimeouts, options.offenderMemoryMs)
{
    connect(this, &QTcpServer::acceptError, this, &HubListener::onAcceptError);
}

HubListener::~HubListener()
{
    for (Tracked* tracked : std::as_const(m_tracked)) {
        if (tracked->socket)
            tracked->socket->disconnect(this);
        if (tracked->webSocket)
            tracked->webSocket->disconnect(this);
    }
    qDeleteAll(m_tracked);
}

bool HubListener::start(const QHostAddress& address, quint16 port, QString* error)
{
    setListenBacklogSize(m_options.listenBacklog);
    if (!listen(address, port)) {
        if (error)
            *error = errorString();
        return false;
    }
    // Bound only now: Qt HTTP Server warns about a server that does not listen yet.
    if (!m_boundToHttp) {
        m_http.bind(this);
        m_boundToHttp = true;
    }
    return true;
}

void HubListener::admit(WebSocketConnection* connection)
{
    const quint64 id = m_webSocketIds.take(connection);
    if (id == 0)
        return;
    connection->setMaxAllowedIncomingMessageSize(m_options.maxMessageBytes);
    connection->disconnect(this);
    m_queue.remove(id);
    delete m_tracked.take(id);
}

void HubListener::incomingConnection(qintptr descriptor)
{
    auto* socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    // The head must fit; more is never read before the listener knows what the connection is.
    socket->setReadBufferSize(m_options.maxHeadBytes);
    auto* tracked = new Tracked;
    tracked->id = m_nextId++;
    tracked->key = peerKey(socket->peerAddress());
    tracked->socket = socket;
    const quint64 id = tracked->id;
    m_tracked.insert(id, tracked);
    tracked->timer.setSingleShot(true);
    connect(&tracked->timer, &QTimer::timeout, this, [this, id] { onTimeout(id); });
    tracked->timer.start(joiningTimeout(tracked->key, m_options.headTimeoutMs));
    connect(socket, &QTcpSocket::readyRead, this, [this, id] {
        if (Tracked* t = m_tracked.value(id))
            readHead(*t);
    });
    connect(socket, &QTcpSocket::disconnected, this, [this, id] { forget(id); });
    for (quint64 victim : m_queue.add(id, tracked->key))
        drop(victim, DropReason::Evicted);
}

void HubListener::readHead(Tracked& tracked)
{
    if (tracked.stage != Stage::Head || !tracked.socket)
        return;
    const HttpHeadParse parsed
        = parseRequestHead(tracked.socket->peek(m_options.maxHeadBytes), m_options.maxHeadBytes);
    switch (parsed.status) {
    case HttpHeadParse::Status::Incomplete:
        return;
    case HttpHeadParse::Status::TooLarge:
        refuse(tracked,
            http::plainResponse(
                431, "Request Header Fields Too Large", "request head too large\n"));
        return;
    case HttpHeadParse::Status::Malformed:
        refuse(tracked, http::plainResponse(400, "Bad Request", "malformed request\n"));
        return;
    case HttpHeadParse::Status::Complete:
        break;
    }
    const HttpRequestHead& head = parsed.head;
    const bool isWebSocketPath = head.path() == WebSocketPath;
    if (isWebSocketPath || head.headerHasToken("upgrade", "websocket")) {
        if (!isWebSocketPath) {
            refuse(tracked, http::plainResponse(404, "Not Found", "not found\n"));
            return;
        }
        const WebSocketHandshake handshake = WebSocketHandshake::answer(head);
        if (!handshake.accepted) {
            refuse(tracked, handshake.response);
            return;
        }
        tracked.socket->read(parsed.length);
        tracked.socket->write(handshake.response);
        upgrade(tracked);
        return;
    }
    if (head.announcesBody()) {
        // Nothing served here takes a body; Qt HTTP Server would read one without a limit.
        refuse(tracked,
            http::plainResponse(413, "Content Too Large", "requests with a body are refused\n"));
        return;
    }
    handToHttp(tracked);
}

void HubListener::upgrade(Tracked& tracked)
{
    tracked.socket->disconnect(this);
    WebSocketConnection::Options options;
    options.maxMessageBytes = m_options.maxJoiningMessageBytes;
    options.closeTimeoutMs = m_options.closeTimeoutMs;
    auto* connection = new WebSocketConnection(tracked.socket, options, this);
    const quint64 id = tracked.id;
    tracked.webSocket = connection;
    tracked.stage = Stage::WebSocket;
    m_webSocketIds.insert(connection, id);
    connect(connection, &WebSocketConnection::disconnected, this, [this, id] { forget(id); });
    tracked.timer.start(joiningTimeout(tracked.key, m_options.helloTimeoutMs));
    emit webSocketConnected(connection);
}

void HubListener::handToHttp(Tracked& tracked)
{
    QTcpSocket* socket = tracked.socket;
    disconnect(socket, &QTcpSocket::readyRead, this, nullptr);
    tracked.stage = Stage::Http;
    tracked.timer.start(m_options.httpTimeoutMs);
    // Qt HTTP Server takes the socket from the pending queue right away (bind() connected it to
    // pendingConnectionAvailable); the head it needs is still unread in the socket, so it is told
    // to read once it has connected its slot.
    addPendingConnection(socket);
    QMetaObject::invokeMethod(
        socket, [socket] { emit socket->readyRead(); }, Qt::QueuedConnection);
}

void HubListener::refuse(Tracked& tracked, const QByteArray& response)
{
    m_queue.remove(tracked.id);
    tracked.stage = Stage::Closing;
    disconnect(tracked.socket, &QTcpSocket::readyRead, this, nullptr);
    tracked.timer.start(m_options.closeTimeoutMs);
    tracked.socket->write(response);
    tracked.socket->disconnectFromHost();
}

void HubListener::drop(quint64 id, DropReason reason)
{
    m_queue.remove(id);
    Tracked* tracked = m_tracked.value(id);
    if (!tracked)
        return;
    if (tracked->stage != Stage::WebSocket || !tracked->webSocket) {
        if (tracked->socket)
            tracked->socket->abort(); // disconnected() forgets it
        return;
    }
    QPointer<WebSocketConnection> connection = tracked->webSocket;
    tracked->stage = Stage::Closing;
    tracked->timer.start(m_options.closeTimeoutMs);
    emit joiningDropped(connection, reason);
    if (connection) {
        connection->closeWithoutWaiting(QWebSocketProtocol::CloseCodePolicyViolated,
            reason == DropReason::Evicted ? QStringLiteral("too many connections are joining")
                                          : QStringLiteral("no hello in time"));
    }
}

void HubListener::onTimeout(quint64 id)
{
    Tracked* tracked = m_tracked.value(id);
    if (!tracked)
        return;
    switch (tracked->stage) {
    case Stage::Head:
        m_offenders.recordTimeout(tracked->key);
        drop(id, DropReason::HelloTimeout);
        return;
    case Stage::WebSocket:
        m_offenders.recordTimeout(tracked->key);
        drop(id, DropReason::HelloTimeout);
        return;
    case Stage::Http:
    case Stage::Closing:
        if (tracked->socket)
            tracked->socket->abort();
        return;
    }
}

void HubListener::forget(quint64 id)
{
    m_queue.remove(id);
    Tracked* tracked = m_tracked.take(id);
    if (!tracked)
        return;
    // A connection nobody took over would otherwise live as long as the listener.
    if (tracked->webSocket) {
        m_webSocketIds.remove(tracked->webSocket);
        if (tracked->webSocket->parent() == this)
            tracked->webSocket->deleteLater();
    } else if (tracked->socket && tracked->socket->parent() == this) {
        tracked->socket->deleteLater();
    }
    delete tracked;
}

void HubListener::onAcceptError(QAbstractSocket::SocketError error)
{
    // QTcpServer stops accepting after an accept error; out of file descriptors, the oldest
    // joining connection makes room.
    if (error == QAbstractSocket::SocketResourceError) {
        if (const auto oldest = m_queue.oldest())
            drop(*oldest, DropReason::Evicted);
    }
    QTimer::singleShot(m_options.acceptRetryMs, this, [this] {
        if (isListening())
            resumeAccepting();
    });
}

int HubListener::joiningTimeout(const QString& key, int normalMs) const
{
    const int timeout
        = m_offenders.isOffender(key) ? std::min(m_options.offenderTimeoutMs, normalMs) : normalMs;
    // A flood opened at once would otherwise time out at once, again and again, and stall the
    // hub in bursts; a little less time for some spreads it out.
    const int jitter = timeout * std::clamp(m_options.timeoutJitterPercent, 0, 100) / 100;
    return timeout - (jitter > 0 ? int(QRandomGenerator::global()->bounded(jitter + 1)) : 0);
}

} // namespace dp

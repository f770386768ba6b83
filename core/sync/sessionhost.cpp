#include "sessionhost.h"

#include "hubstatestore.h"
#include "storage/database.h"
#include "storage/sessionstore.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QWebSocket>
#include <QWebSocketServer>

namespace dp {

using protocol::ErrorCode;

namespace {
constexpr int HeartbeatMs = 5000;
}

/// One TCP connection; a device id only once the room code was right.
struct SessionHost::Peer
{
    QString address;
    QString deviceId;
    bool authenticated = false;
    QTimer handshakeTimer;
    QElapsedTimer lastMessage;
};

SessionHost::SessionHost(Database& database, QObject* parent)
    : SessionHost(database, Options {}, parent)
{
}

SessionHost::SessionHost(Database& database, const Options& options, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_options(options)
    , m_stateStore(std::make_unique<HubStateStore>(database))
    , m_ledger(database)
    , m_throttle(options.throttleBaseMs)
{
    m_commitTimer.setSingleShot(true);
    connect(&m_commitTimer, &QTimer::timeout, this, &SessionHost::flushCommits);
    m_idleTimer.setInterval(std::max(250, m_options.idleTimeoutMs / 4));
    connect(&m_idleTimer, &QTimer::timeout, this, &SessionHost::checkIdlePeers);
}

SessionHost::~SessionHost()
{
    shutdown();
    for (auto it = m_peers.cbegin(); it != m_peers.cend(); ++it)
        it.key()->disconnect(this);
    qDeleteAll(m_peers);
    m_peers.clear();
}

bool SessionHost::openSession(
    const QString& title, const Catalog& catalog, const QList<Group>& groups, QString* error)
{
    if (auto previous = m_stateStore->load()) {
        m_snapshot = *previous;
        m_freshSession = false;
    } else {
        SessionStore sessions(m_database);
        auto created = sessions.createSession(
            title, QDate::currentDate(), catalog, groups, SessionRecord::Role::Moderator, error);
        if (!created)
            return false;
        m_snapshot = SessionSnapshot {};
        m_snapshot.session = *created;
        m_snapshot.phase = SessionPhase::Rating;
        for (const Statement& statement : created->catalog.allStatements())
            m_snapshot.openStatements.append(statement.id);
        if (!m_stateStore->save(m_snapshot, error))
            return false;
        m_freshSession = true;
    }
    if (!m_ledger.load(m_snapshot.session, error))
        return false;
    emit sessionChanged();
    emit stateChanged();
    return true;
}

bool SessionHost::listen(const QHostAddress& address, quint16 port, QString* error)
{
    if (!m_server) {
        m_server = new QWebSocketServer(
            QStringLiteral("Dialogpunkte"), QWebSocketServer::NonSecureMode, this);
        m_server->setHandshakeTimeout(m_options.handshakeTimeoutMs);
        connect(m_server, &QWebSocketServer::newConnection, this, &SessionHost::onNewConnection);
    }
    if (!m_server->listen(address, port)) {
        *error = tr("Cannot listen on port %1: %2").arg(port).arg(m_server->errorString());
        setErrorText(*error);
        return false;
    }
    m_idleTimer.start();
    emit listeningChanged();
    return true;
}

void SessionHost::shutdown()
{
    if (m_server && m_server->isListening()) {
        m_server->close();
        emit listeningChanged();
    }
    m_idleTimer.stop();
    flushCommits();
    const auto sockets = m_peers.keys();
    for (QWebSocket* socket : sockets) {
        socket->sendTextMessage(QString::fromUtf8(protocol::errorMessage(ErrorCode::ShuttingDown,
            QStringLiteral("the moderator closed the workshop hub"), false)));
        socket->flush();
        socket->close(QWebSocketProtocol::CloseCodeGoingAway);
    }
}

void SessionHost::setRoomCode(const QString& code)
{
    if (code == m_roomCode)
        return;
    m_roomCode = code;
    emit roomCodeChanged();
}

bool SessionHost::isListening() const
{
    return m_server && m_server->isListening();
}

int SessionHost::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

void SessionHost::setErrorText(const QString& text)
{
    if (text == m_errorText)
        return;
    m_errorText = text;
    emit errorTextChanged();
}

void SessionHost::onNewConnection()
{
    while (QWebSocket* socket = m_server->nextPendingConnection()) {
        socket->setParent(this);
        socket->setMaxAllowedIncomingMessageSize(protocol::MaxClientMessageBytes);
        socket->setMaxAllowedIncomingFrameSize(protocol::MaxClientMessageBytes);
        const auto unauthenticated = std::count_if(
            m_peers.cbegin(), m_peers.cend(), [](const Peer* p) { return !p->authenticated; });
        if (unauthenticated >= m_options.maxUnauthenticated) {
            socket->sendTextMessage(
                QString::fromUtf8(protocol::errorMessage(ErrorCode::TooManyConnections,
                    QStringLiteral("too many connections are joining; try again shortly"), true)));
            socket->close(QWebSocketProtocol::CloseCodePolicyViolated);
            socket->deleteLater();
            continue;
        }
        auto* peer = new Peer;
        peer->address = socket->peerAddress().toString();
        peer->lastMessage.start();
        peer->handshakeTimer.setSingleShot(true);
        connect(&peer->handshakeTimer, &QTimer::timeout, socket, [this, socket] {
            refuse(socket, ErrorCode::HandshakeTimeout,
                QStringLiteral("no valid hello within %1 ms").arg(m_options.handshakeTimeoutMs));
        });
        peer->handshakeTimer.start(m_options.handshakeTimeoutMs);
        m_peers.insert(socket, peer);
        connect(socket, &QWebSocket::textMessageReceived, this,
            [this, socket](const QString& text) { onTextMessage(socket, text); });
        connect(socket, &QWebSocket::binaryMessageReceived, this, [this, socket] {
            refuse(socket, ErrorCode::BadJson, QStringLiteral("binary frames are not supported"));
        });
        connect(
            socket, &QWebSocket::disconnected, this, [this, socket] { onDisconnected(socket); });
    }
}

void SessionHost::refuse(QWebSocket* socket, ErrorCode code, const QString& text)
{
    socket->sendTextMessage(QString::fromUtf8(protocol::errorMessage(code, text, true)));
    socket->close(QWebSocketProtocol::CloseCodePolicyViolated, protocol::errorCodeName(code));
}

void SessionHost::onDisconnected(QWebSocket* socket)
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

void SessionHost::onTextMessage(QWebSocket* socket, const QString& text)
{
    Peer* peer = m_peers.value(socket);
    if (!peer)
        return;
    peer->lastMessage.restart();
    const protocol::ParseResult parsed = protocol::parse(text.toUtf8(), protocol::Direction::ToHub);
    if (!parsed.ok()) {
        refuse(socket, parsed.error, parsed.errorText);
        return;
    }
    const QString& type = parsed.message.type;
    const QJsonObject& body = parsed.message.body;
    if (!peer->authenticated) {
        if (type != QLatin1String("hello")) {
            refuse(socket, ErrorCode::NotAuthenticated,
                QStringLiteral("send hello with the room code first"));
            return;
        }
        handleHello(socket, *peer, body);
        return;
    }
    if (type == QLatin1String("answers")) {
        handleAnswers(socket, *peer, body);
    } else if (type == QLatin1String("participant")) {
        handleParticipant(socket, *peer, body);
    } else if (type == QLatin1String("ping")) {
        m_devices.markSeen(peer->deviceId, body.value(QLatin1String("pending")).toInt(-1));
        socket->sendTextMessage(QString::fromUtf8(protocol::serialize(QStringLiteral("pong"))));
    } else if (type == QLatin1String("restore_session")) {
        handleRestore(socket, *peer, body);
    } else if (type == QLatin1String("hello")) {
        refuse(socket, ErrorCode::BadField, QStringLiteral("hello was already sent"));
    }
}

void SessionHost::handleHello(QWebSocket* socket, Peer& peer, const QJsonObject& body)
{
    const qint64 wait = m_throttle.remainingDelay(peer.address);
    if (wait > 0) {
        refuse(socket, ErrorCode::Throttled,
            QStringLiteral("too many wrong room codes; try again in %1 s")
                .arg((wait + 999) / 1000));
        return;
    }
    if (m_roomCode.isEmpty() || body.value(QLatin1String("roomCode")).toString() != m_roomCode) {
        const qint64 delay = m_throttle.recordFailure(peer.address);
        refuse(socket, ErrorCode::WrongRoomCode,
            QStringLiteral("wrong room code; next try possible in %1 s").arg((delay + 999) / 1000));
        return;
    }
    m_throttle.recordSuccess(peer.address);
    peer.deviceId = body.value(QLatin1String("deviceId")).toString();
    // A tablet that reconnects before its old connection timed out replaces it.
    QList<QWebSocket*> replaced;
    for (auto it = m_peers.cbegin(); it != m_peers.cend(); ++it) {
        if (it.key() != socket && it.value()->authenticated
            && it.value()->deviceId == peer.deviceId)
            replaced.append(it.key());
    }
    for (QWebSocket* old : replaced)
        refuse(old, ErrorCode::Replaced,
            QStringLiteral("a newer connection of this device took over"));
    peer.authenticated = true;
    peer.handshakeTimer.stop();
    m_devices.markConnected(peer.deviceId, true);
    sendWelcome(socket, peer);
    sendState(socket);
}

bool SessionHost::canRestore() const
{
    return m_freshSession && m_stateStore->answerCount(m_snapshot.session.id) == 0;
}

void SessionHost::sendWelcome(QWebSocket* socket, const Peer& peer)
{
    socket->sendTextMessage(QString::fromUtf8(protocol::serialize(QStringLiteral("welcome"),
        { { QStringLiteral("sessionId"), m_snapshot.session.id },
            { QStringLiteral("highWater"), m_ledger.highWater(peer.deviceId) },
            { QStringLiteral("canRestore"), canRestore() },
            { QStringLiteral("heartbeatMs"), HeartbeatMs } })));
}

void SessionHost::sendState(QWebSocket* socket)
{
    socket->sendTextMessage(QString::fromUtf8(
        protocol::serialize(QStringLiteral("state"), m_snapshot.toStateFields())));
}

void SessionHost::publishState()
{
    QString error;
    if (!m_stateStore->save(m_snapshot, &error))
        setErrorText(error);
    for (auto it = m_peers.cbegin(); it != m_peers.cend(); ++it) {
        if (it.value()->authenticated)
            sendState(it.key());
    }
    emit stateChanged();
}

void SessionHost::handleRestore(QWebSocket* socket, Peer& peer, const QJsonObject& body)
{
    QString error;
    auto session = sessionFromJson(body.value(QLatin1String("session")).toObject(), &error);
    if (!session) {
        refuse(socket, ErrorCode::BadField, error);
        return;
    }
    if (session->id == m_snapshot.session.id) {
        sendWelcome(socket, peer);
        return;
    }
    if (!canRestore()) {
        socket->sendTextMessage(QString::fromUtf8(protocol::errorMessage(ErrorCode::WrongSession,
            QStringLiteral("the hub already runs another session; restore refused"), false)));
        return;
    }
    SessionStore sessions(m_database);
    session->role = SessionRecord::Role::Moderator;
    if (!sessions.session(session->id) && !sessions.insertSession(*session, &error)) {
        setErrorText(error);
        refuse(socket, ErrorCode::StorageFailed, error);
        return;
    }
    const QString freshId = m_snapshot.session.id;
    SessionSnapshot restored;
    restored.session = *sessions.session(session->id);
    restored.phase = SessionPhase::Rating;
    phaseFromName(body.value(QLatin1String("phase")).toString(), &restored.phase);
    const QJsonValue open = body.value(QLatin1String("openStatements"));
    for (const Statement& statement : restored.session.catalog.allStatements()) {
        if (open.isUndefined() || open.toArray().contains(statement.id))
            restored.openStatements.append(statement.id);
    }
    m_snapshot = restored;
    m_freshSession = false;
    if (!m_ledger.load(m_snapshot.session, &error) || !m_stateStore->save(m_snapshot, &error)
        || !m_stateStore->removeUnusedSession(freshId, &error))
        setErrorText(error);
    emit sessionChanged();
    // Every tablet learns the restored session (and its high-water mark, now 0) and resends.
    for (auto it = m_peers.cbegin(); it != m_peers.cend(); ++it) {
        if (it.value()->authenticated) {
            sendWelcome(it.key(), *it.value());
            sendState(it.key());
        }
    }
    emit stateChanged();
}

void SessionHost::handleParticipant(QWebSocket* socket, Peer& peer, const QJsonObject& body)
{
    Participant participant;
    participant.sessionId = body.value(QLatin1String("sessionId")).toString();
    participant.pseudonym = body.value(QLatin1String("pseudonym")).toString();
    participant.groupId = body.value(QLatin1String("groupId")).toString();
    participant.createdAt = QDateTime::currentDateTimeUtc();
    QString error;
    const ErrorCode code = m_ledger.registerParticipant(peer.deviceId, participant, &error);
    if (code != ErrorCode::None)
        socket->sendTextMessage(QString::fromUtf8(
            protocol::errorMessage(code, QStringLiteral("participant: ") + error, false)));
    else
        emit participantRegistered(participant);
}

void SessionHost::handleAnswers(QWebSocket* socket, Peer& peer, const QJsonObject& body)
{
    Queued queued;
    queued.socket = socket;
    queued.batch = body.value(QLatin1String("batch")).toInteger();
    const QJsonArray answers = body.value(QLatin1String("answers")).toArray();
    queued.ratings.reserve(answers.size());
    for (const QJsonValue& value : answers)
        queued.ratings.append(protocol::answerFromJson(value.toObject(), peer.deviceId));
    m_queuedAnswers += int(queued.ratings.size());
    m_queue.append(queued);
    if (m_queuedAnswers >= m_options.maxGroupCommitAnswers)
        flushCommits();
    else if (!m_commitTimer.isActive())
        m_commitTimer.start(m_options.groupCommitMs);
}

void SessionHost::flushCommits()
{
    m_commitTimer.stop();
    if (m_queue.isEmpty())
        return;
    const QList<Queued> queue = std::exchange(m_queue, {});
    m_queuedAnswers = 0;
    QList<HubLedger::Incoming> batch;
    for (const Queued& queued : queue) {
        for (const Rating& rating : queued.ratings)
            batch.append(HubLedger::Incoming { rating });
    }
    QList<HubLedger::Outcome> outcomes;
    QString error;
    if (!m_ledger.apply(batch, &outcomes, &error)) {
        // Nothing was committed, so nothing is acknowledged: tablets keep the answers in their
        // outbox and send them again after reconnecting.
        setErrorText(error);
        for (const Queued& queued : queue) {
            if (queued.socket)
                refuse(queued.socket, ErrorCode::StorageFailed,
                    QStringLiteral("the hub could not store answers: ") + error);
        }
        return;
    }
    int stored = 0;
    QList<Rating> storedRatings;
    qsizetype offset = 0;
    for (const Queued& queued : queue) {
        QJsonArray acknowledged;
        QString deviceId;
        for (const Rating& rating : queued.ratings) {
            const HubLedger::Outcome& outcome = outcomes.at(offset++);
            deviceId = rating.deviceId;
            if (outcome.kind == HubLedger::Outcome::Kind::Rejected) {
                if (queued.socket)
                    queued.socket->sendTextMessage(
                        QString::fromUtf8(protocol::serialize(QStringLiteral("reject"),
                            { { QStringLiteral("sequence"), rating.sequence },
                                { QStringLiteral("code"), protocol::errorCodeName(outcome.code) },
                                { QStringLiteral("message"), outcome.error.left(200) } })));
                continue;
            }
            if (outcome.kind == HubLedger::Outcome::Kind::Stored) {
                ++stored;
                storedRatings.append(rating);
            }
            acknowledged.append(rating.sequence);
        }
        m_devices.addReceived(deviceId, int(acknowledged.size()));
        if (queued.socket)
            queued.socket->sendTextMessage(
                QString::fromUtf8(protocol::serialize(QStringLiteral("ack"),
                    { { QStringLiteral("batch"), queued.batch },
                        { QStringLiteral("sequences"), acknowledged },
                        { QStringLiteral("highWater"), m_ledger.highWater(deviceId) } })));
    }
    if (stored > 0)
        m_freshSession = false;
    emit answersCommitted(stored);
    if (!storedRatings.isEmpty())
        emit ratingsStored(storedRatings);
}

void SessionHost::checkIdlePeers()
{
    const auto sockets = m_peers.keys();
    for (QWebSocket* socket : sockets) {
        Peer* peer = m_peers.value(socket);
        if (peer && peer->authenticated && peer->lastMessage.elapsed() > m_options.idleTimeoutMs)
            socket->abort();
    }
}

void SessionHost::setPhase(const QString& phase)
{
    SessionPhase value;
    if (!phaseFromName(phase, &value) || value == m_snapshot.phase)
        return;
    m_snapshot.phase = value;
    publishState();
}

void SessionHost::openStatement(const QString& statementId)
{
    if (!m_snapshot.session.catalog.statement(statementId)
        || m_snapshot.openStatements.contains(statementId))
        return;
    m_snapshot.openStatements.append(statementId);
    publishState();
}

void SessionHost::closeStatement(const QString& statementId)
{
    if (m_snapshot.openStatements.removeAll(statementId) > 0)
        publishState();
}

void SessionHost::openAllStatements()
{
    m_snapshot.openStatements.clear();
    for (const Statement& statement : m_snapshot.session.catalog.allStatements())
        m_snapshot.openStatements.append(statement.id);
    publishState();
}

void SessionHost::closeAllStatements()
{
    m_snapshot.openStatements.clear();
    publishState();
}

void SessionHost::startNextRound()
{
    if (m_snapshot.session.currentRound >= protocol::MaxRound)
        return;
    ++m_snapshot.session.currentRound;
    m_ledger.setCurrentRound(m_snapshot.session.currentRound);
    publishState();
}

} // namespace dp

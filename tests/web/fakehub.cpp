#include "fakehub.h"

#include "catalog/builtincatalogs.h"
#include "clientmessagecheck.h"
#include "sync/sessionsnapshot.h"

#include <QJsonDocument>
#include <QTcpSocket>
#include <QUuid>
#include <QWebSocket>

namespace dp::test {

namespace {

Group group(const QString& id, const QString& german, const QString& english)
{
    return { id,
        LocalizedText { { QStringLiteral("de"), german }, { QStringLiteral("en"), english } } };
}

QString answerKey(const QJsonObject& answer)
{
    return QStringLiteral("%1|%2|%3")
        .arg(answer.value(QLatin1String("round")).toInteger())
        .arg(answer.value(QLatin1String("statementId")).toString(),
            answer.value(QLatin1String("pseudonym")).toString());
}

} // namespace

FakeHub::FakeHub(const QString& catalogId, QObject* parent)
    : QObject(parent)
    , m_server(QStringLiteral("fake hub"), QWebSocketServer::NonSecureMode)
{
    SessionRecord session;
    session.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    session.title = QStringLiteral("Elterncafé Nord");
    session.date = QDate(2024, 5, 6);
    session.createdAt = QDateTime(session.date, QTime(8, 0), Qt::UTC);
    m_catalog = loadBuiltin(catalogId).catalog;
    session.catalog = m_catalog;
    session.groups = { group(QStringLiteral("kommune-a"), QStringLiteral("Kommune A"),
                           QStringLiteral("Town A")),
        group(QStringLiteral("kommune-b"), QStringLiteral("Kommune B"), QStringLiteral("Town B")),
        group(QStringLiteral("eltern"), QStringLiteral("Eltern"), QStringLiteral("Parents")) };
    m_session = sessionToJson(session);
    m_sessionId = session.id;
    for (const Statement& statement : m_catalog.allStatements()) {
        m_statementIds.append(statement.id);
        m_scales.insert(statement.id, m_catalog.scaleFor(statement));
    }
    for (const Group& each : session.groups)
        m_groupIds.append(each.id);
    m_open = m_statementIds;
    m_clock.start();
    connect(&m_server, &QWebSocketServer::newConnection, this, &FakeHub::connected);
}

FakeHub::~FakeHub()
{
    for (QWebSocket* socket : m_peers.keys())
        socket->abort();
}

void FakeHub::adopt(QTcpSocket* socket)
{
    if (!m_reachable) {
        socket->abort();
        return;
    }
    m_server.handleConnection(socket);
}

void FakeHub::connected()
{
    while (QWebSocket* socket = m_server.nextPendingConnection()) {
        m_peers.insert(socket, Peer { socket });
        connect(socket, &QWebSocket::textMessageReceived, this,
            [this, socket](const QString& text) { received(socket, text); });
        connect(socket, &QWebSocket::binaryMessageReceived, this, [this, socket] {
            m_violations.append(QStringLiteral("binary frame"));
            fail(socket, QStringLiteral("bad_json"), QStringLiteral("binary frame"), true);
        });
        connect(socket, &QWebSocket::disconnected, this, [this, socket] {
            m_peers.remove(socket);
            socket->deleteLater();
        });
    }
}

void FakeHub::setReachable(bool reachable)
{
    m_reachable = reachable;
    if (reachable)
        return;
    for (QWebSocket* socket : m_peers.keys())
        socket->abort();
}

void FakeHub::throttleHellos(int count, int retryAfterMs)
{
    m_throttledHellos = count;
    m_retryAfterMs = retryAfterMs;
}

void FakeHub::send(QWebSocket* socket, const QString& type, QJsonObject fields)
{
    fields.insert(QStringLiteral("v"), 2);
    fields.insert(QStringLiteral("type"), type);
    socket->sendTextMessage(
        QString::fromUtf8(QJsonDocument(fields).toJson(QJsonDocument::Compact)));
}

void FakeHub::fail(
    QWebSocket* socket, const QString& code, const QString& message, bool fatal, int retryAfterMs)
{
    QJsonObject fields { { QStringLiteral("code"), code }, { QStringLiteral("message"), message },
        { QStringLiteral("fatal"), fatal } };
    if (retryAfterMs >= 0)
        fields.insert(QStringLiteral("retryAfterMs"), retryAfterMs);
    send(socket, QStringLiteral("error"), fields);
    if (fatal)
        socket->close(QWebSocketProtocol::CloseCodePolicyViolated, code);
}

void FakeHub::received(QWebSocket* socket, const QString& text)
{
    auto it = m_peers.find(socket);
    if (m_silent || it == m_peers.end())
        return;
    Peer& peer = it.value();
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
    const QJsonObject message = document.object();
    const QString problem
        = document.isObject() ? checkClientMessage(message) : QStringLiteral("not a JSON object");
    if (!problem.isEmpty()) {
        m_violations.append(problem);
        fail(socket, QStringLiteral("bad_field"), problem, true);
        return;
    }
    const QString type = message.value(QLatin1String("type")).toString();
    if (type == QLatin1String("hello")) {
        hello(peer, message);
    } else if (!peer.joined && type != QLatin1String("offer_session")) {
        m_violations.append(type + QStringLiteral(" before welcome"));
        fail(socket, QStringLiteral("not_authenticated"), QStringLiteral("say hello first"), true);
    } else if (type == QLatin1String("participant")) {
        participant(peer, message);
    } else if (type == QLatin1String("answers")) {
        storeAnswers(peer, message);
    } else if (type == QLatin1String("ping")) {
        send(socket, QStringLiteral("pong"));
    } else if (type == QLatin1String("offer_session")) {
        if (peer.waitingHello.isEmpty())
            m_violations.append(QStringLiteral("offer_session without restore_request"));
        m_offers.append(message);
    }
}

void FakeHub::hello(Peer& peer, const QJsonObject& message)
{
    m_hellos.append(message);
    m_helloTimes.append(m_clock.elapsed());
    if (m_throttledHellos > 0) {
        --m_throttledHellos;
        fail(
            peer.socket, QStringLiteral("throttled"), QStringLiteral("wait"), true, m_retryAfterMs);
        return;
    }
    if (message.value(QLatin1String("roomCode")).toString() != m_roomCode) {
        fail(peer.socket, QStringLiteral("wrong_room_code"), QStringLiteral("wrong room code"),
            true);
        return;
    }
    if (m_restoreMode) {
        peer.waitingHello = message;
        send(peer.socket, QStringLiteral("restore_request"));
        return;
    }
    welcome(peer, message);
}

void FakeHub::welcome(Peer& peer, const QJsonObject& hello)
{
    const bool named = hello.value(QLatin1String("sessionId")).toString() == m_sessionId
        && hello.contains(QLatin1String("deviceId"));
    peer.deviceId = named ? hello.value(QLatin1String("deviceId")).toString()
                          : QUuid::createUuid().toString(QUuid::WithoutBraces);
    peer.joined = true;
    peer.waitingHello = {};
    // The same device again: its older connection goes, as on the real hub.
    for (Peer& other : m_peers) {
        if (other.socket != peer.socket && other.joined && other.deviceId == peer.deviceId) {
            other.joined = false;
            fail(other.socket, QStringLiteral("replaced"), QStringLiteral("connected again"), true);
        }
    }
    send(peer.socket, QStringLiteral("welcome"),
        { { QStringLiteral("sessionId"), m_sessionId },
            { QStringLiteral("deviceId"), peer.deviceId },
            { QStringLiteral("highWater"), m_highWater.value(peer.deviceId) },
            { QStringLiteral("heartbeatMs"), HeartbeatMs } });
    send(peer.socket, QStringLiteral("state"), stateFields());
}

void FakeHub::adoptOffer()
{
    m_restoreMode = false;
    if (!m_offers.isEmpty()) {
        m_session = m_offers.constFirst().value(QLatin1String("session")).toObject();
        m_sessionId = m_session.value(QLatin1String("id")).toString();
    }
    for (Peer& peer : m_peers) {
        if (!peer.waitingHello.isEmpty())
            welcome(peer, peer.waitingHello);
    }
}

void FakeHub::participant(Peer& peer, const QJsonObject& message)
{
    if (message.value(QLatin1String("sessionId")).toString() != m_sessionId) {
        m_violations.append(QStringLiteral("participant for another session"));
        fail(peer.socket, QStringLiteral("wrong_session"), QStringLiteral("other session"), false);
        return;
    }
    const QString groupId = message.value(QLatin1String("groupId")).toString();
    if (!groupId.isEmpty() && (groupId == m_refusedGroup || !m_groupIds.contains(groupId))) {
        fail(peer.socket, QStringLiteral("unknown_group"),
            QStringLiteral("group \"%1\" is not in this session").arg(groupId), false);
        return;
    }
    m_participants.insert(message.value(QLatin1String("pseudonym")).toString(), groupId);
}

void FakeHub::storeAnswers(Peer& peer, const QJsonObject& message)
{
    QJsonArray acknowledged;
    for (const QJsonValue& value : message.value(QLatin1String("answers")).toArray()) {
        const QJsonObject answer = value.toObject();
        const qint64 sequence = answer.value(QLatin1String("sequence")).toInteger();
        const int round = answer.value(QLatin1String("round")).toInt();
        const int given = answer.value(QLatin1String("answer")).toInt();
        QString problem;
        if (answer.value(QLatin1String("sessionId")).toString() != m_sessionId)
            problem = QStringLiteral("answer for another session");
        else if (!m_statementIds.contains(answer.value(QLatin1String("statementId")).toString()))
            problem = QStringLiteral("unknown statement");
        else if (round > m_round)
            problem = QStringLiteral("round not started");
        else if (!m_scales.value(answer.value(QLatin1String("statementId")).toString())
                      ->accepts(given))
            problem = QStringLiteral("answer off the scale");
        const QString content = answerKey(answer) + QLatin1Char('|') + QString::number(given);
        const QString sent = QStringLiteral("%1|%2").arg(peer.deviceId).arg(sequence);
        if (m_contentOfSequence.contains(sent) && m_contentOfSequence.value(sent) != content)
            problem = QStringLiteral("sequence %1 reused for another answer").arg(sequence);
        if (!problem.isEmpty()) {
            m_violations.append(problem);
            send(peer.socket, QStringLiteral("reject"),
                { { QStringLiteral("sequence"), sequence },
                    { QStringLiteral("code"), QStringLiteral("bad_field") },
                    { QStringLiteral("message"), problem } });
            continue;
        }
        m_contentOfSequence.insert(sent, content);
        m_sequences[peer.deviceId].append(sequence);
        const QString key = answerKey(answer);
        if (!m_answers.contains(key) || m_answers.value(key).sequence < sequence)
            m_answers.insert(key, Answer { peer.deviceId, given, sequence });
        m_highWater[peer.deviceId] = std::max(m_highWater.value(peer.deviceId), sequence);
        acknowledged.append(sequence);
    }
    if (!acknowledged.isEmpty()) {
        send(peer.socket, QStringLiteral("ack"),
            { { QStringLiteral("batch"), message.value(QLatin1String("batch")) },
                { QStringLiteral("sequences"), acknowledged },
                { QStringLiteral("highWater"), m_highWater.value(peer.deviceId) } });
        emit answersStored();
    }
}

QJsonObject FakeHub::stateFields() const
{
    return { { QStringLiteral("phase"), m_phase }, { QStringLiteral("round"), m_round },
        { QStringLiteral("openStatements"), QJsonArray::fromStringList(m_open) },
        { QStringLiteral("session"), m_session },
        { QStringLiteral("seal"), QStringLiteral("seal-of-") + m_sessionId } };
}

void FakeHub::publishState()
{
    for (const Peer& peer : std::as_const(m_peers)) {
        if (peer.joined)
            send(peer.socket, QStringLiteral("state"), stateFields());
    }
}

void FakeHub::setPhase(const QString& phase)
{
    m_phase = phase;
    publishState();
}

void FakeHub::setRound(int round)
{
    m_round = round;
    m_session.insert(QStringLiteral("currentRound"), round);
    publishState();
}

void FakeHub::setOpenStatements(const QStringList& statementIds)
{
    m_open = statementIds;
    publishState();
}

} // namespace dp::test

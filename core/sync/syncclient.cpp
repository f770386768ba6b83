#include "syncclient.h"

#include "hubstatestore.h"
#include "storage/database.h"
#include "storage/ratingstore.h"
#include "storage/sessionstore.h"

#include <QJsonArray>
#include <QUrl>
#include <QWebSocket>

#include <algorithm>

namespace dp {

using protocol::ErrorCode;

SyncClient::SyncClient(Database& database, QObject* parent)
    : SyncClient(database, Options {}, parent)
{
}

SyncClient::SyncClient(Database& database, const Options& options, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_options(options)
    , m_sessions(std::make_unique<SessionStore>(database))
    , m_ratings(std::make_unique<RatingStore>(database))
    , m_stateStore(std::make_unique<HubStateStore>(database, QStringLiteral("attendee_state")))
    , m_random(options.seed ? options.seed : QRandomGenerator::global()->generate())
{
    m_connectTimer.setSingleShot(true);
    connect(&m_connectTimer, &QTimer::timeout, this, &SyncClient::onConnectTimeout);
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &SyncClient::connectNow);
    m_heartbeatTimer.setInterval(m_options.heartbeatMs);
    connect(&m_heartbeatTimer, &QTimer::timeout, this, &SyncClient::heartbeat);
    m_pumpTimer.setSingleShot(true);
    m_pumpTimer.setInterval(0);
    connect(&m_pumpTimer, &QTimer::timeout, this, &SyncClient::pump);
    loadCachedSession();
}

SyncClient::~SyncClient()
{
    stop();
}

void SyncClient::loadCachedSession()
{
    m_snapshot = m_stateStore->load();
}

void SyncClient::setTarget(const JoinTarget& target)
{
    m_target = target;
}

bool SyncClient::setJoinUrl(const QString& url)
{
    JoinTarget target;
    QString error;
    if (!JoinTarget::parse(url, &target, &error)) {
        setErrorText(tr("This is not a workshop link: %1").arg(error));
        return false;
    }
    setTarget(target);
    return true;
}

void SyncClient::start()
{
    m_running = true;
    m_retry = true;
    m_attempt = 0;
    setErrorText({});
    connectNow();
}

void SyncClient::stop()
{
    m_running = false;
    m_reconnectTimer.stop();
    m_heartbeatTimer.stop();
    m_connectTimer.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->close(QWebSocketProtocol::CloseCodeNormal);
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    m_synced = false;
    m_inFlight.clear();
    setStatus(Status::Stopped, tr("Not connected – answers are saved on this device"));
}

int SyncClient::pendingCount() const
{
    return m_snapshot ? m_ratings->pendingCount(m_snapshot->session.id) : 0;
}

QString SyncClient::deviceId() const
{
    return m_ratings->deviceId();
}

bool SyncClient::isFullySynced() const
{
    return m_synced && m_inFlight.isEmpty() && m_resend.isEmpty() && pendingCount() == 0;
}

void SyncClient::setStatus(Status status, const QString& text)
{
    if (status == m_status && text == m_statusText)
        return;
    m_status = status;
    m_statusText = text;
    emit statusChanged();
}

void SyncClient::setErrorText(const QString& text)
{
    if (text == m_errorText)
        return;
    m_errorText = text;
    emit errorTextChanged();
}

void SyncClient::connectNow()
{
    if (!m_running || m_socket)
        return;
    if (m_target.host.isEmpty() || m_target.port == 0) {
        setStatus(Status::Failed, tr("No workshop chosen yet"));
        return;
    }
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_socket->setMaxAllowedIncomingMessageSize(protocol::MaxHubMessageBytes);
    m_socket->setMaxAllowedIncomingFrameSize(protocol::MaxHubMessageBytes);
    connect(m_socket, &QWebSocket::connected, this, &SyncClient::onConnected);
    connect(m_socket, &QWebSocket::disconnected, this, &SyncClient::onDisconnected);
    connect(m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
        &SyncClient::onSocketError);
    connect(m_socket, &QWebSocket::textMessageReceived, this, &SyncClient::onText);
    QUrl url;
    url.setScheme(QStringLiteral("ws"));
    url.setHost(m_target.host);
    url.setPort(m_target.port);
    url.setPath(QStringLiteral("/"));
    setStatus(
        Status::Connecting, tr("Connecting to %1:%2 …").arg(m_target.host).arg(m_target.port));
    m_connectTimer.start(m_options.connectTimeoutMs);
    m_socket->open(url);
}

void SyncClient::onConnected()
{
    m_connectTimer.stop();
    m_lastHeard.start();
    m_heartbeatTimer.start();
    setStatus(Status::Joining, tr("Joining the workshop …"));
    QJsonObject hello { { QStringLiteral("roomCode"), m_target.roomCode },
        { QStringLiteral("deviceId"), deviceId() },
        { QStringLiteral("client"), QStringLiteral("dialogpunkte") } };
    if (m_snapshot)
        hello.insert(QStringLiteral("sessionId"), m_snapshot->session.id);
    send(protocol::serialize(QStringLiteral("hello"), hello));
}

void SyncClient::onConnectTimeout()
{
    dropConnection(tr("No answer from %1:%2 – is this device in the same Wi-Fi as the "
                      "moderator? Guest Wi-Fi often isolates devices from each other.")
                       .arg(m_target.host)
                       .arg(m_target.port));
}

void SyncClient::onSocketError(QAbstractSocket::SocketError error)
{
    QString cause;
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        cause = tr("%1:%2 refused the connection – is the moderator's hub running?")
                    .arg(m_target.host)
                    .arg(m_target.port);
        break;
    case QAbstractSocket::HostNotFoundError:
        cause = tr("Host %1 not found – please check the workshop link").arg(m_target.host);
        break;
    case QAbstractSocket::NetworkError:
    case QAbstractSocket::SocketTimeoutError:
        cause = tr("No route to %1:%2 – guest Wi-Fi with client isolation, or another network?")
                    .arg(m_target.host)
                    .arg(m_target.port);
        break;
    default:
        cause = tr("Connection to the moderator lost (%1)")
                    .arg(m_socket ? m_socket->errorString() : QString());
        break;
    }
    dropConnection(cause);
}

void SyncClient::onDisconnected()
{
    // Some failures arrive as a bare disconnect; the socket still knows why.
    if (m_socket && m_socket->error() != QAbstractSocket::UnknownSocketError) {
        onSocketError(m_socket->error());
        return;
    }
    if (m_status == Status::Connecting) {
        onConnectTimeout();
        return;
    }
    dropConnection(tr("Connection to the moderator lost"));
}

void SyncClient::dropConnection(const QString& cause)
{
    m_connectTimer.stop();
    m_heartbeatTimer.stop();
    m_synced = false;
    m_restoring = false;
    m_inFlight.clear();
    m_resend.clear();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    if (!m_running)
        return;
    if (!m_retry) {
        setStatus(Status::Failed, m_errorText.isEmpty() ? cause : m_errorText);
        return;
    }
    if (!m_reconnectTimer.isActive())
        scheduleReconnect();
    setStatus(Status::Reconnecting,
        tr("Offline – answers are saved on this device and sent later. %1").arg(cause));
}

void SyncClient::scheduleReconnect()
{
    const int exponent = std::min(m_attempt++, 16);
    const qint64 ceiling
        = std::min<qint64>(m_options.maxBackoffMs, qint64(m_options.minBackoffMs) << exponent);
    // Jitter keeps fifty tablets from reconnecting in the same millisecond after a hub restart.
    const qint64 delay = ceiling / 2 + qint64(m_random.bounded(quint32(ceiling / 2 + 1)));
    m_reconnectTimer.start(int(delay));
}

void SyncClient::heartbeat()
{
    if (!m_socket)
        return;
    if (m_lastHeard.elapsed() > m_options.deadAfterMs) {
        dropConnection(tr("The moderator's device stopped answering"));
        return;
    }
    send(protocol::serialize(
        QStringLiteral("ping"), { { QStringLiteral("pending"), pendingCount() } }));
}

void SyncClient::send(const QByteArray& message)
{
    if (m_socket)
        m_socket->sendTextMessage(QString::fromUtf8(message));
}

void SyncClient::onText(const QString& text)
{
    m_lastHeard.restart();
    const protocol::ParseResult parsed
        = protocol::parse(text.toUtf8(), protocol::Direction::ToAttendee);
    if (!parsed.ok()) {
        // A hub that speaks something else cannot be synced with; keep the data and retry later.
        setErrorText(
            tr("The moderator's device sent an invalid message: %1").arg(parsed.errorText));
        dropConnection(m_errorText);
        return;
    }
    const QString& type = parsed.message.type;
    if (type == QLatin1String("ack"))
        handleAck(parsed.message.body);
    else if (type == QLatin1String("state"))
        handleState(parsed.message.body);
    else if (type == QLatin1String("welcome"))
        handleWelcome(parsed.message.body);
    else if (type == QLatin1String("reject")) {
        const qint64 sequence = parsed.message.body.value(QLatin1String("sequence")).toInteger();
        m_inFlight.remove(sequence);
        m_rejected.insert(sequence);
        const QString code = parsed.message.body.value(QLatin1String("code")).toString();
        const QString message = parsed.message.body.value(QLatin1String("message")).toString();
        setErrorText(tr("The moderator refused an answer: %1").arg(message));
        emit answerRejected(sequence, code, message);
    } else if (type == QLatin1String("error"))
        handleError(parsed.message.body);
}

void SyncClient::handleWelcome(const QJsonObject& body)
{
    m_attempt = 0;
    m_synced = false;
    m_inFlight.clear();
    const QString hubSession = body.value(QLatin1String("sessionId")).toString();
    const qint64 mark = body.value(QLatin1String("highWater")).toInteger();
    const bool canRestore = body.value(QLatin1String("canRestore")).toBool();
    if (m_snapshot && hubSession == m_snapshot->session.id) {
        m_restoring = false;
        m_deferredState.reset();
        beginSync(mark);
        return;
    }
    if (m_snapshot && canRestore && m_ratings->ratingCount(m_snapshot->session.id) > 0) {
        // The hub starts empty although we hold answers of our workshop: its data was lost.
        // Give it our session so every tablet can send everything again.
        m_restoring = true;
        setStatus(Status::Joining, tr("Restoring the workshop on the moderator's device …"));
        send(protocol::serialize(QStringLiteral("restore_session"),
            { { QStringLiteral("session"), sessionToJson(m_snapshot->session) },
                { QStringLiteral("phase"), phaseName(m_snapshot->phase) },
                { QStringLiteral("openStatements"),
                    QJsonArray::fromStringList(m_snapshot->openStatements) } }));
        return;
    }
    m_welcomeSession = hubSession;
    m_welcomeMark = mark;
}

void SyncClient::handleState(const QJsonObject& body)
{
    QString error;
    auto snapshot = SessionSnapshot::fromStateFields(body, &error);
    if (!snapshot) {
        setErrorText(tr("The workshop data from the moderator is invalid: %1").arg(error));
        return;
    }
    if (m_restoring && m_snapshot && snapshot->session.id != m_snapshot->session.id) {
        m_deferredState = snapshot;
        return;
    }
    applyState(*snapshot);
}

void SyncClient::applyState(const SessionSnapshot& snapshot)
{
    QString error;
    SessionRecord local = snapshot.session;
    local.role = SessionRecord::Role::Attendee;
    if (!m_sessions->session(local.id) && !m_sessions->insertSession(local, &error)) {
        setErrorText(tr("Could not store the workshop on this device: %1").arg(error));
        return;
    }
    m_snapshot = snapshot;
    if (!m_stateStore->save(snapshot, &error))
        setErrorText(error);
    emit snapshotChanged();
    emit pendingCountChanged();
    if (!m_synced && m_welcomeMark && m_welcomeSession == snapshot.session.id) {
        const qint64 mark = *m_welcomeMark;
        m_welcomeMark.reset();
        beginSync(mark);
    }
}

void SyncClient::handleError(const QJsonObject& body)
{
    const ErrorCode code
        = protocol::errorCodeFromName(body.value(QLatin1String("code")).toString());
    const QString message = body.value(QLatin1String("message")).toString();
    switch (code) {
    case ErrorCode::WrongRoomCode:
        m_retry = false;
        setErrorText(tr("Wrong room code – please check it with the moderator (%1)").arg(message));
        break;
    case ErrorCode::Throttled:
        m_retry = false;
        setErrorText(tr("Too many wrong room codes from this device – %1").arg(message));
        break;
    case ErrorCode::WrongSession:
        if (m_restoring) {
            // The hub already runs another workshop: follow it, our old answers stay stored.
            m_restoring = false;
            if (m_deferredState) {
                const SessionSnapshot deferred = *m_deferredState;
                m_deferredState.reset();
                applyState(deferred);
            }
        }
        setErrorText(message);
        break;
    case ErrorCode::ShuttingDown:
        setErrorText(tr("The moderator closed the workshop hub"));
        break;
    default:
        setErrorText(tr("The moderator's device reports: %1").arg(message));
        break;
    }
}

void SyncClient::beginSync(qint64 hubMark)
{
    m_synced = true;
    m_restoring = false;
    m_hubHighWater = hubMark;
    m_inFlight.clear();
    m_rejected.clear();
    m_resend.clear();
    sendParticipants();
    // Answers already acknowledged but above the hub's mark were lost on the hub: send again.
    const QString session = m_snapshot->session.id;
    const QString me = deviceId();
    QSet<qint64> outbox;
    for (const Rating& rating : m_ratings->pendingOutbox(session))
        outbox.insert(rating.sequence);
    for (const Rating& rating : m_ratings->ratings(session)) {
        if (rating.deviceId == me && rating.sequence > hubMark && !outbox.contains(rating.sequence))
            m_resend.append(rating);
    }
    std::sort(m_resend.begin(), m_resend.end(),
        [](const Rating& a, const Rating& b) { return a.sequence < b.sequence; });
    setStatus(Status::Online, tr("Connected – answers arrive at the moderator"));
    pump();
}

void SyncClient::sendParticipants()
{
    for (const Participant& participant : m_sessions->participants(m_snapshot->session.id)) {
        const QByteArray message = protocol::serialize(QStringLiteral("participant"),
            { { QStringLiteral("sessionId"), participant.sessionId },
                { QStringLiteral("pseudonym"), participant.pseudonym },
                { QStringLiteral("groupId"), participant.groupId } });
        for (int copy = 0; copy < (m_options.chaos ? 3 : 1); ++copy)
            send(message);
    }
}

QString SyncClient::registerParticipant(const QString& groupId, const QString& pseudonym)
{
    if (!m_snapshot)
        return {};
    QString error;
    Participant participant;
    if (pseudonym.isEmpty()) {
        auto created = m_sessions->createParticipant(m_snapshot->session.id, groupId, &error);
        if (!created) {
            setErrorText(error);
            return {};
        }
        participant = *created;
    } else {
        participant = Participant { m_snapshot->session.id, pseudonym, groupId,
            QDateTime::currentDateTimeUtc() };
        if (!m_sessions->upsertParticipant(participant, &error)) {
            setErrorText(error);
            return {};
        }
    }
    if (m_synced)
        send(protocol::serialize(QStringLiteral("participant"),
            { { QStringLiteral("sessionId"), participant.sessionId },
                { QStringLiteral("pseudonym"), participant.pseudonym },
                { QStringLiteral("groupId"), participant.groupId } }));
    return participant.pseudonym;
}

std::optional<Rating> SyncClient::saveAnswer(
    const QString& pseudonym, const QString& statementId, int answer, QString* error)
{
    if (!m_snapshot) {
        *error = tr("No workshop on this device yet");
        return std::nullopt;
    }
    auto saved = m_ratings->saveAnswer(m_snapshot->session.id, m_snapshot->session.currentRound,
        statementId, pseudonym, answer, error);
    if (saved) {
        emit pendingCountChanged();
        if (m_synced && !m_pumpTimer.isActive())
            m_pumpTimer.start();
    }
    return saved;
}

bool SyncClient::hasArrived(const QString& statementId, const QString& pseudonym) const
{
    return m_snapshot
        && m_ratings->isAcknowledged(
            m_snapshot->session.id, m_snapshot->session.currentRound, statementId, pseudonym);
}

void SyncClient::sendPending()
{
    emit pendingCountChanged();
    if (m_synced && !m_pumpTimer.isActive())
        m_pumpTimer.start();
}

void SyncClient::pump()
{
    if (!m_synced || !m_socket)
        return;
    const int room = m_options.maxInFlight - int(m_inFlight.size());
    if (room <= 0)
        return;
    QList<Rating> toSend;
    while (!m_resend.isEmpty() && toSend.size() < room)
        toSend.append(m_resend.takeFirst());
    if (toSend.size() < room) {
        const auto pending
            = m_ratings->pendingOutbox(m_snapshot->session.id, int(m_inFlight.size()) + room);
        for (const Rating& rating : pending) {
            if (toSend.size() >= room)
                break;
            if (!m_inFlight.contains(rating.sequence) && !m_rejected.contains(rating.sequence))
                toSend.append(rating);
        }
    }
    if (toSend.isEmpty())
        return;
    QList<QByteArray> messages;
    const int batchSize = m_options.chaos ? 1 : m_options.maxBatch;
    for (qsizetype start = 0; start < toSend.size(); start += batchSize) {
        QJsonArray answers;
        for (qsizetype i = start; i < std::min<qsizetype>(start + batchSize, toSend.size()); ++i) {
            answers.append(protocol::answerToJson(toSend.at(i)));
            m_inFlight.insert(toSend.at(i).sequence);
        }
        messages.append(protocol::serialize(QStringLiteral("answers"),
            { { QStringLiteral("batch"), m_nextBatch++ },
                { QStringLiteral("answers"), answers } }));
    }
    if (m_options.chaos) {
        // Test mode: the hub must end up identical when everything arrives three times,
        // in a shuffled order.
        const QList<QByteArray> once = messages;
        messages.append(once);
        messages.append(once);
        std::shuffle(messages.begin(), messages.end(), m_random);
    }
    for (const QByteArray& message : messages)
        send(message);
}

void SyncClient::handleAck(const QJsonObject& body)
{
    QList<qint64> sequences;
    for (const QJsonValue& value : body.value(QLatin1String("sequences")).toArray()) {
        sequences.append(value.toInteger());
        m_inFlight.remove(value.toInteger());
    }
    m_hubHighWater = std::max(m_hubHighWater, body.value(QLatin1String("highWater")).toInteger());
    QString error;
    if (!sequences.isEmpty() && !m_ratings->acknowledge(sequences, &error))
        setErrorText(error);
    emit acknowledged(sequences);
    emit pendingCountChanged();
    pump();
}

} // namespace dp

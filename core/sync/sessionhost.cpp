#include "sessionhost.h"

#include "hubstatestore.h"
#include "storage/database.h"
#include "storage/sessionstore.h"

#include <QJsonArray>
#include <QWebSocket>

namespace dp {

using protocol::ErrorCode;

namespace {
constexpr int HeartbeatMs = 5000;

HubAdmission::Options admissionOptions(const SessionHost::Options& options)
{
    HubAdmission::Options result;
    result.handshakeTimeoutMs = options.handshakeTimeoutMs;
    result.maxUnauthenticated = options.maxUnauthenticated;
    result.idleTimeoutMs = options.idleTimeoutMs;
    result.throttleBaseMs = options.throttleBaseMs;
    return result;
}
} // namespace

SessionHost::SessionHost(Database& database, QObject* parent)
    : SessionHost(database, Options {}, parent)
{
}

SessionHost::SessionHost(Database& database, const Options& options, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_stateStore(std::make_unique<HubStateStore>(database))
    , m_ledger(database)
    , m_admission(m_devices, admissionOptions(options))
    , m_writer(m_ledger, m_devices, options.groupCommitMs, options.maxGroupCommitAnswers)
{
    connect(&m_admission, &HubAdmission::admittedDevice, this, &SessionHost::onAdmitted);
    connect(&m_admission, &HubAdmission::messageReceived, this, &SessionHost::onMessage);
    connect(&m_writer, &GroupCommitWriter::committed, this, &SessionHost::onCommitted);
    connect(&m_writer, &GroupCommitWriter::failed, this, &SessionHost::setErrorText);
}

SessionHost::~SessionHost()
{
    shutdown();
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
    QString cause;
    if (!m_admission.listen(address, port, &cause)) {
        *error = tr("Cannot listen on port %1: %2").arg(port).arg(cause);
        setErrorText(*error);
        return false;
    }
    emit listeningChanged();
    return true;
}

void SessionHost::shutdown()
{
    const bool wasListening = m_admission.isListening();
    m_admission.close();
    if (wasListening)
        emit listeningChanged();
    m_writer.flush();
    m_admission.goodbye();
}

void SessionHost::setRoomCode(const QString& code)
{
    if (code == m_admission.roomCode())
        return;
    m_admission.setRoomCode(code);
    emit roomCodeChanged();
}

bool SessionHost::isListening() const
{
    return m_admission.isListening();
}

int SessionHost::port() const
{
    return m_admission.port();
}

void SessionHost::setErrorText(const QString& text)
{
    if (text == m_errorText)
        return;
    m_errorText = text;
    emit errorTextChanged();
}

void SessionHost::onAdmitted(QWebSocket* socket, const QString& deviceId)
{
    sendWelcome(socket, deviceId);
    sendState(socket);
}

void SessionHost::onMessage(
    QWebSocket* socket, const QString& deviceId, const protocol::Message& message)
{
    const QString& type = message.type;
    if (type == QLatin1String("answers")) {
        m_writer.enqueue(socket, deviceId, message.body);
    } else if (type == QLatin1String("participant")) {
        handleParticipant(socket, deviceId, message.body);
    } else if (type == QLatin1String("ping")) {
        m_devices.markSeen(deviceId, message.body.value(QLatin1String("pending")).toInt(-1));
        socket->sendTextMessage(QString::fromUtf8(protocol::serialize(QStringLiteral("pong"))));
    } else if (type == QLatin1String("restore_session")) {
        handleRestore(socket, deviceId, message.body);
    }
}

bool SessionHost::canRestore() const
{
    return m_freshSession && m_stateStore->answerCount(m_snapshot.session.id) == 0;
}

void SessionHost::sendWelcome(QWebSocket* socket, const QString& deviceId)
{
    socket->sendTextMessage(QString::fromUtf8(protocol::serialize(QStringLiteral("welcome"),
        { { QStringLiteral("sessionId"), m_snapshot.session.id },
            { QStringLiteral("highWater"), m_ledger.highWater(deviceId) },
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
    const auto admitted = m_admission.admitted();
    for (auto it = admitted.cbegin(); it != admitted.cend(); ++it)
        sendState(it.key());
    emit stateChanged();
}

void SessionHost::handleRestore(
    QWebSocket* socket, const QString& deviceId, const QJsonObject& body)
{
    QString error;
    auto session = sessionFromJson(body.value(QLatin1String("session")).toObject(), &error);
    if (!session) {
        refuseConnection(socket, ErrorCode::BadField, error);
        return;
    }
    if (session->id == m_snapshot.session.id) {
        sendWelcome(socket, deviceId);
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
        refuseConnection(socket, ErrorCode::StorageFailed, error);
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
    const auto admitted = m_admission.admitted();
    for (auto it = admitted.cbegin(); it != admitted.cend(); ++it) {
        sendWelcome(it.key(), it.value());
        sendState(it.key());
    }
    emit stateChanged();
}

void SessionHost::handleParticipant(
    QWebSocket* socket, const QString& deviceId, const QJsonObject& body)
{
    Participant participant;
    participant.sessionId = body.value(QLatin1String("sessionId")).toString();
    participant.pseudonym = body.value(QLatin1String("pseudonym")).toString();
    participant.groupId = body.value(QLatin1String("groupId")).toString();
    participant.createdAt = QDateTime::currentDateTimeUtc();
    QString error;
    const ErrorCode code = m_ledger.registerParticipant(deviceId, participant, &error);
    if (code != ErrorCode::None)
        socket->sendTextMessage(QString::fromUtf8(
            protocol::errorMessage(code, QStringLiteral("participant: ") + error, false)));
    else
        emit participantRegistered(participant);
}

void SessionHost::onCommitted(int stored, const QList<Rating>& storedRatings)
{
    if (stored > 0)
        m_freshSession = false;
    emit answersCommitted(stored);
    if (!storedRatings.isEmpty())
        emit ratingsStored(storedRatings);
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

#include "sessionhost.h"

#include "hubstatestore.h"
#include "messagesender.h"
#include "storage/database.h"
#include "storage/minutes.h"
#include "storage/sessionstore.h"

#include "net/websocketconnection.h"

namespace dp {

using protocol::ErrorCode;

namespace {
constexpr int HeartbeatMs = 5000;
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
    , m_admission(m_devices, options.admission)
    , m_writer(m_ledger, m_devices, options.groupCommitMs, options.maxGroupCommitAnswers)
{
    // A device that has answers here proves it belongs to the session better than a room code.
    m_admission.setKnownDeviceCheck(
        [this](const QString& deviceId) { return m_ledger.highWater(deviceId) > 0; });
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
    m_seal = SessionSeal::forDatabase(m_database.path(), error);
    if (!m_seal)
        return false;
    if (auto previous = m_stateStore->load()) {
        m_snapshot = *previous;
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
    }
    if (!m_ledger.load(m_snapshot.session, error))
        return false;
    m_admission.setSessionId(m_snapshot.session.id);
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

void SessionHost::onAdmitted(WebSocketConnection* connection, const QString& deviceId)
{
    sendWelcome(connection, deviceId);
    sendState(connection);
}

void SessionHost::onMessage(
    WebSocketConnection* connection, const QString& deviceId, const protocol::ToHub& message)
{
    if (const auto* answers = std::get_if<protocol::Answers>(&message)) {
        m_writer.enqueue(connection, deviceId, *answers);
    } else if (const auto* participant = std::get_if<protocol::ParticipantMessage>(&message)) {
        handleParticipant(connection, deviceId, *participant);
    } else if (const auto* ping = std::get_if<protocol::Ping>(&message)) {
        m_devices.markSeen(deviceId, ping->pending.value_or(-1));
        protocol::sendMessage(*connection, protocol::Pong {});
    } else if (std::holds_alternative<protocol::OfferSession>(message)) {
        protocol::sendMessage(*connection,
            protocol::Error { ErrorCode::WrongSession,
                QStringLiteral("this hub did not ask for sessions"), false, std::nullopt });
    }
}

void SessionHost::sendWelcome(WebSocketConnection* connection, const QString& deviceId)
{
    protocol::sendMessage(*connection,
        protocol::Welcome {
            m_snapshot.session.id, deviceId, m_ledger.highWater(deviceId), HeartbeatMs });
}

void SessionHost::sendState(WebSocketConnection* connection)
{
    protocol::sendMessage(
        *connection, protocol::State { m_snapshot, m_seal->seal(m_snapshot.session) });
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

void SessionHost::handleParticipant(WebSocketConnection* connection, const QString& deviceId,
    const protocol::ParticipantMessage& message)
{
    Participant participant;
    participant.sessionId = message.sessionId;
    participant.pseudonym = message.pseudonym;
    participant.groupId = message.groupId;
    participant.createdAt = toMinute(QDateTime::currentDateTimeUtc());
    QString error;
    const ErrorCode code = m_ledger.registerParticipant(deviceId, participant, &error);
    if (code != ErrorCode::None)
        protocol::sendMessage(*connection,
            protocol::Error { code, QStringLiteral("participant: ") + error, false, std::nullopt });
    else
        emit participantRegistered(participant);
}

void SessionHost::onCommitted(int stored, const QList<Rating>& storedRatings)
{
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

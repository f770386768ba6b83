#include "syncclient.h"

#include "attendeestatecache.h"
#include "clientconnection.h"
#include "hubhandshake.h"
#include "outboxsender.h"
#include "restoreresponder.h"
#include "session/answerservice.h"
#include "storage/database.h"
#include "storage/ratingstore.h"

namespace dp {

using protocol::ErrorCode;

namespace {

ClientConnection::Timings timingsOf(const SyncClient::Options& options)
{
    return { options.connectTimeoutMs, options.minBackoffMs, options.maxBackoffMs,
        options.heartbeatMs, options.deadAfterMs, options.seed };
}

OutboxSender::Limits limitsOf(const SyncClient::Options& options)
{
    // The shuffle gets a seed of its own so backoff jitter stays reproducible.
    return { options.maxBatch, options.maxInFlight, options.chaos,
        options.seed ? options.seed + 1 : 0 };
}

} // namespace

SyncClient::SyncClient(Database& database, AnswerService& answers, QObject* parent)
    : SyncClient(database, answers, Options {}, parent)
{
}

SyncClient::SyncClient(
    Database& database, AnswerService& answers, const Options& options, QObject* parent)
    : QObject(parent)
    , m_options(options)
    , m_answers(answers)
    , m_state(std::make_unique<AttendeeStateCache>(database))
    , m_connection(std::make_unique<ClientConnection>(timingsOf(options)))
    , m_sender(std::make_unique<OutboxSender>(m_answers, *m_connection, limitsOf(options)))
    , m_handshake(std::make_unique<HubHandshake>(*m_state))
    , m_restore(std::make_unique<RestoreResponder>(database))
{
    connect(m_connection.get(), &ClientConnection::connecting, this, &SyncClient::onConnecting);
    connect(m_connection.get(), &ClientConnection::connected, this, &SyncClient::onConnected);
    connect(m_connection.get(), &ClientConnection::lost, this, &SyncClient::onLost);
    connect(m_connection.get(), &ClientConnection::textReceived, this, &SyncClient::onText);
    connect(m_connection.get(), &ClientConnection::heartbeatDue, this,
        [this] { m_connection->send(protocol::Ping { pendingCount() }); });
    // Whoever saved an answer (the rating screen, the simulator), it goes out right away when
    // online; without a connection it waits in the outbox.
    connect(&m_answers, &AnswerService::answerStored, this, [this] {
        emit pendingCountChanged();
        m_sender->schedule();
    });
    connect(
        &m_answers, &AnswerService::answersAcknowledged, this, &SyncClient::pendingCountChanged);
    connect(m_sender.get(), &OutboxSender::storageFailed, this, &SyncClient::setErrorText);
    connect(m_handshake.get(), &HubHandshake::readyToSync, this, &SyncClient::beginSync);
    connect(m_handshake.get(), &HubHandshake::stateApplied, this, [this] {
        emit snapshotChanged();
        emit pendingCountChanged();
    });
    connect(m_handshake.get(), &HubHandshake::failed, this, &SyncClient::setErrorText);
}

SyncClient::~SyncClient()
{
    stop();
}

void SyncClient::setTarget(const JoinTarget& target)
{
    m_connection->setTarget(target);
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
    m_retry = true;
    m_retryAfterMs.reset();
    setErrorText({});
    const JoinTarget& target = m_connection->target();
    if (target.host.isEmpty() || target.port == 0) {
        setStatus(Status::Failed, tr("No workshop chosen yet"));
        return;
    }
    m_connection->start();
}

void SyncClient::stop()
{
    m_connection->stop();
    m_handshake->reset();
    m_sender->halt();
    setStatus(Status::Stopped, tr("Not connected – answers are saved on this device"));
}

QString SyncClient::sessionId() const
{
    return m_state->sessionId();
}

const std::optional<SessionSnapshot>& SyncClient::snapshot() const
{
    return m_state->snapshot();
}

int SyncClient::pendingCount() const
{
    return hasSession() ? m_answers.ratings().pendingCount(sessionId()) : 0;
}

QString SyncClient::deviceId() const
{
    return m_state->deviceId();
}

qint64 SyncClient::hubHighWater() const
{
    return m_sender->hubHighWater();
}

bool SyncClient::isFullySynced() const
{
    return m_sender->isSending() && m_sender->isIdle() && pendingCount() == 0;
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

void SyncClient::onConnecting()
{
    const JoinTarget& target = m_connection->target();
    setStatus(Status::Connecting, tr("Connecting to %1:%2 …").arg(target.host).arg(target.port));
}

void SyncClient::onConnected()
{
    setStatus(Status::Joining, tr("Joining the workshop …"));
    protocol::Hello hello { m_connection->target().roomCode, protocol::ClientKind::App, {}, {} };
    if (hasSession()) {
        // Only the session the hub gave us, and our id there: nothing from other workshops.
        hello.sessionId = sessionId();
        hello.deviceId = deviceId();
    }
    m_connection->send(hello);
}

void SyncClient::onLost(const QString& cause)
{
    m_handshake->reset();
    m_sender->halt();
    if (!m_connection->isRunning())
        return;
    if (!m_retry) {
        setStatus(Status::Failed, m_errorText.isEmpty() ? cause : m_errorText);
        return;
    }
    if (const auto wait = std::exchange(m_retryAfterMs, std::nullopt)) {
        // The hub said when to come back: wait that long, then try again by ourselves.
        m_connection->reconnectAfter(*wait);
        setStatus(Status::Reconnecting,
            tr("Offline – answers are saved on this device and sent later. %1").arg(m_errorText));
        return;
    }
    m_connection->reconnectLater();
    setStatus(Status::Reconnecting,
        tr("Offline – answers are saved on this device and sent later. %1").arg(cause));
}

void SyncClient::onText(const QString& text)
{
    const auto decoded = protocol::decodeToDevice(text.toUtf8());
    if (!decoded.ok()) {
        // A hub that speaks something else cannot be synced with; keep the data and retry later.
        setErrorText(
            tr("The moderator's device sent an invalid message: %1").arg(decoded.errorText));
        m_connection->drop(m_errorText);
        return;
    }
    const protocol::ToDevice& message = *decoded.message;
    if (const auto* ack = std::get_if<protocol::Ack>(&message)) {
        m_sender->handleAck(*ack);
    } else if (const auto* state = std::get_if<protocol::State>(&message)) {
        m_handshake->handleState(*state);
    } else if (const auto* welcome = std::get_if<protocol::Welcome>(&message)) {
        m_connection->resetBackoff();
        m_sender->halt();
        m_handshake->handleWelcome(*welcome);
    } else if (const auto* reject = std::get_if<protocol::Reject>(&message)) {
        handleReject(*reject);
    } else if (const auto* error = std::get_if<protocol::Error>(&message)) {
        handleError(*error);
    } else if (std::holds_alternative<protocol::RestoreRequest>(message)) {
        answerRestoreRequest();
    }
}

void SyncClient::answerRestoreRequest()
{
    // The hub is there and asks; once the moderator chose, it sends us away to come back soon.
    m_connection->resetBackoff();
    setStatus(Status::Joining, tr("The moderator's device is restoring its workshop …"));
    for (const protocol::OfferSession& offer :
        m_restore->offers(m_connection->target().roomCode, snapshot()))
        m_connection->send(offer);
}

void SyncClient::handleReject(const protocol::Reject& reject)
{
    m_sender->handleReject(reject.sequence);
    setErrorText(tr("The moderator's device refused an answer: %1").arg(describe(reject.code)));
    emit answerRejected(reject.sequence, protocol::errorCodeName(reject.code), reject.message);
}

void SyncClient::handleError(const protocol::Error& error)
{
    switch (error.code) {
    case ErrorCode::WrongRoomCode:
        m_retry = false; // only the person can fix the code
        break;
    case ErrorCode::Throttled:
    case ErrorCode::TooManyConnections:
        m_retryAfterMs = error.retryAfterMs.value_or(m_options.maxBackoffMs);
        break;
    default:
        break;
    }
    setErrorText(describe(error.code));
    if (error.code == ErrorCode::UnknownGroup)
        emit groupRefused();
}

QString SyncClient::describe(ErrorCode code)
{
    switch (code) {
    case ErrorCode::WrongRoomCode:
        return tr("Wrong room code – please check it with the moderator");
    case ErrorCode::Throttled:
        return tr("Too many wrong room codes from this network – trying again shortly");
    case ErrorCode::TooManyConnections:
        return tr("Many devices are joining at once – trying again shortly");
    case ErrorCode::WrongSession:
        return tr("The moderator's device runs another workshop");
    case ErrorCode::UnknownGroup:
        return tr("The workshop has no such group – please choose your group again");
    case ErrorCode::UnknownStatement:
        return tr("The statement is not part of this workshop");
    case ErrorCode::AnswerOutOfRange:
        return tr("The answer is not on the statement's scale");
    case ErrorCode::RoundOutOfRange:
        return tr("This round has not started yet");
    case ErrorCode::ForeignPseudonym:
        return tr("This person answers on another device");
    case ErrorCode::StorageFailed:
        return tr("The moderator's device could not store answers – they stay on this device and "
                  "are sent again");
    case ErrorCode::ShuttingDown:
        return tr("The moderator closed the workshop hub");
    case ErrorCode::Replaced:
        return tr("This device connected again");
    default:
        return tr("The moderator's device reported a problem (%1)")
            .arg(protocol::errorCodeName(code));
    }
}

void SyncClient::beginSync(qint64 hubMark)
{
    const QString session = sessionId();
    QString error;
    if (!m_restore->remember(session, m_connection->target().roomCode, &error))
        setErrorText(error);
    for (const Participant& participant : m_state->participants())
        sendParticipant(participant, m_options.chaos ? 3 : 1);
    m_sender->begin(session, hubMark);
    setStatus(Status::Online, tr("Connected – answers arrive at the moderator"));
    m_sender->sendNow();
}

void SyncClient::sendParticipant(const Participant& participant, int copies)
{
    const protocol::ParticipantMessage message { participant.sessionId, participant.pseudonym,
        participant.groupId };
    for (int copy = 0; copy < copies; ++copy)
        m_connection->send(message);
}

QString SyncClient::registerParticipant(const QString& groupId, const QString& pseudonym)
{
    if (!hasSession())
        return {};
    QString error;
    const auto participant = m_state->storeParticipant(groupId, pseudonym, &error);
    if (!participant) {
        setErrorText(error);
        return {};
    }
    if (m_sender->isSending())
        sendParticipant(*participant, 1);
    return participant->pseudonym;
}

bool SyncClient::hasArrived(const QString& statementId, const QString& pseudonym) const
{
    return hasSession()
        && m_answers.ratings().isAcknowledged(
            sessionId(), snapshot()->session.currentRound, statementId, pseudonym);
}

} // namespace dp

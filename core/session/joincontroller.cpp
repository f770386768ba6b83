#include "joincontroller.h"

#include "attendeesession.h"
#include "sync/syncclient.h"

#include <QHostAddress>
#include <QUrl>

#include <algorithm>

namespace dp {

namespace {
const QString HostKey = QStringLiteral("join/host");
const QString PortKey = QStringLiteral("join/port");
const QString RoomKey = QStringLiteral("join/room");
const QString SessionKey = QStringLiteral("join/session");
const QString PseudonymKey = QStringLiteral("join/pseudonym");
} // namespace

JoinController::JoinController(
    AttendeeSession& attendee, SyncClient& client, const QString& stateFile, QObject* parent)
    : QObject(parent)
    , m_attendee(attendee)
    , m_client(client)
    , m_state(stateFile, QSettings::IniFormat)
{
    connect(&m_client, &SyncClient::statusChanged, this, &JoinController::onClientStatus);
    connect(
        &m_client, &SyncClient::pendingCountChanged, this, &JoinController::pendingCountChanged);
    // Saved answers reach the client, and acknowledgements the flow, through the one
    // AnswerService both were given: nothing to relay here.
    connect(&m_attendee, &AttendeeSession::sessionChanged, this, &JoinController::onSessionChanged);
    // A new round, closed statements or the workshop's end reach the running flow at once.
    connect(&m_client, &SyncClient::snapshotChanged, this, &JoinController::followState);
    connect(&m_client, &SyncClient::groupRefused, this, &JoinController::reopenGroupChoice);
    connect(&m_groupChoice, &GroupChoice::chosen, this,
        [this](const QString& groupId) { enterAs(groupId, m_rechoosingPseudonym); });
    connect(&m_attendee, &AttendeeSession::languageChanged, this,
        [this] { m_groupChoice.setLanguage(m_attendee.language()); });
    m_groupChoice.setLanguage(m_attendee.language());
    connect(&m_attendee, &AttendeeSession::respondentStarted, this,
        &JoinController::onRespondentStarted);
    connect(&m_attendee, &AttendeeSession::workshopEndedChanged, this,
        &JoinController::connectionChanged);
}

JoinController::~JoinController() = default;

bool JoinController::isActive() const
{
    return m_client.status() != SyncClient::Status::Stopped && !m_waiting;
}

bool JoinController::isOnline() const
{
    return m_client.status() == SyncClient::Status::Online;
}

QString JoinController::connectionText() const
{
    if (m_attendee.isWorkshopEnded())
        return tr("The workshop has ended");
    if (isOnline())
        return tr("Connected");
    return tr("Offline – retrying, answers are saved on this device");
}

QString JoinController::connectionShortText() const
{
    if (m_attendee.isWorkshopEnded())
        return tr("Ended");
    return isOnline() ? tr("Online") : tr("Offline");
}

QString JoinController::statusText() const
{
    return m_client.statusText();
}

int JoinController::pendingCount() const
{
    return m_client.pendingCount();
}

bool JoinController::parseAddress(const QString& text, QString* host, quint16* port, QString* error)
{
    const QString trimmed = text.trimmed();
    // QUrl understands "host:port" and "[v6]:port" once it has a scheme.
    const QUrl url(QStringLiteral("ws://") + trimmed, QUrl::StrictMode);
    if (trimmed.isEmpty() || !url.isValid() || url.host().isEmpty() || url.port() <= 0
        || !url.path().isEmpty() || url.hasQuery()) {
        *error = tr("Please enter the address as host:port, e.g. 192.168.1.20:47110.");
        return false;
    }
    *host = url.host(QUrl::FullyDecoded);
    *port = quint16(url.port());
    return true;
}

void JoinController::offerLink(const QString& url)
{
    JoinTarget target;
    QString error;
    if (!JoinTarget::parse(url, &target, &error)) {
        setErrorText(tr("This is not a workshop link: %1").arg(error));
        return;
    }
    if (m_offeredLink == url)
        return;
    m_offeredLink = url;
    emit offeredLinkChanged();
}

bool JoinController::joinUrl(const QString& url)
{
    JoinTarget target;
    QString error;
    if (!JoinTarget::parse(url, &target, &error)) {
        setErrorText(tr("This is not a workshop link: %1").arg(error));
        return false;
    }
    return join(target);
}

bool JoinController::joinAddress(const QString& address, const QString& roomCode)
{
    JoinTarget target;
    QString error;
    if (!parseAddress(address, &target.host, &target.port, &error)) {
        setErrorText(error);
        return false;
    }
    target.roomCode = roomCode.trimmed();
    return join(target);
}

bool JoinController::joinNearby(int row, const QString& roomCode)
{
    if (row < 0 || row >= m_nearby.count()) {
        setErrorText(tr("Please choose a workshop from the list."));
        return false;
    }
    const DiscoveryListener::Workshop& workshop = m_nearby.workshops().at(row);
    return join({ workshop.host, workshop.port, roomCode.trimmed() });
}

bool JoinController::join(const JoinTarget& target)
{
    if (m_attendee.isLocked()) {
        setErrorText(AttendeeSession::tr(
            "This shared device is locked. The moderator can unlock it with the code."));
        return false;
    }
    if (target.roomCode.isEmpty() || target.roomCode.size() > 32) {
        setErrorText(tr("Please enter the room code the moderator shows."));
        return false;
    }
    setErrorText({});
    m_groupChoice.close();
    m_rechoosingPseudonym.clear();
    m_target = target;
    setWaiting(true);
    m_client.stop();
    m_client.setTarget(target);
    m_client.start();
    return true;
}

void JoinController::cancel()
{
    if (!m_rechoosingPseudonym.isEmpty()) {
        // The person keeps rating; the hub's refusal stays visible until a group is chosen.
        return;
    }
    if (!m_waiting && !m_groupChoice.isOpen())
        return;
    m_groupChoice.close();
    setWaiting(false);
    m_client.stop();
}

void JoinController::reopenGroupChoice()
{
    const std::optional<SessionSnapshot>& snapshot = m_client.snapshot();
    const RatingFlow* flow = m_attendee.flow();
    if (!snapshot || !flow->isActive() || flow->session().id != snapshot->session.id)
        return;
    m_rechoosingPseudonym = flow->pseudonym();
    m_groupChoice.offer(snapshot->session,
        tr("The moderator's device does not know the group you chose. Please choose again."));
}

void JoinController::startDiscovery()
{
    if (!m_nearby.isListening())
        m_nearby.start();
}

void JoinController::clearError()
{
    setErrorText({});
}

void JoinController::onClientStatus()
{
    emit connectionChanged();
    if (!m_waiting)
        return;
    switch (m_client.status()) {
    case SyncClient::Status::Online:
        if (m_client.hasSession())
            onWorkshopReached();
        break;
    case SyncClient::Status::Failed:
        failJoin(m_client.errorText().isEmpty() ? m_client.statusText() : m_client.errorText());
        break;
    case SyncClient::Status::Reconnecting:
        // While joining, a spinner would only hide the reason: say it and let the person act.
        failJoin(causeOf(m_client.statusText()));
        break;
    default:
        break;
    }
}

void JoinController::onWorkshopReached()
{
    const SessionRecord& session = m_client.snapshot()->session;
    // Rejoining the same workshop continues as the same participant, in the group chosen then.
    if (m_state.value(SessionKey).toString() == session.id && !m_attendee.sharedDevice()) {
        const std::optional<Participant> earlier
            = m_attendee.storedParticipant(session.id, m_state.value(PseudonymKey).toString());
        if (earlier) {
            enterAs(earlier->groupId, earlier->pseudonym);
            return;
        }
    }
    if (session.groups.isEmpty()) {
        enterAs({}, {});
        return;
    }
    // The person picks one of this workshop's groups before the first rating.
    setWaiting(false);
    m_groupChoice.offer(session);
}

void JoinController::enterAs(const QString& groupId, const QString& earlierPseudonym)
{
    const SessionRecord& session = m_client.snapshot()->session;
    const QString pseudonym = m_client.registerParticipant(groupId, earlierPseudonym);
    if (pseudonym.isEmpty()) {
        failJoin(tr("This device could not be registered in the workshop: %1")
                     .arg(m_client.errorText()));
        return;
    }
    m_rechoosingPseudonym.clear();
    m_state.setValue(HostKey, m_target.host);
    m_state.setValue(PortKey, m_target.port);
    m_state.setValue(RoomKey, m_target.roomCode);
    m_state.setValue(SessionKey, session.id);
    m_state.setValue(PseudonymKey, pseudonym);
    m_state.sync();
    if (!m_attendee.startJoined(session.id, pseudonym)) {
        failJoin(m_attendee.errorMessage());
        return;
    }
    followState();
    setWaiting(false);
    emit connectionChanged();
    emit joined();
}

void JoinController::onRespondentStarted(const Participant& participant)
{
    // On a shared tablet the next person of a joined workshop is announced to the hub at once,
    // with the device's group, instead of turning up there without one.
    if (m_client.hasSession() && participant.sessionId == m_client.sessionId())
        m_client.registerParticipant(participant.groupId, participant.pseudonym);
}

void JoinController::failJoin(const QString& message)
{
    m_groupChoice.close();
    m_rechoosingPseudonym.clear();
    setWaiting(false);
    setErrorText(message);
    m_client.stop();
}

void JoinController::followState()
{
    const std::optional<SessionSnapshot>& snapshot = m_client.snapshot();
    const RatingFlow* flow = m_attendee.flow();
    if (!snapshot || !flow->isActive() || flow->session().id != snapshot->session.id)
        return;
    m_attendee.followWorkshop(snapshot->session.currentRound, snapshot->openStatements,
        snapshot->phase == SessionPhase::Finished);
}

void JoinController::onSessionChanged()
{
    followState();
    // After a restart the person resumes the joined workshop: reconnect to its hub.
    const RatingFlow* flow = m_attendee.flow();
    if (m_waiting || !flow->isActive() || m_client.status() != SyncClient::Status::Stopped)
        return;
    if (flow->session().role != SessionRecord::Role::Attendee
        || flow->session().id != m_state.value(SessionKey).toString())
        return;
    m_target = { m_state.value(HostKey).toString(), quint16(m_state.value(PortKey).toUInt()),
        m_state.value(RoomKey).toString() };
    if (m_target.host.isEmpty() || m_target.port == 0)
        return;
    m_client.setTarget(m_target);
    m_client.start();
}

QString JoinController::causeOf(const QString& statusText) const
{
    // The client prefixes its cause with the offline note, which is wrong before joining.
    const QString prefix
        = SyncClient::tr("Offline – answers are saved on this device and sent later. %1")
              .arg(QString());
    return statusText.startsWith(prefix) ? statusText.mid(prefix.size()) : statusText;
}

void JoinController::setWaiting(bool waiting)
{
    if (m_waiting == waiting)
        return;
    m_waiting = waiting;
    emit busyChanged();
    emit connectionChanged();
}

void JoinController::setErrorText(const QString& text)
{
    if (m_errorText == text)
        return;
    m_errorText = text;
    emit errorTextChanged();
}

} // namespace dp

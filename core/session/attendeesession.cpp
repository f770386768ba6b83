#include "attendeesession.h"

#include "answerservice.h"
#include "defaultgroups.h"
#include "storage/ratingstore.h"
#include "storage/sessionstore.h"

#include <QDebug>

namespace dp {

namespace {
const QString SessionKey = QStringLiteral("attendee/session");
const QString PseudonymKey = QStringLiteral("attendee/pseudonym");
const QString GroupKey = QStringLiteral("attendee/group");
const QString FinishedKey = QStringLiteral("attendee/finished");
} // namespace

AttendeeSession::AttendeeSession(SessionStore& sessions, AnswerService& answers,
    const QString& stateFile, const QString& catalogFolder, const QString& unavailableReason,
    QObject* parent)
    : QObject(parent)
    , m_sessions(sessions)
    , m_answerService(answers)
    , m_unavailableReason(unavailableReason)
    , m_state(stateFile, QSettings::IniFormat)
    , m_catalogs(catalogFolder)
    , m_shared(stateFile)
    , m_flow(std::make_unique<RatingFlow>(answers))
    , m_overview(std::make_unique<OverviewModel>(*m_flow))
{
    m_groups.setGroups(defaultGroups());
    m_shared.setCurrentLanguage(m_language);
    connect(&m_shared, &SharedDevice::enabledChanged, this, &AttendeeSession::sharedDeviceChanged);
    connect(&m_shared, &SharedDevice::lockedChanged, this, &AttendeeSession::lockedChanged);
    connect(m_flow.get(), &RatingFlow::finished, this, &AttendeeSession::onFinished);
    if (!isAvailable()) {
        m_errorMessage = m_unavailableReason;
        qWarning().noquote() << "Dialogpunkte:" << m_unavailableReason;
    }
}

void AttendeeSession::setLanguage(const QString& language)
{
    if (m_language == language || language.isEmpty())
        return;
    m_language = language;
    m_shared.setCurrentLanguage(language);
    m_flow->setLanguage(language);
    m_catalogs.setLanguage(language);
    m_groups.setLanguage(language);
    emit languageChanged();
    emit resumeChanged();
    emit sessionChanged();
    emit roundNoticeChanged();
}

bool AttendeeSession::canResume() const
{
    if (!isAvailable() || m_phase != Phase::Start)
        return false;
    const QString id = m_state.value(SessionKey).toString();
    return !id.isEmpty() && m_sessions.session(id).has_value();
}

QString AttendeeSession::resumeTitle() const
{
    if (!canResume())
        return {};
    const auto session = m_sessions.session(m_state.value(SessionKey).toString());
    const QString title = session->catalog.title.text(m_language);
    return tr("%1, started %2")
        .arg(title,
            session->createdAt.toLocalTime()
                .toString(Qt::ISODate)
                .left(16)
                .replace(QLatin1Char('T'), QLatin1Char(' ')));
}

std::optional<Participant> AttendeeSession::storedParticipant(
    const QString& sessionId, const QString& pseudonym) const
{
    if (!isAvailable() || sessionId.isEmpty() || pseudonym.isEmpty())
        return std::nullopt;
    return m_sessions.participant(sessionId, pseudonym);
}

QString AttendeeSession::groupName() const
{
    return m_groups.nameOf(m_groupId);
}

int AttendeeSession::respondentNumber() const
{
    if (!m_flow->isActive())
        return 0;
    return int(m_sessions.participants(m_flow->session().id).size());
}

bool AttendeeSession::requireAvailable()
{
    if (isAvailable())
        return true;
    return fail(m_unavailableReason);
}

bool AttendeeSession::fail(const QString& message)
{
    qWarning().noquote() << "Dialogpunkte:" << message;
    if (m_errorMessage != message) {
        m_errorMessage = message;
        emit errorMessageChanged();
    }
    return false;
}

void AttendeeSession::clearError()
{
    if (m_errorMessage.isEmpty() || !isAvailable())
        return;
    m_errorMessage.clear();
    emit errorMessageChanged();
}

bool AttendeeSession::startLocal(int catalogRow, const QString& groupId)
{
    if (!requireAvailable())
        return false;
    if (isLocked())
        return fail(tr("This shared device is locked. The moderator can unlock it with the code."));
    QString error;
    const std::optional<Catalog> catalog = m_catalogs.catalogAt(catalogRow, &error);
    if (!catalog)
        return fail(error);
    const QList<Group> groups = defaultGroups();
    const bool knownGroup = groupId.isEmpty()
        || std::any_of(groups.cbegin(), groups.cend(),
            [&](const Group& group) { return group.id == groupId; });
    if (!knownGroup)
        return fail(tr("The group \"%1\" is not offered in this session.").arg(groupId));
    const std::optional<SessionRecord> session
        = m_sessions.createSession(catalog->title.text(m_language), QDate::currentDate(), *catalog,
            groups, SessionRecord::Role::Local, &error);
    if (!session)
        return fail(tr("The session could not be created: %1").arg(error));
    return beginParticipant(*session, groupId);
}

bool AttendeeSession::beginParticipant(const SessionRecord& session, const QString& groupId)
{
    QString error;
    // "No group" is stored as an empty text; a null QString would reach SQLite as NULL.
    const QString storedGroupId = groupId.isEmpty() ? QStringLiteral("") : groupId;
    const std::optional<Participant> participant
        = m_sessions.createParticipant(session.id, storedGroupId, &error);
    if (!participant)
        return fail(tr("A new participant could not be created: %1").arg(error));
    m_state.setValue(SessionKey, session.id);
    m_state.setValue(PseudonymKey, participant->pseudonym);
    m_state.setValue(GroupKey, groupId);
    m_state.setValue(FinishedKey, false);
    m_state.sync();
    runFlow(session, *participant);
    emit respondentStarted(*participant);
    return true;
}

void AttendeeSession::runFlow(const SessionRecord& session, const Participant& participant)
{
    m_groupId = participant.groupId;
    m_groups.setGroups(session.groups);
    m_flow->start(session, participant);
    setNoticeRound(0);
    // A joined workshop's end is learnt again from its state, right after this.
    setWorkshopEnded(false);
    if (m_shared.isEnabled())
        m_shared.lock();
    clearError();
    setPhase(Phase::Rating);
    emit sessionChanged();
}

bool AttendeeSession::startJoined(const QString& sessionId, const QString& pseudonym)
{
    if (!requireAvailable())
        return false;
    const std::optional<SessionRecord> session = m_sessions.session(sessionId);
    const std::optional<Participant> participant = m_sessions.participant(sessionId, pseudonym);
    if (!session || !participant)
        return fail(tr("The joined workshop is not stored on this device."));
    m_state.setValue(SessionKey, session->id);
    m_state.setValue(PseudonymKey, participant->pseudonym);
    m_state.setValue(GroupKey, participant->groupId);
    m_state.setValue(FinishedKey, false);
    m_state.sync();
    runFlow(*session, *participant);
    return true;
}

bool AttendeeSession::resume()
{
    if (!requireAvailable())
        return false;
    const QString sessionId = m_state.value(SessionKey).toString();
    const std::optional<SessionRecord> session = m_sessions.session(sessionId);
    if (!session)
        return fail(tr("There is no session on this device to continue."));
    const QString groupId = m_state.value(GroupKey).toString();
    const std::optional<Participant> participant
        = m_sessions.participant(sessionId, m_state.value(PseudonymKey).toString());
    const bool hasAnswers = participant
        && !m_answerService.ratings()
                .ratingsOf(sessionId, participant->pseudonym, session->currentRound)
                .isEmpty();
    // On a shared tablet whoever picks it up after a restart is treated as a new person, so
    // nobody sees someone else's answers; an untouched pseudonym is reused rather than wasted.
    if (m_shared.isEnabled() && hasAnswers)
        setLanguage(m_shared.startLanguage());
    if (!participant || (m_shared.isEnabled() && hasAnswers))
        return beginParticipant(*session, groupId);
    runFlow(*session, *participant);
    return true;
}

bool AttendeeSession::nextRespondent()
{
    if (!requireAvailable())
        return false;
    const std::optional<SessionRecord> session
        = m_sessions.session(m_state.value(SessionKey).toString());
    if (!session)
        return fail(tr("There is no session on this device to continue."));
    // The next person starts in the device's language, not in the one the previous person chose.
    if (m_shared.isEnabled())
        setLanguage(m_shared.startLanguage());
    return beginParticipant(*session, m_state.value(GroupKey).toString());
}

void AttendeeSession::onFinished()
{
    m_state.setValue(FinishedKey, true);
    m_state.sync();
    if (m_shared.isEnabled()) {
        // The thank-you screen must not show anything of this respondent's answers.
        m_flow->stop();
        setPhase(m_workshopEnded ? Phase::Ended : Phase::ThankYou);
    } else {
        setPhase(m_workshopEnded ? Phase::Ended : Phase::Finished);
    }
}

void AttendeeSession::review()
{
    if ((m_phase == Phase::Finished || m_phase == Phase::Ended) && m_flow->isActive())
        setPhase(Phase::Rating);
}

void AttendeeSession::followWorkshop(int round, const QStringList& openStatements, bool ended)
{
    if (!m_flow->isActive())
        return;
    if (ended) {
        // Nothing can be answered any more; what was answered stays to be looked at.
        m_flow->setOpenStatements({});
        setNoticeRound(0);
        setWorkshopEnded(true);
        if (m_shared.isEnabled())
            m_flow->stop(); // the next person must not see this respondent's answers
        setPhase(Phase::Ended);
        return;
    }
    if (m_workshopEnded) {
        // The moderator took the workshop up again.
        setWorkshopEnded(false);
        if (m_phase == Phase::Ended)
            setPhase(Phase::Rating);
    }
    m_flow->setOpenStatements(openStatements);
    if (round <= m_flow->round() || !m_flow->switchRound(round))
        return;
    m_state.setValue(FinishedKey, false);
    m_state.sync();
    setNoticeRound(round);
    // Someone who had finished the first round is asked again.
    if (m_phase == Phase::Finished)
        setPhase(Phase::Rating);
}

void AttendeeSession::dismissRoundNotice()
{
    setNoticeRound(0);
}

QString AttendeeSession::roundNotice() const
{
    // Built when read, so a language switch translates it too.
    if (m_noticeRound == 0)
        return {};
    return tr("Round %1 has started – please rate the statements again.").arg(m_noticeRound);
}

void AttendeeSession::setNoticeRound(int round)
{
    if (m_noticeRound == round)
        return;
    m_noticeRound = round;
    emit roundNoticeChanged();
}

bool AttendeeSession::backToStart()
{
    if (isLocked())
        return fail(tr("This shared device is locked. The moderator can unlock it with the code."));
    m_flow->stop();
    setNoticeRound(0);
    setWorkshopEnded(false);
    m_groupId.clear();
    // A local start offers the usual roles again, not the groups of the last workshop.
    m_groups.setGroups(defaultGroups());
    setPhase(Phase::Start);
    emit sessionChanged();
    return true;
}

void AttendeeSession::setWorkshopEnded(bool ended)
{
    if (m_workshopEnded == ended)
        return;
    m_workshopEnded = ended;
    emit workshopEndedChanged();
}

void AttendeeSession::setPhase(Phase phase)
{
    if (m_phase == phase)
        return;
    m_phase = phase;
    emit phaseChanged();
    emit resumeChanged();
}

} // namespace dp

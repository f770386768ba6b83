#pragma once

#include "cataloglistmodel.h"
#include "grouplistmodel.h"
#include "overviewmodel.h"
#include "ratingflow.h"
#include "shareddevice.h"

#include <QObject>
#include <QSettings>

namespace dp {

class AnswerService;
class SessionStore;

/// The attendee's side of a workshop: start or resume a session, rate, finish, follow the
/// moderator's rounds and end, and in shared-device mode hand the tablet to the next respondent
/// with a fresh pseudonym in the device's start language.
///
/// Which session and pseudonym this device was using is kept in a small state file, so a
/// restart continues where the person stopped. Errors become `errorMessage` (and stderr).
class AttendeeSession : public QObject
{
    Q_OBJECT
    Q_PROPERTY(Phase phase READ phase NOTIFY phaseChanged)
    Q_PROPERTY(bool available READ isAvailable CONSTANT)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(bool sharedDevice READ sharedDevice NOTIFY sharedDeviceChanged)
    Q_PROPERTY(bool locked READ isLocked NOTIFY lockedChanged)
    Q_PROPERTY(bool workshopEnded READ isWorkshopEnded NOTIFY workshopEndedChanged)
    Q_PROPERTY(bool canResume READ canResume NOTIFY resumeChanged)
    Q_PROPERTY(QString resumeTitle READ resumeTitle NOTIFY resumeChanged)
    Q_PROPERTY(QString groupId READ groupId NOTIFY sessionChanged)
    Q_PROPERTY(QString groupName READ groupName NOTIFY sessionChanged)
    Q_PROPERTY(int respondentNumber READ respondentNumber NOTIFY sessionChanged)
    Q_PROPERTY(QString roundNotice READ roundNotice NOTIFY roundNoticeChanged)
    Q_PROPERTY(dp::RatingFlow* flow READ flow CONSTANT)
    Q_PROPERTY(dp::OverviewModel* overview READ overview CONSTANT)
    Q_PROPERTY(dp::CatalogListModel* catalogs READ catalogs CONSTANT)
    Q_PROPERTY(dp::GroupListModel* groups READ groups CONSTANT)
    Q_PROPERTY(dp::SharedDevice* shared READ shared CONSTANT)

public:
    enum class Phase {
        Start, ///< choosing a catalog, or resuming
        Rating, ///< one statement per screen, overview
        Finished, ///< personal device: done, answers can still be reviewed
        ThankYou, ///< shared device: thanks, then the next respondent
        Ended, ///< the moderator ended the joined workshop: no more rating, answers reviewable
    };
    Q_ENUM(Phase)

    /// A non-empty `unavailableReason` (e.g. the database was refused) makes every command
    /// report it instead of touching the stores.
    AttendeeSession(SessionStore& sessions, AnswerService& answers, const QString& stateFile,
        const QString& catalogFolder, const QString& unavailableReason, QObject* parent = nullptr);

    Phase phase() const { return m_phase; }
    bool isAvailable() const { return m_unavailableReason.isEmpty(); }
    QString errorMessage() const { return m_errorMessage; }
    QString language() const { return m_language; }
    void setLanguage(const QString& language);
    bool sharedDevice() const { return m_shared.isEnabled(); }
    /// A shared tablet with a respondent: only the moderator's unlock code leads off it.
    bool isLocked() const { return m_shared.isLocked(); }
    bool isWorkshopEnded() const { return m_workshopEnded; }
    bool canResume() const;
    QString resumeTitle() const;
    QString groupId() const { return m_groupId; }
    QString groupName() const;
    int respondentNumber() const;
    /// Tells the person that the moderator started a new round; empty when there is nothing new.
    QString roundNotice() const;
    RatingFlow* flow() { return m_flow.get(); }
    OverviewModel* overview() { return m_overview.get(); }
    CatalogListModel* catalogs() { return &m_catalogs; }
    GroupListModel* groups() { return &m_groups; }
    SharedDevice* shared() { return &m_shared; }
    /// A participant of this device stored for the session, or nothing.
    std::optional<Participant> storedParticipant(
        const QString& sessionId, const QString& pseudonym) const;

    /// Starts a new local session from a row of `catalogs`, with an optional group id.
    Q_INVOKABLE bool startLocal(int catalogRow, const QString& groupId);
    /// Starts rating a workshop joined from the moderator's device: the session and this
    /// device's participant are already stored (the sync client stored them).
    bool startJoined(const QString& sessionId, const QString& pseudonym);
    /// Continues the last session of this device. Shared devices continue with a new respondent.
    Q_INVOKABLE bool resume();
    /// Shared device: thanks shown, now a fresh pseudonym and nothing of the previous answers.
    Q_INVOKABLE bool nextRespondent();
    /// Personal device: back from the finish (or ended) page to look at or change answers.
    Q_INVOKABLE void review();
    /// The joined workshop's state changed on the moderator's device: a new round switches the
    /// running flow to it (with `roundNotice`), closed statements become read-only, and an ended
    /// workshop takes no more answers and says so. The sync side calls this; tests call it
    /// directly.
    Q_INVOKABLE void followWorkshop(
        int round, const QStringList& openStatements, bool ended = false);
    Q_INVOKABLE void dismissRoundNotice();
    /// Leaves the session (it stays stored and can be resumed). Refused while a shared tablet
    /// is locked.
    Q_INVOKABLE bool backToStart();
    Q_INVOKABLE void clearError();

signals:
    void phaseChanged();
    void errorMessageChanged();
    void languageChanged();
    void sharedDeviceChanged();
    void lockedChanged();
    void workshopEndedChanged();
    void resumeChanged();
    void sessionChanged();
    void roundNoticeChanged();
    /// A new participant of this device starts rating (a new person, or the next respondent).
    void respondentStarted(const Participant& participant);

private:
    bool beginParticipant(const SessionRecord& session, const QString& groupId);
    void runFlow(const SessionRecord& session, const Participant& participant);
    void setWorkshopEnded(bool ended);
    void onFinished();
    void setPhase(Phase phase);
    bool fail(const QString& message);
    bool requireAvailable();
    void setNoticeRound(int round);

    SessionStore& m_sessions;
    AnswerService& m_answerService;
    QString m_unavailableReason;
    QSettings m_state;
    CatalogListModel m_catalogs;
    GroupListModel m_groups;
    SharedDevice m_shared;
    std::unique_ptr<RatingFlow> m_flow;
    std::unique_ptr<OverviewModel> m_overview;
    Phase m_phase = Phase::Start;
    QString m_errorMessage;
    QString m_language = QStringLiteral("de");
    QString m_groupId;
    int m_noticeRound = 0; ///< the round the notice is about; 0 = no notice
    bool m_workshopEnded = false;
};

} // namespace dp

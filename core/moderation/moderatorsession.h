#pragma once

#include "catalogtexts.h"
#include "focusnavigator.h"
#include "livestatisticsstore.h"
#include "refreshticker.h"
#include "statementfigures.h"
#include "statementvisibility.h"
#include "stats/liveaggregator.h"
#include "sync/sessionhost.h"
#include "votingcontrol.h"
#include "workshophosting.h"

#include <QHostAddress>
#include <QObject>
#include <QVariantList>

namespace dp {

class Database;

/// The moderator's workshop as the views see it: feeds the live statistics from the answers the
/// hub committed and keeps what the room is shown (which statement is in focus, which results
/// are revealed). It ties together the parts that do the work: WorkshopHosting (database state,
/// network), LiveStatisticsStore, VotingControl, FocusNavigator, StatementVisibility,
/// StatementFigures and RefreshTicker.
class ModeratorSession : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool active READ isActive WRITE setActive NOTIFY activeChanged)
    Q_PROPERTY(bool hosting READ isHosting NOTIFY hostingChanged)
    Q_PROPERTY(bool demo READ isDemo NOTIFY demoChanged)
    Q_PROPERTY(dp::SessionHost* host READ host NOTIFY hostingChanged)
    Q_PROPERTY(dp::LiveAggregator* aggregator READ aggregator CONSTANT)
    Q_PROPERTY(QVariantList catalogs READ catalogs CONSTANT)
    Q_PROPERTY(QString hostedSessionId READ hostedSessionId NOTIFY hostingChanged)
    Q_PROPERTY(QString joinUrl READ joinUrl NOTIFY hostingChanged)
    Q_PROPERTY(QString webJoinUrl READ webJoinUrl NOTIFY hostingChanged)
    Q_PROPERTY(bool restoring READ isRestoring NOTIFY restoringChanged)
    Q_PROPERTY(dp::RestoreOfferModel* restoreOffers READ restoreOffers CONSTANT)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(QVariantList dimensions READ dimensions NOTIFY structureChanged)
    Q_PROPERTY(QStringList statementIds READ statementIds NOTIFY structureChanged)
    Q_PROPERTY(int round READ round NOTIFY roundChanged)
    Q_PROPERTY(QStringList openStatements READ openStatements NOTIFY openStatementsChanged)
    Q_PROPERTY(int focusIndex READ focusIndex WRITE setFocusIndex NOTIFY focusChanged)
    Q_PROPERTY(QString focusStatementId READ focusStatementId NOTIFY focusChanged)
    Q_PROPERTY(bool hideUntilRevealed READ hideUntilRevealed WRITE setHideUntilRevealed NOTIFY
            revealedChanged)
    Q_PROPERTY(QStringList revealedStatements READ revealedStatements NOTIFY revealedChanged)
    Q_PROPERTY(int revision READ revision NOTIFY revisionChanged)
    Q_PROPERTY(QStringList undoableClose READ undoableClose NOTIFY undoableCloseChanged)
    Q_PROPERTY(int undoWindowMs READ undoWindowMs CONSTANT)
    Q_PROPERTY(int minimumGroupSize READ minimumGroupSize WRITE setMinimumGroupSize NOTIFY
            minimumGroupSizeChanged)

public:
    /// `database` is the moderator's one database holding every prepared and past workshop.
    explicit ModeratorSession(Database& database, QObject* parent = nullptr);
    ~ModeratorSession() override;

    /// Repaints are coalesced: views re-read the figures at most this often.
    static constexpr int RefreshMs = 33;
    static constexpr quint16 DefaultPort = WorkshopHosting::DefaultPort;

    bool isActive() const { return m_active; }
    void setActive(bool active);
    /// A demonstration with simulated tablets (the app's --demo).
    bool isDemo() const { return m_demo; }
    void setDemo(bool demo);
    bool isHosting() const { return m_hosting.isHosting(); }
    SessionHost* host() const { return m_hosting.host(); }
    QString hostedSessionId() const { return m_hosting.sessionId(); }
    LiveAggregator* aggregator() { return &m_aggregator; }
    QVariantList catalogs() const;
    QString joinUrl() const { return m_hosting.joinUrl(); }
    QString webJoinUrl() const { return m_hosting.webJoinUrl(); }
    QString errorText() const { return m_errorText; }
    QString language() const { return m_language; }
    void setLanguage(const QString& language);
    QVariantList dimensions() const;
    QStringList statementIds() const { return m_statementIds; }
    int round() const { return m_voting.round(); }
    QStringList openStatements() const { return m_voting.openStatements(); }
    int focusIndex() const { return m_focus.index(); }
    void setFocusIndex(int index) { focusMoved(m_focus.setIndex(index)); }
    QString focusStatementId() const { return m_focus.statementId(); }
    bool hideUntilRevealed() const { return m_visibility.hideUntilRevealed(); }
    void setHideUntilRevealed(bool hide) { revealedMoved(m_visibility.setHideUntilRevealed(hide)); }
    QStringList revealedStatements() const { return m_visibility.revealedStatements(); }
    int revision() const { return m_ticker.revision(); }
    QStringList undoableClose() const { return m_voting.undoableClose(); }
    int undoWindowMs() const { return int(m_voting.undoWindow().count()); }
    int minimumGroupSize() const { return m_aggregator.minimumGroupSize(); }
    void setMinimumGroupSize(int size)
    {
        m_statisticsStore.setMinimumGroupSize(hostedSessionId(), size);
    }

    /// Hosts the stored workshop `sessionId` on `address:port` (port 0: any free port),
    /// continuing where it stopped if it was hosted before. `shownHost` goes into the join link.
    bool hostSession(const QString& sessionId, const QHostAddress& address, quint16 port,
        const QString& shownHost = {}, bool announce = false);
    /// Prepares a workshop with every dimension of a built-in catalog, the default groups and
    /// k = 5, and hosts it (the demo, the self-test and tests).
    bool hostNewWorkshop(const QString& catalogId, const QString& title,
        const QHostAddress& address, quint16 port, const QString& shownHost = {});
    /// Hosts a prepared workshop on every interface and announces it on the local network.
    Q_INVOKABLE bool hostWorkshop(const QString& sessionId);
    /// Stops hosting for now (the app closes): tablets wait offline until it is hosted again.
    Q_INVOKABLE void stopHosting();
    /// Ends the workshop: the tablets are told it has ended, then hosting stops. Hosting it
    /// again later opens it again.
    Q_INVOKABLE void endWorkshop();

    /// Restoring a lost database from the tablets (only on the moderator's request): listens on
    /// the default port and lists in restoreOffers the workshops the tablets offer that this
    /// device hosted (sealed with its key).
    Q_INVOKABLE bool startRestore();
    Q_INVOKABLE void stopRestore() { m_hosting.stopRestore(); }
    /// Stores the offered workshop and hosts it; the tablets then send their answers again.
    Q_INVOKABLE bool restoreWorkshop(const QString& sessionId);
    bool isRestoring() const { return m_hosting.isRestoring(); }
    RestoreOfferModel* restoreOffers() { return m_hosting.restoreOffers(); }
    /// As startRestore(), on `address:port` (tests).
    bool startRestoreOn(const QHostAddress& address, quint16 port);
    /// As restoreWorkshop(), hosting on `address:port` (tests: without announcing it).
    bool restoreWorkshopOn(
        const QString& sessionId, const QHostAddress& address, quint16 port, bool announce = false);

    // The hosted catalog's texts in the session's language (see catalogtexts).
    Q_INVOKABLE QString statementText(const QString& statementId) const
    {
        return catalogtexts::statementText(catalog(), statementId, m_language);
    }
    Q_INVOKABLE QString dimensionTitle(const QString& dimensionId) const
    {
        return catalogtexts::dimensionTitle(catalog(), dimensionId, m_language);
    }
    Q_INVOKABLE QString dimensionOf(const QString& statementId) const
    {
        return catalogtexts::dimensionOf(catalog(), statementId);
    }
    Q_INVOKABLE int points(const QString& statementId) const
    {
        return catalogtexts::points(catalog(), statementId);
    }
    Q_INVOKABLE QStringList scaleLabels(const QString& statementId) const
    {
        return catalogtexts::scaleLabels(catalog(), statementId, m_language);
    }
    Q_INVOKABLE QString cannotJudgeLabel(const QString& statementId) const
    {
        return catalogtexts::cannotJudgeLabel(catalog(), statementId, m_language);
    }

    /// Plot data of the current round (see LiveAggregator::plotData) plus `legend`:
    /// [{name, styleIndex}] for the shown series when `byGroup`.
    Q_INVOKABLE QVariantMap plot(const QString& statementId, bool byGroup) const;
    Q_INVOKABLE QVariantMap summary(const QString& statementId) const
    {
        return m_figures.summary(statementId, round());
    }
    /// Answers (including "cannot judge") to a statement in the current round.
    Q_INVOKABLE int answerCount(const QString& statementId) const
    {
        return m_figures.answerCount(statementId, round());
    }
    Q_INVOKABLE int answersThisRound() const
    {
        return m_figures.answerCount(m_statementIds, round());
    }

    Q_INVOKABLE bool isRevealed(const QString& statementId) const
    {
        return m_visibility.isRevealed(statementId);
    }
    Q_INVOKABLE void setRevealed(const QString& statementId, bool revealed)
    {
        revealedMoved(m_visibility.setRevealed(statementId, revealed));
    }
    Q_INVOKABLE void setDimensionRevealed(const QString& dimensionId, bool revealed);
    Q_INVOKABLE bool isOpen(const QString& statementId) const
    {
        return m_voting.isOpen(statementId);
    }
    Q_INVOKABLE void setOpen(const QString& statementId, bool open)
    {
        m_voting.setOpen(statementId, open);
        emit undoableCloseChanged();
    }
    Q_INVOKABLE void setDimensionOpen(const QString& dimensionId, bool open)
    {
        m_voting.setOpen(catalogtexts::statementsOf(catalog(), dimensionId), open);
        emit undoableCloseChanged();
    }
    Q_INVOKABLE void setAllOpen(bool open)
    {
        m_voting.setAllOpen(open);
        emit undoableCloseChanged();
    }
    /// Reopens what the last close shut, within undoWindowMs of it; false otherwise.
    Q_INVOKABLE bool undoClose();
    /// The undo offer is gone (its time is up or the moderator dismissed it).
    Q_INVOKABLE void forgetUndo();
    /// Starts the next round: answers are collected anew and every result is hidden again.
    Q_INVOKABLE void nextRound()
    {
        m_voting.nextRound();
        emit undoableCloseChanged();
    }
    Q_INVOKABLE void focusNext() { focusMoved(m_focus.next()); }
    Q_INVOKABLE void focusPrevious() { focusMoved(m_focus.previous()); }
    Q_INVOKABLE void focusStatement(const QString& statementId)
    {
        focusMoved(m_focus.focus(statementId));
    }

    /// The moderator's note on a statement of the hosted workshop; empty when there is none.
    Q_INVOKABLE QString note(const QString& statementId) const;
    /// Stores the note with the workshop (blank text removes it); false with errorText set when
    /// nothing is hosted, the statement is unknown or the text is too long.
    Q_INVOKABLE bool setNote(const QString& statementId, const QString& text);

    /// For tests and the self-test: counts answers as if the hub had committed them.
    void applyRatings(const QList<Rating>& ratings);
    void applyParticipant(const Participant& participant);

signals:
    void activeChanged();
    void demoChanged();
    void hostingChanged();
    void restoringChanged();
    void errorTextChanged();
    void languageChanged();
    void structureChanged();
    void roundChanged();
    void openStatementsChanged();
    void focusChanged();
    void revealedChanged();
    void revisionChanged();
    void undoableCloseChanged();
    /// After `revisionChanged`: the statements whose figures changed since the last refresh, so
    /// a view of one statement re-reads only when it has something new to show.
    void statementsRefreshed(const QStringList& statementIds);
    void minimumGroupSizeChanged();
    void noteChanged(const QString& statementId);

private:
    // Views re-read the focus or the revealed results only when they changed.
    void focusMoved(bool moved);
    void revealedMoved(bool moved);
    void setErrorText(const QString& text);
    void onHostingChanged();
    void setStatementIds(const QStringList& statementIds);
    void onHostStateChanged();
    const Catalog& catalog() const;

    Database& m_database;
    WorkshopHosting m_hosting;
    VotingControl m_voting { m_hosting };
    bool m_active = false;
    bool m_demo = false;
    LiveAggregator m_aggregator;
    LiveStatisticsStore m_statisticsStore { m_database, m_aggregator };
    StatementFigures m_figures { m_aggregator };
    RefreshTicker m_ticker { RefreshMs };
    FocusNavigator m_focus;
    StatementVisibility m_visibility;
    QString m_errorText;
    QString m_language = QStringLiteral("de");
    QStringList m_statementIds;
    int m_round = 1;
};

} // namespace dp

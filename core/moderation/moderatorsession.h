#pragma once

#include "stats/liveaggregator.h"
#include "sync/sessionhost.h"
#include "workshophosting.h"

#include <QHostAddress>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <QVariantList>

namespace dp {

class Database;

/// The moderator's workshop as the views see it: feeds the live statistics from the answers the
/// hub committed and keeps what the room is shown (which statement is in focus, which results
/// are revealed). Hosting itself (database state, network) is WorkshopHosting's job.
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
    QString errorText() const { return m_errorText; }
    QString language() const { return m_language; }
    void setLanguage(const QString& language);
    QVariantList dimensions() const;
    QStringList statementIds() const { return m_statementIds; }
    int round() const { return host() ? host()->currentRound() : 1; }
    QStringList openStatements() const { return host() ? host()->openStatements() : QStringList(); }
    int focusIndex() const { return m_focusIndex; }
    void setFocusIndex(int index);
    QString focusStatementId() const { return m_statementIds.value(m_focusIndex); }
    bool hideUntilRevealed() const { return m_hideUntilRevealed; }
    void setHideUntilRevealed(bool hide);
    QStringList revealedStatements() const;
    int revision() const { return m_revision; }
    int minimumGroupSize() const { return m_aggregator.minimumGroupSize(); }
    void setMinimumGroupSize(int size);

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
    Q_INVOKABLE void stopHosting();

    Q_INVOKABLE QString statementText(const QString& statementId) const;
    Q_INVOKABLE QString dimensionTitle(const QString& dimensionId) const;
    Q_INVOKABLE QString dimensionOf(const QString& statementId) const;
    Q_INVOKABLE int points(const QString& statementId) const;
    Q_INVOKABLE QStringList scaleLabels(const QString& statementId) const;
    Q_INVOKABLE QString cannotJudgeLabel(const QString& statementId) const;
    /// Plot data of the current round (see LiveAggregator::plotData) plus `legend`:
    /// [{name, styleIndex}] for the shown series when `byGroup`.
    Q_INVOKABLE QVariantMap plot(const QString& statementId, bool byGroup) const;
    Q_INVOKABLE QVariantMap summary(const QString& statementId) const;
    /// Answers (including "cannot judge") to a statement in the current round.
    Q_INVOKABLE int answerCount(const QString& statementId) const;
    Q_INVOKABLE int answersThisRound() const;

    Q_INVOKABLE bool isRevealed(const QString& statementId) const;
    Q_INVOKABLE void setRevealed(const QString& statementId, bool revealed);
    Q_INVOKABLE void setDimensionRevealed(const QString& dimensionId, bool revealed);
    Q_INVOKABLE bool isOpen(const QString& statementId) const;
    Q_INVOKABLE void setOpen(const QString& statementId, bool open);
    Q_INVOKABLE void setDimensionOpen(const QString& dimensionId, bool open);
    Q_INVOKABLE void setAllOpen(bool open);
    /// Starts the next round: answers are collected anew and every result is hidden again.
    Q_INVOKABLE void nextRound();
    Q_INVOKABLE void focusNext();
    Q_INVOKABLE void focusPrevious();
    Q_INVOKABLE void focusStatement(const QString& statementId);

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
    void errorTextChanged();
    void languageChanged();
    void structureChanged();
    void roundChanged();
    void openStatementsChanged();
    void focusChanged();
    void revealedChanged();
    void revisionChanged();
    /// After `revisionChanged`: the statements whose figures changed since the last refresh, so
    /// a view of one statement re-reads only when it has something new to show.
    void statementsRefreshed(const QStringList& statementIds);
    void minimumGroupSizeChanged();
    void noteChanged(const QString& statementId);

private:
    void setErrorText(const QString& text);
    void onHostingChanged();
    void loadStoredAnswers();
    void onHostStateChanged();
    void refresh();
    void scheduleRefresh();
    const Catalog& catalog() const;

    Database& m_database;
    WorkshopHosting m_hosting;
    bool m_active = false;
    bool m_demo = false;
    LiveAggregator m_aggregator;
    QString m_errorText;
    QString m_language = QStringLiteral("de");
    QStringList m_statementIds;
    int m_focusIndex = 0;
    int m_round = 1;
    bool m_hideUntilRevealed = true;
    QSet<QString> m_revealed;
    int m_revision = 0;
    QSet<QString> m_changedStatements;
    bool m_allStatementsChanged = false;
    QTimer m_refresh;
};

} // namespace dp

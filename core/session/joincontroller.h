#pragma once

#include "groupchoice.h"
#include "sync/discoverylistener.h"
#include "sync/joinurl.h"

#include <QObject>
#include <QSettings>

namespace dp {

class AttendeeSession;
class SyncClient;

/// Joins a moderator's workshop from this device: picks the target (nearby list, address and
/// room code, or a join link), lets the SyncClient fetch and store the session, asks for one of
/// the workshop's groups, then starts the rating flow with a participant of this device.
/// Afterwards it keeps the flow and the sync client in step: saved answers are sent,
/// acknowledgements show up as "received", and the workshop's round and end reach the flow.
class JoinController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    Q_PROPERTY(bool active READ isActive NOTIFY connectionChanged)
    Q_PROPERTY(bool online READ isOnline NOTIFY connectionChanged)
    Q_PROPERTY(QString connectionText READ connectionText NOTIFY connectionChanged)
    Q_PROPERTY(QString connectionShortText READ connectionShortText NOTIFY connectionChanged)
    Q_PROPERTY(QString statusText READ statusText NOTIFY connectionChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY pendingCountChanged)
    Q_PROPERTY(dp::DiscoveryListener* nearby READ nearby CONSTANT)
    Q_PROPERTY(dp::GroupChoice* groupChoice READ groupChoice CONSTANT)
    Q_PROPERTY(QString offeredLink READ offeredLink NOTIFY offeredLinkChanged)

public:
    /// `stateFile` remembers the last joined workshop's address so a restart reconnects.
    JoinController(AttendeeSession& attendee, SyncClient& client, const QString& stateFile,
        QObject* parent = nullptr);
    ~JoinController() override;

    bool isBusy() const { return m_waiting; }
    /// The sync client works for a joined workshop (online or retrying).
    bool isActive() const;
    bool isOnline() const;
    /// The connection in words: connected, offline and retrying, or the workshop has ended.
    QString connectionText() const;
    /// One word of connectionText() for a narrow top bar.
    QString connectionShortText() const;
    QString statusText() const;
    QString errorText() const { return m_errorText; }
    int pendingCount() const;
    DiscoveryListener* nearby() { return &m_nearby; }
    GroupChoice* groupChoice() { return &m_groupChoice; }
    QString offeredLink() const { return m_offeredLink; }

    /// The app was opened with a join link: the start page offers joining with it first.
    Q_INVOKABLE void offerLink(const QString& url);
    /// Joins with a `dialogpunkte://host:port/?room=CODE` link.
    Q_INVOKABLE bool joinUrl(const QString& url);
    /// Joins `host:port` (IPv6 in brackets) with the room code.
    Q_INVOKABLE bool joinAddress(const QString& address, const QString& roomCode);
    /// Joins a row of `nearby` with the room code.
    Q_INVOKABLE bool joinNearby(int row, const QString& roomCode);
    /// Gives up a join that is still being tried or waits for the group.
    Q_INVOKABLE void cancel();
    Q_INVOKABLE void startDiscovery();
    Q_INVOKABLE void clearError();

    /// Reads `host:port`; false with a readable `error` otherwise.
    static bool parseAddress(const QString& text, QString* host, quint16* port, QString* error);

signals:
    void busyChanged();
    void connectionChanged();
    void errorTextChanged();
    void pendingCountChanged();
    /// The workshop is stored and the rating flow runs with it.
    void joined();
    void offeredLinkChanged();

private:
    /// The hub refused the running participant's group (`unknown_group`): the person chooses
    /// again, the answers stay. Called when the sync client reports the refusal.
    void reopenGroupChoice();
    bool join(const JoinTarget& target);
    void onClientStatus();
    void onWorkshopReached();
    void enterAs(const QString& groupId, const QString& pseudonym);
    void onRespondentStarted(const Participant& participant);
    void failJoin(const QString& message);
    void onSessionChanged();
    void followState();
    QString causeOf(const QString& statusText) const;
    void setWaiting(bool waiting);
    void setErrorText(const QString& text);

    AttendeeSession& m_attendee;
    SyncClient& m_client;
    QSettings m_state;
    DiscoveryListener m_nearby;
    GroupChoice m_groupChoice;
    JoinTarget m_target;
    QString m_offeredLink;
    /// The participant whose group the hub refused; empty while a new person joins.
    QString m_rechoosingPseudonym;
    bool m_waiting = false;
    QString m_errorText;
};

} // namespace dp

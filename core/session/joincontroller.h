#pragma once

#include "sync/discoverylistener.h"
#include "sync/joinurl.h"

#include <QObject>
#include <QSettings>

namespace dp {

class AttendeeSession;
class SyncClient;

/// Joins a moderator's workshop from this device: picks the target (nearby list, address and
/// room code, or a join link), lets the SyncClient fetch and store the session, then starts the
/// rating flow with a participant of this device. Afterwards it keeps the flow and the sync
/// client in step: saved answers are sent, acknowledgements show up as "received".
class JoinController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    Q_PROPERTY(bool active READ isActive NOTIFY connectionChanged)
    Q_PROPERTY(bool online READ isOnline NOTIFY connectionChanged)
    Q_PROPERTY(QString connectionText READ connectionText NOTIFY connectionChanged)
    Q_PROPERTY(QString statusText READ statusText NOTIFY connectionChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY pendingCountChanged)
    Q_PROPERTY(dp::DiscoveryListener* nearby READ nearby CONSTANT)

public:
    /// `stateFile` remembers the last joined workshop's address so a restart reconnects.
    JoinController(AttendeeSession& attendee, SyncClient& client, const QString& stateFile,
        QObject* parent = nullptr);
    ~JoinController() override;

    bool isBusy() const { return m_waiting; }
    /// The sync client works for a joined workshop (online or retrying).
    bool isActive() const;
    bool isOnline() const;
    QString connectionText() const;
    QString statusText() const;
    QString errorText() const { return m_errorText; }
    int pendingCount() const;
    DiscoveryListener* nearby() { return &m_nearby; }

    /// Joins with a `dialogpunkte://host:port/?room=CODE` link.
    Q_INVOKABLE bool joinUrl(const QString& url, const QString& groupId = {});
    /// Joins `host:port` (IPv6 in brackets) with the room code.
    Q_INVOKABLE bool joinAddress(
        const QString& address, const QString& roomCode, const QString& groupId = {});
    /// Joins a row of `nearby` with the room code.
    Q_INVOKABLE bool joinNearby(int row, const QString& roomCode, const QString& groupId = {});
    /// Gives up a join that is still being tried.
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

private:
    bool join(const JoinTarget& target, const QString& groupId);
    void onClientStatus();
    void finishJoin();
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
    JoinTarget m_target;
    QString m_groupId;
    bool m_waiting = false;
    QString m_errorText;
};

} // namespace dp

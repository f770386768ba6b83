#pragma once

#include "joinurl.h"
#include "protocol.h"
#include "sessionsnapshot.h"

#include <QAbstractSocket>
#include <QElapsedTimer>
#include <QObject>
#include <QRandomGenerator>
#include <QSet>
#include <QTimer>

#include <memory>
#include <optional>

class QWebSocket;

namespace dp {

class Database;
class HubStateStore;
class RatingStore;
class SessionStore;

/// The attendee's side: joins the hub with the room code, caches the pushed session state so
/// rating continues offline, sends the durable outbox (and, after the hub lost data, everything
/// above the hub's high-water mark), clears answers only on the hub's commit acknowledgement and
/// reconnects with backoff. Status and error texts say in plain words what is going on.
class SyncClient : public QObject
{
    Q_OBJECT
    Q_PROPERTY(Status status READ status NOTIFY statusChanged)
    Q_PROPERTY(QString statusText READ statusText NOTIFY statusChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    Q_PROPERTY(QString sessionId READ sessionId NOTIFY snapshotChanged)
    Q_PROPERTY(bool hasSession READ hasSession NOTIFY snapshotChanged)
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY pendingCountChanged)

public:
    enum class Status { Stopped, Connecting, Joining, Online, Reconnecting, Failed };
    Q_ENUM(Status)

    /// Timings and limits; tests and the simulator shorten or vary them.
    struct Options
    {
        int connectTimeoutMs = 5000;
        int minBackoffMs = 250;
        int maxBackoffMs = 8000;
        int heartbeatMs = 5000;
        int deadAfterMs = 15000;
        int maxBatch = 200;
        int maxInFlight = 2000;
        quint32 seed = 0; ///< for backoff jitter; 0 = random
        /// Test mode: every answer goes in its own message, shuffled, each sent three times.
        bool chaos = false;
    };

    explicit SyncClient(Database& database, QObject* parent = nullptr);
    SyncClient(Database& database, const Options& options, QObject* parent = nullptr);
    ~SyncClient() override;

    void setTarget(const JoinTarget& target);
    /// Accepts a `dialogpunkte://host:port/?room=CODE` link; false with errorText otherwise.
    Q_INVOKABLE bool setJoinUrl(const QString& url);
    Q_INVOKABLE void start();
    Q_INVOKABLE void stop();

    Status status() const { return m_status; }
    QString statusText() const { return m_statusText; }
    QString errorText() const { return m_errorText; }
    QString sessionId() const { return m_snapshot ? m_snapshot->session.id : QString(); }
    bool hasSession() const { return m_snapshot.has_value(); }
    const std::optional<SessionSnapshot>& snapshot() const { return m_snapshot; }
    int pendingCount() const;
    QString deviceId() const;
    /// The hub's last reported high-water mark for this device.
    qint64 hubHighWater() const { return m_hubHighWater; }
    /// True when every local answer of this session has been committed by the hub.
    bool isFullySynced() const;

    /// Creates (or reuses) a participant on this device and tells the hub; returns the pseudonym.
    Q_INVOKABLE QString registerParticipant(
        const QString& groupId = {}, const QString& pseudonym = {});
    /// Saves an answer locally (durable before returning) and queues it for the hub.
    std::optional<Rating> saveAnswer(
        const QString& pseudonym, const QString& statementId, int answer, QString* error);
    /// True once the hub acknowledged (committed) the stored answer for this key.
    Q_INVOKABLE bool hasArrived(const QString& statementId, const QString& pseudonym) const;
    /// Sends answers that others stored in the outbox (e.g. the rating flow) without waiting
    /// for the next acknowledgement or reconnect.
    Q_INVOKABLE void sendPending();

    RatingStore& ratings() { return *m_ratings; }

signals:
    void statusChanged();
    void errorTextChanged();
    void snapshotChanged();
    void pendingCountChanged();
    /// The hub committed these sequences (they are off the outbox now).
    void acknowledged(const QList<qint64>& sequences);
    void answerRejected(qint64 sequence, const QString& code, const QString& message);

private:
    void connectNow();
    void scheduleReconnect();
    void onConnected();
    void onDisconnected();
    void onSocketError(QAbstractSocket::SocketError error);
    void onConnectTimeout();
    void onText(const QString& text);
    void handleWelcome(const QJsonObject& body);
    void handleState(const QJsonObject& body);
    void handleAck(const QJsonObject& body);
    void handleError(const QJsonObject& body);
    void applyState(const SessionSnapshot& snapshot);
    void beginSync(qint64 hubMark);
    void dropConnection(const QString& cause);
    void sendParticipants();
    void pump();
    void heartbeat();
    void send(const QByteArray& message);
    void setStatus(Status status, const QString& text);
    void setErrorText(const QString& text);
    void loadCachedSession();

    Database& m_database;
    Options m_options;
    std::unique_ptr<SessionStore> m_sessions;
    std::unique_ptr<RatingStore> m_ratings;
    std::unique_ptr<HubStateStore> m_stateStore;
    JoinTarget m_target;
    QWebSocket* m_socket = nullptr;
    bool m_running = false;
    Status m_status = Status::Stopped;
    QString m_statusText;
    QString m_errorText;
    std::optional<SessionSnapshot> m_snapshot;
    /// A state for another session received while asking the hub to restore ours.
    std::optional<SessionSnapshot> m_deferredState;
    bool m_restoring = false;
    bool m_synced = false; ///< welcome for our session seen, sending allowed
    std::optional<qint64> m_welcomeMark; ///< mark from a welcome that waits for its state
    QString m_welcomeSession;
    qint64 m_hubHighWater = 0;
    QSet<qint64> m_inFlight;
    QSet<qint64> m_rejected;
    QList<Rating> m_resend; ///< acknowledged earlier but above the hub's mark: the hub lost them
    qint64 m_nextBatch = 1;
    int m_attempt = 0;
    bool m_retry = true; ///< false after a wrong room code: only the user can fix that
    QTimer m_connectTimer;
    QTimer m_reconnectTimer;
    QTimer m_heartbeatTimer;
    QTimer m_pumpTimer;
    QElapsedTimer m_lastHeard;
    QRandomGenerator m_random;
};

} // namespace dp

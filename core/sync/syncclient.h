#pragma once

#include "joinurl.h"
#include "messages.h"
#include "sessionsnapshot.h"

#include <QObject>

#include <memory>
#include <optional>

namespace dp {

class AnswerService;
class AttendeeStateCache;
class ClientConnection;
class Database;
class HubHandshake;
class OutboxSender;
class RestoreResponder;

/// The attendee's side of the protocol: joins the hub with the room code, follows the pushed
/// session state, registers participants and says in plain words what is going on. The
/// connection with its reconnects (ClientConnection), the welcome/restore handshake
/// (HubHandshake), sending the outbox (OutboxSender) and the cached state (AttendeeStateCache)
/// are separate jobs. Answers are stored by the AnswerService it is given (the one the rating
/// screen saves through); the client only sends that service's outbox and records the hub's
/// acknowledgements there.
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

    /// `answers` must store into `database`, the device's own.
    SyncClient(Database& database, AnswerService& answers, QObject* parent = nullptr);
    SyncClient(Database& database, AnswerService& answers, const Options& options,
        QObject* parent = nullptr);
    ~SyncClient() override;

    void setTarget(const JoinTarget& target);
    /// Accepts a `dialogpunkte://host:port/?room=CODE` link; false with errorText otherwise.
    Q_INVOKABLE bool setJoinUrl(const QString& url);
    Q_INVOKABLE void start();
    Q_INVOKABLE void stop();

    Status status() const { return m_status; }
    QString statusText() const { return m_statusText; }
    QString errorText() const { return m_errorText; }
    QString sessionId() const;
    bool hasSession() const { return snapshot().has_value(); }
    const std::optional<SessionSnapshot>& snapshot() const;
    int pendingCount() const;
    /// This device's id in the current session (given by the hub; empty before its welcome).
    QString deviceId() const;
    /// The hub's last reported high-water mark for this device.
    qint64 hubHighWater() const;
    /// True when every local answer of this session has been committed by the hub.
    bool isFullySynced() const;

    /// Creates (or reuses) a participant on this device and tells the hub; returns the pseudonym.
    Q_INVOKABLE QString registerParticipant(
        const QString& groupId = {}, const QString& pseudonym = {});
    /// True once the hub acknowledged (committed) the stored answer for this key.
    Q_INVOKABLE bool hasArrived(const QString& statementId, const QString& pseudonym) const;

signals:
    void statusChanged();
    void errorTextChanged();
    void snapshotChanged();
    void pendingCountChanged();
    void answerRejected(qint64 sequence, const QString& code, const QString& message);
    /// The hub does not know the group a participant of this device chose (`unknown_group`).
    void groupRefused();

private:
    void onConnecting();
    void onConnected();
    void onLost(const QString& cause);
    void onText(const QString& text);
    void handleReject(const protocol::Reject& reject);
    void handleError(const protocol::Error& error);
    void answerRestoreRequest();
    /// The words a person reads for an error code of the hub (never the hub's English text).
    static QString describe(protocol::ErrorCode code);
    void beginSync(qint64 hubMark);
    void sendParticipant(const Participant& participant, int copies);
    void setStatus(Status status, const QString& text);
    void setErrorText(const QString& text);

    Options m_options;
    AnswerService& m_answers;
    std::unique_ptr<AttendeeStateCache> m_state;
    std::unique_ptr<ClientConnection> m_connection;
    std::unique_ptr<OutboxSender> m_sender;
    std::unique_ptr<HubHandshake> m_handshake;
    std::unique_ptr<RestoreResponder> m_restore; ///< offers sessions to a hub in restore mode
    Status m_status = Status::Stopped;
    QString m_statusText;
    QString m_errorText;
    bool m_retry = true; ///< false after a wrong room code: only the user can fix that
    /// Set when the hub said when to come back (throttled, too many connections).
    std::optional<qint64> m_retryAfterMs;
};

} // namespace dp

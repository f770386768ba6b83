#pragma once

#include "devicelistmodel.h"
#include "groupcommitwriter.h"
#include "hubadmission.h"
#include "hubledger.h"
#include "messages.h"
#include "sessionseal.h"
#include "sessionsnapshot.h"

#include <QHostAddress>
#include <QObject>

#include <memory>
#include <optional>

namespace dp {

class Database;
class HubStateStore;
class WebSocketConnection;

/// The moderator's side of a workshop: owns the session (catalog snapshot, groups, rounds,
/// phase, open statements) and pushes its state to every admitted tablet. The port (the web
/// client's page over HTTP, the protocol's WebSocket at /ws) and admission (room code,
/// throttling, timeouts) are HubAdmission's job, storing answers GroupCommitWriter's.
class SessionHost : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString sessionId READ sessionId NOTIFY sessionChanged)
    Q_PROPERTY(QString title READ title NOTIFY sessionChanged)
    Q_PROPERTY(QString roomCode READ roomCode WRITE setRoomCode NOTIFY roomCodeChanged)
    Q_PROPERTY(int currentRound READ currentRound NOTIFY stateChanged)
    Q_PROPERTY(QString phase READ phase WRITE setPhase NOTIFY stateChanged)
    Q_PROPERTY(QStringList openStatements READ openStatements NOTIFY stateChanged)
    Q_PROPERTY(bool listening READ isListening NOTIFY listeningChanged)
    Q_PROPERTY(int port READ port NOTIFY listeningChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    Q_PROPERTY(DeviceListModel* devices READ devices CONSTANT)

public:
    /// Limits and timings; tests shorten them.
    struct Options
    {
        HubAdmission::Options admission;
        int groupCommitMs = 15;
        int maxGroupCommitAnswers = 5000;
    };

    explicit SessionHost(Database& database, QObject* parent = nullptr);
    SessionHost(Database& database, const Options& options, QObject* parent = nullptr);
    ~SessionHost() override;

    /// Continues the session this hub ran last (after a restart), or creates a new one from
    /// `catalog`, with all statements open for rating. Reads (or creates) the hub's key next to
    /// the database, which seals the session.
    bool openSession(
        const QString& title, const Catalog& catalog, const QList<Group>& groups, QString* error);
    bool listen(const QHostAddress& address, quint16 port, QString* error);
    /// Stops accepting, commits what is queued, says goodbye to every tablet.
    void shutdown();

    QString sessionId() const { return m_snapshot.session.id; }
    QString title() const { return m_snapshot.session.title; }
    QString roomCode() const { return m_admission.roomCode(); }
    void setRoomCode(const QString& code);
    int currentRound() const { return m_snapshot.session.currentRound; }
    QString phase() const { return phaseName(m_snapshot.phase); }
    void setPhase(const QString& phase);
    QStringList openStatements() const { return m_snapshot.openStatements; }
    bool isListening() const;
    int port() const;
    QString errorText() const { return m_errorText; }
    DeviceListModel* devices() { return &m_devices; }
    const SessionSnapshot& snapshot() const { return m_snapshot; }
    qint64 highWater(const QString& deviceId) const { return m_ledger.highWater(deviceId); }

    Q_INVOKABLE void openStatement(const QString& statementId);
    Q_INVOKABLE void closeStatement(const QString& statementId);
    Q_INVOKABLE void openAllStatements();
    Q_INVOKABLE void closeAllStatements();
    Q_INVOKABLE void startNextRound();

signals:
    void sessionChanged();
    void roomCodeChanged();
    void stateChanged();
    void listeningChanged();
    void errorTextChanged();
    /// Emitted after each group commit with the number of answers committed in it.
    void answersCommitted(int count);
    /// The answers of one group commit that were stored (new or newer), for live statistics.
    void ratingsStored(const QList<dp::Rating>& ratings);
    /// A tablet registered a participant (pseudonym and group) for this session.
    void participantRegistered(const dp::Participant& participant);

private:
    void onAdmitted(WebSocketConnection* connection, const QString& deviceId);
    void onMessage(
        WebSocketConnection* connection, const QString& deviceId, const protocol::ToHub& message);
    void onCommitted(int stored, const QList<dp::Rating>& storedRatings);
    void handleParticipant(WebSocketConnection* connection, const QString& deviceId,
        const protocol::ParticipantMessage& message);
    void sendWelcome(WebSocketConnection* connection, const QString& deviceId);
    void sendState(WebSocketConnection* connection);
    void publishState();
    void setErrorText(const QString& text);

    Database& m_database;
    std::unique_ptr<HubStateStore> m_stateStore;
    HubLedger m_ledger;
    SessionSnapshot m_snapshot;
    std::optional<SessionSeal> m_seal;
    QString m_errorText;
    DeviceListModel m_devices;
    HubAdmission m_admission;
    GroupCommitWriter m_writer;
};

} // namespace dp

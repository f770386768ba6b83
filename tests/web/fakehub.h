#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QWebSocketServer>

#include "catalog/catalog.h"

class QTcpSocket;
class QWebSocket;

namespace dp::test {

/// A hub for tests of the web client, speaking protocol version 2 with a built-in catalog and
/// three groups: it welcomes, publishes state, stores the newest answer per key, acknowledges,
/// throttles, refuses a group, goes away and comes back, asks for a restore. Everything a
/// client sends that breaks the protocol is recorded in violations().
class FakeHub : public QObject
{
    Q_OBJECT

public:
    /// The newest value of one (round, statement, pseudonym) the hub holds.
    struct Answer
    {
        QString deviceId;
        int answer = 0;
        qint64 sequence = 0;
    };

    static inline const QString RoomCode = QStringLiteral("4711");
    /// Short, so that three missed beats are found within a test's patience.
    static constexpr int HeartbeatMs = 1000;

    /// A hub running a workshop with the built-in catalog `catalogId`.
    explicit FakeHub(
        const QString& catalogId = QStringLiteral("elternfeedback"), QObject* parent = nullptr);
    ~FakeHub() override;

    /// Takes over a TCP connection whose WebSocket upgrade request is still unread.
    void adopt(QTcpSocket* socket);

    QString sessionId() const { return m_sessionId; }
    void setRoomCode(const QString& roomCode) { m_roomCode = roomCode; }
    QStringList statementIds() const { return m_statementIds; }

    void setPhase(const QString& phase);
    void setRound(int round);
    void setOpenStatements(const QStringList& statementIds);
    /// Off: every connection is cut (no close handshake) and new ones are refused.
    void setReachable(bool reachable);
    /// On: connections stay open but the hub neither reads nor answers, as when the Wi-Fi
    /// is gone without the sockets noticing; heartbeats must find it out.
    void setSilent(bool silent) { m_silent = silent; }
    /// The next `count` hellos get `throttled` with `retryAfterMs`.
    void throttleHellos(int count, int retryAfterMs);
    /// Participants naming this group get the non-fatal error `unknown_group`.
    void refuseGroup(const QString& groupId) { m_refusedGroup = groupId; }
    /// Restore mode: hellos get `restore_request`; adoptOffer() then welcomes everybody.
    void setRestoreMode(bool restore) { m_restoreMode = restore; }
    void adoptOffer();

    /// key "round|statement|pseudonym" → the newest answer
    QHash<QString, Answer> answers() const { return m_answers; }
    /// pseudonym → group id ("" for none), as the last participant message said
    QHash<QString, QString> participants() const { return m_participants; }
    QList<QJsonObject> hellos() const { return m_hellos; }
    /// When each hello arrived, in milliseconds since the hub was made.
    QList<qint64> helloTimes() const { return m_helloTimes; }
    QList<QJsonObject> offers() const { return m_offers; }
    /// Every sequence each device sent, in the order received.
    QHash<QString, QList<qint64>> sequencesByDevice() const { return m_sequences; }
    QStringList violations() const { return m_violations; }
    int connectionCount() const { return int(m_peers.size()); }

signals:
    void answersStored();

private:
    struct Peer
    {
        QWebSocket* socket = nullptr;
        QString deviceId;
        bool joined = false;
        QJsonObject waitingHello; ///< in restore mode, until a session is adopted
    };

    void connected();
    void received(QWebSocket* socket, const QString& text);
    void hello(Peer& peer, const QJsonObject& message);
    void welcome(Peer& peer, const QJsonObject& hello);
    void participant(Peer& peer, const QJsonObject& message);
    void storeAnswers(Peer& peer, const QJsonObject& message);
    void send(QWebSocket* socket, const QString& type, QJsonObject fields = {});
    void fail(QWebSocket* socket, const QString& code, const QString& message, bool fatal,
        int retryAfterMs = -1);
    QJsonObject stateFields() const;
    void publishState();

    QWebSocketServer m_server;
    QHash<QWebSocket*, Peer> m_peers;
    QJsonObject m_session;
    QString m_sessionId;
    QStringList m_statementIds;
    QHash<QString, const Scale*> m_scales; ///< statement id → its scale in m_catalog
    Catalog m_catalog;
    QStringList m_groupIds;
    QString m_roomCode = RoomCode;
    QString m_phase = QStringLiteral("rating");
    int m_round = 1;
    QStringList m_open;
    bool m_reachable = true;
    bool m_silent = false;
    bool m_restoreMode = false;
    int m_throttledHellos = 0;
    int m_retryAfterMs = 0;
    QString m_refusedGroup;
    QHash<QString, Answer> m_answers;
    QHash<QString, qint64> m_highWater; ///< device id → highest committed sequence
    QHash<QString, QString> m_participants;
    QHash<QString, QList<qint64>> m_sequences;
    QHash<QString, QString> m_contentOfSequence; ///< "device|sequence" → what it carried
    QList<QJsonObject> m_hellos;
    QList<qint64> m_helloTimes;
    QElapsedTimer m_clock;
    QList<QJsonObject> m_offers;
    QStringList m_violations;
};

} // namespace dp::test

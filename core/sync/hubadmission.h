#pragma once

#include "jointhrottle.h"
#include "messages.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QTimer>

class QWebSocket;
class QWebSocketServer;

namespace dp {

class DeviceListModel;

/// Sends an error frame and closes the connection: the hub's answer to anything it cannot
/// accept from a socket. `retryAfterMs` tells the device when to try again by itself.
void refuseConnection(QWebSocket* socket, protocol::ErrorCode code, const QString& text,
    std::optional<qint64> retryAfterMs = std::nullopt);

/// The hub's door: accepts WebSocket connections, lets in only tablets that say hello with the
/// room code (slowing down wrong guesses per address), caps connections that have not said
/// hello, drops the silent ones, and hands valid messages of admitted tablets on.
class HubAdmission : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        int handshakeTimeoutMs = 5000;
        int maxUnauthenticated = 64;
        int idleTimeoutMs = 30000;
        qint64 throttleBaseMs = 1000;
    };

    HubAdmission(DeviceListModel& devices, const Options& options, QObject* parent = nullptr);
    ~HubAdmission() override;

    QString roomCode() const { return m_roomCode; }
    void setRoomCode(const QString& code) { m_roomCode = code; }
    /// Restore mode of a hub that lost its room code with its database: every hello is let in
    /// (such a hub accepts nothing but sealed offers) and its room code is kept, see roomCodeOf().
    void setAcceptAnyRoomCode(bool any) { m_acceptAnyRoomCode = any; }
    /// The room code an admitted connection said hello with.
    QString roomCodeOf(QWebSocket* socket) const;
    /// The hub's session: a hello that names it keeps its device id, any other gets a new one.
    void setSessionId(const QString& sessionId) { m_sessionId = sessionId; }

    bool listen(const QHostAddress& address, quint16 port, QString* error);
    /// Stops accepting; connected tablets stay until goodbye().
    void close();
    bool isListening() const;
    int port() const;
    /// Tells every connected tablet the hub is going away and closes the connections.
    void goodbye();

    /// Connections that passed the room code, with their device ids.
    QHash<QWebSocket*, QString> admitted() const;
    /// Gives an admitted connection another device id (the hub adopted another session).
    void renameDevice(QWebSocket* socket, const QString& deviceId);

signals:
    /// The socket said hello with the right room code; welcome and state are due now.
    void admittedDevice(QWebSocket* socket, const QString& deviceId);
    /// A valid message of an admitted device (anything but hello).
    void messageReceived(
        QWebSocket* socket, const QString& deviceId, const dp::protocol::ToHub& message);

private:
    struct Peer;

    void onNewConnection();
    void onTextMessage(QWebSocket* socket, const QString& text);
    void onDisconnected(QWebSocket* socket);
    void handleHello(QWebSocket* socket, Peer& peer, const protocol::Hello& hello);
    void checkIdlePeers();

    DeviceListModel& m_devices;
    Options m_options;
    QString m_roomCode;
    bool m_acceptAnyRoomCode = false;
    QString m_sessionId;
    QWebSocketServer* m_server = nullptr;
    QHash<QWebSocket*, Peer*> m_peers;
    JoinThrottle m_throttle;
    QTimer m_idleTimer;
};

} // namespace dp

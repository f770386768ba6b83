#pragma once

#include "jointhrottle.h"
#include "messages.h"
#include "net/hublistener.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>

namespace dp {

class DeviceListModel;
class WebClientServer;
class WebSocketConnection;

/// Sends an error frame and closes the connection: the hub's answer to anything it cannot
/// accept from a connection. `retryAfterMs` tells the device when to try again by itself.
void refuseConnection(WebSocketConnection* connection, protocol::ErrorCode code,
    const QString& text, std::optional<qint64> retryAfterMs = std::nullopt);

/// The hub's door. It listens on one TCP port (HubListener): HTTP requests get the participant
/// web client's files (WebClientServer), a WebSocket at /ws is a device joining. It lets in only
/// devices that say hello with the room code, queues the hellos of an address that just guessed
/// wrong (JoinThrottle), tells connections the listener drops why, and hands valid messages of
/// admitted devices on.
class HubAdmission : public QObject
{
    Q_OBJECT

public:
    /// Limits and timings; tests shorten them.
    struct Options
    {
        /// The port's limits: request heads, hello timeouts, joining connections per address.
        HubListener::Options transport;
        /// Slowing down wrong room codes.
        JoinThrottle::Options throttle;
        /// An admitted device that says nothing (not even ping) for this long is cut.
        int idleTimeoutMs = 30000;
        /// The throttle's clock; tests drive it by hand.
        SteadyClock clock = steadyNowMs;
    };

    HubAdmission(DeviceListModel& devices, const Options& options, QObject* parent = nullptr);
    ~HubAdmission() override;

    QString roomCode() const { return m_roomCode; }
    void setRoomCode(const QString& code) { m_roomCode = code; }
    /// The hub's session: a hello that names it keeps its device id, any other gets a new one.
    void setSessionId(const QString& sessionId);
    /// Whether the hub holds answers of `deviceId` in its session (beyond the devices admitted
    /// since it started): such a device skips the room-code throttle.
    void setKnownDeviceCheck(std::function<bool(const QString& deviceId)> check);

    bool listen(const QHostAddress& address, quint16 port, QString* error);
    /// Stops accepting; connected devices stay until goodbye().
    void close();
    bool isListening() const;
    int port() const;
    /// Tells every connected device the hub is going away and closes the connections.
    void goodbye();

    /// Connections that passed the room code, with their device ids.
    QHash<WebSocketConnection*, QString> admitted() const;
    /// Gives an admitted connection another device id (the hub adopted another session).
    void renameDevice(WebSocketConnection* connection, const QString& deviceId);

signals:
    /// The connection said hello with the right room code; welcome and state are due now.
    void admittedDevice(dp::WebSocketConnection* connection, const QString& deviceId);
    /// A valid message of an admitted device (anything but hello).
    void messageReceived(dp::WebSocketConnection* connection, const QString& deviceId,
        const dp::protocol::ToHub& message);

private:
    struct Peer;

    void onWebSocket(WebSocketConnection* connection);
    void onJoiningDropped(WebSocketConnection* connection, HubListener::DropReason reason);
    void onTextMessage(WebSocketConnection* connection, const QString& text);
    void onDisconnected(WebSocketConnection* connection);
    void handleHello(WebSocketConnection* connection, Peer& peer, const protocol::Hello& hello);
    void checkRoomCode(WebSocketConnection* connection, Peer& peer);
    void refuseThrottled(WebSocketConnection* connection, const Peer& peer);
    void releaseDueHellos();
    void scheduleRelease();
    bool isKnownDevice(const QString& sessionId, const QString& deviceId) const;
    void checkIdlePeers();

    DeviceListModel& m_devices;
    Options m_options;
    QString m_roomCode;
    QString m_sessionId;
    std::function<bool(const QString&)> m_knownDevice;
    /// Device ids admitted into m_sessionId since the hub started.
    QSet<QString> m_admittedDevices;
    WebClientServer* m_http = nullptr;
    HubListener* m_listener = nullptr;
    QHash<WebSocketConnection*, Peer*> m_peers;
    QHash<quint64, WebSocketConnection*> m_tickets;
    quint64 m_nextTicket = 1;
    JoinThrottle m_throttle;
    QTimer m_releaseTimer;
    QTimer m_idleTimer;
};

} // namespace dp

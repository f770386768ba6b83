#pragma once

#include "joiningqueue.h"
#include "timeoutoffenders.h"

#include <QByteArrayView>
#include <QHash>
#include <QTcpServer>

class QAbstractHttpServer;

namespace dp {

class WebSocketConnection;

/// The hub's one TCP port. It holds every accepted connection until it knows what it is: it
/// peeks at the request head (complete within a size and a time limit), upgrades `GET /ws` to
/// our WebSocketConnection and hands it out, and passes any other request to the HTTP server
/// it was made with. Connections that are still joining (head not complete, WebSocket not yet
/// admitted by the hub, HTTP request being answered) are capped per address and in total by
/// dropping the oldest of them, and time out; an address whose connections keep timing out gets
/// a shorter timeout.
class HubListener : public QTcpServer
{
    Q_OBJECT

public:
    /// Limits and timings; tests shorten them.
    struct Options
    {
        qsizetype maxHeadBytes = 8 * 1024;
        int headTimeoutMs = 5000;
        /// From the upgrade until the hub calls admit().
        int helloTimeoutMs = 5000;
        /// Head and hello timeout for an address whose connections keep timing out.
        int offenderTimeoutMs = 1000;
        int offenderAfterTimeouts = 3;
        /// Head and hello timeouts are shortened by up to this share, at random.
        int timeoutJitterPercent = 20;
        qint64 offenderMemoryMs = 60 * 1000;
        /// An HTTP connection is cut this long after its request was handed over.
        int httpTimeoutMs = 30 * 1000;
        int maxJoiningPerAddress = 1024;
        int maxJoining = 4096;
        /// Message limit before admission (a hello is small) and after it.
        qint64 maxJoiningMessageBytes = 16 * 1024;
        qint64 maxMessageBytes = 256 * 1024;
        int closeTimeoutMs = 2000;
        /// Connections the system may queue before the hub accepts them (Qt's default is 50:
        /// a burst of reconnects would overflow it, and a refused SYN costs a device 1 s).
        int listenBacklog = 1024;
        /// After an accept error (no file descriptors left, ...) accepting resumes this much later.
        int acceptRetryMs = 100;
    };

    enum class DropReason { Evicted, HelloTimeout };
    Q_ENUM(DropReason)

    /// The path of the protocol's WebSocket.
    static constexpr QByteArrayView WebSocketPath { "/ws" };

    /// Requests that are not for the WebSocket will go to `http`.
    HubListener(QAbstractHttpServer& http, const Options& options, QObject* parent = nullptr);
    ~HubListener() override;

    /// Listens on `address`:`port` (0 picks a free port). The first time, the listener is bound
    /// to the HTTP server, which makes it the HTTP server's child (QAbstractHttpServer::bind).
    bool start(const QHostAddress& address, quint16 port, QString* error);

    /// The hub has read the connection's hello: it no longer counts as joining, its timeout
    /// stops, it may send messages up to maxMessageBytes, and the listener forgets it.
    void admit(WebSocketConnection* connection);

    /// Connections still joining, in all and from one address (see peerKey()).
    int joiningCount() const { return m_queue.size(); }
    int joiningCount(const QString& key) const { return m_queue.count(key); }

signals:
    /// A WebSocket was opened. The receiver takes it over (setParent) and calls admit() once it
    /// said hello; until then the listener may drop it.
    void webSocketConnected(dp::WebSocketConnection* connection);
    /// The listener is about to close a WebSocket that did not say hello in time or was pushed
    /// out by newer joining connections: the receiver's last chance to tell it why.
    void joiningDropped(dp::WebSocketConnection* connection, dp::HubListener::DropReason reason);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    struct Tracked;
    enum class Stage { Head, WebSocket, Http, Closing };

    void readHead(Tracked& tracked);
    void upgrade(Tracked& tracked);
    void handToHttp(Tracked& tracked);
    void refuse(Tracked& tracked, const QByteArray& response);
    void drop(quint64 id, DropReason reason);
    void onTimeout(quint64 id);
    void forget(quint64 id);
    void onAcceptError(QAbstractSocket::SocketError error);
    int joiningTimeout(const QString& key, int normalMs) const;

    QAbstractHttpServer& m_http;
    bool m_boundToHttp = false;
    Options m_options;
    JoiningQueue m_queue;
    TimeoutOffenders m_offenders;
    QHash<quint64, Tracked*> m_tracked;
    QHash<WebSocketConnection*, quint64> m_webSocketIds;
    quint64 m_nextId = 1;
};

} // namespace dp

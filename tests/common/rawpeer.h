#pragma once

#include <QByteArray>
#include <QList>
#include <QTcpSocket>

namespace dp::test {

/// One frame as the hub sent it.
struct ServerFrame
{
    quint8 opcode = 0;
    bool final = true;
    bool masked = false;
    QByteArray payload;
    /// For close frames: the code, 0 when there is none.
    quint16 closeCode() const;
};

/// A WebSocket opening handshake as a browser sends it.
QByteArray clientHandshake(const QByteArray& path = "/ws", const QByteArray& extraHeaders = {});

/// A test client on plain TCP: sends exactly the bytes it is given and keeps everything it
/// receives, so tests can speak broken HTTP and broken WebSocket to the hub.
class RawPeer
{
public:
    /// Connects to 127.0.0.1:`port`, from `from` when given (any of 127.0.0.0/8 poses as
    /// another address).
    explicit RawPeer(quint16 port, const QHostAddress& from = {});

    QTcpSocket socket;
    QByteArray received;
    bool closed = false;

    void send(const QByteArray& bytes);
    /// Sends the opening handshake and waits for the 101 response; false if something else came.
    bool upgrade();
    /// The HTTP status of the first response, 0 before one arrived.
    int status() const;
    /// The response head's header `name` (case-insensitive), empty if absent.
    QByteArray responseHeader(const QByteArray& name) const;
    /// What came after the first response head.
    QByteArray responseBody() const;
    /// The frames after the 101 response.
    QList<ServerFrame> frames() const;
};

} // namespace dp::test

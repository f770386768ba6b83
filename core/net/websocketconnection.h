#pragma once

#include "websocketdecoder.h"

#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QWebSocketProtocol>

class QTcpSocket;

namespace dp {

/// The hub's end of one WebSocket over a TCP socket whose opening handshake is done: sends text
/// in unmasked frames, hands on the client's messages (see WebSocketDecoder for what fails the
/// connection), answers ping with pong, and closes with the closing handshake. It offers the part
/// of QWebSocket's interface the hub uses, because Qt 6.4's QWebSocketServer cannot be used:
/// its frame reader (qwebsocketframe.cpp, QWebSocketFrame::readFrameHeader and checkValidity)
/// never checks that a client's frame is masked, which RFC 6455 section 5.1 requires of a server.
class WebSocketConnection : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        /// A longer message closes the connection with 1009.
        qint64 maxMessageBytes = 256 * 1024;
        /// How long close() waits for the client's close frame, and any closing connection for
        /// its last bytes to be written, before the TCP connection is cut.
        int closeTimeoutMs = 2000;
    };

    /// Takes over `socket` (it becomes this object's child). Bytes the client sent after its
    /// handshake may already wait in the socket; they are read once the event loop runs, after
    /// the receiver connected its slots.
    WebSocketConnection(QTcpSocket* socket, const Options& options, QObject* parent = nullptr);
    ~WebSocketConnection() override;

    /// Sends `message` in one text frame; returns its size in UTF-8, or 0 once closing.
    qint64 sendTextMessage(const QString& message);
    /// Sends a close frame and waits (up to closeTimeoutMs) for the client's before the TCP
    /// connection ends.
    void close(QWebSocketProtocol::CloseCode code = QWebSocketProtocol::CloseCodeNormal,
        const QString& reason = {});
    /// Sends a close frame and ends the TCP connection at once, without waiting for the client:
    /// for connections the hub drops to make room or because they stayed silent.
    void closeWithoutWaiting(QWebSocketProtocol::CloseCode code, const QString& reason = {});
    /// Cuts the TCP connection; what is not written yet is lost.
    void abort();
    /// Writes as much of what is queued as the socket takes now.
    bool flush();

    bool isValid() const;
    QHostAddress peerAddress() const { return m_peerAddress; }
    quint16 peerPort() const { return m_peerPort; }
    void setMaxAllowedIncomingMessageSize(qint64 bytes) { m_decoder.setMaxMessageBytes(bytes); }
    qint64 maxAllowedIncomingMessageSize() const { return m_decoder.maxMessageBytes(); }
    /// The code the connection was closed with (by either side); 1005 while it is open.
    QWebSocketProtocol::CloseCode closeCode() const { return m_closeCode; }
    QString closeReason() const { return m_closeReason; }

signals:
    void textMessageReceived(const QString& message);
    void binaryMessageReceived(const QByteArray& message);
    /// The TCP connection ended, whoever ended it; emitted once.
    void disconnected();

private:
    enum class State { Open, Closing, Closed };

    void readIncoming();
    void sendClose(QWebSocketProtocol::CloseCode code, const QString& reason);
    void endConnection();
    void onSocketDisconnected();

    QPointer<QTcpSocket> m_socket;
    WebSocketDecoder m_decoder;
    QHostAddress m_peerAddress;
    quint16 m_peerPort = 0;
    State m_state = State::Open;
    QWebSocketProtocol::CloseCode m_closeCode = QWebSocketProtocol::CloseCodeMissingStatusCode;
    QString m_closeReason;
    QTimer m_closeTimer;
    bool m_disconnectedEmitted = false;
};

} // namespace dp

#include "websocketconnection.h"

#include "websocketframes.h"

#include <QTcpSocket>

namespace dp {

using websocket::encodeFrame;
using websocket::Opcode;

namespace {

/// Bytes read from the socket at a time; the decoder keeps at most one message besides.
constexpr qint64 ReadChunkBytes = 64 * 1024;

} // namespace

WebSocketConnection::WebSocketConnection(
    QTcpSocket* socket, const Options& options, QObject* parent)
    : QObject(parent)
    , m_socket(socket)
    , m_decoder(options.maxMessageBytes)
    , m_peerAddress(socket->peerAddress())
    , m_peerPort(socket->peerPort())
{
    socket->setParent(this);
    socket->setReadBufferSize(ReadChunkBytes);
    m_closeTimer.setSingleShot(true);
    m_closeTimer.setInterval(options.closeTimeoutMs);
    connect(&m_closeTimer, &QTimer::timeout, this, &WebSocketConnection::abort);
    connect(socket, &QTcpSocket::readyRead, this, &WebSocketConnection::readIncoming);
    connect(socket, &QTcpSocket::disconnected, this, &WebSocketConnection::onSocketDisconnected);
    QMetaObject::invokeMethod(this, &WebSocketConnection::readIncoming, Qt::QueuedConnection);
}

WebSocketConnection::~WebSocketConnection()
{
    if (m_socket)
        m_socket->disconnect(this);
}

qint64 WebSocketConnection::sendTextMessage(const QString& message)
{
    if (!isValid())
        return 0;
    const QByteArray utf8 = message.toUtf8();
    m_socket->write(encodeFrame(Opcode::Text, utf8));
    return utf8.size();
}

void WebSocketConnection::close(QWebSocketProtocol::CloseCode code, const QString& reason)
{
    if (m_state != State::Open)
        return;
    sendClose(code, reason);
    m_closeTimer.start();
}

void WebSocketConnection::closeWithoutWaiting(
    QWebSocketProtocol::CloseCode code, const QString& reason)
{
    if (m_state == State::Open)
        sendClose(code, reason);
    endConnection();
}

void WebSocketConnection::endConnection()
{
    // A client that reads nothing would keep the socket closing forever; the timer cuts it.
    m_closeTimer.start();
    if (m_socket)
        m_socket->disconnectFromHost();
}

void WebSocketConnection::abort()
{
    if (m_socket)
        m_socket->abort();
}

bool WebSocketConnection::flush()
{
    return m_socket && m_socket->flush();
}

bool WebSocketConnection::isValid() const
{
    return m_state == State::Open && m_socket
        && m_socket->state() == QAbstractSocket::ConnectedState;
}

void WebSocketConnection::sendClose(QWebSocketProtocol::CloseCode code, const QString& reason)
{
    m_state = State::Closing;
    m_closeCode = code;
    m_closeReason = reason;
    if (m_socket && m_socket->state() == QAbstractSocket::ConnectedState)
        m_socket->write(encodeFrame(Opcode::Close, websocket::closePayload(code, reason)));
}

void WebSocketConnection::readIncoming()
{
    if (!m_socket)
        return;
    if (m_socket->state() == QAbstractSocket::UnconnectedState) {
        onSocketDisconnected();
        return;
    }
    const QPointer<WebSocketConnection> alive(this);
    while (m_socket && m_socket->bytesAvailable() > 0 && !m_decoder.isFinished()) {
        m_decoder.append(m_socket->read(ReadChunkBytes));
        while (auto event = m_decoder.next()) {
            using Kind = WebSocketEvent::Kind;
            switch (event->kind) {
            case Kind::Text:
                if (m_state == State::Open)
                    emit textMessageReceived(QString::fromUtf8(event->payload));
                break;
            case Kind::Binary:
                if (m_state == State::Open)
                    emit binaryMessageReceived(event->payload);
                break;
            case Kind::Ping:
                if (m_state == State::Open)
                    m_socket->write(encodeFrame(Opcode::Pong, event->payload));
                break;
            case Kind::Pong:
                break;
            case Kind::Close: {
                // Answer with the client's code (RFC 6455 section 5.5.1), then end the TCP
                // connection: the server closes it first.
                const auto code = QWebSocketProtocol::CloseCode(event->closeCode);
                const auto answered = code == QWebSocketProtocol::CloseCodeMissingStatusCode
                    ? QWebSocketProtocol::CloseCodeNormal
                    : code;
                if (m_state == State::Open) {
                    sendClose(answered, QString());
                    m_closeCode = code;
                    m_closeReason = QString::fromUtf8(event->payload);
                }
                endConnection();
                break;
            }
            case Kind::Failure:
                if (m_state == State::Open)
                    sendClose(QWebSocketProtocol::CloseCode(event->closeCode), event->failure);
                endConnection();
                break;
            }
            if (!alive || !m_socket)
                return;
        }
    }
}

void WebSocketConnection::onSocketDisconnected()
{
    m_state = State::Closed;
    m_closeTimer.stop();
    if (m_disconnectedEmitted)
        return;
    m_disconnectedEmitted = true;
    if (m_closeCode == QWebSocketProtocol::CloseCodeMissingStatusCode)
        m_closeCode = QWebSocketProtocol::CloseCodeAbnormalDisconnection;
    emit disconnected();
}

} // namespace dp

#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

namespace dp {

/// Something complete that a client sent: a message, a control frame, or the reason the
/// connection must be failed.
struct WebSocketEvent
{
    enum class Kind { Text, Binary, Ping, Pong, Close, Failure };
    Kind kind = Kind::Failure;
    /// Text: the message in valid UTF-8; Binary: the message; Ping/Pong: their payload; Close:
    /// the reason in UTF-8.
    QByteArray payload;
    /// Close: the client's code (1005 when it sent none); Failure: the code to close with.
    quint16 closeCode = 0;
    /// Failure: what was wrong, for the close frame and the log.
    QString failure;
};

/// Turns the bytes a WebSocket client sends into messages, the server side of RFC 6455 without
/// sockets: frames must be masked, reserved bits 0 (no extension is ever agreed), lengths
/// minimally encoded, control frames short and whole, fragments reassembled up to a message
/// limit, text valid UTF-8. The first violation ends decoding with a Failure event that carries
/// the close code (1002, 1007 or 1009); after a Close or a Failure nothing more is decoded.
class WebSocketDecoder
{
public:
    explicit WebSocketDecoder(qint64 maxMessageBytes);

    void setMaxMessageBytes(qint64 bytes) { m_maxMessageBytes = bytes; }
    qint64 maxMessageBytes() const { return m_maxMessageBytes; }

    /// Adds bytes read from the socket.
    void append(QByteArrayView bytes);
    /// The next complete event, or nothing until more bytes arrive.
    std::optional<WebSocketEvent> next();
    /// True after a Close or a Failure was returned.
    bool isFinished() const { return m_finished; }

private:
    WebSocketEvent fail(quint16 code, const QString& why);
    void dropConsumed();

    qint64 m_maxMessageBytes;
    QByteArray m_buffer;
    qsizetype m_position = 0;
    bool m_inMessage = false;
    bool m_messageIsText = false;
    QByteArray m_message;
    bool m_finished = false;
};

} // namespace dp

#include "websocketdecoder.h"

#include "websocketframes.h"

#include <QWebSocketProtocol>
#include <QtEndian>

#include <algorithm>
#include <utility>

namespace dp {

using websocket::Opcode;

namespace {

bool isKnownOpcode(quint8 opcode)
{
    switch (Opcode(opcode)) {
    case Opcode::Continuation:
    case Opcode::Text:
    case Opcode::Binary:
    case Opcode::Close:
    case Opcode::Ping:
    case Opcode::Pong:
        return true;
    }
    return false;
}

QByteArray unmasked(QByteArrayView payload, QByteArrayView key)
{
    QByteArray result(payload.size(), Qt::Uninitialized);
    char* out = result.data();
    for (qsizetype i = 0; i < payload.size(); ++i)
        out[i] = char(payload[i] ^ key[i % 4]);
    return result;
}

} // namespace

WebSocketDecoder::WebSocketDecoder(qint64 maxMessageBytes)
    : m_maxMessageBytes(maxMessageBytes)
{
}

void WebSocketDecoder::append(QByteArrayView bytes)
{
    if (!m_finished)
        m_buffer.append(bytes);
}

WebSocketEvent WebSocketDecoder::fail(quint16 code, const QString& why)
{
    m_finished = true;
    m_buffer.clear();
    m_position = 0;
    m_message.clear();
    WebSocketEvent event;
    event.kind = WebSocketEvent::Kind::Failure;
    event.closeCode = code;
    event.failure = why;
    return event;
}

void WebSocketDecoder::dropConsumed()
{
    // Removing the front on every frame would copy the rest each time; do it once half is read.
    if (m_position == m_buffer.size()) {
        m_buffer.clear();
        m_position = 0;
    } else if (m_position > m_buffer.size() / 2) {
        m_buffer.remove(0, m_position);
        m_position = 0;
    }
}

std::optional<WebSocketEvent> WebSocketDecoder::next()
{
    using Code = QWebSocketProtocol::CloseCode;
    while (!m_finished) {
        const QByteArrayView data = QByteArrayView(m_buffer).sliced(m_position);
        if (data.size() < 2)
            return std::nullopt;
        const auto first = quint8(data[0]);
        const auto second = quint8(data[1]);
        const bool final = first & 0x80;
        const quint8 opcode = first & 0x0F;
        if (first & 0x70)
            return fail(Code::CloseCodeProtocolError, QStringLiteral("reserved bits are set"));
        if (!isKnownOpcode(opcode))
            return fail(Code::CloseCodeProtocolError, QStringLiteral("reserved opcode"));
        if (!(second & 0x80))
            return fail(
                Code::CloseCodeProtocolError, QStringLiteral("client frames must be masked"));
        const bool control = opcode & 0x08;
        quint64 length = second & 0x7F;
        qsizetype header = 2;
        if (control && !final)
            return fail(Code::CloseCodeProtocolError, QStringLiteral("fragmented control frame"));
        if (control && length > quint64(websocket::MaxControlPayload))
            return fail(Code::CloseCodeProtocolError, QStringLiteral("control frame too long"));
        if (length == 126) {
            if (data.size() < 4)
                return std::nullopt;
            length = qFromBigEndian<quint16>(data.data() + 2);
            header = 4;
            if (length < 126)
                return fail(Code::CloseCodeProtocolError, QStringLiteral("length not minimal"));
        } else if (length == 127) {
            if (data.size() < 10)
                return std::nullopt;
            length = qFromBigEndian<quint64>(data.data() + 2);
            header = 10;
            if (length >> 63)
                return fail(Code::CloseCodeProtocolError, QStringLiteral("length too large"));
            if (length <= 0xFFFF)
                return fail(Code::CloseCodeProtocolError, QStringLiteral("length not minimal"));
        }
        if (!control) {
            const bool continuation = Opcode(opcode) == Opcode::Continuation;
            if (continuation && !m_inMessage)
                return fail(
                    Code::CloseCodeProtocolError, QStringLiteral("continuation of nothing"));
            if (!continuation && m_inMessage)
                return fail(
                    Code::CloseCodeProtocolError, QStringLiteral("new message inside a message"));
            // Checked on the header, before a byte of an oversized payload is buffered.
            const quint64 limit = quint64(std::max<qint64>(0, m_maxMessageBytes));
            const quint64 before = continuation ? quint64(m_message.size()) : 0;
            if (length > limit || before + length > limit)
                return fail(Code::CloseCodeTooMuchData,
                    QStringLiteral("message larger than %1 bytes").arg(limit));
        }
        if (quint64(data.size() - header) < 4 + length)
            return std::nullopt;
        const QByteArray payload
            = unmasked(data.sliced(header + 4, qsizetype(length)), data.sliced(header, 4));
        m_position += header + 4 + qsizetype(length);
        dropConsumed();

        WebSocketEvent event;
        switch (Opcode(opcode)) {
        case Opcode::Ping:
            event.kind = WebSocketEvent::Kind::Ping;
            event.payload = payload;
            return event;
        case Opcode::Pong:
            event.kind = WebSocketEvent::Kind::Pong;
            event.payload = payload;
            return event;
        case Opcode::Close:
            if (payload.size() == 1)
                return fail(Code::CloseCodeProtocolError, QStringLiteral("close frame of 1 byte"));
            event.kind = WebSocketEvent::Kind::Close;
            event.closeCode = Code::CloseCodeMissingStatusCode;
            if (payload.size() >= 2) {
                event.closeCode = qFromBigEndian<quint16>(payload.constData());
                event.payload = payload.sliced(2);
                if (!websocket::isValidCloseCode(event.closeCode))
                    return fail(Code::CloseCodeProtocolError, QStringLiteral("invalid close code"));
                if (!QByteArrayView(event.payload).isValidUtf8())
                    return fail(Code::CloseCodeWrongDatatype,
                        QStringLiteral("close reason is not valid UTF-8"));
            }
            m_finished = true;
            m_buffer.clear();
            m_position = 0;
            return event;
        case Opcode::Text:
        case Opcode::Binary:
            m_inMessage = true;
            m_messageIsText = Opcode(opcode) == Opcode::Text;
            m_message = payload;
            break;
        case Opcode::Continuation:
            m_message.append(payload);
            break;
        }
        if (!final)
            continue;
        m_inMessage = false;
        if (m_messageIsText && !QByteArrayView(m_message).isValidUtf8())
            return fail(Code::CloseCodeWrongDatatype, QStringLiteral("text is not valid UTF-8"));
        event.kind = m_messageIsText ? WebSocketEvent::Kind::Text : WebSocketEvent::Kind::Binary;
        event.payload = std::exchange(m_message, QByteArray());
        return event;
    }
    return std::nullopt;
}

} // namespace dp

#include "websocketframes.h"

#include <QtEndian>

namespace dp::websocket {

QByteArray encodeFrame(
    Opcode opcode, QByteArrayView payload, bool final, std::optional<quint32> mask)
{
    QByteArray frame;
    frame.reserve(payload.size() + 14);
    frame.append(char((final ? 0x80 : 0x00) | quint8(opcode)));
    const quint8 maskBit = mask ? 0x80 : 0x00;
    const auto length = quint64(payload.size());
    if (length < 126) {
        frame.append(char(maskBit | quint8(length)));
    } else if (length <= 0xFFFF) {
        frame.append(char(maskBit | 126));
        uchar bytes[2];
        qToBigEndian(quint16(length), bytes);
        frame.append(reinterpret_cast<const char*>(bytes), 2);
    } else {
        frame.append(char(maskBit | 127));
        uchar bytes[8];
        qToBigEndian(length, bytes);
        frame.append(reinterpret_cast<const char*>(bytes), 8);
    }
    if (!mask) {
        frame.append(payload);
        return frame;
    }
    uchar key[4];
    qToBigEndian(*mask, key);
    frame.append(reinterpret_cast<const char*>(key), 4);
    const qsizetype start = frame.size();
    frame.append(payload);
    char* data = frame.data() + start;
    for (qsizetype i = 0; i < payload.size(); ++i)
        data[i] = char(data[i] ^ key[i % 4]);
    return frame;
}

QByteArray closePayload(QWebSocketProtocol::CloseCode code, const QString& reason)
{
    QByteArray payload(2, Qt::Uninitialized);
    qToBigEndian(quint16(code), payload.data());
    QByteArray text = reason.toUtf8();
    const qsizetype room = MaxControlPayload - 2;
    if (text.size() > room) {
        qsizetype cut = room;
        // Never cut inside a character: continuation bytes look like 10xxxxxx.
        while (cut > 0 && (quint8(text.at(cut)) & 0xC0) == 0x80)
            --cut;
        text.truncate(cut);
    }
    return payload + text;
}

bool isValidCloseCode(quint16 code)
{
    if (code >= 3000 && code <= 4999)
        return true;
    switch (code) {
    case 1000: // normal
    case 1001: // going away
    case 1002: // protocol error
    case 1003: // unsupported data
    case 1007: // wrong data
    case 1008: // policy violated
    case 1009: // too much data
    case 1010: // missing extension
    case 1011: // bad operation
    case 1012: // service restart
    case 1013: // try again later
    case 1014: // bad gateway
        return true;
    default:
        return false;
    }
}

} // namespace dp::websocket

#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QWebSocketProtocol>

#include <optional>

namespace dp::websocket {

/// The frame opcodes of RFC 6455 section 5.2 that exist; every other value is reserved.
enum class Opcode : quint8 {
    Continuation = 0x0,
    Text = 0x1,
    Binary = 0x2,
    Close = 0x8,
    Ping = 0x9,
    Pong = 0xA,
};

/// Control frames (close, ping, pong) carry at most this many payload bytes.
inline constexpr qsizetype MaxControlPayload = 125;

/// One frame as bytes on the wire. Server frames go unmasked; `mask` is for clients (tests).
QByteArray encodeFrame(
    Opcode opcode, QByteArrayView payload, bool final = true, std::optional<quint32> mask = {});

/// The payload of a close frame: the code in network order and the reason in UTF-8, cut at a
/// character boundary so the whole payload fits into a control frame.
QByteArray closePayload(QWebSocketProtocol::CloseCode code, const QString& reason);

/// Whether a peer may send `code` in a close frame (RFC 6455 section 7.4; 1004-1006 and 1015 are
/// never sent, 1016-2999 are not assigned, 3000-4999 belong to libraries and applications).
bool isValidCloseCode(quint16 code);

} // namespace dp::websocket

#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace dp {

struct HttpRequestHead;

/// The server's answer to a WebSocket opening handshake (RFC 6455 section 4.2).
struct WebSocketHandshake
{
    /// True for 101 Switching Protocols; otherwise `response` refuses (400, 405 or 426).
    bool accepted = false;
    QByteArray response;

    /// Answers a request head that asked for the WebSocket path: GET, HTTP/1.1, Host,
    /// "Upgrade: websocket", "Connection: upgrade", Sec-WebSocket-Version 13 and a key of 16
    /// bytes in base64. No extension and no subprotocol is ever agreed.
    static WebSocketHandshake answer(const HttpRequestHead& head);
    /// The Sec-WebSocket-Accept value for a client's Sec-WebSocket-Key.
    static QByteArray acceptKey(QByteArrayView key);
};

} // namespace dp

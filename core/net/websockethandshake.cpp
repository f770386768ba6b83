#include "websockethandshake.h"

#include "httprequesthead.h"
#include "httpresponses.h"

#include <QCryptographicHash>

namespace dp {

namespace {

WebSocketHandshake refuse(int status, const QByteArray& reason, const QByteArray& why,
    const http::HeaderList& headers = {})
{
    return { false, http::plainResponse(status, reason, why + '\n', headers) };
}

bool isValidKey(const QByteArray& key)
{
    const auto decoded
        = QByteArray::fromBase64Encoding(key, QByteArray::AbortOnBase64DecodingErrors);
    return decoded && decoded.decoded.size() == 16 && decoded.decoded.toBase64() == key;
}

} // namespace

QByteArray WebSocketHandshake::acceptKey(QByteArrayView key)
{
    static constexpr QByteArrayView Guid("258EAFA5-E914-47DA-95CA-C5AB0DC85B11");
    return QCryptographicHash::hash(
        key.toByteArray() + Guid.toByteArray(), QCryptographicHash::Sha1)
        .toBase64();
}

WebSocketHandshake WebSocketHandshake::answer(const HttpRequestHead& head)
{
    if (head.method != "GET")
        return refuse(
            405, "Method Not Allowed", "a WebSocket opens with GET", { { "Allow", "GET" } });
    if (head.version != "HTTP/1.1")
        return refuse(400, "Bad Request", "a WebSocket needs HTTP/1.1");
    if (head.header("host").isEmpty())
        return refuse(400, "Bad Request", "the Host header is missing");
    if (head.announcesBody())
        return refuse(400, "Bad Request", "a WebSocket handshake has no body");
    if (!head.headerHasToken("upgrade", "websocket"))
        return refuse(426, "Upgrade Required", "this address speaks WebSocket only",
            { { "Upgrade", "websocket" }, { "Connection", "Upgrade" } });
    if (!head.headerHasToken("connection", "upgrade"))
        return refuse(400, "Bad Request", "Connection must name upgrade");
    if (head.header("sec-websocket-version") != "13")
        return refuse(426, "Upgrade Required", "WebSocket version 13 is spoken here",
            { { "Sec-WebSocket-Version", "13" } });
    const QByteArray key = head.header("sec-websocket-key");
    if (!isValidKey(key))
        return refuse(400, "Bad Request", "Sec-WebSocket-Key must be 16 bytes in base64");
    return { true,
        "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
        "Sec-WebSocket-Accept: "
            + acceptKey(key) + "\r\n\r\n" };
}

} // namespace dp

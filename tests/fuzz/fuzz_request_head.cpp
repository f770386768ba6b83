// libFuzzer target: the first bytes of a connection to the hub's port. The request-head parser
// must never crash, report a complete head only within the limit, agree with itself on the head
// alone, and never call a head complete before its end arrived; the WebSocket handshake answered
// from any complete head is a well-formed HTTP response.
#include "net/httprequesthead.h"
#include "net/websockethandshake.h"

#include <cstdint>
#include <cstdlib>

using namespace dp;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    constexpr qsizetype Max = 8 * 1024;
    const QByteArrayView bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const HttpHeadParse parsed = parseRequestHead(bytes, Max);
    if (parsed.status != HttpHeadParse::Status::Complete)
        return 0;
    if (parsed.length <= 0 || parsed.length > bytes.size() || parsed.length > Max)
        abort();
    const HttpHeadParse alone = parseRequestHead(bytes.first(parsed.length), Max);
    if (alone.status != HttpHeadParse::Status::Complete || alone.length != parsed.length
        || alone.head.headers != parsed.head.headers || alone.head.target != parsed.head.target)
        abort();
    const HttpHeadParse shorter = parseRequestHead(bytes.first(parsed.length - 1), Max);
    if (shorter.status == HttpHeadParse::Status::Complete)
        abort();
    if (!parsed.head.target.startsWith('/') || parsed.head.path().contains('?'))
        abort();
    for (const auto& [name, value] : parsed.head.headers) {
        if (name != name.toLower() || value.contains('\r') || value.contains('\n'))
            abort();
    }
    const WebSocketHandshake answer = WebSocketHandshake::answer(parsed.head);
    if (!answer.response.startsWith("HTTP/1.1 ") || !answer.response.contains("\r\n\r\n"))
        abort();
    if (answer.accepted != answer.response.startsWith("HTTP/1.1 101 "))
        abort();
    return 0;
}

// libFuzzer target: any bytes a client may send after the WebSocket handshake. The first byte
// picks the message limit and how the rest is cut into reads; the decoder must never crash, never
// report more after a Close or a Failure, hand on only valid UTF-8 as text and nothing above the
// limit, and decode the same events however the bytes are cut. Every message it reports must
// come out the same after encoding it again.
#include "net/websocketdecoder.h"
#include "net/websocketframes.h"

#include <QByteArray>
#include <QList>

#include <cstdint>
#include <cstdlib>

using namespace dp;

namespace {

QList<WebSocketEvent> decode(QByteArrayView bytes, qint64 limit, qsizetype chunk)
{
    WebSocketDecoder decoder(limit);
    QList<WebSocketEvent> events;
    bool finished = false;
    for (qsizetype at = 0; at < bytes.size(); at += chunk) {
        decoder.append(bytes.sliced(at, std::min(chunk, bytes.size() - at)));
        while (auto event = decoder.next()) {
            if (finished)
                abort(); // nothing may follow a Close or a Failure
            using Kind = WebSocketEvent::Kind;
            if (event->kind == Kind::Close || event->kind == Kind::Failure)
                finished = true;
            if (event->kind == Kind::Text && !QByteArrayView(event->payload).isValidUtf8())
                abort();
            if ((event->kind == Kind::Text || event->kind == Kind::Binary)
                && event->payload.size() > limit)
                abort();
            if ((event->kind == Kind::Ping || event->kind == Kind::Pong)
                && event->payload.size() > websocket::MaxControlPayload)
                abort();
            if (event->kind == Kind::Failure
                && (event->closeCode < 1002 || event->closeCode > 1009 || event->failure.isEmpty()))
                abort();
            events.append(*event);
        }
    }
    return events;
}

bool same(const QList<WebSocketEvent>& a, const QList<WebSocketEvent>& b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].kind != b[i].kind || a[i].payload != b[i].payload
            || a[i].closeCode != b[i].closeCode)
            return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 1)
        return 0;
    const quint8 setup = data[0];
    const qint64 limit = (setup & 0x80) ? 256 * 1024 : 16 + (setup & 0x3F);
    const qsizetype chunk = 1 + ((setup >> 4) & 0x07) * 3;
    const QByteArrayView bytes(reinterpret_cast<const char*>(data) + 1, qsizetype(size - 1));

    const auto whole = decode(bytes, limit, std::max<qsizetype>(1, bytes.size()));
    const auto pieces = decode(bytes, limit, chunk);
    if (!same(whole, pieces))
        abort();

    for (const WebSocketEvent& event : whole) {
        using websocket::Opcode;
        if (event.kind != WebSocketEvent::Kind::Text && event.kind != WebSocketEvent::Kind::Binary)
            continue;
        const Opcode opcode
            = event.kind == WebSocketEvent::Kind::Text ? Opcode::Text : Opcode::Binary;
        const auto again = decode(websocket::encodeFrame(opcode, event.payload, true, 0x5a5a1234),
            limit, std::max<qsizetype>(1, event.payload.size() + 14));
        if (again.size() != 1 || again[0].kind != event.kind || again[0].payload != event.payload)
            abort();
    }
    return 0;
}

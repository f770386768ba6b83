// The server side of RFC 6455 without sockets: what a client's bytes decode to, and which bytes
// fail the connection with which close code.
#include "net/websocketdecoder.h"
#include "net/websocketframes.h"

#include <QTest>
#include <QtEndian>

using namespace dp;
using dp::websocket::encodeFrame;
using dp::websocket::Opcode;
using Kind = WebSocketEvent::Kind;

namespace {

constexpr quint32 Mask = 0x37fa213d;
constexpr qint64 Limit = 256 * 1024;

QByteArray masked(Opcode opcode, QByteArrayView payload, bool final = true)
{
    return encodeFrame(opcode, payload, final, Mask);
}

QList<WebSocketEvent> decodeAll(const QByteArray& bytes, qint64 limit = Limit)
{
    WebSocketDecoder decoder(limit);
    decoder.append(bytes);
    QList<WebSocketEvent> events;
    while (auto event = decoder.next())
        events.append(*event);
    return events;
}

/// The same bytes fed one at a time, as a slow network would deliver them.
QList<WebSocketEvent> decodeBytewise(const QByteArray& bytes, qint64 limit = Limit)
{
    WebSocketDecoder decoder(limit);
    QList<WebSocketEvent> events;
    for (char byte : bytes) {
        decoder.append(QByteArrayView(&byte, 1));
        while (auto event = decoder.next())
            events.append(*event);
    }
    return events;
}

QByteArray withLength(const QByteArray& frame, int lengthBytes, quint64 length)
{
    // Replaces the 7-bit length of a masked frame by a longer (maybe not minimal) encoding,
    // which our encoder never writes.
    QByteArray header = frame.left(1);
    header.append(char(0x80 | (lengthBytes == 2 ? 126 : 127)));
    for (int shift = 8 * (lengthBytes - 1); shift >= 0; shift -= 8)
        header.append(char((length >> shift) & 0xFF));
    return header + frame.mid(2);
}

} // namespace

class TestWebSocketDecoder : public QObject
{
    Q_OBJECT

private slots:
    void maskedTextFrameIsAMessage()
    {
        const auto events = decodeAll(masked(Opcode::Text, "{\"v\":2,\"type\":\"ping\"}"));
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].kind, Kind::Text);
        QCOMPARE(events[0].payload, QByteArray("{\"v\":2,\"type\":\"ping\"}"));
    }

    void binaryFrameIsABinaryMessage()
    {
        const auto events = decodeAll(masked(Opcode::Binary, QByteArray("\x00\xff\x10", 3)));
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].kind, Kind::Binary);
        QCOMPARE(events[0].payload, QByteArray("\x00\xff\x10", 3));
    }

    void lengthsOfAllThreeSizesDecode_data()
    {
        QTest::addColumn<int>("size");
        for (int size : { 0, 1, 125, 126, 127, 65535, 65536, 200000 })
            QTest::addRow("%d bytes", size) << size;
    }

    void lengthsOfAllThreeSizesDecode()
    {
        QFETCH(int, size);
        const QByteArray text(size, 'a');
        const auto events = decodeAll(masked(Opcode::Text, text) + masked(Opcode::Text, "next"));
        QCOMPARE(events.size(), 2);
        QCOMPARE(events[0].payload, text);
        QCOMPARE(events[1].payload, QByteArray("next"));
    }

    void byteByByteGivesTheSameEvents()
    {
        const QByteArray bytes = masked(Opcode::Text, QByteArray(300, 'x'))
            + masked(Opcode::Ping, "p") + masked(Opcode::Text, "frag", false)
            + masked(Opcode::Continuation, "ment");
        const auto whole = decodeAll(bytes);
        const auto bytewise = decodeBytewise(bytes);
        QCOMPARE(whole.size(), 3);
        QCOMPARE(bytewise.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(bytewise[i].kind, whole[i].kind);
            QCOMPARE(bytewise[i].payload, whole[i].payload);
        }
        QCOMPARE(whole[2].payload, QByteArray("fragment"));
    }

    void fragmentsAreReassembledAroundControlFrames()
    {
        const QByteArray bytes = masked(Opcode::Text, "{\"v\":", false)
            + masked(Opcode::Ping, "are you there") + masked(Opcode::Continuation, "2,", false)
            + masked(Opcode::Pong, "") + masked(Opcode::Continuation, "\"x\":1}", true);
        const auto events = decodeAll(bytes);
        QCOMPARE(events.size(), 3);
        QCOMPARE(events[0].kind, Kind::Ping);
        QCOMPARE(events[0].payload, QByteArray("are you there"));
        QCOMPARE(events[1].kind, Kind::Pong);
        QCOMPARE(events[2].kind, Kind::Text);
        QCOMPARE(events[2].payload, QByteArray("{\"v\":2,\"x\":1}"));
    }

    void aCharacterSplitAcrossFragmentsIsValid()
    {
        const QByteArray umlaut = QStringLiteral("ä").toUtf8();
        const auto events = decodeAll(masked(Opcode::Text, umlaut.left(1), false)
            + masked(Opcode::Continuation, umlaut.mid(1)));
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].kind, Kind::Text);
        QCOMPARE(QString::fromUtf8(events[0].payload), QStringLiteral("ä"));
    }

    void violationsFailWithTheRightCode_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("code");
        const int protocolError = 1002;
        QTest::newRow("unmasked") << encodeFrame(Opcode::Text, "hello") << protocolError;
        QByteArray rsv = masked(Opcode::Text, "x");
        rsv[0] = char(rsv[0] | 0x40);
        QTest::newRow("rsv1 (compression not agreed)") << rsv << protocolError;
        QByteArray rsv3 = masked(Opcode::Text, "x");
        rsv3[0] = char(rsv3[0] | 0x10);
        QTest::newRow("rsv3") << rsv3 << protocolError;
        QByteArray reserved = masked(Opcode::Text, "x");
        reserved[0] = char(0x80 | 0x3);
        QTest::newRow("reserved data opcode") << reserved << protocolError;
        reserved[0] = char(0x80 | 0xB);
        QTest::newRow("reserved control opcode") << reserved << protocolError;
        QTest::newRow("16-bit length below 126")
            << withLength(masked(Opcode::Text, QByteArray(100, 'a')), 2, 100) << protocolError;
        QTest::newRow("64-bit length below 65536")
            << withLength(masked(Opcode::Text, QByteArray(300, 'a')), 8, 300) << protocolError;
        QTest::newRow("64-bit length with its top bit")
            << withLength(masked(Opcode::Text, "a"), 8, quint64(1) << 63) << protocolError;
        QTest::newRow("ping over 125 bytes")
            << masked(Opcode::Ping, QByteArray(126, 'p')) << protocolError;
        QTest::newRow("fragmented ping") << masked(Opcode::Ping, "p", false) << protocolError;
        QTest::newRow("fragmented close") << masked(Opcode::Close, "", false) << protocolError;
        QTest::newRow("continuation of nothing")
            << masked(Opcode::Continuation, "x") << protocolError;
        QTest::newRow("text inside a fragmented text")
            << masked(Opcode::Text, "a", false) + masked(Opcode::Text, "b") << protocolError;
        QTest::newRow("close of one byte") << masked(Opcode::Close, "\x03") << protocolError;
        for (quint16 code : { 0, 999, 1004, 1005, 1006, 1015, 1016, 2000, 2999, 5000, 65535 }) {
            QByteArray payload(2, Qt::Uninitialized);
            qToBigEndian(code, payload.data());
            QTest::addRow("close code %d", code) << masked(Opcode::Close, payload) << protocolError;
        }
        QTest::newRow("invalid UTF-8 text") << masked(Opcode::Text, "caf\xc3") << 1007;
        QTest::newRow("surrogate in text") << masked(Opcode::Text, "\xed\xa0\x80") << 1007;
        QTest::newRow("overlong slash") << masked(Opcode::Text, "\xc0\xaf") << 1007;
        QTest::newRow("invalid UTF-8 across fragments")
            << masked(Opcode::Text, "ok", false) + masked(Opcode::Continuation, "\xff") << 1007;
        QTest::newRow("close reason not UTF-8")
            << masked(Opcode::Close, QByteArray("\x03\xe8\xff", 3)) << 1007;
        QTest::newRow("one frame over the limit")
            << masked(Opcode::Text, QByteArray(int(Limit) + 1, 'a')) << 1009;
        QTest::newRow("fragments over the limit")
            << masked(Opcode::Text, QByteArray(int(Limit), 'a'), false)
                + masked(Opcode::Continuation, "a")
            << 1009;
        QTest::newRow("binary over the limit")
            << masked(Opcode::Binary, QByteArray(int(Limit) + 1, 'a')) << 1009;
    }

    void violationsFailWithTheRightCode()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, code);
        for (const auto& events : { decodeAll(bytes), decodeBytewise(bytes) }) {
            QVERIFY(!events.isEmpty());
            QCOMPARE(events.last().kind, Kind::Failure);
            QCOMPARE(int(events.last().closeCode), code);
            QVERIFY(!events.last().failure.isEmpty());
        }
    }

    void anOversizedFrameFailsOnItsHeaderAlone()
    {
        // A client announcing a huge frame is refused before it sends (and we buffer) the payload.
        const QByteArray header = masked(Opcode::Text, QByteArray(70000, 'a')).left(14);
        const auto events = decodeAll(header, 65536);
        QCOMPARE(events.size(), 1);
        QCOMPARE(int(events[0].closeCode), 1009);
    }

    void closeFramesCarryCodeAndReason()
    {
        auto events = decodeAll(masked(Opcode::Close, ""));
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].kind, Kind::Close);
        QCOMPARE(int(events[0].closeCode), 1005);

        const QByteArray payload = websocket::closePayload(
            QWebSocketProtocol::CloseCodeGoingAway, QStringLiteral("tschüss"));
        events = decodeAll(masked(Opcode::Close, payload));
        QCOMPARE(events.size(), 1);
        QCOMPARE(int(events[0].closeCode), 1001);
        QCOMPARE(QString::fromUtf8(events[0].payload), QStringLiteral("tschüss"));

        QByteArray application(2, Qt::Uninitialized);
        qToBigEndian(quint16(4000), application.data());
        events = decodeAll(masked(Opcode::Close, application));
        QCOMPARE(int(events[0].closeCode), 4000);
    }

    void nothingIsDecodedAfterCloseOrFailure()
    {
        WebSocketDecoder decoder(Limit);
        decoder.append(masked(Opcode::Close, "") + masked(Opcode::Text, "late"));
        QCOMPARE(decoder.next()->kind, Kind::Close);
        QVERIFY(decoder.isFinished());
        QVERIFY(!decoder.next());
        decoder.append(masked(Opcode::Text, "later"));
        QVERIFY(!decoder.next());

        WebSocketDecoder failed(Limit);
        failed.append(encodeFrame(Opcode::Text, "unmasked") + masked(Opcode::Text, "ok"));
        QCOMPARE(failed.next()->kind, Kind::Failure);
        QVERIFY(!failed.next());
    }

    void theLimitCanBeRaisedLater()
    {
        WebSocketDecoder decoder(16);
        decoder.setMaxMessageBytes(1000);
        decoder.append(masked(Opcode::Text, QByteArray(500, 'a')));
        QCOMPARE(decoder.next()->kind, Kind::Text);
    }

    void serverFramesAreUnmaskedAndMinimal()
    {
        QCOMPARE(encodeFrame(Opcode::Text, "hi"), QByteArray("\x81\x02hi"));
        QCOMPARE(encodeFrame(Opcode::Text, QByteArray(126, 'a')).left(4),
            QByteArray("\x81\x7e\x00\x7e", 4));
        QCOMPARE(encodeFrame(Opcode::Binary, QByteArray(65536, 'a')).left(10),
            QByteArray("\x82\x7f\x00\x00\x00\x00\x00\x01\x00\x00", 10));
        QCOMPARE(encodeFrame(Opcode::Pong, "", true).size(), 2);
        QCOMPARE(quint8(encodeFrame(Opcode::Text, "x", false).at(0)), quint8(0x01));
    }

    void closePayloadIsCutAtACharacterBoundary()
    {
        const QString reason = QString(200, QChar(0x00e4)); // two UTF-8 bytes each
        const QByteArray payload
            = websocket::closePayload(QWebSocketProtocol::CloseCodePolicyViolated, reason);
        QVERIFY(payload.size() <= websocket::MaxControlPayload);
        QCOMPARE(qFromBigEndian<quint16>(payload.constData()), quint16(1008));
        QVERIFY(payload.mid(2).isValidUtf8());
        QCOMPARE(payload.size(), 2 + 122);
    }
};

QTEST_GUILESS_MAIN(TestWebSocketDecoder)
#include "tst_websocketdecoder.moc"

// Reading the head of the first request on the hub's port, and the WebSocket opening handshake
// answered from it.
#include "net/httprequesthead.h"
#include "net/websockethandshake.h"

#include <QTest>

using namespace dp;
using Status = HttpHeadParse::Status;

namespace {

constexpr qsizetype Max = 8 * 1024;

QByteArray upgradeHead(
    const QByteArray& extra = {}, const QByteArray& key = "dGhlIHNhbXBsZSBub25jZQ==")
{
    return "GET /ws HTTP/1.1\r\nHost: 192.168.1.5:47800\r\nUpgrade: websocket\r\n"
           "Connection: keep-alive, Upgrade\r\nSec-WebSocket-Key: "
        + key + "\r\nSec-WebSocket-Version: 13\r\n" + extra + "\r\n";
}

/// The upgrade head with one part replaced.
QByteArray changed(const QByteArray& from, const QByteArray& to)
{
    return upgradeHead().replace(from, to);
}

HttpRequestHead parsed(const QByteArray& bytes)
{
    const HttpHeadParse result = parseRequestHead(bytes, Max);
    if (result.status != Status::Complete)
        qWarning() << "not complete:" << int(result.status) << bytes;
    return result.head;
}

int statusOf(const QByteArray& response)
{
    return response.mid(9, 3).toInt();
}

} // namespace

class TestHttpRequestHead : public QObject
{
    Q_OBJECT

private slots:
    void aBrowserRequestIsRead()
    {
        const QByteArray bytes = "GET /index.html?room=K7Q2 HTTP/1.1\r\nHost: hub:47800\r\n"
                                 "Accept: text/html\r\nAccept: */*\r\nX-Empty:\r\n\r\nextra";
        const HttpHeadParse result = parseRequestHead(bytes, Max);
        QCOMPARE(result.status, Status::Complete);
        QCOMPARE(result.length, bytes.size() - 5);
        QCOMPARE(result.head.method, QByteArray("GET"));
        QCOMPARE(result.head.target, QByteArray("/index.html?room=K7Q2"));
        QCOMPARE(result.head.path(), QByteArray("/index.html"));
        QCOMPARE(result.head.version, QByteArray("HTTP/1.1"));
        QCOMPARE(result.head.header("host"), QByteArray("hub:47800"));
        QCOMPARE(result.head.header("accept"), QByteArray("text/html, */*"));
        QVERIFY(result.head.hasHeader("x-empty"));
        QVERIFY(!result.head.announcesBody());
    }

    void aHeadWithoutHeadersIsComplete()
    {
        const HttpHeadParse result = parseRequestHead("GET / HTTP/1.0\r\n\r\n", Max);
        QCOMPARE(result.status, Status::Complete);
        QCOMPARE(result.length, 18);
        QVERIFY(result.head.headers.isEmpty());
    }

    void partsOfAHeadAreIncomplete()
    {
        const QByteArray whole = upgradeHead();
        for (qsizetype size = 0; size < whole.size(); ++size)
            QCOMPARE(parseRequestHead(whole.left(size), Max).status, Status::Incomplete);
        QCOMPARE(parseRequestHead(whole, Max).status, Status::Complete);
    }

    void aHeadBeyondTheLimitIsTooLarge()
    {
        const QByteArray big = "GET / HTTP/1.1\r\nCookie: " + QByteArray(Max, 'a');
        QCOMPARE(parseRequestHead(big, Max).status, Status::TooLarge);
        const QByteArray longLine = "GET /" + QByteArray(Max, 'a');
        QCOMPARE(parseRequestHead(longLine, Max).status, Status::TooLarge);
        // A complete head of exactly the limit still counts.
        QByteArray exact = "GET / HTTP/1.1\r\nX: ";
        exact += QByteArray(Max - exact.size() - 4, 'a') + "\r\n\r\n";
        QCOMPARE(exact.size(), Max);
        QCOMPARE(parseRequestHead(exact, Max).status, Status::Complete);
    }

    void malformedHeadsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("TLS hello") << QByteArray("\x16\x03\x01\x02\x00\x01", 6);
        QTest::newRow("bare LF") << QByteArray("GET / HTTP/1.1\nHost: x\n\n");
        QTest::newRow("LF in a header") << QByteArray("GET / HTTP/1.1\r\nA: b\nC: d\r\n\r\n");
        QTest::newRow("two spaces") << QByteArray("GET  / HTTP/1.1\r\n\r\n");
        QTest::newRow("no target") << QByteArray("GET HTTP/1.1\r\n\r\n");
        QTest::newRow("absolute target") << QByteArray("GET http://x/ HTTP/1.1\r\n\r\n");
        QTest::newRow("asterisk target") << QByteArray("OPTIONS * HTTP/1.1\r\n\r\n");
        QTest::newRow("HTTP/2") << QByteArray("GET / HTTP/2.0\r\n\r\n");
        QTest::newRow("HTTP/0.9") << QByteArray("GET /\r\n\r\n");
        QTest::newRow("lower-case version") << QByteArray("GET / http/1.1\r\n\r\n");
        QTest::newRow("method with a slash") << QByteArray("G/ET / HTTP/1.1\r\n\r\n");
        QTest::newRow("space before colon") << QByteArray("GET / HTTP/1.1\r\nHost : x\r\n\r\n");
        QTest::newRow("folded header") << QByteArray("GET / HTTP/1.1\r\nA: b\r\n c\r\n\r\n");
        QTest::newRow("no colon") << QByteArray("GET / HTTP/1.1\r\nHost\r\n\r\n");
        QTest::newRow("NUL in value") << QByteArray("GET / HTTP/1.1\r\nA: b\0c\r\n\r\n", 28);
        QTest::newRow("control in target") << QByteArray("GET /a\x01 HTTP/1.1\r\n\r\n");
    }

    void malformedHeadsAreRefused()
    {
        QFETCH(QByteArray, bytes);
        QCOMPARE(parseRequestHead(bytes, Max).status, Status::Malformed);
    }

    void bodiesAreNoticed()
    {
        QVERIFY(parsed("POST / HTTP/1.1\r\nContent-Length: 5\r\n\r\n").announcesBody());
        QVERIFY(parsed("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n").announcesBody());
        QVERIFY(!parsed("POST / HTTP/1.1\r\nContent-Length: 0\r\n\r\n").announcesBody());
    }

    void theRfcExampleKeyIsAccepted()
    {
        // RFC 6455 section 1.3.
        QCOMPARE(WebSocketHandshake::acceptKey("dGhlIHNhbXBsZSBub25jZQ=="),
            QByteArray("s3pPLMBiTxaQ9kYGzzhZRbK+xOo="));
        const WebSocketHandshake answer = WebSocketHandshake::answer(parsed(upgradeHead()));
        QVERIFY(answer.accepted);
        QVERIFY(answer.response.startsWith("HTTP/1.1 101 Switching Protocols\r\n"));
        QVERIFY(
            answer.response.contains("\r\nSec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n"));
        QVERIFY(answer.response.endsWith("\r\n\r\n"));
        QVERIFY(!answer.response.contains("Sec-WebSocket-Extensions"));
        QVERIFY(!answer.response.contains("Sec-WebSocket-Protocol"));
    }

    void extensionsAndSubprotocolsAreNeverAgreed()
    {
        const WebSocketHandshake answer = WebSocketHandshake::answer(
            parsed(upgradeHead("Sec-WebSocket-Extensions: permessage-deflate\r\n"
                               "Sec-WebSocket-Protocol: chat\r\n")));
        QVERIFY(answer.accepted);
        QVERIFY(!answer.response.contains("Sec-WebSocket-Extensions"));
        QVERIFY(!answer.response.contains("Sec-WebSocket-Protocol"));
    }

    void badHandshakesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<int>("status");
        QTest::newRow("PUT") << changed("GET", "PUT") << 405;
        QTest::newRow("HTTP/1.0") << changed("HTTP/1.1", "HTTP/1.0") << 400;
        QTest::newRow("no Host") << changed("Host: 192.168.1.5:47800\r\n", "") << 400;
        QTest::newRow("plain GET /ws") << changed("Upgrade: websocket\r\n", "") << 426;
        QTest::newRow("upgrade to h2c") << changed("Upgrade: websocket", "Upgrade: h2c") << 426;
        QTest::newRow("Connection without upgrade")
            << changed("Connection: keep-alive, Upgrade", "Connection: keep-alive") << 400;
        QTest::newRow("version 8")
            << changed("Sec-WebSocket-Version: 13", "Sec-WebSocket-Version: 8") << 426;
        QTest::newRow("short key") << upgradeHead({}, "c2hvcnQ=") << 400;
        QTest::newRow("key not base64") << upgradeHead({}, "!!!!!!!!!!!!!!!!!!!!!!==") << 400;
        QTest::newRow("no key") << upgradeHead({}, "") << 400;
        QTest::newRow("two keys") << upgradeHead("Sec-WebSocket-Key: AQIDBAUGBwgJCgsMDQ4PEA==\r\n")
                                  << 400;
        QTest::newRow("body") << upgradeHead("Content-Length: 3\r\n") << 400;
    }

    void badHandshakesAreRefused()
    {
        QFETCH(QByteArray, head);
        QFETCH(int, status);
        const WebSocketHandshake answer = WebSocketHandshake::answer(parsed(head));
        QVERIFY(!answer.accepted);
        QCOMPARE(statusOf(answer.response), status);
        QVERIFY(answer.response.contains(
            "\r\nContent-Security-Policy: default-src 'self'; frame-ancestors 'none'\r\n"));
        QVERIFY(answer.response.contains("\r\nX-Content-Type-Options: nosniff\r\n"));
        QVERIFY(answer.response.contains("\r\nReferrer-Policy: no-referrer\r\n"));
        QVERIFY(answer.response.contains("\r\nConnection: close\r\n"));
        if (status == 426 && head.contains("Version: 8"))
            QVERIFY(answer.response.contains("\r\nSec-WebSocket-Version: 13\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestHttpRequestHead)
#include "tst_httprequesthead.moc"

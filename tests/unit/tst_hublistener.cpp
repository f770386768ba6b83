// The hub's one port: what goes to the web client's HTTP server and what becomes a WebSocket,
// what is refused at the door, and how joining connections are capped and timed out.
#include "idleflood.h"
#include "listenerfixture.h"
#include "net/peerkey.h"
#include "net/websocketframes.h"
#include "rawpeer.h"

#include <QFile>
#include <QTest>
#include <QWebSocket>

#include <memory>
#include <vector>

using namespace dp;
using namespace dp::test;
using websocket::Opcode;

namespace {

QByteArray get(const QByteArray& path)
{
    return "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
}

QByteArray hello()
{
    return websocket::encodeFrame(Opcode::Text, "hello", true, 0x01020304);
}

} // namespace

class TestHubListener : public QObject
{
    Q_OBJECT

private slots:
    void pageRequestsGoToTheWebClient()
    {
        ListenerFixture hub(fastListenerOptions());
        RawPeer peer(hub.port());
        peer.send(get("/?room=K7Q2"));
        QTRY_VERIFY(peer.closed);
        QCOMPARE(peer.status(), 200);
        QFile index(QStringLiteral(":/web/index.html"));
        QVERIFY(index.open(QIODevice::ReadOnly));
        QCOMPARE(peer.responseBody(), index.readAll());
        QCOMPARE(peer.responseHeader("Connection"), QByteArray("close"));
        QCOMPARE(hub.listener().joiningCount(), 0);
        QVERIFY(hub.connections.isEmpty());
    }

    void aWebSocketUpgradeAfterAPageRequestIsNotAnswered()
    {
        // Qt HTTP Server would give a later upgrade on a kept-alive connection to its own
        // QWebSocketServer, which accepts unmasked frames. Each connection gets one answer.
        ListenerFixture hub(fastListenerOptions());
        RawPeer peer(hub.port());
        peer.send(get("/") + clientHandshake());
        QTRY_VERIFY(peer.closed);
        QCOMPARE(peer.status(), 200);
        QCOMPARE(peer.received.count("HTTP/1.1 "), 1);
        QVERIFY(!peer.received.contains("101 Switching"));
        QVERIFY(hub.connections.isEmpty());
    }

    void refusedAtTheDoor_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");
        QTest::newRow("upgrade on another path") << clientHandshake("/index.html") << 404;
        QTest::newRow("upgrade with a query elsewhere") << clientHandshake("/x?ws") << 404;
        QTest::newRow("plain GET /ws") << get("/ws") << 426;
        QTest::newRow("malformed") << QByteArray("GET / HTTP/1.1\nHost: x\n\n") << 400;
        QTest::newRow("TLS") << QByteArray("\x16\x03\x01\x00\xa5\x01\x00", 7) << 400;
        QTest::newRow("head over 8 KiB")
            << "GET / HTTP/1.1\r\nCookie: " + QByteArray(9000, 'c') << 431;
        QTest::newRow("a body") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 9\r\n\r\n")
                                << 413;
        QTest::newRow("chunked body")
            << QByteArray("PUT /x HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n") << 413;
    }

    void refusedAtTheDoor()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        ListenerFixture hub(fastListenerOptions());
        RawPeer peer(hub.port());
        peer.send(request);
        QTRY_VERIFY(peer.closed);
        QCOMPARE(peer.status(), status);
        QCOMPARE(peer.responseHeader("X-Content-Type-Options"), QByteArray("nosniff"));
        QVERIFY(hub.connections.isEmpty());
        QCOMPARE(hub.listener().joiningCount(), 0);
    }

    void aSilentConnectionTimesOut()
    {
        ListenerFixture hub(fastListenerOptions());
        RawPeer peer(hub.port());
        QTRY_COMPARE(hub.listener().joiningCount(), 1);
        QTRY_VERIFY(peer.closed); // head timeout 1 s
        QVERIFY(peer.received.isEmpty());
        QCOMPARE(hub.listener().joiningCount(), 0);
    }

    void aHalfSentHeadTimesOut()
    {
        ListenerFixture hub(fastListenerOptions());
        RawPeer peer(hub.port());
        peer.send("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        QTRY_VERIFY(peer.closed);
        QVERIFY(peer.received.isEmpty());
    }

    void aWebSocketWithoutHelloIsDroppedWithAReason()
    {
        ListenerFixture hub(fastListenerOptions());
        RawPeer peer(hub.port());
        QVERIFY(peer.upgrade());
        QCOMPARE(hub.listener().joiningCount(), 1);
        QTRY_VERIFY(peer.closed); // hello timeout 1 s
        QCOMPARE(hub.drops, QList { HubListener::DropReason::HelloTimeout });
        const auto frames = peer.frames();
        QCOMPARE(frames.size(), 2);
        QCOMPARE(frames[0].payload, QByteArray("dropped")); // the admission's last word
        QCOMPARE(frames[1].closeCode(), quint16(1008));
        QCOMPARE(hub.listener().joiningCount(), 0);
    }

    void anAdmittedWebSocketIsNoLongerJoining()
    {
        HubListener::Options options = fastListenerOptions();
        options.maxJoiningPerAddress = 2;
        ListenerFixture hub(options);
        RawPeer tablet(hub.port());
        QVERIFY(tablet.upgrade());
        tablet.send(hello());
        QTRY_COMPARE(hub.admitted, 1);
        QCOMPARE(hub.listener().joiningCount(), 0);
        // Neither the hello timeout nor newer joining connections touch it.
        std::vector<std::unique_ptr<RawPeer>> idle;
        for (int i = 0; i < 5; ++i)
            idle.push_back(std::make_unique<RawPeer>(hub.port()));
        QTRY_COMPARE(hub.listener().joiningCount(), 2);
        QTest::qWait(1500);
        QVERIFY(!tablet.closed);
        tablet.send(websocket::encodeFrame(Opcode::Text, "still here", true, 0x01020304));
        QTRY_COMPARE(hub.texts.size(), 2);
    }

    void aFloodFromOneAddressPushesOutOnlyItsOwnOldest()
    {
        HubListener::Options options = fastListenerOptions();
        options.maxJoiningPerAddress = 3;
        options.headTimeoutMs = 60'000;
        ListenerFixture hub(options);
        RawPeer neighbour(hub.port(), QHostAddress("127.0.0.2"));
        QTRY_COMPARE(hub.listener().joiningCount(), 1);
        std::vector<std::unique_ptr<RawPeer>> flood;
        for (int i = 0; i < 6; ++i) {
            flood.push_back(std::make_unique<RawPeer>(hub.port()));
            QTRY_COMPARE(hub.listener().joiningCount(), std::min(i + 2, 4));
        }
        for (int i = 0; i < 3; ++i)
            QTRY_VERIFY2(flood[i]->closed, qPrintable(QString::number(i)));
        for (int i = 3; i < 6; ++i)
            QVERIFY(!flood[i]->closed);
        QVERIFY(!neighbour.closed);
        QCOMPARE(hub.listener().joiningCount(peerKey(QHostAddress::LocalHost)), 3);
        QCOMPARE(hub.listener().joiningCount("127.0.0.2"), 1);
        // The neighbour still gets through.
        neighbour.send(get("/"));
        QTRY_COMPARE(neighbour.status(), 200);
    }

    void theOldestOfAllGoesOverTheTotalCap()
    {
        HubListener::Options options = fastListenerOptions();
        options.maxJoining = 3;
        options.headTimeoutMs = 60'000;
        ListenerFixture hub(options);
        std::vector<std::unique_ptr<RawPeer>> peers;
        for (int i = 0; i < 4; ++i) {
            peers.push_back(std::make_unique<RawPeer>(
                hub.port(), QHostAddress(QStringLiteral("127.0.0.%1").arg(10 + i))));
            QTRY_COMPARE(hub.listener().joiningCount(), std::min(i + 1, 3));
        }
        QTRY_VERIFY(peers[0]->closed);
        QVERIFY(!peers[1]->closed && !peers[2]->closed && !peers[3]->closed);
    }

    void anEvictedWebSocketIsToldWhy()
    {
        HubListener::Options options = fastListenerOptions();
        options.maxJoiningPerAddress = 1;
        options.helloTimeoutMs = 60'000;
        ListenerFixture hub(options);
        RawPeer first(hub.port());
        QVERIFY(first.upgrade());
        RawPeer second(hub.port());
        QTRY_VERIFY(first.closed);
        QCOMPARE(hub.drops, QList { HubListener::DropReason::Evicted });
        QCOMPARE(first.frames().value(0).payload, QByteArray("dropped"));
        QCOMPARE(first.frames().value(1).closeCode(), quint16(1008));
        QVERIFY(second.upgrade());
    }

    void anAddressThatKeepsTimingOutGetsLessTime()
    {
        HubListener::Options options = fastListenerOptions();
        options.headTimeoutMs = 60'000;
        options.helloTimeoutMs = 300;
        options.offenderTimeoutMs = 100;
        options.offenderAfterTimeouts = 3;
        ListenerFixture hub(options);
        std::vector<std::unique_ptr<RawPeer>> idle;
        for (int i = 0; i < 3; ++i) {
            idle.push_back(std::make_unique<RawPeer>(hub.port()));
            QVERIFY(idle.back()->upgrade());
        }
        for (const auto& peer : idle)
            QTRY_VERIFY(peer->closed);
        // A silent connection from there would otherwise wait 60 s for its head.
        RawPeer next(hub.port());
        QTRY_VERIFY_WITH_TIMEOUT(next.closed, 5000);
        // Another address keeps the normal timeout.
        RawPeer other(hub.port(), QHostAddress("127.0.0.3"));
        QTest::qWait(500);
        QVERIFY(!other.closed);
    }

    void legitimateClientsGetThroughAnIdleCrowd_data()
    {
        QTest::addColumn<QString>("floodFrom");
        QTest::addColumn<int>("perAddressCap");
        QTest::addColumn<int>("joining");
        // The crowd fits under the cap of its address: only timeouts would end it.
        QTest::newRow("same address") << QString() << 1024 << 150;
        // The crowd passes the cap of its own address and pushes out only its own oldest.
        QTest::newRow("crowd from another address") << QStringLiteral("127.0.0.2") << 64 << 64;
    }

    void legitimateClientsGetThroughAnIdleCrowd()
    {
        QFETCH(QString, floodFrom);
        QFETCH(int, perAddressCap);
        QFETCH(int, joining);
        HubListener::Options options = fastListenerOptions();
        options.maxJoiningPerAddress = perAddressCap;
        options.headTimeoutMs = 60'000;
        options.helloTimeoutMs = 60'000;
        ListenerFixture hub(options);
        std::vector<std::unique_ptr<IdleFlood>> floods;
        for (auto kind :
            { IdleFlood::Kind::Tcp, IdleFlood::Kind::HalfHead, IdleFlood::Kind::SilentWebSocket }) {
            IdleFlood::Options flood;
            flood.port = hub.port();
            flood.from = QHostAddress(floodFrom);
            flood.kind = kind;
            flood.connections = 50;
            floods.push_back(std::make_unique<IdleFlood>(flood));
            floods.back()->start();
        }
        QTRY_COMPARE(hub.listener().joiningCount(), joining);
        for (int round = 0; round < 5; ++round) {
            QWebSocket client;
            QStringList replies;
            connect(&client, &QWebSocket::textMessageReceived,
                [&](const QString& text) { replies.append(text); });
            connect(&client, &QWebSocket::connected,
                [&] { client.sendTextMessage(QStringLiteral("hello %1").arg(round)); });
            client.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/ws").arg(hub.port())));
            QTRY_COMPARE(replies.size(), 1);
            QCOMPARE(replies[0], QStringLiteral("echo:hello %1").arg(round));
        }
        QCOMPARE(hub.admitted, 5);
    }
};

QTEST_GUILESS_MAIN(TestHubListener)
#include "tst_hublistener.moc"

// The hub's WebSocket on a real socket: against Qt's QWebSocket (the app's client) and against
// raw bytes that break RFC 6455 (unmasked, oversized, bad UTF-8, fragmented control frames).
#include "listenerfixture.h"
#include "net/websocketframes.h"
#include "rawpeer.h"

#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>

using namespace dp;
using namespace dp::test;
using websocket::encodeFrame;
using websocket::Opcode;

namespace {

constexpr quint32 Mask = 0x11223344;

QByteArray masked(Opcode opcode, QByteArrayView payload, bool final = true)
{
    return encodeFrame(opcode, payload, final, Mask);
}

QByteArray closeFrame(quint16 code, const QByteArray& reason = {})
{
    return masked(Opcode::Close,
        websocket::closePayload(QWebSocketProtocol::CloseCode(code), QString::fromUtf8(reason)));
}

/// A raw peer that completed the opening handshake and was admitted with a first message.
struct AdmittedPeer
{
    RawPeer peer;
    explicit AdmittedPeer(ListenerFixture& hub)
        : peer(hub.port())
    {
        QVERIFY(peer.upgrade());
        peer.send(masked(Opcode::Text, "hello"));
        QTRY_COMPARE(hub.admitted, 1);
        QTRY_COMPARE(peer.frames().size(), 1);
    }
};

} // namespace

class TestWebSocketConnection : public QObject
{
    Q_OBJECT

private slots:
    void qtClientExchangesMessages()
    {
        ListenerFixture hub(fastListenerOptions());
        QWebSocket client;
        QStringList replies;
        connect(&client, &QWebSocket::textMessageReceived,
            [&](const QString& text) { replies.append(text); });
        client.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/ws").arg(hub.port())));
        QTRY_COMPARE(client.state(), QAbstractSocket::ConnectedState);
        client.sendTextMessage(QStringLiteral("{\"type\":\"hello\",\"name\":\"Grüße\"}"));
        QTRY_COMPARE(replies.size(), 1);
        QCOMPARE(replies[0], QStringLiteral("echo:{\"type\":\"hello\",\"name\":\"Grüße\"}"));
        // After admission a message may be as large as the protocol allows.
        const QString big(250 * 1024, QLatin1Char('x'));
        client.sendTextMessage(big);
        QTRY_COMPARE(replies.size(), 2);
        QCOMPARE(replies[1].size(), big.size() + 5);
        QCOMPARE(hub.connections.size(), 1);
        QCOMPARE(hub.connections[0]->peerAddress(), QHostAddress(QHostAddress::LocalHost));
    }

    void qtClientSeesTheHubsCloseCodeAndReason()
    {
        ListenerFixture hub(fastListenerOptions());
        QWebSocket client;
        client.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/ws").arg(hub.port())));
        QTRY_COMPARE(hub.connections.size(), 1);
        QSignalSpy clientClosed(&client, &QWebSocket::disconnected);
        hub.connections[0]->sendTextMessage(QStringLiteral("last words"));
        hub.connections[0]->close(QWebSocketProtocol::CloseCodePolicyViolated, "wrong_room_code");
        QCOMPARE(hub.connections[0]->sendTextMessage(QStringLiteral("too late")), 0);
        QTRY_COMPARE(clientClosed.count(), 1);
        QCOMPARE(client.closeCode(), QWebSocketProtocol::CloseCodePolicyViolated);
        QCOMPARE(client.closeReason(), QStringLiteral("wrong_room_code"));
        QTRY_COMPARE(hub.disconnected, 1);
    }

    void qtClientClosingIsAnsweredAndReported()
    {
        ListenerFixture hub(fastListenerOptions());
        QWebSocket client;
        client.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/ws").arg(hub.port())));
        QTRY_COMPARE(hub.connections.size(), 1);
        WebSocketConnection* connection = hub.connections[0];
        QWebSocketProtocol::CloseCode code {};
        QString reason;
        connect(connection, &WebSocketConnection::disconnected, [&] {
            code = connection->closeCode();
            reason = connection->closeReason();
        });
        client.close(QWebSocketProtocol::CloseCodeGoingAway, QStringLiteral("app closed"));
        QTRY_COMPARE(hub.disconnected, 1);
        QCOMPARE(code, QWebSocketProtocol::CloseCodeGoingAway);
        QCOMPARE(reason, QStringLiteral("app closed"));
        QTRY_COMPARE(client.state(), QAbstractSocket::UnconnectedState);
        QCOMPARE(client.closeCode(), QWebSocketProtocol::CloseCodeGoingAway);
    }

    void serverFramesAreUnmasked()
    {
        ListenerFixture hub(fastListenerOptions());
        AdmittedPeer admitted(hub);
        const auto frames = admitted.peer.frames();
        QCOMPARE(frames[0].opcode, quint8(Opcode::Text));
        QVERIFY(!frames[0].masked);
        QCOMPARE(frames[0].payload, QByteArray("echo:hello"));
    }

    void violationsCloseWithTheirCode_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("code");
        QTest::newRow("unmasked text") << encodeFrame(Opcode::Text, "{\"v\":2}") << 1002;
        QTest::newRow("fragmented ping") << masked(Opcode::Ping, "p", false) << 1002;
        QTest::newRow("long ping") << masked(Opcode::Ping, QByteArray(126, 'p')) << 1002;
        QByteArray rsv = masked(Opcode::Text, "x");
        rsv[0] = char(rsv[0] | 0x40);
        QTest::newRow("compressed without agreement") << rsv << 1002;
        QTest::newRow("bad UTF-8") << masked(Opcode::Text, "gr\xfc\xdf") << 1007;
        QTest::newRow("over 256 KiB")
            << masked(Opcode::Text, QByteArray(256 * 1024 + 1, 'a')) << 1009;
        QTest::newRow("fragments over 256 KiB")
            << masked(Opcode::Text, QByteArray(200 * 1024, 'a'), false)
                + masked(Opcode::Continuation, QByteArray(57 * 1024, 'a'))
            << 1009;
        QTest::newRow("invalid close code") << closeFrame(1005) << 1002;
    }

    void violationsCloseWithTheirCode()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, code);
        ListenerFixture hub(fastListenerOptions());
        AdmittedPeer admitted(hub);
        RawPeer& peer = admitted.peer;
        peer.send(bytes);
        QTRY_VERIFY(peer.closed);
        const auto frames = peer.frames();
        QCOMPARE(frames.last().opcode, quint8(Opcode::Close));
        QCOMPARE(int(frames.last().closeCode()), code);
        QCOMPARE(hub.texts.size(), 1); // only the hello got through
        QTRY_COMPARE(hub.disconnected, 1);
    }

    void aJoiningConnectionMayOnlySendASmallMessage()
    {
        ListenerFixture hub(fastListenerOptions());
        RawPeer peer(hub.port());
        QVERIFY(peer.upgrade());
        peer.send(masked(Opcode::Text, QByteArray(16 * 1024 + 1, 'a')));
        QTRY_VERIFY(peer.closed);
        QCOMPARE(int(peer.frames().last().closeCode()), 1009);
        QVERIFY(hub.texts.isEmpty());
    }

    void pingIsAnsweredWithPong()
    {
        ListenerFixture hub(fastListenerOptions());
        AdmittedPeer admitted(hub);
        admitted.peer.send(masked(Opcode::Ping, "are you there?"));
        QTRY_COMPARE(admitted.peer.frames().size(), 2);
        const ServerFrame pong = admitted.peer.frames()[1];
        QCOMPARE(pong.opcode, quint8(Opcode::Pong));
        QCOMPARE(pong.payload, QByteArray("are you there?"));
        QVERIFY(!admitted.peer.closed);
    }

    void fragmentsArriveAsOneMessage()
    {
        ListenerFixture hub(fastListenerOptions());
        AdmittedPeer admitted(hub);
        admitted.peer.send(masked(Opcode::Text, "{\"a\":", false) + masked(Opcode::Ping, "")
            + masked(Opcode::Continuation, "1}"));
        QTRY_COMPARE(hub.texts.size(), 2);
        QCOMPARE(hub.texts[1], QStringLiteral("{\"a\":1}"));
    }

    void binaryMessagesAreHandedOnForTheHubToRefuse()
    {
        ListenerFixture hub(fastListenerOptions());
        AdmittedPeer admitted(hub);
        admitted.peer.send(masked(Opcode::Binary, QByteArray("\x01\x02", 2)));
        QTRY_COMPARE(hub.binaries.size(), 1);
        QCOMPARE(hub.binaries[0], QByteArray("\x01\x02", 2));
    }

    void aClientsCloseIsEchoedAndTheHubEndsTheConnection()
    {
        ListenerFixture hub(fastListenerOptions());
        AdmittedPeer admitted(hub);
        admitted.peer.send(closeFrame(4001, "bye"));
        QTRY_VERIFY(admitted.peer.closed);
        const ServerFrame answer = admitted.peer.frames().last();
        QCOMPARE(answer.opcode, quint8(Opcode::Close));
        QCOMPARE(answer.closeCode(), quint16(4001));
        QTRY_COMPARE(hub.disconnected, 1);
    }

    void anEmptyCloseIsAnsweredWithNormalClosure()
    {
        ListenerFixture hub(fastListenerOptions());
        AdmittedPeer admitted(hub);
        admitted.peer.send(masked(Opcode::Close, ""));
        QTRY_VERIFY(admitted.peer.closed);
        QCOMPARE(admitted.peer.frames().last().closeCode(), quint16(1000));
    }

    void aClientThatNeverAnswersACloseIsCutAfterTheTimeout()
    {
        ListenerFixture hub(fastListenerOptions());
        AdmittedPeer admitted(hub);
        hub.connections[0]->close(QWebSocketProtocol::CloseCodeGoingAway);
        QTRY_COMPARE(admitted.peer.frames().size(), 2);
        QCOMPARE(admitted.peer.frames()[1].closeCode(), quint16(1001));
        QVERIFY(!admitted.peer.closed);
        QTRY_VERIFY_WITH_TIMEOUT(admitted.peer.closed, 3000); // closeTimeoutMs is 500
        QCOMPARE(hub.disconnected, 1);
    }

    void abortEndsAtOnceAndReportsDisconnected()
    {
        ListenerFixture hub(fastListenerOptions());
        AdmittedPeer admitted(hub);
        QSignalSpy spy(hub.connections[0].data(), &WebSocketConnection::disconnected);
        hub.connections[0]->abort();
        QCOMPARE(spy.count(), 1);
        QTRY_VERIFY(admitted.peer.closed);
        QVERIFY(!hub.connections[0] || !hub.connections[0]->isValid());
    }

    void bytesRightAfterTheHandshakeAreRead()
    {
        ListenerFixture hub(fastListenerOptions());
        RawPeer peer(hub.port());
        peer.send(clientHandshake() + masked(Opcode::Text, "eager"));
        QTRY_COMPARE(hub.texts, QStringList { QStringLiteral("eager") });
    }
};

QTEST_GUILESS_MAIN(TestWebSocketConnection)
#include "tst_websocketconnection.moc"

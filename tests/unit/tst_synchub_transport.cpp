// The hub as the app and the CLI build it serves everything on one port: the participant web
// client's files over HTTP (and nothing else), the protocol's WebSocket at /ws, and it closes a
// WebSocket whose client breaks RFC 6455 without storing anything from it.
#include "net/websocketframes.h"
#include "rawpeer.h"
#include "storage/ratingstore.h"
#include "sync/messages.h"
#include "sync/syncclient.h"
#include "syncworld.h"
#include "testratings.h"
#include "workshophub.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace dp;
using namespace dp::test;
using websocket::encodeFrame;
using websocket::Opcode;

namespace {

constexpr quint32 Mask = 0x5a3c9e01;

/// A GET of `target` on its own connection, answered and closed by the hub.
std::unique_ptr<RawPeer> get(quint16 port, const QByteArray& target)
{
    auto peer = std::make_unique<RawPeer>(port);
    peer->send("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QTest::qWaitFor([&] { return peer->closed; }, 5000);
    return peer;
}

/// The protocol messages among the frames the hub sent.
QList<QJsonObject> messages(const RawPeer& peer)
{
    QList<QJsonObject> result;
    for (const ServerFrame& frame : peer.frames()) {
        if (frame.opcode == quint8(Opcode::Text))
            result.append(QJsonDocument::fromJson(frame.payload).object());
    }
    return result;
}

bool hasMessage(const RawPeer& peer, const QString& type)
{
    const auto all = messages(peer);
    return std::any_of(all.cbegin(), all.cend(),
        [&](const QJsonObject& o) { return o.value("type").toString() == type; });
}

quint16 closeCodeOf(const RawPeer& peer)
{
    for (const ServerFrame& frame : peer.frames()) {
        if (frame.opcode == quint8(Opcode::Close))
            return frame.closeCode();
    }
    return 0;
}

} // namespace

class TestSyncHubTransport : public QObject
{
    Q_OBJECT

private:
    DatabaseFiles m_files;

private slots:
    void servesTheWebClientAndTheProtocolOnOnePort()
    {
        WorkshopHub hub(m_files.next(), 0, municipalities());
        QFile index(QStringLiteral(":/web/index.html"));
        QVERIFY(index.open(QIODevice::ReadOnly));
        const QByteArray page = index.readAll();
        for (const QByteArray target : { QByteArray("/"), QByteArray("/index.html") }) {
            const auto response = get(hub.port(), target);
            QCOMPARE(response->status(), 200);
            QVERIFY(
                response->responseHeader("Content-Security-Policy").contains("default-src 'self'"));
            QVERIFY(response->responseHeader("Content-Type").startsWith("text/html"));
            QCOMPARE(response->responseBody(), page);
        }
        const auto script = get(hub.port(), "/js/app.js");
        QCOMPARE(script->status(), 200);
        for (const QByteArray target : { QByteArray("/../etc/passwd"), QByteArray("/nope"),
                 QByteArray("/js/"), QByteArray("/%2e%2e/etc/passwd") }) {
            const auto response = get(hub.port(), target);
            QVERIFY2(response->status() == 404, target.constData());
            QVERIFY(!response->responseBody().contains("app.js")); // no listing either
        }

        // The same port takes a tablet at /ws, while it serves pages.
        Tablet tablet(m_files.next(), hub.port());
        tablet.client->setTarget(JoinTarget { "127.0.0.1", hub.port(), WorkshopHub::RoomCode });
        tablet.client->start();
        QTRY_VERIFY(tablet.client->status() == SyncClient::Status::Online);
        QCOMPARE(tablet.client->sessionId(), hub.host->sessionId());
        QCOMPARE(get(hub.port(), "/")->status(), 200);
        QCOMPARE(hub.host->devices()->connectedCount(), 1);
    }

    void unmaskedClientFrameClosesWithProtocolErrorAndStoresNothing()
    {
        WorkshopHub hub(m_files.next(), 0, municipalities());
        const QString session = hub.host->sessionId();
        const QString statement = hub.host->snapshot().session.catalog.allStatements().first().id;
        RawPeer peer(hub.port());
        QVERIFY(peer.upgrade());
        peer.send(encodeFrame(Opcode::Text,
            protocol::encode(
                protocol::Hello { WorkshopHub::RoomCode, protocol::ClientKind::App, {}, {} }),
            true, Mask));
        QTRY_VERIFY(hasMessage(peer, "welcome"));
        peer.send(encodeFrame(Opcode::Text,
            protocol::encode(protocol::ParticipantMessage { session, "p-1", "hagen" }), true,
            Mask));
        Rating answer = rating(statement, "p-1", 4);
        answer.sessionId = session;
        answer.sequence = 1;
        const QByteArray answers = protocol::encode(protocol::Answers { 1, { answer } });
        // The same answers in a frame without the mask RFC 6455 demands of every client frame.
        peer.send(encodeFrame(Opcode::Text, answers, true));
        QTRY_VERIFY(peer.closed);
        QCOMPARE(closeCodeOf(peer), quint16(QWebSocketProtocol::CloseCodeProtocolError));
        QVERIFY(!hasMessage(peer, "ack"));
        QTest::qWait(100); // a group commit would have run by now
        QVERIFY(RatingStore(hub.database).ratings(session).isEmpty());

        // Masked, the same bytes are stored: the frame, not the answer, was refused.
        RawPeer honest(hub.port());
        QVERIFY(honest.upgrade());
        honest.send(encodeFrame(Opcode::Text,
            protocol::encode(
                protocol::Hello { WorkshopHub::RoomCode, protocol::ClientKind::App, {}, {} }),
            true, Mask));
        QTRY_VERIFY(hasMessage(honest, "welcome"));
        honest.send(encodeFrame(Opcode::Text,
            protocol::encode(protocol::ParticipantMessage { session, "p-2", "hagen" }), true,
            Mask));
        answer.pseudonym = "p-2";
        honest.send(encodeFrame(
            Opcode::Text, protocol::encode(protocol::Answers { 1, { answer } }), true, Mask));
        QTRY_VERIFY(hasMessage(honest, "ack"));
        QCOMPARE(RatingStore(hub.database).ratings(session).size(), 1);
    }

    void unmaskedFrameBeforeHelloClosesToo()
    {
        WorkshopHub hub(m_files.next(), 0, municipalities());
        RawPeer peer(hub.port());
        QVERIFY(peer.upgrade());
        peer.send(encodeFrame(Opcode::Text,
            protocol::encode(
                protocol::Hello { WorkshopHub::RoomCode, protocol::ClientKind::App, {}, {} })));
        QTRY_VERIFY(peer.closed);
        QCOMPARE(closeCodeOf(peer), quint16(QWebSocketProtocol::CloseCodeProtocolError));
        QVERIFY(!hasMessage(peer, "welcome"));
        QCOMPARE(hub.host->devices()->count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSyncHubTransport)
#include "tst_synchub_transport.moc"

// Who gets into the hub: the room code (and slowing down wrong guesses), the handshake timeout,
// the cap on connections that have not said hello, and hostile or wrong input that is refused
// without changing anything stored.
#include "storage/database.h"
#include "storage/ratingstore.h"
#include "storage/sessionstore.h"
#include "sync/messagesender.h"
#include "sync/sessionhost.h"
#include "sync/syncclient.h"
#include "syncworld.h"
#include "testratings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <memory>

using namespace dp;
using namespace dp::test;

class TestSyncHubAdmission : public QObject
{
    Q_OBJECT

private:
    DatabaseFiles m_files;

private slots:
    void wrongRoomCodeFailsClearlyAndOthersWaitTheirTurn()
    {
        Hub hub(m_files.next());
        Tablet tablet(m_files.next(), hub.port());
        tablet.client->setTarget(JoinTarget { "127.0.0.1", hub.port(), "WRONG" });
        tablet.client->start();
        QTRY_VERIFY(tablet.client->status() == SyncClient::Status::Failed);
        QVERIFY2(tablet.client->errorText().contains("Wrong room code"),
            qPrintable(tablet.client->errorText()));
        // A tablet with the right code behind the same address waits for the throttle and is
        // let in by itself once the wait is over: nobody has to touch it.
        Tablet neighbour(m_files.next(), hub.port());
        neighbour.client->start();
        QTRY_VERIFY_WITH_TIMEOUT(neighbour.client->status() == SyncClient::Status::Online, 5000);
        // The one with the wrong code waits for its user, who fixes the code.
        QCOMPARE(tablet.client->status(), SyncClient::Status::Failed);
        tablet.client->setTarget(JoinTarget { "127.0.0.1", hub.port(), "K7Q2" });
        tablet.client->start();
        QTRY_VERIFY(tablet.client->status() == SyncClient::Status::Online);
    }

    void hostileInputIsRefusedAndChangesNothing_data()
    {
        QTest::addColumn<QString>("frame");
        QTest::addColumn<bool>("authenticate");
        QTest::addColumn<QString>("code");
        QTest::newRow("malformed json") << "{\"v\":2" << true << "bad_json";
        QTest::newRow("wrong version") << "{\"v\":9,\"type\":\"ping\"}" << true << "bad_version";
        QTest::newRow("version 1 tablet") << "{\"v\":1,\"type\":\"ping\"}" << true << "bad_version";
        QTest::newRow("unknown type") << "{\"v\":2,\"type\":\"wipe\"}" << true << "unknown_type";
        QTest::newRow("answers before hello")
            << "{\"v\":2,\"type\":\"ping\"}" << false << "not_authenticated";
        QTest::newRow("bad field")
            << "{\"v\":2,\"type\":\"answers\",\"batch\":1,\"answers\":[{}]}" << true << "bad_field";
        QTest::newRow("v1 restore")
            << "{\"v\":2,\"type\":\"restore_session\",\"session\":{}}" << true << "unknown_type";
    }

    void hostileInputIsRefusedAndChangesNothing()
    {
        QFETCH(QString, frame);
        QFETCH(bool, authenticate);
        QFETCH(QString, code);
        Hub hub(m_files.next());
        Tablet tablet(m_files.next(), hub.port());
        tablet.client->start();
        QTRY_VERIFY(tablet.client->status() == SyncClient::Status::Online);
        rate(tablet, tablet.client->registerParticipant(), 5);
        QTRY_VERIFY(tablet.client->isFullySynced());
        const QList<Rating> before = hub.ratings();

        RawClient raw(hub.port());
        QTRY_VERIFY(raw.socket.state() == QAbstractSocket::ConnectedState);
        if (authenticate)
            raw.hello();
        raw.socket.sendTextMessage(frame);
        QTRY_VERIFY(raw.closed);
        QVERIFY2(raw.hasError(code), qPrintable(raw.received.join('\n')));
        QVERIFY(sameRatings(hub.ratings(), before));
        QCOMPARE(tablet.client->status(), SyncClient::Status::Online);
    }

    void oversizedFrameClosesTheConnection()
    {
        Hub hub(m_files.next());
        RawClient raw(hub.port());
        QTRY_VERIFY(raw.socket.state() == QAbstractSocket::ConnectedState);
        raw.socket.sendTextMessage(QString(int(protocol::MaxClientMessageBytes) + 10, 'x'));
        QTRY_VERIFY(raw.closed);
        QVERIFY(hub.ratings().isEmpty());
    }

    void semanticallyWrongAnswersAreRejectedOneByOne()
    {
        Hub hub(m_files.next());
        Tablet owner(m_files.next(), hub.port());
        owner.client->start();
        QTRY_VERIFY(owner.client->status() == SyncClient::Status::Online);
        const QString pseudonym = owner.client->registerParticipant();
        rate(owner, pseudonym, 3);
        QTRY_VERIFY(owner.client->isFullySynced());
        const QList<Rating> before = hub.ratings();

        RawClient raw(hub.port());
        QTRY_VERIFY(raw.socket.state() == QAbstractSocket::ConnectedState);
        raw.hello();
        QTRY_VERIFY(!raw.firstOfType("state").isEmpty());
        const QString session = hub.host->sessionId();
        const QString statement = hub.host->snapshot().session.catalog.allStatements().first().id;
        auto answer = [&](const QString& statementId, const QString& who, int value, int round) {
            Rating rating = test::rating(statementId, who, value, round);
            rating.sessionId = session;
            rating.sequence = 99;
            return rating;
        };
        protocol::sendMessage(raw.socket,
            protocol::Answers { 1,
                { answer("no-such-statement", "intruder-p", 1, 1),
                    answer(statement, "intruder-p", 7, 1), answer(statement, "intruder-p", 1, 5),
                    answer(statement, pseudonym, 1, 1) } });
        QTRY_VERIFY(!raw.firstOfType("ack").isEmpty());
        QStringList codes;
        for (const QString& text : raw.received) {
            const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
            if (o.value("type") == QLatin1String("reject"))
                codes << o.value("code").toString();
        }
        QCOMPARE(codes,
            QStringList({ "unknown_statement", "answer_out_of_range", "round_out_of_range",
                "foreign_pseudonym" }));
        QCOMPARE(raw.firstOfType("ack").value("sequences").toArray().size(), 0);
        QVERIFY(!raw.closed);
        QVERIFY(sameRatings(hub.ratings(), before));
    }

    void silentConnectionsMakeRoomAndTimeOut()
    {
        Hub hub(m_files.next()); // at most 3 joining connections
        std::vector<std::unique_ptr<RawClient>> idle;
        for (int i = 0; i < 3; ++i) {
            idle.push_back(std::make_unique<RawClient>(hub.port()));
            QTRY_VERIFY(idle.back()->socket.state() == QAbstractSocket::ConnectedState);
        }
        // A fourth pushes out the oldest silent one instead of being refused, and a tablet
        // that says hello at once gets in while the door is full of silent connections.
        Tablet tablet(m_files.next(), hub.port());
        tablet.client->start();
        QTRY_VERIFY(idle.front()->closed);
        QVERIFY2(idle.front()->hasError("too_many_connections"),
            qPrintable(idle.front()->received.join('\n')));
        QTRY_VERIFY(tablet.client->status() == SyncClient::Status::Online);
        for (size_t i = 1; i < idle.size(); ++i) {
            QTRY_VERIFY(idle[i]->closed);
            QVERIFY(idle[i]->hasError("handshake_timeout")
                || idle[i]->hasError("too_many_connections"));
        }
        QCOMPARE(tablet.client->status(), SyncClient::Status::Online);
    }

    void browsersAreCountedAndUnknownGroupsRefused()
    {
        Hub hub(m_files.next());
        RawClient browser(hub.port());
        QTRY_VERIFY(browser.socket.state() == QAbstractSocket::ConnectedState);
        browser.hello({}, {}, protocol::ClientKind::Web);
        QTRY_VERIFY(!browser.firstOfType("welcome").isEmpty());
        QCOMPARE(hub.host->devices()->browserCount(), 1);
        const QString device = browser.firstOfType("welcome").value("deviceId").toString();
        QCOMPARE(device.size(), 36); // a fresh UUID from the hub
        protocol::sendMessage(browser.socket,
            protocol::ParticipantMessage { hub.host->sessionId(), "p-1", "no-such-group" });
        QTRY_VERIFY(browser.hasError("unknown_group"));
        QCOMPARE(browser.firstOfType("error").value("fatal").toBool(), false);
        QVERIFY(!browser.closed);
        QVERIFY(SessionStore(hub.database).participants(hub.host->sessionId()).isEmpty());
    }

    void helloKeepsTheDeviceIdOnlyForTheHubsOwnSession()
    {
        Hub hub(m_files.next());
        RawClient again(hub.port());
        QTRY_VERIFY(again.socket.state() == QAbstractSocket::ConnectedState);
        again.hello(hub.host->sessionId(), "known-device");
        QTRY_VERIFY(!again.firstOfType("welcome").isEmpty());
        QCOMPARE(again.firstOfType("welcome").value("deviceId").toString(), "known-device");
        RawClient stranger(hub.port());
        QTRY_VERIFY(stranger.socket.state() == QAbstractSocket::ConnectedState);
        stranger.hello("another-workshop", "known-device");
        QTRY_VERIFY(!stranger.firstOfType("welcome").isEmpty());
        const QString given = stranger.firstOfType("welcome").value("deviceId").toString();
        QVERIFY(given != "known-device");
        QCOMPARE(stranger.firstOfType("welcome").value("highWater").toInteger(), 0);
    }

    void unreachableHubGivesAReadableCause()
    {
        Tablet tablet(m_files.next(), 1); // nothing listens on port 1
        tablet.client->start();
        QTRY_VERIFY(tablet.client->status() == SyncClient::Status::Reconnecting);
        QVERIFY2(tablet.client->statusText().contains("refused")
                || tablet.client->statusText().contains("No answer"),
            qPrintable(tablet.client->statusText()));
    }
};

QTEST_GUILESS_MAIN(TestSyncHubAdmission)
#include "tst_synchub_admission.moc"

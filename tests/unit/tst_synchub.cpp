// The hub and the attendee client over real loopback sockets: joining, storing, acknowledging,
// refusing bad input without changing stored data, and restoring a lost hub from a tablet.
#include "catalog/builtincatalogs.h"
#include "storage/database.h"
#include "storage/ratingstore.h"
#include "storage/sessionstore.h"
#include "sync/hubledger.h"
#include "sync/sessionhost.h"
#include "sync/syncclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

#include <algorithm>
#include <memory>

using namespace dp;

namespace {

/// A bare WebSocket that records every text frame, for feeding the hub hostile input.
struct RawClient
{
    QWebSocket socket;
    QStringList received;
    bool closed = false;

    explicit RawClient(quint16 port)
    {
        QObject::connect(&socket, &QWebSocket::textMessageReceived,
            [this](const QString& text) { received.append(text); });
        QObject::connect(&socket, &QWebSocket::disconnected, [this] { closed = true; });
        socket.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(port)));
    }
    QJsonObject last() const
    {
        return received.isEmpty() ? QJsonObject()
                                  : QJsonDocument::fromJson(received.last().toUtf8()).object();
    }
    bool hasError(const QString& code) const
    {
        return std::any_of(received.begin(), received.end(), [&](const QString& text) {
            const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
            return o.value("type") == QLatin1String("error") && o.value("code").toString() == code;
        });
    }
    QJsonObject firstOfType(const QString& type) const
    {
        for (const QString& text : received) {
            const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
            if (o.value("type").toString() == type)
                return o;
        }
        return {};
    }
};

Catalog defaultCatalog()
{
    auto result = loadBuiltin(QStringLiteral("qualitaetsrahmen"));
    if (!result.ok())
        qFatal("built-in catalog missing: %s", qPrintable(result.error));
    return result.catalog;
}

SessionHost::Options fastOptions()
{
    SessionHost::Options options;
    options.handshakeTimeoutMs = 300;
    options.maxUnauthenticated = 3;
    options.throttleBaseMs = 400;
    return options;
}

SyncClient::Options clientOptions()
{
    SyncClient::Options options;
    options.connectTimeoutMs = 1000;
    options.minBackoffMs = 50;
    options.maxBackoffMs = 200;
    options.seed = 7;
    return options;
}

/// A hub with its own database in a temporary directory.
struct Hub
{
    Database database;
    std::unique_ptr<SessionHost> host;

    Hub(const QString& path, SessionHost::Options options = fastOptions())
    {
        QString error;
        if (!database.open(path, &error))
            qFatal("%s", qPrintable(error));
        host = std::make_unique<SessionHost>(database, options);
        host->setRoomCode(QStringLiteral("K7Q2"));
        if (!host->openSession(QStringLiteral("Werkstatt"), defaultCatalog(), {}, &error)
            || !host->listen(QHostAddress::LocalHost, 0, &error))
            qFatal("%s", qPrintable(error));
    }
    quint16 port() const { return quint16(host->port()); }
    QList<Rating> ratings() { return RatingStore(database).ratings(host->sessionId()); }
};

/// A tablet with its own database.
struct Tablet
{
    Database database;
    std::unique_ptr<SyncClient> client;

    Tablet(const QString& path, quint16 port, SyncClient::Options options = clientOptions())
    {
        QString error;
        if (!database.open(path, &error))
            qFatal("%s", qPrintable(error));
        client = std::make_unique<SyncClient>(database, options);
        client->setTarget(JoinTarget { QStringLiteral("127.0.0.1"), port, QStringLiteral("K7Q2") });
    }
};

bool sameRatings(QList<Rating> a, QList<Rating> b)
{
    auto key = [](const Rating& r) { return r.statementId + '|' + r.pseudonym; };
    auto less = [&](const Rating& x, const Rating& y) { return key(x) < key(y); };
    std::sort(a.begin(), a.end(), less);
    std::sort(b.begin(), b.end(), less);
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (key(a[i]) != key(b[i]) || a[i].answer != b[i].answer || a[i].sequence != b[i].sequence
            || a[i].deviceId != b[i].deviceId)
            return false;
    }
    return true;
}

} // namespace

class TestSyncHub : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString path() { return m_dir.filePath(QStringLiteral("db%1.sqlite").arg(++m_counter)); }

    /// Rates the first `count` statements through `tablet` and waits for every acknowledgement.
    void rate(Tablet& tablet, const QString& pseudonym, int count, int offset = 0)
    {
        const auto statements = tablet.client->snapshot()->session.catalog.allStatements();
        for (int i = 0; i < count; ++i) {
            QString error;
            QVERIFY2(
                tablet.client->saveAnswer(pseudonym, statements.at(i).id, (i + offset) % 7, &error),
                qPrintable(error));
        }
    }

private slots:
    void tabletJoinsRatesAndEverythingIsAcknowledged()
    {
        Hub hub(path());
        Tablet tablet(path(), hub.port());
        tablet.client->start();
        QTRY_VERIFY(tablet.client->status() == SyncClient::Status::Online);
        QCOMPARE(tablet.client->sessionId(), hub.host->sessionId());
        QCOMPARE(tablet.client->snapshot()->openStatements.size(), 46);
        const QString me = tablet.client->registerParticipant();
        rate(tablet, me, 10);
        QVERIFY(!tablet.client->isFullySynced() || tablet.client->pendingCount() == 0);
        QTRY_VERIFY(tablet.client->isFullySynced());
        QCOMPARE(hub.ratings().size(), 10);
        QVERIFY(
            sameRatings(hub.ratings(), tablet.client->ratings().ratings(hub.host->sessionId())));
        const auto first = tablet.client->snapshot()->session.catalog.allStatements().first().id;
        QVERIFY(tablet.client->hasArrived(first, me));
        QCOMPARE(hub.host->highWater(tablet.client->deviceId()), 10);
        QCOMPARE(hub.host->devices()->count(), 1);
        QCOMPARE(hub.host->devices()->connectedCount(), 1);

        // A changed answer replaces the old one at the hub.
        rate(tablet, me, 1, 3);
        QTRY_VERIFY(tablet.client->isFullySynced());
        QCOMPARE(hub.ratings().size(), 10);
        QVERIFY(
            sameRatings(hub.ratings(), tablet.client->ratings().ratings(hub.host->sessionId())));
    }

    void stateChangesReachTablets()
    {
        Hub hub(path());
        Tablet tablet(path(), hub.port());
        tablet.client->start();
        QTRY_VERIFY(tablet.client->status() == SyncClient::Status::Online);
        hub.host->closeAllStatements();
        hub.host->openStatement(hub.host->snapshot().session.catalog.allStatements().at(2).id);
        hub.host->setPhase(QStringLiteral("discussion"));
        hub.host->startNextRound();
        QTRY_COMPARE(tablet.client->snapshot()->session.currentRound, 2);
        QCOMPARE(tablet.client->snapshot()->phase, SessionPhase::Discussion);
        QCOMPARE(tablet.client->snapshot()->openStatements.size(), 1);
    }

    void wrongRoomCodeFailsClearlyAndIsSlowedDown()
    {
        Hub hub(path());
        Tablet tablet(path(), hub.port());
        tablet.client->setTarget(JoinTarget { "127.0.0.1", hub.port(), "WRONG" });
        tablet.client->start();
        QTRY_VERIFY(tablet.client->status() == SyncClient::Status::Failed);
        QVERIFY2(tablet.client->errorText().contains("Wrong room code"),
            qPrintable(tablet.client->errorText()));
        // Straight away even the right code is not looked at from this address.
        RawClient raw(hub.port());
        QTRY_VERIFY(raw.socket.state() == QAbstractSocket::ConnectedState);
        raw.socket.sendTextMessage(QString::fromUtf8(
            protocol::serialize("hello", { { "roomCode", "K7Q2" }, { "deviceId", "x" } })));
        QTRY_VERIFY(raw.closed);
        QVERIFY(raw.hasError("throttled"));
        // After the delay the right code works.
        QTest::qWait(450);
        tablet.client->setTarget(JoinTarget { "127.0.0.1", hub.port(), "K7Q2" });
        tablet.client->start();
        QTRY_VERIFY(tablet.client->status() == SyncClient::Status::Online);
    }

    void hostileInputIsRefusedAndChangesNothing_data()
    {
        QTest::addColumn<QString>("frame");
        QTest::addColumn<bool>("authenticate");
        QTest::addColumn<QString>("code");
        QTest::newRow("malformed json") << "{\"v\":1" << true << "bad_json";
        QTest::newRow("wrong version") << "{\"v\":9,\"type\":\"ping\"}" << true << "bad_version";
        QTest::newRow("unknown type") << "{\"v\":1,\"type\":\"wipe\"}" << true << "unknown_type";
        QTest::newRow("answers before hello")
            << "{\"v\":1,\"type\":\"ping\"}" << false << "not_authenticated";
        QTest::newRow("bad field")
            << "{\"v\":1,\"type\":\"answers\",\"batch\":1,\"answers\":[{}]}" << true << "bad_field";
    }

    void hostileInputIsRefusedAndChangesNothing()
    {
        QFETCH(QString, frame);
        QFETCH(bool, authenticate);
        QFETCH(QString, code);
        Hub hub(path());
        Tablet tablet(path(), hub.port());
        tablet.client->start();
        QTRY_VERIFY(tablet.client->status() == SyncClient::Status::Online);
        rate(tablet, tablet.client->registerParticipant(), 5);
        QTRY_VERIFY(tablet.client->isFullySynced());
        const QList<Rating> before = hub.ratings();

        RawClient raw(hub.port());
        QTRY_VERIFY(raw.socket.state() == QAbstractSocket::ConnectedState);
        if (authenticate)
            raw.socket.sendTextMessage(QString::fromUtf8(protocol::serialize(
                "hello", { { "roomCode", "K7Q2" }, { "deviceId", "attacker" } })));
        raw.socket.sendTextMessage(frame);
        QTRY_VERIFY(raw.closed);
        QVERIFY2(raw.hasError(code), qPrintable(raw.received.join('\n')));
        QVERIFY(sameRatings(hub.ratings(), before));
        QCOMPARE(tablet.client->status(), SyncClient::Status::Online);
    }

    void oversizedFrameClosesTheConnection()
    {
        Hub hub(path());
        RawClient raw(hub.port());
        QTRY_VERIFY(raw.socket.state() == QAbstractSocket::ConnectedState);
        raw.socket.sendTextMessage(QString(int(protocol::MaxClientMessageBytes) + 10, 'x'));
        QTRY_VERIFY(raw.closed);
        QVERIFY(hub.ratings().isEmpty());
    }

    void semanticallyWrongAnswersAreRejectedOneByOne()
    {
        Hub hub(path());
        Tablet owner(path(), hub.port());
        owner.client->start();
        QTRY_VERIFY(owner.client->status() == SyncClient::Status::Online);
        const QString pseudonym = owner.client->registerParticipant();
        rate(owner, pseudonym, 3);
        QTRY_VERIFY(owner.client->isFullySynced());
        const QList<Rating> before = hub.ratings();

        RawClient raw(hub.port());
        QTRY_VERIFY(raw.socket.state() == QAbstractSocket::ConnectedState);
        raw.socket.sendTextMessage(QString::fromUtf8(
            protocol::serialize("hello", { { "roomCode", "K7Q2" }, { "deviceId", "intruder" } })));
        QTRY_VERIFY(!raw.firstOfType("state").isEmpty());
        const QString session = hub.host->sessionId();
        const QString statement = hub.host->snapshot().session.catalog.allStatements().first().id;
        auto answer = [&](const QString& statementId, const QString& who, int value, int round) {
            return QJsonObject { { "sessionId", session }, { "round", round },
                { "statementId", statementId }, { "pseudonym", who }, { "answer", value },
                { "sequence", 99 } };
        };
        const QJsonArray answers { answer("no-such-statement", "intruder-p", 1, 1),
            answer(statement, "intruder-p", 7, 1), answer(statement, "intruder-p", 1, 5),
            answer(statement, pseudonym, 1, 1) };
        raw.socket.sendTextMessage(QString::fromUtf8(
            protocol::serialize("answers", { { "batch", 1 }, { "answers", answers } })));
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

    void handshakeTimeoutAndConnectionCap()
    {
        Hub hub(path());
        std::vector<std::unique_ptr<RawClient>> idle;
        for (int i = 0; i < 3; ++i)
            idle.push_back(std::make_unique<RawClient>(hub.port()));
        for (auto& raw : idle)
            QTRY_VERIFY(raw->socket.state() == QAbstractSocket::ConnectedState);
        RawClient extra(hub.port());
        QTRY_VERIFY(extra.closed);
        QVERIFY(extra.hasError("too_many_connections"));
        for (auto& raw : idle) {
            QTRY_VERIFY(raw->closed);
            QVERIFY(raw->hasError("handshake_timeout"));
        }
    }

    void unreachableHubGivesAReadableCause()
    {
        Tablet tablet(path(), 1); // nothing listens on port 1
        tablet.client->start();
        QTRY_VERIFY(tablet.client->status() == SyncClient::Status::Reconnecting);
        QVERIFY2(tablet.client->statusText().contains("refused")
                || tablet.client->statusText().contains("No answer"),
            qPrintable(tablet.client->statusText()));
    }

    void offlineRatingsArriveAfterReconnect()
    {
        const QString hubPath = path();
        auto hub = std::make_unique<Hub>(hubPath);
        const quint16 port = hub->port();
        Tablet tablet(path(), port);
        tablet.client->start();
        QTRY_VERIFY(tablet.client->status() == SyncClient::Status::Online);
        const QString me = tablet.client->registerParticipant();
        rate(tablet, me, 5);
        QTRY_VERIFY(tablet.client->isFullySynced());
        hub.reset();
        QTRY_VERIFY(tablet.client->status() == SyncClient::Status::Reconnecting);
        rate(tablet, me, 20, 1); // offline: saved locally only
        QCOMPARE(tablet.client->pendingCount(), 20);
        SessionHost::Options options = fastOptions();
        Database database;
        QString error;
        QVERIFY(database.open(hubPath, &error));
        SessionHost host(database, options);
        host.setRoomCode("K7Q2");
        QVERIFY(host.openSession("Werkstatt", defaultCatalog(), {}, &error));
        QVERIFY2(host.listen(QHostAddress::LocalHost, port, &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(tablet.client->isFullySynced(), 10000);
        QVERIFY(sameRatings(RatingStore(database).ratings(host.sessionId()),
            tablet.client->ratings().ratings(host.sessionId())));
    }

    void lostHubDatabaseIsRestoredFromTablets()
    {
        auto hub = std::make_unique<Hub>(path());
        const quint16 port = hub->port();
        const QString session = hub->host->sessionId();
        Tablet a(path(), port);
        Tablet b(path(), port);
        a.client->start();
        b.client->start();
        QTRY_VERIFY(a.client->status() == SyncClient::Status::Online);
        QTRY_VERIFY(b.client->status() == SyncClient::Status::Online);
        rate(a, a.client->registerParticipant(), 12);
        rate(b, b.client->registerParticipant(), 7);
        QTRY_VERIFY(a.client->isFullySynced() && b.client->isFullySynced());
        const QList<Rating> original = hub->ratings();
        QCOMPARE(original.size(), 19);
        hub.reset();

        // A new, empty hub database on the same port.
        Database database;
        QString error;
        QVERIFY(database.open(path(), &error));
        SessionHost host(database, fastOptions());
        host.setRoomCode("K7Q2");
        QVERIFY(host.openSession("Werkstatt", defaultCatalog(), {}, &error));
        QVERIFY(host.sessionId() != session);
        QVERIFY2(host.listen(QHostAddress::LocalHost, port, &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(host.sessionId() == session, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(a.client->isFullySynced() && b.client->isFullySynced()
                && RatingStore(database).ratingCount(session) == 19,
            10000);
        QVERIFY(sameRatings(RatingStore(database).ratings(session), original));
        QCOMPARE(SessionStore(database).sessions().size(), 1);
    }

    void tripleShuffledDeliveryGivesTheSameResult()
    {
        Hub plainHub(path());
        Tablet plain(path(), plainHub.port());
        Hub chaosHub(path());
        SyncClient::Options chaosOptions = clientOptions();
        chaosOptions.chaos = true;
        Tablet chaos(path(), chaosHub.port(), chaosOptions);
        for (Tablet* tablet : { &plain, &chaos }) {
            tablet->client->start();
            QTRY_VERIFY(tablet->client->status() == SyncClient::Status::Online);
            const QString me = tablet->client->registerParticipant({}, "person-1");
            rate(*tablet, me, 30);
            rate(*tablet, me, 10, 2); // changed answers
            QTRY_VERIFY(tablet->client->isFullySynced());
        }
        auto normalize = [](QList<Rating> list) {
            for (Rating& r : list) {
                r.sessionId.clear();
                r.deviceId.clear();
                r.updatedAt = {};
            }
            return list;
        };
        QVERIFY(sameRatings(normalize(plainHub.ratings()), normalize(chaosHub.ratings())));
        QCOMPARE(chaosHub.ratings().size(), 30);
    }

    void ledgerIgnoresDuplicatesAndReordering()
    {
        Hub hub(path());
        HubLedger ledger(hub.database);
        QString error;
        QVERIFY(ledger.load(hub.host->snapshot().session, &error));
        const auto statements = hub.host->snapshot().session.catalog.allStatements();
        QList<HubLedger::Incoming> stream;
        for (int seq = 1; seq <= 60; ++seq) {
            Rating r;
            r.sessionId = hub.host->sessionId();
            r.round = 1;
            r.statementId = statements.at(seq % 20).id;
            r.pseudonym = QStringLiteral("p%1").arg(seq % 3);
            r.answer = seq % 7;
            r.deviceId = QStringLiteral("dev-%1").arg(seq % 3);
            r.sequence = seq;
            r.updatedAt = QDateTime::currentDateTimeUtc();
            stream.append({ r });
        }
        QList<HubLedger::Incoming> chaos = stream + stream + stream;
        std::shuffle(chaos.begin(), chaos.end(), *QRandomGenerator::global());
        QList<HubLedger::Outcome> outcomes;
        for (qsizetype i = 0; i < chaos.size(); i += 17)
            QVERIFY2(ledger.apply(chaos.mid(i, 17), &outcomes, &error), qPrintable(error));
        const QList<Rating> afterChaos = hub.ratings();

        Hub reference(path());
        HubLedger inOrder(reference.database);
        SessionRecord session = hub.host->snapshot().session;
        QVERIFY(inOrder.load(session, &error));
        QVERIFY(SessionStore(reference.database).insertSession(session, &error));
        QVERIFY(inOrder.apply(stream, &outcomes, &error));
        QVERIFY(sameRatings(afterChaos, RatingStore(reference.database).ratings(session.id)));
        QCOMPARE(afterChaos.size(), 60);
        QCOMPARE(ledger.highWater("dev-1"), 58);
    }
};

QTEST_GUILESS_MAIN(TestSyncHub)
#include "tst_synchub.moc"

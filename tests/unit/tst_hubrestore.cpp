// Restore mode: a hub that lost its database gets its workshop back from the tablets, only when
// asked, only a session sealed with its own key; forged offers and other hubs' sessions change
// nothing.
#include "storage/database.h"
#include "storage/ratingstore.h"
#include "storage/sessionstore.h"
#include "storage/sessionsyncstore.h"
#include "sync/hubrestore.h"
#include "sync/messagesender.h"
#include "sync/sessionseal.h"
#include "syncworld.h"

#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace dp;
using namespace dp::test;

namespace {

HubRestore::Options fastRestoreOptions()
{
    HubRestore::Options options;
    options.transport.helloTimeoutMs = 300;
    options.transport.maxJoining = 3;
    options.throttle.baseDelayMs = 400;
    return options;
}

// Deletes a hub's database file (and SQLite's side files) but not its key.
void loseDatabase(const QString& path)
{
    for (const QString& suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(path + suffix);
    QVERIFY(QFile::exists(SessionSeal::keyPath(path)));
}

// The seal the hub with the database at `path` gives `session`.
QString sealOf(const QString& path, const SessionRecord& session)
{
    QString error;
    const auto seal = SessionSeal::forDatabase(path, &error);
    if (!seal)
        qFatal("%s", qPrintable(error));
    return seal->seal(session);
}

// An offer_session as a tablet would send it, of `snapshot` with `seal`.
void offer(RawClient& client, const SessionSnapshot& snapshot, const QString& seal)
{
    protocol::sendMessage(client.socket, protocol::OfferSession { snapshot, seal, 12 });
}

} // namespace

class TestHubRestore : public QObject
{
    Q_OBJECT

private slots:
    void tabletsGiveBackTheLostWorkshop()
    {
        QTemporaryDir hubDir;
        const QString hubPath = hubDir.filePath("hub.sqlite");
        DatabaseFiles tablets;
        auto hub = std::make_unique<Hub>(hubPath);
        const quint16 port = hub->port();
        const QString session = hub->host->sessionId();
        hub->host->startNextRound(); // the restored hub must know round 2, or answers bounce
        Tablet a(tablets.next(), port);
        Tablet b(tablets.next(), port);
        a.client->start();
        b.client->start();
        QTRY_VERIFY(a.client->status() == SyncClient::Status::Online
            && b.client->status() == SyncClient::Status::Online
            && a.client->snapshot()->session.currentRound == 2);
        rate(a, a.client->registerParticipant(), 12);
        rate(b, b.client->registerParticipant(), 7);
        QTRY_VERIFY(a.client->isFullySynced() && b.client->isFullySynced());
        hub.reset();
        loseDatabase(hubPath);

        Database database;
        QString error;
        QVERIFY(database.open(hubPath, &error));
        {
            HubRestore restore(database, fastRestoreOptions());
            QVERIFY2(restore.begin(QString(), &error), qPrintable(error));
            QVERIFY2(restore.listen(QHostAddress::LocalHost, port, &error), qPrintable(error));
            QTRY_VERIFY_WITH_TIMEOUT(
                restore.candidates().size() == 1 && restore.candidates().first().tablets == 2,
                10000);
            const RestoreCandidate candidate = restore.candidates().first();
            QCOMPARE(candidate.sessionId, session);
            QCOMPARE(candidate.title, QStringLiteral("Werkstatt"));
            QCOMPARE(candidate.date, QDate::currentDate());
            QCOMPARE(candidate.answers, 19);
            // Nothing is stored before the moderator chose.
            QCOMPARE(SessionStore(database).sessions().size(), 0);
            QVERIFY2(restore.restore(session, &error), qPrintable(error));
            QCOMPARE(restore.restoredRoomCode(), SyncRoomCode);
        }
        const auto stored = SessionStore(database).session(session);
        QVERIFY(stored);
        QCOMPARE(stored->role, SessionRecord::Role::Moderator);
        QCOMPARE(stored->currentRound, 2);
        QCOMPARE(stored->catalog, a.client->snapshot()->session.catalog);
        QCOMPARE(SessionSyncStore(database).roomCode(session), SyncRoomCode);

        // Hosted again the ordinary way, the tablets send every answer once more.
        SessionHost host(database, fastHubOptions());
        host.setRoomCode(SessionSyncStore(database).roomCode(session));
        QVERIFY(host.openSession("ignored", defaultCatalog(), {}, &error));
        QCOMPARE(host.sessionId(), session);
        QCOMPARE(host.currentRound(), 2);
        QVERIFY2(host.listen(QHostAddress::LocalHost, port, &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(RatingStore(database).ratingCount(session) == 19
                && a.client->isFullySynced() && b.client->isFullySynced(),
            10000);
        QVERIFY(sameRatings(RatingStore(database).ratings(session),
            a.answers->ratings().ratings(session) + b.answers->ratings().ratings(session)));
        QCOMPARE(SessionStore(database).participants(session).size(), 2);
    }

    void withoutItsKeyAHubRestoresNothing()
    {
        QTemporaryDir dir;
        Database database;
        QString error;
        QVERIFY(database.open(dir.filePath("hub.sqlite"), &error));
        HubRestore restore(database);
        QVERIFY(!restore.begin(SyncRoomCode, &error));
        QVERIFY2(error.contains("hub.key"), qPrintable(error));
        QVERIFY(!QFile::exists(SessionSeal::keyPath(database.path()))); // none made up
        QVERIFY(!restore.listen(QHostAddress::LocalHost, 0, &error));
    }

    void forgedAndForeignOffersAreRefused()
    {
        QTemporaryDir hubDir;
        QTemporaryDir otherDir;
        const QString hubPath = hubDir.filePath("hub.sqlite");
        // A session of this hub (sealed with its key) and one of another hub.
        SessionSnapshot own;
        QString ownSeal;
        {
            Hub hub(hubPath);
            own = hub.host->snapshot();
            ownSeal = sealOf(hubPath, own.session);
        }
        SessionSnapshot foreign;
        QString foreignSeal;
        {
            Hub other(otherDir.filePath("hub.sqlite"));
            foreign = other.host->snapshot();
            foreignSeal = sealOf(other.database.path(), foreign.session);
        }
        loseDatabase(hubPath);
        Database database;
        QString error;
        QVERIFY(database.open(hubPath, &error));
        HubRestore restore(database, fastRestoreOptions());
        QSignalSpy refused(&restore, &HubRestore::offerRefused);
        QVERIFY(restore.begin(SyncRoomCode, &error));
        QVERIFY(restore.listen(QHostAddress::LocalHost, 0, &error));

        RawClient client(quint16(restore.port()));
        QTRY_VERIFY(client.socket.state() == QAbstractSocket::ConnectedState);
        client.hello();
        QTRY_VERIFY(!client.firstOfType("restore_request").isEmpty());
        // Another catalog under this hub's session id, with the real seal.
        SessionSnapshot otherCatalog = own;
        otherCatalog.session.catalog.id = QStringLiteral("forged");
        QVERIFY(otherCatalog.session.catalog != own.session.catalog);
        offer(client, otherCatalog, ownSeal);
        // Another title, a seal made up, another hub's session with its own seal.
        SessionSnapshot retitled = own;
        retitled.session.title = QStringLiteral("Forged");
        offer(client, retitled, ownSeal);
        offer(client, own, QString(64, QLatin1Char('0')));
        offer(client, foreign, foreignSeal);
        QTRY_COMPARE(refused.size(), 4);
        QVERIFY(client.hasError("wrong_session"));
        QVERIFY(!client.closed); // non-fatal: a real offer may follow
        QVERIFY(restore.candidates().isEmpty());
        QVERIFY(!restore.restore(own.session.id, &error));
        QCOMPARE(SessionStore(database).sessions().size(), 0);

        // The real one is listed; answers before the moderator chose are refused, not stored.
        offer(client, own, ownSeal);
        QTRY_COMPARE(restore.candidates().size(), 1);
        protocol::sendMessage(client.socket,
            protocol::Answers {
                1, { Rating { own.session.id, 1, own.openStatements.first(), "p1", 3, {}, 1 } } });
        QTRY_VERIFY(!client.firstOfType("reject").isEmpty());
        QCOMPARE(SessionStore(database).sessions().size(), 0);
        QCOMPARE(RatingStore(database).ratingCount(own.session.id), 0);
    }

    void wrongRoomCodeIsRefusedWhenTheCodeIsKnown()
    {
        QTemporaryDir dir;
        {
            Hub hub(dir.filePath("hub.sqlite"));
        }
        loseDatabase(dir.filePath("hub.sqlite"));
        Database database;
        QString error;
        QVERIFY(database.open(dir.filePath("hub.sqlite"), &error));
        HubRestore restore(database, fastRestoreOptions());
        QVERIFY(restore.begin(QStringLiteral("OTHER"), &error));
        QVERIFY(restore.listen(QHostAddress::LocalHost, 0, &error));
        RawClient client(quint16(restore.port()));
        QTRY_VERIFY(client.socket.state() == QAbstractSocket::ConnectedState);
        client.hello();
        QTRY_VERIFY(client.hasError("wrong_room_code"));
    }

    void aSessionStillHeldIsNotOfferedForRestore()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("hub.sqlite");
        SessionSnapshot own;
        QString seal;
        {
            Hub hub(path);
            own = hub.host->snapshot();
            seal = sealOf(path, own.session);
        }
        Database database; // the database is NOT lost
        QString error;
        QVERIFY(database.open(path, &error));
        HubRestore restore(database, fastRestoreOptions());
        QVERIFY(restore.begin(SyncRoomCode, &error));
        QVERIFY(restore.listen(QHostAddress::LocalHost, 0, &error));
        RawClient client(quint16(restore.port()));
        QTRY_VERIFY(client.socket.state() == QAbstractSocket::ConnectedState);
        client.hello();
        QTRY_VERIFY(!client.firstOfType("restore_request").isEmpty());
        offer(client, own, seal);
        protocol::sendMessage(client.socket, protocol::Ping { 0 });
        QTRY_VERIFY(!client.firstOfType("pong").isEmpty()); // the offer was handled before
        QVERIFY(restore.candidates().isEmpty());
        QCOMPARE(SessionStore(database).sessions().size(), 1);
    }

    void aHubNotInRestoreModeRefusesEveryOffer()
    {
        QTemporaryDir dir;
        Hub hub(dir.filePath("hub.sqlite"));
        const SessionSnapshot before = hub.host->snapshot();
        const QString seal = sealOf(hub.database.path(), before.session);
        RawClient client(hub.port());
        QTRY_VERIFY(client.socket.state() == QAbstractSocket::ConnectedState);
        client.hello();
        QTRY_VERIFY(!client.firstOfType("state").isEmpty());
        QVERIFY(client.firstOfType("restore_request").isEmpty());
        SessionSnapshot forged = before;
        forged.session.title = QStringLiteral("Forged");
        offer(client, forged, seal);
        offer(client, before, seal); // even a real one: nobody asked
        QTRY_VERIFY(client.hasError("wrong_session"));
        QCOMPARE(hub.host->snapshot(), before);
        QCOMPARE(SessionStore(hub.database).sessions().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestHubRestore)
#include "tst_hubrestore.moc"

// Losing the hub: answers saved offline arrive after it comes back, and a hub started afresh
// never takes over a session because tablets hold one.
#include "storage/database.h"
#include "storage/ratingstore.h"
#include "storage/sessionstore.h"
#include "sync/sessionhost.h"
#include "sync/syncclient.h"
#include "syncworld.h"

#include <QTest>

#include <memory>

using namespace dp;
using namespace dp::test;

class TestSyncHubRecovery : public QObject
{
    Q_OBJECT

private:
    DatabaseFiles m_files;

private slots:
    void offlineRatingsArriveAfterReconnect()
    {
        const QString hubPath = m_files.next();
        auto hub = std::make_unique<Hub>(hubPath);
        const quint16 port = hub->port();
        Tablet tablet(m_files.next(), port);
        tablet.client->start();
        QTRY_VERIFY(tablet.client->status() == SyncClient::Status::Online);
        const QString me = tablet.client->registerParticipant();
        rate(tablet, me, 5);
        QTRY_VERIFY(tablet.client->isFullySynced());
        hub.reset();
        QTRY_VERIFY(tablet.client->status() == SyncClient::Status::Reconnecting);
        rate(tablet, me, 20, 1); // offline: saved locally only
        QCOMPARE(tablet.client->pendingCount(), 20);
        SessionHost::Options options = fastHubOptions();
        Database database;
        QString error;
        QVERIFY(database.open(hubPath, &error));
        SessionHost host(database, options);
        host.setRoomCode("K7Q2");
        QVERIFY(host.openSession("Werkstatt", defaultCatalog(), {}, &error));
        QVERIFY2(host.listen(QHostAddress::LocalHost, port, &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(tablet.client->isFullySynced(), 10000);
        QVERIFY(sameRatings(RatingStore(database).ratings(host.sessionId()),
            tablet.answers->ratings().ratings(host.sessionId())));
    }

    void freshHubKeepsItsSessionAndTabletsKeepTheirs()
    {
        auto hub = std::make_unique<Hub>(m_files.next());
        const quint16 port = hub->port();
        const QString first = hub->host->sessionId();
        Tablet a(m_files.next(), port);
        Tablet b(m_files.next(), port);
        a.client->start();
        b.client->start();
        QTRY_VERIFY(a.client->status() == SyncClient::Status::Online);
        QTRY_VERIFY(b.client->status() == SyncClient::Status::Online);
        rate(a, a.client->registerParticipant(), 12);
        rate(b, b.client->registerParticipant(), 7);
        QTRY_VERIFY(a.client->isFullySynced() && b.client->isFullySynced());
        const QList<Rating> firstOnA = a.answers->ratings().ratings(first);
        const QString firstDeviceOfA = a.client->deviceId();
        hub.reset();

        // A new, empty hub database on the same port: the next workshop.
        Database database;
        QString error;
        QVERIFY(database.open(m_files.next(), &error));
        SessionHost host(database, fastHubOptions());
        host.setRoomCode("K7Q2");
        QVERIFY(host.openSession("Werkstatt 2", defaultCatalog(), {}, &error));
        const QString second = host.sessionId();
        QVERIFY(second != first);
        QVERIFY2(host.listen(QHostAddress::LocalHost, port, &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(a.client->sessionId() == second && b.client->sessionId() == second
                && a.client->status() == SyncClient::Status::Online,
            10000);
        QCOMPARE(host.sessionId(), second);
        // A new participant with a new device id rates the new workshop.
        QVERIFY(a.client->deviceId() != firstDeviceOfA);
        rate(a, a.client->registerParticipant(), 3);
        QTRY_VERIFY(a.client->isFullySynced());
        QCOMPARE(RatingStore(database).ratingCount(second), 3);
        QCOMPARE(RatingStore(database).ratingCount(first), 0);
        QCOMPARE(SessionStore(database).sessions().size(), 1);
        // The first workshop stays as it was on the tablet.
        QVERIFY(sameRatings(a.answers->ratings().ratings(first), firstOnA));
    }
};

QTEST_GUILESS_MAIN(TestSyncHubRecovery)
#include "tst_synchub_recovery.moc"

// Answers and state between a hub and tablets over real loopback sockets: everything saved on a
// tablet arrives and is acknowledged, state changes reach the tablets, and duplicated, shuffled
// delivery ends in the same stored result.
#include "storage/database.h"
#include "storage/ratingstore.h"
#include "storage/sessionstore.h"
#include "sync/hubledger.h"
#include "sync/sessionhost.h"
#include "sync/syncclient.h"
#include "syncworld.h"

#include <QRandomGenerator>
#include <QTest>

#include <memory>

using namespace dp;
using namespace dp::test;

class TestSyncHubDelivery : public QObject
{
    Q_OBJECT

private:
    DatabaseFiles m_files;

private slots:
    void tabletJoinsRatesAndEverythingIsAcknowledged()
    {
        Hub hub(m_files.next());
        Tablet tablet(m_files.next(), hub.port());
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
            sameRatings(hub.ratings(), tablet.answers->ratings().ratings(hub.host->sessionId())));
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
            sameRatings(hub.ratings(), tablet.answers->ratings().ratings(hub.host->sessionId())));
    }

    void stateChangesReachTablets()
    {
        Hub hub(m_files.next());
        Tablet tablet(m_files.next(), hub.port());
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

    void tripleShuffledDeliveryGivesTheSameResult()
    {
        Hub plainHub(m_files.next());
        Tablet plain(m_files.next(), plainHub.port());
        Hub chaosHub(m_files.next());
        SyncClient::Options chaosOptions = fastClientOptions();
        chaosOptions.chaos = true;
        Tablet chaos(m_files.next(), chaosHub.port(), chaosOptions);
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
        Hub hub(m_files.next());
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

        Hub reference(m_files.next());
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

QTEST_GUILESS_MAIN(TestSyncHubDelivery)
#include "tst_synchub_delivery.moc"

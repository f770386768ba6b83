// The moderator's list of workshops to restore from the tablets: how offers add up (answers,
// tablets, round, room code), the model QML binds to, and the whole flow through
// ModeratorSession: a lost database, the button per workshop, hosting it again.
#include "moderation/moderatorsession.h"
#include "storage/database.h"
#include "storage/ratingstore.h"
#include "storage/sessionsyncstore.h"
#include "sync/restoreoffermodel.h"
#include "sync/restoreoffers.h"
#include "syncworld.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace dp;
using namespace dp::test;

namespace {

protocol::OfferSession offerOf(
    const QString& id, const QString& title, int round, qint64 answers, const QDate& date)
{
    protocol::OfferSession offer;
    offer.snapshot.session.id = id;
    offer.snapshot.session.title = title;
    offer.snapshot.session.date = date;
    offer.snapshot.session.currentRound = round;
    offer.answers = answers;
    return offer;
}

} // namespace

class TestRestoreOfferModel : public QObject
{
    Q_OBJECT

private slots:
    void offersAddUpPerWorkshop()
    {
        QObject tablet1, tablet2, tablet3;
        const QDate may(2024, 5, 6);
        RestoreOffers offers;
        offers.add(&tablet1, offerOf("s1", "Nord", 1, 10, may), "111");
        offers.add(&tablet2, offerOf("s1", "Nord", 2, 7, may), "111");
        offers.add(&tablet3, offerOf("s1", "Nord", 1, 5, may), "999");
        offers.add(&tablet3, offerOf("s2", "Süd", 1, 3, may.addDays(1)), "999");
        offers.add(&tablet1, offerOf("s1", "Nord", 1, 12, may), "111"); // again: replaces
        const auto candidates = offers.candidates();
        QCOMPARE(candidates.size(), 2);
        QCOMPARE(candidates[0].sessionId, "s2"); // newer first
        QCOMPARE(candidates[1], (RestoreCandidate { "s1", "Nord", may, 12 + 7 + 5, 3 }));
        const auto session = offers.session("s1");
        QVERIFY(session);
        QCOMPARE(session->snapshot.session.currentRound, 2);
        QCOMPARE(session->roomCode, "111"); // what most of its tablets joined with
        offers.removeConnection(&tablet3);
        QCOMPARE(offers.candidates(), (QList<RestoreCandidate> { { "s1", "Nord", may, 19, 2 } }));
        QVERIFY(!offers.session("s2"));
    }

    void modelShowsTheCandidates()
    {
        RestoreOfferModel model;
        QAbstractItemModelTester tester(&model);
        QSignalSpy counted(&model, &RestoreOfferModel::countChanged);
        const QDate may(2024, 5, 6);
        model.setCandidates({ { "s1", "Nord", may, 19, 2 }, { "s2", "Süd", may, 3, 1 } });
        QCOMPARE(model.count(), 2);
        QCOMPARE(counted.size(), 1);
        const QModelIndex first = model.index(0, 0);
        const auto roles = model.roleNames();
        auto value = [&](const QByteArray& name) { return first.data(roles.key(name)); };
        QCOMPARE(value("sessionId").toString(), "s1");
        QCOMPARE(value("title").toString(), "Nord");
        QCOMPARE(value("date").toString(), "2024-05-06");
        QCOMPARE(value("dateText").toString(), "06.05.2024");
        QCOMPARE(value("answers").toLongLong(), 19);
        QCOMPARE(value("tablets").toInt(), 2);
        model.setCandidates({ { "s1", "Nord", may, 19, 2 }, { "s2", "Süd", may, 3, 1 } });
        QCOMPARE(counted.size(), 1); // the same list: no reset
        model.setCandidates({});
        QCOMPARE(model.count(), 0);
    }

    void moderatorRestoresTheLostWorkshop()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("dialogpunkte.sqlite");
        QString error;
        QString sessionId;
        quint16 port = 0;
        DatabaseFiles tabletFiles;
        std::unique_ptr<Tablet> tablet;
        {
            Database database;
            QVERIFY(database.open(path, &error));
            ModeratorSession moderator(database);
            QVERIFY2(moderator.hostNewWorkshop("qualitaetsrahmen", "Werkstatt Nord",
                         QHostAddress::LocalHost, 0, "127.0.0.1"),
                qPrintable(moderator.errorText()));
            sessionId = moderator.hostedSessionId();
            port = quint16(moderator.host()->port());
            tablet = std::make_unique<Tablet>(tabletFiles.next(), port);
            QVERIFY(tablet->client->setJoinUrl(moderator.joinUrl()));
            tablet->client->start();
            QTRY_VERIFY(tablet->client->status() == SyncClient::Status::Online);
            rate(*tablet, tablet->client->registerParticipant(), 9);
            QTRY_VERIFY(tablet->client->isFullySynced());
            moderator.stopHosting();
        }
        for (const QString& suffix : { "", "-wal", "-shm" })
            QFile::remove(path + suffix);

        Database database;
        QVERIFY(database.open(path, &error));
        ModeratorSession moderator(database);
        QSignalSpy restoring(&moderator, &ModeratorSession::restoringChanged);
        QVERIFY2(moderator.startRestoreOn(QHostAddress::LocalHost, port),
            qPrintable(moderator.errorText()));
        QVERIFY(moderator.isRestoring());
        QCOMPARE(restoring.size(), 1);
        RestoreOfferModel* offers = moderator.restoreOffers();
        QAbstractItemModelTester tester(offers);
        QTRY_COMPARE_WITH_TIMEOUT(offers->count(), 1, 10000);
        const QModelIndex row = offers->index(0, 0);
        QCOMPARE(row.data(RestoreOfferModel::TitleRole).toString(), "Werkstatt Nord");
        QCOMPARE(row.data(RestoreOfferModel::AnswersRole).toLongLong(), 9);
        QVERIFY(!moderator.restoreWorkshopOn("unknown", QHostAddress::LocalHost, port));
        QVERIFY(!moderator.errorText().isEmpty());
        QVERIFY(moderator.isRestoring());

        QVERIFY2(moderator.restoreWorkshopOn(sessionId, QHostAddress::LocalHost, port),
            qPrintable(moderator.errorText()));
        QVERIFY(!moderator.isRestoring());
        QCOMPARE(offers->count(), 0);
        QVERIFY(moderator.isHosting());
        QCOMPARE(moderator.hostedSessionId(), sessionId);
        // The room code the tablet joined with (drawn by the lost database) lives on.
        QCOMPARE(
            moderator.host()->roomCode(), SessionSyncStore(tablet->database).roomCode(sessionId));
        QVERIFY(!moderator.host()->roomCode().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(
            RatingStore(database).ratingCount(sessionId) == 9 && tablet->client->isFullySynced(),
            10000);
    }

    void restoreNeedsTheHubKey()
    {
        QTemporaryDir dir;
        Database database;
        QString error;
        QVERIFY(database.open(dir.filePath("dialogpunkte.sqlite"), &error));
        ModeratorSession moderator(database);
        QVERIFY(!moderator.startRestoreOn(QHostAddress::LocalHost, 0));
        QVERIFY(!moderator.isRestoring());
        QVERIFY(moderator.errorText().contains("hub.key"));
    }
};

QTEST_GUILESS_MAIN(TestRestoreOfferModel)
#include "tst_restoreoffermodel.moc"

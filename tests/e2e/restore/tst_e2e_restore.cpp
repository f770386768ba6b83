// Workshops stay apart, end to end, with real hub processes and tablets running the app's sync
// client: tablets reused for the next workshop keep the last one untouched and give the new one
// only its own answers; forged offers change nothing, in restore mode or not.
#include "e2esupport.h"
#include "storage/database.h"
#include "storage/ratingstore.h"
#include "storage/sessionsyncstore.h"
#include "sync/messagesender.h"
#include "syncworld.h"

#include <QDir>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

using namespace dp;
using namespace dp::e2e;
using namespace dp::test;

namespace {

using Tablets = std::vector<std::unique_ptr<Tablet>>;

// Each tablet joins the hub on `port` (again), a new person rates `count` statements, and the
// hub commits everything.
void joinAndRate(Tablets& tablets, const QString& sessionId, int count)
{
    for (auto& tablet : tablets)
        QTRY_VERIFY_WITH_TIMEOUT(tablet->client->status() == SyncClient::Status::Online
                && tablet->client->sessionId() == sessionId,
            20000);
    for (auto& tablet : tablets)
        rate(*tablet, tablet->client->registerParticipant(), count);
    for (auto& tablet : tablets)
        QTRY_VERIFY_WITH_TIMEOUT(tablet->client->isFullySynced(), 20000);
}

// The session id a hub process printed when it started listening.
QString sessionOf(const QString& hubDir)
{
    Database database;
    QString error;
    if (!database.open(QDir(hubDir).filePath("dialogpunkte.sqlite"), &error))
        return {};
    QSqlQuery query(database.connection());
    query.exec("SELECT id FROM sessions");
    return query.next() ? query.value(0).toString() : QString();
}

// (device id, lowest sequence) of every device in a hub database's answers.
QHash<QString, qint64> devicesOf(const QString& hubDir)
{
    QHash<QString, qint64> result;
    Database database;
    QString error;
    if (!database.open(QDir(hubDir).filePath("dialogpunkte.sqlite"), &error))
        return result;
    QSqlQuery query(database.connection());
    query.exec("SELECT device_id, MIN(sequence) FROM ratings GROUP BY device_id");
    while (query.next())
        result.insert(query.value(0).toString(), query.value(1).toLongLong());
    return result;
}

void removeAllButKey(const QString& hubDir)
{
    QDir dir(hubDir);
    for (const QString& file : dir.entryList(QDir::Files | QDir::Hidden)) {
        if (file != QLatin1String("hub.key"))
            QVERIFY(dir.remove(file));
    }
    QCOMPARE(dir.entryList(QDir::Files | QDir::Hidden), QStringList { "hub.key" });
}

// Reads what the hub printed so far.
QString outputOf(QProcess& hub)
{
    hub.waitForReadyRead(200);
    return QString::fromUtf8(hub.readAllStandardOutput());
}

} // namespace

class TestE2eRestore : public QObject
{
    Q_OBJECT

private slots:
    void reusedTabletsKeepWorkshopsApart()
    {
        QTemporaryDir dir;
        const QString firstDir = dir.filePath("hub1");
        const QString secondDir = dir.filePath("hub2");
        const quint16 port = freePort();
        QString error;
        Tablets tablets;
        for (int i = 0; i < 3; ++i)
            tablets.push_back(
                std::make_unique<Tablet>(dir.filePath(QString("tablet%1.sqlite").arg(i)), port));

        QProcess first;
        QVERIFY2(startHub(first, firstDir, port, &error), qPrintable(error));
        const QString workshop1 = sessionOf(firstDir);
        QVERIFY(!workshop1.isEmpty());
        for (auto& tablet : tablets)
            tablet->client->start();
        joinAndRate(tablets, workshop1, 10);
        QVERIFY2(stopHub(first, &error), qPrintable(error));
        QList<QList<Rating>> before;
        QStringList sealsBefore;
        QStringList devicesBefore;
        for (auto& tablet : tablets) {
            before.append(tablet->answers->ratings().ratings(workshop1));
            sealsBefore.append(SessionSyncStore(tablet->database).seal(workshop1));
            devicesBefore.append(SessionSyncStore(tablet->database).deviceId(workshop1));
        }

        // The next workshop: hosted afresh, same port, the same tablets.
        QProcess second;
        QVERIFY2(startHub(second, secondDir, port, &error), qPrintable(error));
        const QString workshop2 = sessionOf(secondDir);
        QVERIFY(!workshop2.isEmpty() && workshop2 != workshop1);
        joinAndRate(tablets, workshop2, 4);
        QVERIFY2(stopHub(second, &error), qPrintable(error));

        // Workshop 1 stays as it was on every tablet.
        for (size_t i = 0; i < tablets.size(); ++i) {
            Tablet& tablet = *tablets[i];
            QVERIFY(sameRatings(tablet.answers->ratings().ratings(workshop1), before[int(i)]));
            QCOMPARE(SessionSyncStore(tablet.database).seal(workshop1), sealsBefore[int(i)]);
            QCOMPARE(SessionSyncStore(tablet.database).deviceId(workshop1), devicesBefore[int(i)]);
            QVERIFY(SessionSyncStore(tablet.database).deviceId(workshop2) != devicesBefore[int(i)]);
        }
        // Workshop 2 holds only its own answers, of new people.
        QList<Row> exported;
        QVERIFY2(
            exportCsv(secondDir, dir.filePath("w2.csv"), &exported, &error), qPrintable(error));
        QCOMPARE(exported.size(), 3 * 4);
        QSet<QString> firstPeople;
        for (const auto& ratings : before)
            for (const Rating& rating : ratings)
                firstPeople.insert(rating.pseudonym);
        for (const Row& row : exported) {
            QCOMPARE(row.session, workshop2);
            QVERIFY(!firstPeople.contains(row.pseudonym));
        }
        // No device id in common, and every device's sequences in workshop 2 start afresh.
        const auto devices1 = devicesOf(firstDir);
        const auto devices2 = devicesOf(secondDir);
        QCOMPARE(devices1.size(), 3);
        QCOMPARE(devices2.size(), 3);
        for (auto it = devices2.cbegin(); it != devices2.cend(); ++it) {
            QVERIFY(!devices1.contains(it.key()));
            QCOMPARE(it.value(), 1);
        }
    }

    void forgedOffersChangeNothing()
    {
        QTemporaryDir dir;
        const QString hubDir = dir.filePath("hub");
        const quint16 port = freePort();
        QString error;
        Tablets tablets;
        tablets.push_back(std::make_unique<Tablet>(dir.filePath("tablet.sqlite"), port));
        QProcess hub;
        QVERIFY2(startHub(hub, hubDir, port, &error), qPrintable(error));
        const QString workshop = sessionOf(hubDir);
        tablets.front()->client->start();
        joinAndRate(tablets, workshop, 8);
        Tablet& tablet = *tablets.front();
        const SessionSnapshot real = *tablet.client->snapshot();
        const QString seal = SessionSyncStore(tablet.database).seal(workshop);
        QVERIFY(!seal.isEmpty());
        SessionSnapshot otherCatalog = real;
        otherCatalog.session.catalog.id = QStringLiteral("forged");
        otherCatalog.session.title = QStringLiteral("Forged");

        // A hub that is not in restore mode: every offer is refused, nothing changes.
        {
            RawClient raw(port);
            QTRY_VERIFY(raw.socket.state() == QAbstractSocket::ConnectedState);
            raw.hello();
            QTRY_VERIFY(!raw.firstOfType("state").isEmpty());
            protocol::sendMessage(raw.socket, protocol::OfferSession { otherCatalog, seal, 999 });
            protocol::sendMessage(raw.socket, protocol::OfferSession { real, seal, 999 });
            QTRY_VERIFY(raw.hasError("wrong_session"));
        }
        QVERIFY2(stopHub(hub, &error), qPrintable(error));
        QList<Row> exported;
        QVERIFY2(exportCsv(hubDir, dir.filePath("a.csv"), &exported, &error), qPrintable(error));
        QCOMPARE(exported.size(), 8);
        QCOMPARE(exported.first().session, workshop);

        // The database is lost; a hub in restore mode, told which workshop to take back.
        removeAllButKey(hubDir);
        tablet.client->stop();
        QProcess restoring;
        QVERIFY2(startHub(restoring, hubDir, port, &error,
                     { "--restore-from-tablets", "--session", workshop }),
            qPrintable(error));
        {
            RawClient raw(port);
            QTRY_VERIFY(raw.socket.state() == QAbstractSocket::ConnectedState);
            raw.hello();
            QTRY_VERIFY(!raw.firstOfType("restore_request").isEmpty());
            // The right session id with another catalog, and a made-up seal.
            protocol::sendMessage(raw.socket, protocol::OfferSession { otherCatalog, seal, 999 });
            protocol::sendMessage(
                raw.socket, protocol::OfferSession { real, QString(64, QLatin1Char('a')), 999 });
            QTRY_COMPARE(raw.received.size(), 3); // restore_request and two errors
            QVERIFY(raw.hasError("wrong_session"));
            QVERIFY(!raw.closed);
        }
        QVERIFY(!outputOf(restoring).contains("restored"));
        QVERIFY(sessionOf(hubDir).isEmpty()); // nothing stored

        // The real tablet offers the real workshop: it is restored and its answers return.
        tablet.client->start();
        QTRY_VERIFY_WITH_TIMEOUT(tablet.client->status() == SyncClient::Status::Online
                && tablet.client->isFullySynced() && sessionOf(hubDir) == workshop,
            20000);
        QVERIFY2(stopHub(restoring, &error), qPrintable(error));
        QList<Row> restored;
        QVERIFY2(exportCsv(hubDir, dir.filePath("b.csv"), &restored, &error), qPrintable(error));
        QCOMPARE(restored.size(), 8);
        for (const Row& row : restored)
            QCOMPARE(row.session, workshop);
        QCOMPARE(RatingStore(tablet.database).ratings(workshop).size(), qsizetype(restored.size()));
    }
};

QTEST_GUILESS_MAIN(TestE2eRestore)
#include "tst_e2e_restore.moc"

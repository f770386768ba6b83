// Two workshops with the same tablets leave nothing that links a tablet or a person from one to
// the other: not in either hub's database, not in either export. Device ids are new per
// session, sequences start afresh, no stored time is finer than a minute.
#include "export/exportdata.h"
#include "export/exporttables.h"
#include "export/jsonexport.h"
#include "storage/database.h"
#include "storage/ratingstore.h"
#include "syncworld.h"

#include <QSet>
#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace dp;
using namespace dp::test;

namespace {

// Every text value stored in `table` of the hub's database.
QSet<QString> valuesOf(Database& database, const QString& table, const QString& column)
{
    QSet<QString> values;
    QSqlQuery query(database.connection());
    if (query.exec(QStringLiteral("SELECT %1 FROM %2").arg(column, table)))
        while (query.next())
            values.insert(query.value(0).toString());
    return values;
}

// The device ids of answers stored at `hub` (the hub's own record of which device sent what).
QSet<QString> deviceIds(Hub& hub)
{
    return valuesOf(hub.database, QStringLiteral("ratings"), QStringLiteral("device_id"));
}

QByteArray exportOf(Hub& hub)
{
    QString error;
    const auto data = loadExportData(hub.database, hub.host->sessionId(), "en", 3, &error);
    if (!data)
        qFatal("%s", qPrintable(error));
    return toJsonExport(*data);
}

// Runs one workshop on a fresh hub with the tablets: each says who it is and rates.
void runWorkshop(Hub& hub, std::vector<std::unique_ptr<Tablet>>& tablets, int statements)
{
    for (auto& tablet : tablets) {
        tablet->client->stop();
        tablet->client->setTarget(JoinTarget { "127.0.0.1", hub.port(), SyncRoomCode });
        tablet->client->start();
    }
    for (auto& tablet : tablets)
        QTRY_VERIFY(tablet->client->status() == SyncClient::Status::Online
            && tablet->client->sessionId() == hub.host->sessionId());
    for (auto& tablet : tablets)
        rate(*tablet, tablet->client->registerParticipant(), statements);
    for (auto& tablet : tablets)
        QTRY_VERIFY(tablet->client->isFullySynced());
}

} // namespace

class TestWorkshopsStayApart : public QObject
{
    Q_OBJECT

private:
    DatabaseFiles m_files;

private slots:
    void sameTabletsLeaveNothingInCommon()
    {
        std::vector<std::unique_ptr<Tablet>> tablets;
        for (int i = 0; i < 3; ++i)
            tablets.push_back(std::make_unique<Tablet>(m_files.next(), 1));
        Hub first(m_files.next());
        runWorkshop(first, tablets, 8);
        if (QTest::currentTestFailed())
            return;
        Hub second(m_files.next());
        runWorkshop(second, tablets, 5);
        if (QTest::currentTestFailed())
            return;

        // Each hub knows one id per tablet, and no id is known to both.
        const QSet<QString> firstIds = deviceIds(first);
        const QSet<QString> secondIds = deviceIds(second);
        QCOMPARE(firstIds.size(), 3);
        QCOMPARE(secondIds.size(), 3);
        QVERIFY2(!firstIds.intersects(secondIds), "a device id links the two workshops");
        // Pseudonyms are new people.
        QVERIFY(!valuesOf(first.database, "participants", "pseudonym")
                     .intersects(valuesOf(second.database, "participants", "pseudonym")));
        // Sequences start afresh in each workshop: the second's do not continue the first's.
        QSqlQuery lowest(second.database.connection());
        QVERIFY(lowest.exec("SELECT MIN(sequence) FROM ratings GROUP BY device_id"));
        while (lowest.next())
            QCOMPARE(lowest.value(0).toLongLong(), 1);
        // No stored time of a person tells more than the minute.
        for (Hub* hub : { &first, &second }) {
            for (const QString& time : valuesOf(hub->database, "ratings", "updated_at")
                    + valuesOf(hub->database, "participants", "created_at"))
                QVERIFY2(time.endsWith(":00.000Z"), qPrintable(time));
        }
        // The exports carry nothing per device at all.
        const QByteArray firstExport = exportOf(first);
        const QByteArray secondExport = exportOf(second);
        for (const QString& id : firstIds + secondIds) {
            QVERIFY(!firstExport.contains(id.toUtf8()));
            QVERIFY(!secondExport.contains(id.toUtf8()));
        }
        QVERIFY(!firstExport.contains("\"sequence\"") && !firstExport.contains("device"));
        // The tablets still hold the first workshop, untouched.
        for (auto& tablet : tablets)
            QCOMPARE(tablet->answers->ratings().ratingCount(first.host->sessionId()), 8);
    }
};

QTEST_GUILESS_MAIN(TestWorkshopsStayApart)
#include "tst_workshopsstayapart.moc"

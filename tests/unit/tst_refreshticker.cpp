// RefreshTicker: the live statistics' change notices become one refresh per interval, naming
// the union of the changed statements, or all statements after a reset.
#include "moderation/refreshticker.h"
#include "stats/liveaggregator.h"
#include "testratings.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace dp;

namespace {

constexpr int IntervalMs = 33;

QList<StatementInfo> statements()
{
    return { { "a", "d", 6, Scale::Kind::Ordinal, LocalizedText("A") },
        { "b", "d", 6, Scale::Kind::Ordinal, LocalizedText("B") },
        { "c", "e", 6, Scale::Kind::Ordinal, LocalizedText("C") } };
}

QStringList sorted(QStringList ids)
{
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace

class RefreshTickerTest : public QObject
{
    Q_OBJECT

private slots:
    void batchesSeveralChangesIntoOneRefresh()
    {
        LiveAggregator live;
        live.setSession("s", statements());
        RefreshTicker ticker(IntervalMs);
        ticker.follow(live);
        QSignalSpy refreshed(&ticker, &RefreshTicker::refreshed);
        live.applyRating(test::rating("a", "p1", 2));
        live.applyRating(test::rating("c", "p1", 3));
        live.applyRating(test::rating("a", "p2", 4));
        QVERIFY(ticker.isPending());
        QCOMPARE(refreshed.size(), 0); // nothing before the interval is over
        QCOMPARE(ticker.revision(), 0);
        QVERIFY(refreshed.wait(1000));
        QTest::qWait(3 * IntervalMs); // and no second refresh for the same changes
        QCOMPARE(refreshed.size(), 1);
        QCOMPARE(sorted(refreshed.at(0).at(0).toStringList()), (QStringList { "a", "c" }));
        QCOMPARE(ticker.revision(), 1);
        QVERIFY(!ticker.isPending());

        live.applyRating(test::rating("b", "p1", 5));
        QVERIFY(refreshed.wait(1000));
        QCOMPARE(refreshed.at(1).at(0).toStringList(), QStringList { "b" });
        QCOMPARE(ticker.revision(), 2);
    }

    void aResetRefreshesAllStatements()
    {
        LiveAggregator live;
        live.setSession("s", statements());
        RefreshTicker ticker(IntervalMs);
        ticker.setStatementIds({ "a", "b", "c" });
        ticker.follow(live);
        QSignalSpy refreshed(&ticker, &RefreshTicker::refreshed);
        live.applyRating(test::rating("b", "p1", 2));
        live.load({}, { test::rating("a", "p1", 1) }); // emits reset
        QVERIFY(refreshed.wait(1000));
        QCOMPARE(refreshed.size(), 1);
        QCOMPARE(refreshed.at(0).at(0).toStringList(), (QStringList { "a", "b", "c" }));
        // "All" lasts for one refresh only.
        live.applyRating(test::rating("c", "p1", 2));
        QVERIFY(refreshed.wait(1000));
        QCOMPARE(refreshed.at(1).at(0).toStringList(), QStringList { "c" });
    }

    void allMeansTheStatementsKnownAtTheRefresh()
    {
        RefreshTicker ticker(IntervalMs);
        QSignalSpy refreshed(&ticker, &RefreshTicker::refreshed);
        ticker.markAllChanged();
        ticker.setStatementIds({ "x", "y" }); // a workshop's statements arrive after its reset
        QVERIFY(refreshed.wait(1000));
        QCOMPARE(refreshed.at(0).at(0).toStringList(), (QStringList { "x", "y" }));
    }

    void staysQuietWithoutChanges()
    {
        LiveAggregator live;
        live.setSession("s", statements());
        RefreshTicker ticker(IntervalMs);
        ticker.follow(live);
        QSignalSpy refreshed(&ticker, &RefreshTicker::refreshed);
        live.applyRating(test::rating("a", "p1", 2));
        live.applyRating(test::rating("a", "p1", 2)); // the same answer again moves nothing
        QVERIFY(refreshed.wait(1000));
        QTest::qWait(3 * IntervalMs);
        QCOMPARE(refreshed.size(), 1);
        QVERIFY(!ticker.isPending());
    }

    void aSteadyStreamStillRefreshesEveryInterval()
    {
        // The timer is not restarted by every change, or a busy room would never see a refresh.
        RefreshTicker ticker(IntervalMs);
        QSignalSpy refreshed(&ticker, &RefreshTicker::refreshed);
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 8 * IntervalMs) {
            ticker.markChanged(QStringLiteral("a"));
            QTest::qWait(IntervalMs / 4);
        }
        QVERIFY2(refreshed.size() >= 2, qPrintable(QString::number(refreshed.size())));
    }
};

QTEST_GUILESS_MAIN(RefreshTickerTest)
#include "tst_refreshticker.moc"

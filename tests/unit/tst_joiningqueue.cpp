// Who is dropped when too many connections are joining, and which addresses count as
// offenders whose connections keep timing out.
#include "net/joiningqueue.h"
#include "net/peerkey.h"
#include "net/timeoutoffenders.h"

#include <QTest>

using namespace dp;

class TestJoiningQueue : public QObject
{
    Q_OBJECT

private slots:
    void anAddressOverItsCapLosesItsOwnOldest()
    {
        JoiningQueue queue(3, 100);
        QVERIFY(queue.add(1, "10.0.0.9").isEmpty()); // someone else, older than the flood
        QVERIFY(queue.add(2, "10.0.0.66").isEmpty());
        QVERIFY(queue.add(3, "10.0.0.66").isEmpty());
        QVERIFY(queue.add(4, "10.0.0.66").isEmpty());
        QCOMPARE(queue.add(5, "10.0.0.66"), QList<quint64> { 2 });
        QCOMPARE(queue.add(6, "10.0.0.66"), QList<quint64> { 3 });
        QVERIFY(queue.contains(1));
        QCOMPARE(queue.count("10.0.0.66"), 3);
        QCOMPARE(queue.size(), 4);
    }

    void overTheTotalCapTheOldestOfAllGoes()
    {
        JoiningQueue queue(10, 3);
        QVERIFY(queue.add(1, "a").isEmpty());
        QVERIFY(queue.add(2, "b").isEmpty());
        QVERIFY(queue.add(3, "c").isEmpty());
        QCOMPARE(queue.add(4, "d"), QList<quint64> { 1 });
        QCOMPARE(queue.count("a"), 0);
        QCOMPARE(queue.oldest(), std::optional<quint64>(2));
    }

    void removedConnectionsMakeRoom()
    {
        JoiningQueue queue(2, 2);
        queue.add(1, "a");
        queue.add(2, "a");
        queue.remove(1);
        queue.remove(1); // twice is harmless
        queue.remove(99);
        QVERIFY(queue.add(3, "a").isEmpty());
        QCOMPARE(queue.size(), 2);
        queue.remove(2);
        queue.remove(3);
        QCOMPARE(queue.size(), 0);
        QCOMPARE(queue.count("a"), 0);
        QVERIFY(!queue.oldest());
    }

    void bothCapsAtOnce()
    {
        JoiningQueue queue(2, 3);
        queue.add(1, "a");
        queue.add(2, "b");
        queue.add(3, "a");
        // "a" passes its own cap (drops 1), then the total is fine again.
        QCOMPARE(queue.add(4, "a"), QList<quint64> { 1 });
        // The total cap drops the oldest of all, which is b's.
        QCOMPARE(queue.add(5, "c"), QList<quint64> { 2 });
    }

    void offendersAreAddressesWithRepeatedTimeouts()
    {
        qint64 now = 1000;
        TimeoutOffenders offenders(3, 60'000, [&now] { return now; });
        offenders.recordTimeout("a");
        offenders.recordTimeout("a");
        QVERIFY(!offenders.isOffender("a"));
        now += 59'000;
        offenders.recordTimeout("a");
        QVERIFY(offenders.isOffender("a"));
        QVERIFY(!offenders.isOffender("b"));
        now += 60'000;
        QVERIFY(offenders.isOffender("a"));
        now += 1;
        QVERIFY(!offenders.isOffender("a")); // forgiven after a quiet minute
        offenders.recordTimeout("a");
        QVERIFY(!offenders.isOffender("a")); // and counting starts afresh
    }

    void spreadOutTimeoutsDoNotMakeAnOffender()
    {
        qint64 now = 0;
        TimeoutOffenders offenders(2, 1000, [&now] { return now; });
        for (int i = 0; i < 5; ++i) {
            offenders.recordTimeout("tablet");
            now += 1001;
        }
        QVERIFY(!offenders.isOffender("tablet"));
    }

    void peersAreKeyedByIpv4OrIpv6Network()
    {
        QCOMPARE(peerKey(QHostAddress("192.168.1.20")), QStringLiteral("192.168.1.20"));
        QCOMPARE(peerKey(QHostAddress("::ffff:192.168.1.20")), QStringLiteral("192.168.1.20"));
        QCOMPARE(
            peerKey(QHostAddress("2001:db8:1:2:aaaa::1")), QStringLiteral("2001:db8:1:2::/64"));
        QCOMPARE(
            peerKey(QHostAddress("2001:db8:1:2:bbbb::7")), QStringLiteral("2001:db8:1:2::/64"));
        QVERIFY(
            peerKey(QHostAddress("2001:db8:1:3::1")) != peerKey(QHostAddress("2001:db8:1:2::1")));
    }
};

QTEST_GUILESS_MAIN(TestJoiningQueue)
#include "tst_joiningqueue.moc"

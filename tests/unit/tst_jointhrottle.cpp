// Room-code throttling on a clock driven by hand: waits that double, hellos queued during a
// wait and released one at a time, members that skip the wait, and hellos that waited too long.
#include "sync/jointhrottle.h"

#include <QTest>

using namespace dp;
using Arrival = JoinThrottle::Arrival;
using Kind = JoinThrottle::Due::Kind;

namespace {

const QString Hotspot = QStringLiteral("10.0.0.5");
const QString Elsewhere = QStringLiteral("10.0.0.6");

struct FakeClock
{
    qint64 now = 100'000;
    SteadyClock clock()
    {
        return [this] { return now; };
    }
};

JoinThrottle::Options options()
{
    JoinThrottle::Options options;
    options.baseDelayMs = 1000;
    options.maxDelayMs = 300'000;
    options.maxWaitMs = 10'000;
    options.maxQueuedPerAddress = 3;
    return options;
}

} // namespace

class TestJoinThrottle : public QObject
{
    Q_OBJECT

private slots:
    void waitsDoubleUpToFiveMinutes()
    {
        FakeClock time;
        JoinThrottle throttle(options(), time.clock());
        QList<qint64> delays;
        for (int i = 0; i < 12; ++i)
            delays.append(throttle.recordFailure(Hotspot));
        QCOMPARE(delays,
            QList<qint64>({ 1000, 2000, 4000, 8000, 16000, 32000, 64000, 128000, 256000, 300000,
                300000, 300000 }));
        QCOMPARE(throttle.remainingDelay(Hotspot), 300'000);
        time.now += 299'000;
        QCOMPARE(throttle.remainingDelay(Hotspot), 1000);
        QCOMPARE(throttle.remainingDelay(Elsewhere), 0);
        time.now += 1000;
        QCOMPARE(throttle.remainingDelay(Hotspot), 0);
    }

    void aRightCodeForgetsTheFailures()
    {
        FakeClock time;
        JoinThrottle throttle(options(), time.clock());
        throttle.recordFailure(Hotspot);
        throttle.recordFailure(Hotspot);
        throttle.recordSuccess(Hotspot);
        QCOMPARE(throttle.failures(Hotspot), 0);
        QCOMPARE(throttle.remainingDelay(Hotspot), 0);
        QCOMPARE(throttle.recordFailure(Hotspot), 1000);
    }

    void aQuietAddressIsForgivenItsOldFailures()
    {
        FakeClock time;
        JoinThrottle throttle(options(), time.clock());
        for (int i = 0; i < 5; ++i)
            throttle.recordFailure(Hotspot);
        time.now += 16'000 + 300'001;
        QCOMPARE(throttle.recordFailure(Hotspot), 1000);
    }

    void withoutAWaitAHelloIsCheckedAtOnce()
    {
        FakeClock time;
        JoinThrottle throttle(options(), time.clock());
        QCOMPARE(throttle.arrive(1, Hotspot), Arrival::CheckNow);
        throttle.recordFailure(Hotspot);
        QCOMPARE(throttle.arrive(2, Elsewhere), Arrival::CheckNow);
        QCOMPARE(throttle.msUntilDue(), -1);
    }

    void hellosDuringAWaitAreQueuedAndReleasedOneAtATime()
    {
        FakeClock time;
        JoinThrottle throttle(options(), time.clock());
        throttle.recordFailure(Hotspot); // someone guessed wrong: 1 s
        QCOMPARE(throttle.arrive(10, Hotspot), Arrival::Queued);
        time.now += 100;
        QCOMPARE(throttle.arrive(11, Hotspot), Arrival::Queued);
        QCOMPARE(throttle.arrive(12, Hotspot), Arrival::Queued);
        QCOMPARE(throttle.queued(Hotspot), 3);
        QVERIFY(!throttle.takeDue());
        QCOMPARE(throttle.msUntilDue(), 900);

        time.now += 900;
        auto due = throttle.takeDue();
        QVERIFY(due);
        QCOMPARE(due->kind, Kind::Check);
        QCOMPARE(due->ticket, quint64(10));
        QCOMPARE(due->address, Hotspot);
        // 10 guessed wrong too: the next waits 2 s, not checked in parallel.
        throttle.recordFailure(Hotspot);
        QVERIFY(!throttle.takeDue());
        QCOMPARE(throttle.msUntilDue(), 2000);

        time.now += 2000;
        due = throttle.takeDue();
        QCOMPARE(due->ticket, quint64(11));
        // 11 had the right code: 12 follows straight away.
        throttle.recordSuccess(Hotspot);
        due = throttle.takeDue();
        QVERIFY(due);
        QCOMPARE(due->ticket, quint64(12));
        QCOMPARE(due->kind, Kind::Check);
        throttle.recordSuccess(Hotspot);
        QVERIFY(!throttle.takeDue());
        QCOMPARE(throttle.msUntilDue(), -1);
        QCOMPARE(throttle.arrive(13, Hotspot), Arrival::CheckNow);
    }

    void aHelloArrivingBehindAQueueWaitsItsTurn()
    {
        FakeClock time;
        JoinThrottle throttle(options(), time.clock());
        throttle.recordFailure(Hotspot);
        QCOMPARE(throttle.arrive(1, Hotspot), Arrival::Queued);
        time.now += 1000;
        // The wait is over but 1 is still queued: 2 must not overtake it.
        QCOMPARE(throttle.arrive(2, Hotspot), Arrival::Queued);
        QCOMPARE(throttle.takeDue()->ticket, quint64(1));
        throttle.recordSuccess(Hotspot);
        QCOMPARE(throttle.takeDue()->ticket, quint64(2));
    }

    void aMemberSkipsTheWait()
    {
        FakeClock time;
        JoinThrottle throttle(options(), time.clock());
        throttle.setMembershipCheck([](const QString& session, const QString& device) {
            return session == QLatin1String("session-1") && device == QLatin1String("device-7");
        });
        for (int i = 0; i < 6; ++i)
            throttle.recordFailure(Hotspot);
        QCOMPARE(throttle.arrive(1, Hotspot, { "session-1", "device-7" }), Arrival::CheckNow);
        QCOMPARE(throttle.arrive(2, Hotspot, { "session-1", "device-8" }), Arrival::Queued);
        QCOMPARE(throttle.arrive(3, Hotspot, { "session-2", "device-7" }), Arrival::Queued);
        QCOMPARE(throttle.arrive(4, Hotspot, { "", "device-7" }), Arrival::Queued);
    }

    void aHelloThatWaitedTooLongExpires()
    {
        FakeClock time;
        JoinThrottle throttle(options(), time.clock());
        for (int i = 0; i < 5; ++i)
            throttle.recordFailure(Hotspot); // 16 s
        QCOMPARE(throttle.arrive(1, Hotspot), Arrival::Queued);
        time.now += 4000;
        QCOMPARE(throttle.arrive(2, Hotspot), Arrival::Queued);
        QCOMPARE(throttle.msUntilDue(), 6000);
        time.now += 6000;
        auto due = throttle.takeDue();
        QCOMPARE(due->kind, Kind::Expired);
        QCOMPARE(due->ticket, quint64(1));
        QVERIFY(!throttle.takeDue());
        QCOMPARE(throttle.retryAfterMs(Hotspot), 6000);
        time.now += 4000;
        QCOMPARE(throttle.takeDue()->ticket, quint64(2));
        QCOMPARE(throttle.retryAfterMs(Hotspot), 2000);
        QCOMPARE(throttle.retryAfterMs(Elsewhere), 1000);
    }

    void aFullQueueRefuses()
    {
        FakeClock time;
        JoinThrottle throttle(options(), time.clock());
        throttle.recordFailure(Hotspot);
        for (quint64 ticket = 1; ticket <= 3; ++ticket)
            QCOMPARE(throttle.arrive(ticket, Hotspot), Arrival::Queued);
        QCOMPARE(throttle.arrive(4, Hotspot), Arrival::Refused);
        QCOMPARE(throttle.arrive(5, Elsewhere), Arrival::CheckNow);
    }

    void aCancelledHelloIsNeverReleased()
    {
        FakeClock time;
        JoinThrottle throttle(options(), time.clock());
        throttle.recordFailure(Hotspot);
        throttle.arrive(1, Hotspot);
        throttle.arrive(2, Hotspot);
        throttle.cancel(1);
        throttle.cancel(99);
        time.now += 1000;
        QCOMPARE(throttle.takeDue()->ticket, quint64(2));
        QVERIFY(!throttle.takeDue());
    }

    void addressesWaitIndependently()
    {
        FakeClock time;
        JoinThrottle throttle(options(), time.clock());
        throttle.recordFailure(Hotspot);
        throttle.recordFailure(Hotspot); // 2 s
        throttle.recordFailure(Elsewhere); // 1 s
        throttle.arrive(1, Hotspot);
        throttle.arrive(2, Elsewhere);
        time.now += 1000;
        QCOMPARE(throttle.takeDue()->ticket, quint64(2));
        QVERIFY(!throttle.takeDue());
        time.now += 1000;
        QCOMPARE(throttle.takeDue()->ticket, quint64(1));
    }
};

QTEST_GUILESS_MAIN(TestJoinThrottle)
#include "tst_jointhrottle.moc"

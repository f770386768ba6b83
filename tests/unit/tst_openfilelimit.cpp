// The hub raises its limit on open files, so an idle flood does not run it out of descriptors.
#include "net/openfilelimit.h"

#include <QTest>

#include <sys/resource.h>

class TestOpenFileLimit : public QObject
{
    Q_OBJECT

private slots:
    void theSoftLimitIsRaisedToTheHardLimit()
    {
        rlimit limit {};
        QCOMPARE(getrlimit(RLIMIT_NOFILE, &limit), 0);
        if (limit.rlim_max < 64)
            QSKIP("the hard limit is too low to lower the soft one");
        rlimit lowered = limit;
        lowered.rlim_cur = limit.rlim_max / 2;
        QCOMPARE(setrlimit(RLIMIT_NOFILE, &lowered), 0);

        const qint64 now = dp::raiseOpenFileLimit();
        QCOMPARE(getrlimit(RLIMIT_NOFILE, &limit), 0);
        QCOMPARE(limit.rlim_cur, limit.rlim_max);
        QCOMPARE(now, qint64(limit.rlim_max));
        QCOMPARE(dp::raiseOpenFileLimit(), now); // and again changes nothing
    }
};

QTEST_GUILESS_MAIN(TestOpenFileLimit)
#include "tst_openfilelimit.moc"

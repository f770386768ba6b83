// 30 simulated tablets (the CLI's `simulate`, the app's sync code) vote through a real hub
// process, first alone, then while 1000 idle connections that never say hello (500 bare TCP,
// 500 upgraded, silent WebSockets, reconnecting whenever the hub drops them) press on the same
// port from the same address. Both times every answer must arrive: the hub's export equals the
// simulators' logs. The voting times and their ratio are printed as figures (target ≤ 1.2×,
// see docs/performance.md), not asserted.
#include "e2esupport.h"
#include "idleflood.h"
#include "net/openfilelimit.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>
#include <vector>

using namespace dp::e2e;
using dp::test::IdleFlood;

namespace {

constexpr int Tablets = 30;
constexpr int IdleConnections = 1000;
constexpr int PaceMs = 20;

} // namespace

class TestE2eIdleFlood : public QObject
{
    Q_OBJECT

private:
    QList<double> m_seconds;

    /// One vote of `Tablets` simulated tablets; returns its wall time in seconds, or -1.
    double vote(int seed, bool flooded)
    {
        QTemporaryDir dir;
        const quint16 port = freePort();
        QProcess hub;
        QString error;
        if (!startHub(hub, dir.filePath("hub"), port, &error)) {
            QTest::qFail(qPrintable(error), __FILE__, __LINE__);
            return -1;
        }
        QThread floodThread;
        std::vector<std::unique_ptr<IdleFlood>> floods;
        if (flooded) {
            floodThread.start();
            for (IdleFlood::Kind kind :
                { IdleFlood::Kind::Tcp, IdleFlood::Kind::SilentWebSocket }) {
                IdleFlood::Options options;
                options.port = port;
                options.kind = kind;
                options.connections = IdleConnections / 2;
                floods.push_back(std::make_unique<IdleFlood>(options));
                floods.back()->moveToThread(&floodThread);
                QMetaObject::invokeMethod(
                    floods.back().get(), [f = floods.back().get()] { f->start(); });
            }
            const auto open = [&] { return floods[0]->open + floods[1]->open; };
            // The flood is in place before the first tablet connects.
            if (!QTest::qWaitFor([&] { return open() >= IdleConnections * 9 / 10; }, 30000)) {
                QTest::qFail(
                    qPrintable(QStringLiteral("only %1 idle connections open").arg(open())),
                    __FILE__, __LINE__);
                return -1;
            }
        }
        QElapsedTimer clock;
        clock.start();
        QProcess simulate;
        simulate.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        simulate.start(QStringLiteral(DP_CLI),
            simulateArgs(
                port, dir.filePath("sim"), Tablets, seed, dir.filePath("log.csv"), PaceMs));
        const bool finished = simulate.waitForFinished(300000);
        const double seconds = double(clock.elapsed()) / 1000.0;
        int stillOpen = 0;
        qint64 reopened = 0;
        for (const auto& flood : floods) {
            stillOpen += flood->open;
            reopened += flood->reopened;
            QMetaObject::invokeMethod(
                flood.get(), [f = flood.get()] { f->stop(); }, Qt::BlockingQueuedConnection);
        }
        floodThread.quit();
        floodThread.wait();
        if (flooded)
            qInfo("flood at the end: %d idle connections open, %lld reopened after the hub "
                  "dropped them",
                stillOpen, reopened);
        if (!finished || simulate.exitCode() != 0) {
            QTest::qFail(
                "simulate did not finish with every answer acknowledged", __FILE__, __LINE__);
            return -1;
        }
        if (!stopHub(hub, &error)) {
            QTest::qFail(qPrintable(error), __FILE__, __LINE__);
            return -1;
        }
        QList<Row> exported;
        if (!exportCsv(dir.filePath("hub"), dir.filePath("export.csv"), &exported, &error)) {
            QTest::qFail(qPrintable(error), __FILE__, __LINE__);
            return -1;
        }
        const QList<Row> logged = readCsv(dir.filePath("log.csv"), &error);
        const QString mismatch = error.isEmpty() ? compareExportWithLog(exported, logged) : error;
        if (!mismatch.isEmpty() || exported.size() != Tablets * 46) {
            QTest::qFail(
                qPrintable(
                    QStringLiteral("export: %1 rows; %2").arg(exported.size()).arg(mismatch)),
                __FILE__, __LINE__);
            return -1;
        }
        return seconds;
    }

private slots:
    void initTestCase() { qInfo("open files limit %lld", dp::raiseOpenFileLimit()); }

    void votingWithoutFlood()
    {
        const double seconds = vote(21, false);
        QVERIFY(seconds > 0);
        qInfo("%d tablets voted without a flood in %.2f s", Tablets, seconds);
        m_seconds.append(seconds);
    }

    void votingWhileIdleConnectionsFlood()
    {
        const double seconds = vote(21, true);
        QVERIFY(seconds > 0);
        qInfo("%d tablets voted beside %d idle connections in %.2f s", Tablets, IdleConnections,
            seconds);
        if (m_seconds.size() == 1)
            qInfo("ratio flooded / alone: %.2f (target at most 1.2)", seconds / m_seconds.first());
    }
};

QTEST_GUILESS_MAIN(TestE2eIdleFlood)
#include "tst_e2e_idleflood.moc"

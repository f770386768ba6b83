// Flood benchmark: the hub's listener (with the web client's HTTP server and a stand-in for the
// admission that admits on the first message and answers it) in this thread, 1000 idle
// connections of one kind in a second thread, and a device in a third that joins again and
// again: open the WebSocket, send a message at once, wait for the answer. Prints how long a
// join takes with and without the flood; asserts nothing.
#include "idleflood.h"
#include "listenerfixture.h"
#include "net/openfilelimit.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTextStream>
#include <QThread>
#include <QTimer>
#include <QWebSocket>

#include <time.h>

#include <algorithm>
#include <atomic>
#include <memory>
#include <vector>

using namespace dp;
using namespace dp::test;

namespace {

QTextStream out(stdout);

/// One device joining over and over, in its own thread: the legitimate traffic.
class Joiner : public QObject
{
public:
    Joiner(quint16 port, int joins)
        : m_port(port)
        , m_joins(joins)
    {
    }

    void run()
    {
        for (int i = 0; i < m_joins; ++i) {
            QElapsedTimer clock;
            clock.start();
            QWebSocket socket;
            QEventLoop loop;
            bool answered = false;
            connect(&socket, &QWebSocket::connected, [&] {
                connectedUs.push_back(clock.nsecsElapsed() / 1000);
                socket.sendTextMessage(QStringLiteral("{\"type\":\"hello\"}"));
            });
            connect(&socket, &QWebSocket::textMessageReceived, [&] {
                answered = true;
                loop.quit();
            });
            connect(&socket, &QWebSocket::disconnected, &loop, &QEventLoop::quit);
            QTimer::singleShot(10'000, &loop, &QEventLoop::quit);
            socket.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/ws").arg(m_port)));
            loop.exec();
            if (answered)
                latenciesUs.push_back(clock.nsecsElapsed() / 1000);
            else
                ++failed;
            socket.abort();
        }
        done = true;
    }

    std::vector<qint64> latenciesUs;
    /// Until the WebSocket was open (TCP connected and upgraded).
    std::vector<qint64> connectedUs;
    std::atomic<int> failed { 0 };
    std::atomic<bool> done { false };

private:
    quint16 m_port;
    int m_joins;
};

struct Scenario
{
    const char* name;
    std::vector<IdleFlood::Kind> kinds;
    int connections = 0;
    int perAddressCap = HubListener::Options().maxJoiningPerAddress;
    QString floodFrom;
};

/// Runs the main thread's event loop (the hub's) until `done()` or `timeoutMs`.
void spin(const std::function<bool()>& done, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(5);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        if (done() || clock.elapsed() >= timeoutMs)
            loop.quit();
    });
    poll.start();
    loop.exec();
}

/// CPU seconds the calling thread (the hub's) has used so far.
double threadCpuSeconds()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

double percentileMs(std::vector<qint64> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t index = std::min(values.size() - 1, size_t(p * double(values.size() - 1) + 0.5));
    return double(values[index]) / 1000.0;
}

void run(const Scenario& scenario, int joins, int settleMs)
{
    HubListener::Options options; // as shipped, but for the per-address cap
    options.maxJoiningPerAddress = scenario.perAddressCap;
    ListenerFixture hub(options);

    QThread floodThread;
    floodThread.start();
    std::vector<std::unique_ptr<IdleFlood>> floods;
    for (IdleFlood::Kind kind : scenario.kinds) {
        IdleFlood::Options flood;
        flood.port = hub.port();
        flood.kind = kind;
        flood.from = QHostAddress(scenario.floodFrom);
        flood.connections = scenario.connections / int(scenario.kinds.size());
        floods.push_back(std::make_unique<IdleFlood>(flood));
        floods.back()->moveToThread(&floodThread);
        QMetaObject::invokeMethod(floods.back().get(), [f = floods.back().get()] { f->start(); });
    }
    const auto floodOpen = [&] {
        int open = 0;
        for (const auto& flood : floods)
            open += flood->open;
        return open;
    };
    const auto reopened = [&] {
        qint64 count = 0;
        for (const auto& flood : floods)
            count += flood->reopened;
        return count;
    };
    // Let the flood build up and run into its first timeouts, so offenders are recognised.
    spin([] { return false; }, scenario.connections > 0 ? settleMs : 0);
    const int openBefore = floodOpen();
    const int joiningBefore = hub.listener().joiningCount();
    const qint64 reopenedBefore = reopened();

    QThread joinerThread;
    Joiner joiner(hub.port(), joins);
    joiner.moveToThread(&joinerThread);
    joinerThread.start();
    QElapsedTimer clock;
    clock.start();
    const double cpuBefore = threadCpuSeconds();
    // How late a 5 ms timer in the hub's thread fires: how long the hub's event loop is stuck.
    std::vector<qint64> lateUs;
    // CPU the hub's thread used between two ticks: a long stretch is the hub's own work, a late
    // tick with little CPU between is a thread the machine did not run.
    std::vector<qint64> busyUs;
    double lastCpu = threadCpuSeconds();
    QElapsedTimer tick;
    tick.start();
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(5);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        lateUs.push_back(std::max<qint64>(0, tick.nsecsElapsed() / 1000 - 5000));
        const double cpu = threadCpuSeconds();
        busyUs.push_back(qint64((cpu - lastCpu) * 1e6));
        lastCpu = cpu;
        tick.restart();
    });
    probe.start();
    QMetaObject::invokeMethod(&joiner, [&joiner] { joiner.run(); });
    spin([&] { return joiner.done.load(); }, 600'000);
    const double seconds = double(clock.elapsed()) / 1000.0;
    const double hubCpu = threadCpuSeconds() - cpuBefore;
    probe.stop();
    const qint64 churn = reopened() - reopenedBefore;
    joinerThread.quit();
    joinerThread.wait();

    for (const auto& flood : floods)
        QMetaObject::invokeMethod(
            flood.get(), [f = flood.get()] { f->stop(); }, Qt::BlockingQueuedConnection);
    floodThread.quit();
    floodThread.wait();

    out << qSetFieldWidth(0) << scenario.name << "\n"
        << "  flood open " << openBefore << ", joining at the hub " << joiningBefore
        << ", flood reconnects " << qRound(double(churn) / seconds) << "/s, hub thread busy "
        << qRound(100 * hubCpu / seconds) << "% of the time, its 5 ms timer late by p99 "
        << percentileMs(lateUs, 0.99) << " ms, max " << percentileMs(lateUs, 1.0)
        << " ms (longest own work between two ticks " << percentileMs(busyUs, 1.0) << " ms)\n"
        << "  " << joiner.latenciesUs.size() << " joins answered, " << joiner.failed
        << " failed, in " << seconds << " s; join (connect + upgrade + first answer) ms: p50 "
        << percentileMs(joiner.latenciesUs, 0.5) << ", p95 "
        << percentileMs(joiner.latenciesUs, 0.95) << ", p99 "
        << percentileMs(joiner.latenciesUs, 0.99) << ", max "
        << percentileMs(joiner.latenciesUs, 1.0) << "\n"
        << "  of which until the WebSocket was open ms: p50 "
        << percentileMs(joiner.connectedUs, 0.5) << ", p95 "
        << percentileMs(joiner.connectedUs, 0.95) << ", p99 "
        << percentileMs(joiner.connectedUs, 0.99) << ", max "
        << percentileMs(joiner.connectedUs, 1.0) << Qt::endl;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    out << "open files limit " << raiseOpenFileLimit() << Qt::endl;
    QFile load(QStringLiteral("/proc/loadavg"));
    if (load.open(QIODevice::ReadOnly)) // figures from a busy machine are worth less
        out << "load average " << load.readAll().trimmed() << Qt::endl;
    const int joins = argc > 1 ? QByteArray(argv[1]).toInt() : 300;
    const int settleMs = argc > 2 ? QByteArray(argv[2]).toInt() : 7000;
    using Kind = IdleFlood::Kind;
    const std::vector<Scenario> scenarios {
        { "no flood", {}, 0 },
        { "1000 idle: TCP only", { Kind::Tcp }, 1000 },
        { "1000 idle: half-sent request heads", { Kind::HalfHead }, 1000 },
        { "1000 idle: upgraded, silent WebSockets", { Kind::SilentWebSocket }, 1000 },
        { "1000 idle: a third of each kind", { Kind::Tcp, Kind::HalfHead, Kind::SilentWebSocket },
            999 },
        { "1000 silent WebSockets from another address, its cap 256", { Kind::SilentWebSocket },
            1000, 256, QStringLiteral("127.0.0.2") },
        { "1000 silent WebSockets from the device's own address, cap 256",
            { Kind::SilentWebSocket }, 1000, 256 },
    };
    out << joins << " joins per scenario, one after another; the flood runs " << settleMs
        << " ms before" << Qt::endl;
    for (const Scenario& scenario : scenarios)
        run(scenario, joins, settleMs);
    return 0;
}

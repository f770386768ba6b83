// Web-path load benchmark: a real hub process (dialogpunkte-cli hub) with 1000 protocol-level
// devices on its WebSocket at /ws while browsers keep loading the page from the same port
// (GET / on fresh connections, a few at a time). Prints how long the devices take to join, the
// answers per second the hub persists, and how long a page takes, with and without the devices.
// Asserts nothing; see docs/performance.md.
#include "benchsupport.h"
#include "loadgenerator.h"

#include "catalog/builtincatalogs.h"
#include "net/openfilelimit.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <atomic>
#include <memory>
#include <mutex>
#include <vector>

using namespace dp;
using namespace dp::bench;

namespace {

QTextStream out(stdout);

/// Browsers loading the page: `parallel` connections, each GET / and read to the end, then the
/// next one at once. Runs in its own thread; figures may be read from any.
class PageLoader : public QObject
{
public:
    PageLoader(quint16 port, int parallel)
        : m_port(port)
        , m_parallel(parallel)
    {
    }

    void start()
    {
        m_running = true;
        for (int i = 0; i < m_parallel; ++i)
            loadOne();
    }
    void stop() { m_running = false; }

    /// Takes the latencies (µs, connect to the last byte) gathered since the last call.
    std::vector<qint64> takeLatencies()
    {
        std::lock_guard lock(m_mutex);
        return std::exchange(m_latencies, {});
    }
    std::atomic<qint64> loaded { 0 };
    std::atomic<qint64> failed { 0 };
    /// Bytes of the last whole response (head and page).
    std::atomic<qint64> responseBytes { 0 };

private:
    void loadOne()
    {
        if (!m_running)
            return;
        auto* socket = new QTcpSocket(this);
        auto* received = new QByteArray;
        const qint64 startUs = nowUs();
        connect(socket, &QTcpSocket::connected, socket,
            [socket] { socket->write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"); });
        connect(socket, &QTcpSocket::readyRead, socket,
            [socket, received] { *received += socket->readAll(); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket, received, startUs] {
            *received += socket->readAll();
            if (received->startsWith("HTTP/1.1 200")) {
                std::lock_guard lock(m_mutex);
                m_latencies.push_back(nowUs() - startUs);
                ++loaded;
                responseBytes = received->size();
            } else {
                ++failed;
            }
            delete received;
            socket->deleteLater();
            loadOne();
        });
        socket->connectToHost(QHostAddress::LocalHost, m_port);
    }

    quint16 m_port;
    int m_parallel;
    bool m_running = false;
    std::mutex m_mutex;
    std::vector<qint64> m_latencies;
};

QString ms(double us)
{
    return QString::number(us / 1000.0, 'f', 1);
}

void printPages(const char* when, const std::vector<qint64>& latencies, qint64 spanMs)
{
    out << "  pages " << when << ": " << latencies.size() << " in " << spanMs << " ms ("
        << qRound(double(latencies.size()) * 1000.0 / double(std::max<qint64>(1, spanMs)))
        << "/s), ms p50 " << ms(percentile(latencies, 0.5)) << ", p95 "
        << ms(percentile(latencies, 0.95)) << ", p99 " << ms(percentile(latencies, 0.99))
        << ", max " << ms(percentile(latencies, 1.0)) << Qt::endl;
}

void benchmark(int devices, int threads, int parallelPages, const QList<StatementPick>& statements)
{
    QTemporaryDir dir;
    const quint16 port = freePort();
    QProcess hub;
    if (!startHubProcess(hub, dir.filePath("hub"), port, QStringLiteral("BENCH"))) {
        out << "the hub did not start" << Qt::endl;
        return;
    }
    out << devices << " devices on ws://127.0.0.1:" << port << "/ws (" << threads
        << " load threads), " << parallelPages << " page loads at a time on the same port"
        << Qt::endl;

    QThread pageThread;
    PageLoader pages(port, parallelPages);
    pages.moveToThread(&pageThread);
    pageThread.start();
    QMetaObject::invokeMethod(&pages, [&pages] { pages.start(); });
    const qint64 aloneMs = waitUntil([] { return false; }, 3000);
    printPages("alone", pages.takeLatencies(), aloneMs);

    LoadPlan plan;
    plan.statements = statements;
    plan.answers = int(statements.size()) * 115 / 100;
    plan.paceMs = 500;
    LoadFleet fleet({ QStringLiteral("127.0.0.1"), port, QStringLiteral("BENCH") },
        QStringLiteral("web"), devices, threads, plan);
    fleet.connectAll();
    const qint64 joinMs = waitUntil([&] { return fleet.joined() >= devices; }, 300000);
    out << "  connect: " << fleet.joined() << "/" << devices << " joined (WebSocket, hello, "
        << "welcome, participant) in " << joinMs << " ms" << Qt::endl;
    printPages("while they joined", pages.takeLatencies(), joinMs);

    const double cpuBefore = cpuSeconds(hub.processId());
    fleet.startLive();
    const qint64 liveMs = waitUntil(
        [&] {
            return fleet.planned() == qint64(devices) * plan.answers
                && fleet.acknowledged() + fleet.rejected() >= fleet.planned();
        },
        600000);
    const double hubCpu = cpuSeconds(hub.processId()) - cpuBefore;
    out << "  answers: " << fleet.acknowledged() << " acknowledged in " << liveMs << " ms = "
        << qRound(double(fleet.acknowledged()) * 1000.0 / double(std::max<qint64>(1, liveMs)))
        << " answers/s persisted; rejected " << fleet.rejected() << ", errors " << fleet.errors()
        << ", still connected " << fleet.connected() << "/" << devices << "; hub CPU "
        << QString::number(hubCpu, 'f', 2) << " s" << Qt::endl;
    const std::vector<qint64> acks = fleet.latencies();
    out << "  ack latency ms: p50 " << ms(percentile(acks, 0.5)) << ", p95 "
        << ms(percentile(acks, 0.95)) << ", p99 " << ms(percentile(acks, 0.99)) << ", max "
        << ms(percentile(acks, 1.0)) << Qt::endl;
    printPages("while they answered", pages.takeLatencies(), liveMs);

    QMetaObject::invokeMethod(
        &pages, [&pages] { pages.stop(); }, Qt::BlockingQueuedConnection);
    out << "  page loads: " << pages.loaded << " whole, " << pages.failed << " failed; "
        << pages.responseBytes << " bytes per response (GET /)" << Qt::endl;
    fleet.disconnectAll();
    waitUntil([&] { return fleet.connected() == 0; }, 10000);
    pageThread.quit();
    pageThread.wait();
    out << "  hub peak memory (VmHWM): " << vmHwmKb(hub.processId()) / 1024 << " MB" << Qt::endl;
    hub.terminate();
    hub.waitForFinished(10000);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    out << "open files limit " << raiseOpenFileLimit() << Qt::endl;
    QFile load(QStringLiteral("/proc/loadavg"));
    if (load.open(QIODevice::ReadOnly)) // figures from a busy machine are worth less
        out << "load average " << load.readAll().trimmed() << Qt::endl;
    int devices = 1000;
    int threads = 4;
    int parallelPages = 4;
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg.startsWith("--threads="))
            threads = std::max(1, arg.mid(10).toInt());
        else if (arg.startsWith("--pages="))
            parallelPages = std::max(1, arg.mid(8).toInt());
        else
            devices = std::max(1, arg.toInt());
    }
    const auto catalog = loadBuiltin(QStringLiteral("qualitaetsrahmen"));
    if (!catalog.ok()) {
        out << "cannot load the catalog: " << catalog.error << Qt::endl;
        return 1;
    }
    benchmark(devices, threads, parallelPages, statementsOf(catalog.catalog));
    return 0;
}

// Sync benchmark: a real hub process (dialogpunkte-cli hub) and N simulated tablets in this
// process, each with its own SQLite database and outbox, on loopback. Prints figures only.
#include "simulateddevice.h"

#include "storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <memory>
#include <vector>

using namespace dp;
using namespace dp::cli;

namespace {

QTextStream out(stdout);

quint16 freePort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

qint64 vmHwmKb(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

double percentile(std::vector<qint64> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t index = std::min(values.size() - 1, size_t(p * double(values.size() - 1) + 0.5));
    return double(values[index]);
}

/// Runs the event loop until `done()` or `timeoutMs`; returns elapsed ms.
qint64 runUntil(const std::function<bool()>& done, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, [&] {
        if (done() || clock.elapsed() > timeoutMs)
            QCoreApplication::quit();
    });
    poll.start(20);
    QCoreApplication::exec();
    return clock.elapsed();
}

struct Fleet
{
    std::vector<std::unique_ptr<SimulatedDevice>> devices;
    std::vector<qint64> latencies;

    bool create(int count, int seed, const SimulationPlan& plan, const QString& dir,
        const JoinTarget& target)
    {
        SyncClient::Options options;
        options.maxBackoffMs = 1000;
        for (int i = 0; i < count; ++i) {
            auto device = std::make_unique<SimulatedDevice>(i, quint32(seed), plan, nullptr);
            QString error;
            if (!device->open(
                    QStringLiteral("%1/d%2.sqlite").arg(dir).arg(i), target, options, &error)) {
                out << "device " << i << ": " << error << Qt::endl;
                return false;
            }
            QObject::connect(device.get(), &SimulatedDevice::answerAcknowledged,
                [this](qint64 ms) { latencies.push_back(ms); });
            devices.push_back(std::move(device));
        }
        return true;
    }
    int made() const
    {
        int sum = 0;
        for (const auto& d : devices)
            sum += d->answersMade();
        return sum;
    }
    bool allDone() const
    {
        return std::all_of(
            devices.begin(), devices.end(), [](const auto& d) { return d->isDone(); });
    }
};

void benchmark(int count)
{
    QTemporaryDir dir;
    const quint16 port = freePort();
    QProcess hub;
    hub.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    hub.start(QStringLiteral(DP_CLI),
        { "hub", "--data-dir", dir.filePath("hub"), "--catalog", "qualitaetsrahmen", "--port",
            QString::number(port), "--room-code", "BENCH", "--bind", "127.0.0.1",
            "--no-discovery" });
    hub.waitForStarted();
    QByteArray started;
    while (!started.contains("listening") && hub.waitForReadyRead(5000))
        started += hub.readAllStandardOutput();
    const JoinTarget target { QStringLiteral("127.0.0.1"), port, QStringLiteral("BENCH") };

    // Live voting: every tablet rates all 46 statements (plus ~15 % changes), ~2 answers/s each.
    Fleet live;
    SimulationPlan livePlan;
    livePlan.paceMs = 500;
    QDir().mkpath(dir.filePath("live"));
    if (!live.create(count, 1, livePlan, dir.filePath("live"), target))
        return;
    for (auto& d : live.devices)
        d->start();
    int lastCheck = 0;
    const qint64 liveMs = runUntil(
        [&] {
            bool finished = std::all_of(live.devices.begin(), live.devices.end(),
                [](const auto& d) { return d->planFinished(); });
            if (!finished || int(live.latencies.size()) < live.made() * 9 / 10)
                return false;
            if (++lastCheck % 25 != 0 && int(live.latencies.size()) < live.made())
                return false;
            return live.allDone();
        },
        600000);
    const int liveAnswers = live.made();
    out << "devices " << count << ": live voting " << liveAnswers << " answers in " << liveMs
        << " ms = " << qRound(liveAnswers * 1000.0 / double(liveMs)) << " answers/s persisted"
        << (live.allDone() ? "" : " (NOT all acknowledged)") << Qt::endl;
    out << "  ack latency ms: p50 " << percentile(live.latencies, 0.50) << ", p95 "
        << percentile(live.latencies, 0.95) << ", p99 " << percentile(live.latencies, 0.99) << " ("
        << live.latencies.size() << " samples)" << Qt::endl;
    for (auto& d : live.devices)
        d->client().stop();
    live.devices.clear();

    // Catch-up: tablets that know the session rate 200 answers offline, then reconnect at once.
    Fleet offline;
    SimulationPlan offlinePlan;
    offlinePlan.people = 5; // a shared tablet: 5 people x 46 statements, 200 distinct answers
    offlinePlan.offlineAnswers = 200;
    offlinePlan.changePercent = 0;
    QDir().mkpath(dir.filePath("offline"));
    if (!offline.create(count, 2, offlinePlan, dir.filePath("offline"), target))
        return;
    for (auto& d : offline.devices)
        d->start();
    runUntil(
        [&] {
            return std::all_of(offline.devices.begin(), offline.devices.end(),
                [](const auto& d) { return d->client().status() == SyncClient::Status::Online; });
        },
        120000);
    for (auto& d : offline.devices)
        d->client().stop();
    for (auto& d : offline.devices)
        d->rateOffline(200);
    const int offlineAnswers = offline.made();
    offline.latencies.clear();
    for (auto& d : offline.devices)
        d->client().start();
    const qint64 catchUpMs
        = runUntil([&] { return int(offline.latencies.size()) >= offlineAnswers; }, 600000);
    out << "  catch-up: " << count << " tablets x 200 offline answers (" << offlineAnswers
        << ") committed in " << catchUpMs
        << " ms = " << qRound(offlineAnswers * 1000.0 / double(catchUpMs)) << " answers/s"
        << Qt::endl;
    out << "  hub peak memory (VmHWM): " << vmHwmKb(hub.processId()) / 1024 << " MB" << Qt::endl;
    for (auto& d : offline.devices)
        d->client().stop();
    hub.terminate();
    hub.waitForFinished(10000);
}

void rawSqlite()
{
    QTemporaryDir dir;
    Database database;
    QString error;
    if (!database.open(dir.filePath("raw.sqlite"), &error))
        return;
    QSqlDatabase db = database.connection();
    QSqlQuery query(db);
    query.exec("CREATE TABLE raw (a TEXT, b INTEGER, c TEXT, d TEXT, e INTEGER, f TEXT,"
               " g INTEGER, h TEXT, PRIMARY KEY (a, b, c, d))");
    const int total = 100000, perTransaction = 1000;
    QElapsedTimer clock;
    clock.start();
    query.prepare("INSERT INTO raw VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    for (int t = 0; t < total / perTransaction; ++t) {
        db.transaction();
        for (int i = 0; i < perTransaction; ++i) {
            const int n = t * perTransaction + i;
            query.addBindValue("session");
            query.addBindValue(1);
            query.addBindValue(QStringLiteral("statement-%1").arg(n % 46));
            query.addBindValue(QStringLiteral("person-%1").arg(n / 46));
            query.addBindValue(n % 7);
            query.addBindValue("device");
            query.addBindValue(n);
            query.addBindValue("2024-05-06T09:00:00.000Z");
            query.exec();
        }
        db.commit();
    }
    const qint64 ms = std::max<qint64>(1, clock.elapsed());
    out << "raw SQLite (same pragmas, 1000 rows per transaction): " << total << " inserts in " << ms
        << " ms = " << qRound(total * 1000.0 / double(ms)) << " rows/s" << Qt::endl;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QList<int> counts { 50, 250, 500 };
    if (argc > 1) {
        counts.clear();
        for (int i = 1; i < argc; ++i)
            counts << QByteArray(argv[i]).toInt();
    }
    rawSqlite();
    for (int count : counts)
        benchmark(count);
    return 0;
}

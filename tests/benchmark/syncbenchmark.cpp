// Sync benchmark: a real hub process (dialogpunkte-cli hub) and N protocol-level devices in this
// process, spread over a few threads, on loopback. Measures the hub, and apart from it one
// tablet's cost per answer through the AnswerService the app saves with; prints figures only.
#include "benchsupport.h"
#include "loadgenerator.h"

#include "catalog/builtincatalogs.h"
#include "session/answerservice.h"
#include "storage/database.h"
#include "storage/ratingstore.h"
#include "storage/sessionstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <memory>
#include <vector>

using namespace dp;
using namespace dp::bench;

namespace {

QTextStream out(stdout);

QString ms(double us)
{
    return QString::number(us / 1000.0, 'f', 1);
}

void printLatencies(const std::vector<qint64>& latencies)
{
    out << "  ack latency ms (batch sent -> ack received): p50 " << ms(percentile(latencies, 0.50))
        << ", p95 " << ms(percentile(latencies, 0.95)) << ", p99 "
        << ms(percentile(latencies, 0.99)) << ", max " << ms(percentile(latencies, 1.0)) << " ("
        << latencies.size() << " batches)" << Qt::endl;
}

void benchmark(int count, int threads, const QList<StatementPick>& statements)
{
    QTemporaryDir dir;
    const quint16 port = freePort();
    QProcess hub;
    if (!startHubProcess(hub, dir.filePath("hub"), port, QStringLiteral("BENCH"))) {
        out << "the hub did not start" << Qt::endl;
        return;
    }
    const HubAddress address { QStringLiteral("127.0.0.1"), port, QStringLiteral("BENCH") };

    // Live voting: every device rates all 46 statements (plus ~15 % changes), one answer per
    // batch as soon as it is made, ~2 answers/s per device.
    LoadPlan livePlan;
    livePlan.statements = statements;
    livePlan.answers = int(statements.size()) * 115 / 100;
    livePlan.paceMs = 500;
    {
        LoadFleet live(address, QStringLiteral("live"), count, threads, livePlan);
        live.connectAll();
        const qint64 joinMs = waitUntil([&] { return live.joined() >= count; }, 120000);
        out << "devices " << count << " (" << threads << " load threads): " << live.joined()
            << " joined in " << joinMs << " ms" << Qt::endl;
        const double cpuBefore = cpuSeconds(hub.processId());
        live.startLive();
        const qint64 liveMs = waitUntil(
            [&] {
                return live.planned() == qint64(count) * livePlan.answers
                    && live.acknowledged() + live.rejected() >= live.planned();
            },
            600000);
        const double hubCpu = cpuSeconds(hub.processId()) - cpuBefore;
        const qint64 answers = live.acknowledged();
        out << "  live voting: " << answers << " answers acknowledged in " << liveMs
            << " ms = " << qRound(double(answers) * 1000.0 / double(liveMs))
            << " answers/s persisted; rejected " << live.rejected() << ", errors " << live.errors()
            << ", still connected " << live.connected() << "/" << count << "; hub CPU "
            << QString::number(hubCpu, 'f', 2) << " s ("
            << qRound(hubCpu * 100000.0 / double(liveMs)) << " % of one core)" << Qt::endl;
        printLatencies(live.latencies());
        live.disconnectAll();
        waitUntil([&] { return live.connected() == 0; }, 10000);
    }

    // Catch-up: devices that joined once come back with 200 answers each (5 people on a shared
    // tablet), prepared in memory, and all reconnect at the same moment.
    LoadPlan offlinePlan;
    offlinePlan.statements = statements;
    offlinePlan.people = 5;
    offlinePlan.answers = 200;
    {
        LoadFleet offline(address, QStringLiteral("offline"), count, threads, offlinePlan);
        offline.connectAll();
        waitUntil([&] { return offline.joined() >= count; }, 120000);
        offline.disconnectAll();
        waitUntil([&] { return offline.connected() == 0; }, 10000);
        const qint64 total = qint64(count) * offlinePlan.answers;
        const double cpuBefore = cpuSeconds(hub.processId());
        offline.startCatchUp();
        const qint64 catchUpMs = waitUntil(
            [&] { return offline.acknowledged() + offline.rejected() >= total; }, 600000);
        const double hubCpu = cpuSeconds(hub.processId()) - cpuBefore;
        out << "  catch-up: " << count << " devices x 200 answers (" << total << "), "
            << offline.acknowledged() << " acknowledged in " << catchUpMs
            << " ms = " << qRound(double(offline.acknowledged()) * 1000.0 / double(catchUpMs))
            << " answers/s; rejected " << offline.rejected() << ", errors " << offline.errors()
            << "; hub CPU " << QString::number(hubCpu, 'f', 2) << " s" << Qt::endl;
        printLatencies(offline.latencies());
        offline.disconnectAll();
        waitUntil([&] { return offline.connected() == 0; }, 10000);
    }
    out << "  hub peak memory (VmHWM): " << vmHwmKb(hub.processId()) / 1024 << " MB" << Qt::endl;
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

/// One tablet's own cost per answer, on the path the app ships: AnswerService::save (the rating
/// and its outbox entry in one fully synced transaction), then the acknowledgements in the
/// hub's batch size. Per tablet, so it does not add up across devices.
void tabletSaves(const Catalog& catalog)
{
    QTemporaryDir dir;
    Database database;
    QString error;
    if (!database.open(dir.filePath("tablet.sqlite"), &error)) {
        out << "tablet: " << error << Qt::endl;
        return;
    }
    SessionStore sessions(database);
    const auto session = sessions.createSession(QStringLiteral("Benchmark"), QDate(2024, 5, 6),
        catalog, {}, SessionRecord::Role::Attendee, &error);
    const auto person
        = session ? sessions.createParticipant(session->id, QString(), &error) : std::nullopt;
    if (!person) {
        out << "tablet: " << error << Qt::endl;
        return;
    }
    AnswerService answers(database);
    const QList<Statement> statements = catalog.allStatements();
    const int total = 1000;
    std::vector<qint64> saveUs;
    QList<qint64> sequences;
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < total; ++i) {
        const qint64 start = nowUs();
        const auto saved = answers.save(session->id, 1, statements.at(i % statements.size()).id,
            person->pseudonym, 1 + i % 6, &error);
        saveUs.push_back(nowUs() - start);
        if (!saved) {
            out << "tablet: " << error << Qt::endl;
            return;
        }
        sequences.append(saved->sequence);
    }
    const qint64 saveMs = std::max<qint64>(1, clock.elapsed());
    clock.restart();
    for (qsizetype start = 0; start < sequences.size(); start += 200) {
        if (!answers.acknowledge(session->id, sequences.mid(start, 200), &error)) {
            out << "tablet: " << error << Qt::endl;
            return;
        }
    }
    const qint64 ackMs = clock.elapsed();
    out << "tablet (AnswerService, as the app saves): " << total << " answers in " << saveMs
        << " ms = " << qRound(total * 1000.0 / double(saveMs)) << " saves/s; save ms p50 "
        << ms(percentile(saveUs, 0.50)) << ", p99 " << ms(percentile(saveUs, 0.99)) << ", max "
        << ms(percentile(saveUs, 1.0)) << "; acknowledging all in batches of 200: " << ackMs
        << " ms; outbox left " << answers.ratings().pendingCount(session->id) << Qt::endl;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QList<int> counts;
    int threads = 2;
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg.startsWith("--threads="))
            threads = std::max(1, arg.mid(10).toInt());
        else
            counts << arg.toInt();
    }
    if (counts.isEmpty())
        counts = { 50, 250, 500 };
    const auto catalog = loadBuiltin(QStringLiteral("qualitaetsrahmen"));
    if (!catalog.ok()) {
        out << "cannot load the catalog: " << catalog.error << Qt::endl;
        return 1;
    }
    rawSqlite();
    tabletSaves(catalog.catalog);
    for (int count : counts)
        benchmark(count, threads, statementsOf(catalog.catalog));
    return 0;
}

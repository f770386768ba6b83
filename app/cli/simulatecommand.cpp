#include "simulatecommand.h"

#include "answerlog.h"
#include "arguments.h"
#include "simulateddevice.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QTextStream>
#include <QTimer>

#include <memory>
#include <vector>

namespace dp::cli {

bool parseHostPort(const QString& text, QString* host, quint16* port, QString* error)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    bool ok = false;
    const int number = colon > 0 ? text.mid(colon + 1).toInt(&ok) : 0;
    if (!ok || number < 1 || number > 65535) {
        *error = QStringLiteral("--hub must look like HOST:PORT, got \"%1\"").arg(text);
        return false;
    }
    QString name = text.left(colon);
    if (name.startsWith(QLatin1Char('[')) && name.endsWith(QLatin1Char(']')))
        name = name.mid(1, name.size() - 2);
    *host = name;
    *port = quint16(number);
    return true;
}

int runSimulate(const QStringList& args)
{
    QTextStream err(stderr);
    Arguments options;
    QString error;
    qint64 devices = 0, seed = 0, pace = 0, timeout = 0, changes = 0;
    if (!options.parse(args,
            { "hub", "room-code", "devices", "seed", "data-dir", "log", "pace-ms", "timeout-s",
                "change-percent" },
            { "chaos" }, &error)
        || !options.require({ "hub", "room-code", "devices", "seed", "data-dir" }, &error)
        || !options.intValue("devices", 1, 2000, 0, &devices, &error)
        || !options.intValue("seed", 0, 0xffffffffLL, 0, &seed, &error)
        || !options.intValue("pace-ms", 1, 60000, 50, &pace, &error)
        || !options.intValue("timeout-s", 1, 86400, 600, &timeout, &error)
        || !options.intValue("change-percent", 0, 100, 15, &changes, &error)) {
        err << "simulate: " << error << Qt::endl;
        return 2;
    }
    JoinTarget target;
    target.roomCode = options.value("room-code");
    if (!parseHostPort(options.value("hub"), &target.host, &target.port, &error)) {
        err << "simulate: " << error << Qt::endl;
        return 2;
    }
    const QDir dataDir(options.value("data-dir"));
    if (!QDir().mkpath(dataDir.absolutePath())) {
        err << "simulate: cannot create " << dataDir.absolutePath() << Qt::endl;
        return 1;
    }
    AnswerLog log;
    if (options.has("log") && !log.open(options.value("log"), &error)) {
        err << "simulate: " << error << Qt::endl;
        return 1;
    }
    SimulationPlan plan;
    plan.paceMs = int(pace);
    plan.changePercent = int(changes);
    SyncClient::Options clientOptions;
    clientOptions.chaos = options.has("chaos");
    clientOptions.maxBackoffMs = 2000;

    std::vector<std::unique_ptr<SimulatedDevice>> simulated;
    for (int i = 0; i < devices; ++i) {
        auto device = std::make_unique<SimulatedDevice>(
            i, quint32(seed), plan, log.isOpen() ? &log : nullptr);
        const QString path = dataDir.filePath(
            QStringLiteral("device-%1.sqlite").arg(i + 1, 4, 10, QLatin1Char('0')));
        if (!device->open(path, target, clientOptions, &error)) {
            err << "simulate: device " << i + 1 << ": " << error << Qt::endl;
            return 1;
        }
        simulated.push_back(std::move(device));
    }
    for (auto& device : simulated)
        device->start();

    const QDeadlineTimer deadline(timeout * 1000);
    int exitCode = 0;
    QTimer poll;
    int ticks = 0;
    QObject::connect(&poll, &QTimer::timeout, [&] {
        int done = 0, made = 0, pending = 0;
        for (auto& device : simulated) {
            made += device->answersMade();
            if (device->isDone())
                ++done;
            else if (device->client().hasSession())
                pending += device->client().pendingCount();
        }
        if (++ticks % 20 == 0 || done == int(simulated.size()))
            err << "simulate: " << done << "/" << simulated.size() << " devices done, " << made
                << " answers made, " << pending << " not yet acknowledged" << Qt::endl;
        if (done == int(simulated.size())) {
            QCoreApplication::quit();
        } else if (deadline.hasExpired()) {
            err << "simulate: timeout after " << timeout << " s; first waiting device says: ";
            for (auto& device : simulated) {
                if (!device->isDone()) {
                    err << device->client().statusText() << " " << device->client().errorText();
                    break;
                }
            }
            err << Qt::endl;
            exitCode = 1;
            QCoreApplication::quit();
        }
    });
    poll.start(250);
    QCoreApplication::exec();
    for (auto& device : simulated)
        device->client().stop();
    return exitCode;
}

} // namespace dp::cli

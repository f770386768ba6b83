#include "livebenchmark.h"

#include "benchfigures.h"
#include "loadgenerator.h"
#include "timedapplication.h"

#include "moderation/moderatorsession.h"
#include "qmlservices.h"
#include "storage/database.h"

#include <QEventLoop>
#include <QHash>
#include <QMutex>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTimer>
#include <algorithm>

#include <memory>

namespace dp::bench {

namespace {

// Every statement's live plot, as on the dashboard, on a projector-sized window.
const QByteArray Dashboard = R"(
import QtQuick
import Dialogpunkte.Moderator
Grid {
    width: 1920; height: 1080; columns: 10
    Repeater {
        model: Moderator.statementIds
        StatementPlot { width: 192; height: 216; statementId: modelData }
    }
}
)";

using Key = QPair<QString, qint64>; // device id, sequence

/// Follows answers from the device that sent them to the frame that showed them.
struct Trail
{
    QMutex mutex; // the devices' threads write `sent`
    QHash<Key, qint64> sent;
    std::vector<qint64> committedUs; // commit time of answers not yet refreshed
    std::vector<qint64> committedSentUs;
    std::vector<qint64> refreshedUs; // ... refreshed, not yet drawn
    std::vector<qint64> refreshedSentUs;
    std::vector<double> sendToCommitMs;
    std::vector<double> commitToFrameMs;
    std::vector<double> sendToFrameMs;
};

QList<StatementPick> picksOf(const Catalog& catalog)
{
    QList<StatementPick> picks;
    for (const Statement& statement : catalog.allStatements()) {
        const Scale* scale = catalog.scaleFor(statement);
        picks.append({ statement.id, scale->points, scale->allowCannotJudge });
    }
    return picks;
}

/// Runs the event loop (the hub lives on this thread) until `done()` or `timeoutMs`.
bool spinUntil(const std::function<bool()>& done, int timeoutMs)
{
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    poll.start(20);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return done();
}

} // namespace

void runLiveBenchmark(const LiveOptions& options)
{
    auto* app = static_cast<TimedApplication*>(QCoreApplication::instance());
    QTemporaryDir dir;
    Database database;
    QString error;
    if (!database.open(dir.filePath(QStringLiteral("moderator.sqlite")), &error)) {
        out() << "cannot open the database: " << error << Qt::endl;
        return;
    }
    ModeratorSession moderator(database);
    moderator.setLanguage(QStringLiteral("de"));
    if (!moderator.hostNewWorkshop(QStringLiteral("qualitaetsrahmen"), QStringLiteral("Benchmark"),
            QHostAddress::LocalHost, 0, QStringLiteral("127.0.0.1"))) {
        out() << "cannot host: " << moderator.errorText() << Qt::endl;
        return;
    }
    moderator.setHideUntilRevealed(false);
    SessionHost* host = moderator.host();

    QQmlEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    QmlServices::provide(&engine, { nullptr, nullptr, &moderator });
    QQuickWindow window;
    window.resize(1920, 1080);
    QQmlComponent component(&engine);
    component.setData(Dashboard, QUrl(QStringLiteral("qrc:/benchmark/Dashboard.qml")));
    std::unique_ptr<QObject> root(component.create());
    if (!root) {
        out() << "dashboard: " << component.errorString() << Qt::endl;
        return;
    }
    qobject_cast<QQuickItem*>(root.get())->setParentItem(window.contentItem());
    window.show();

    Trail trail;
    bool measuring = false;
    qint64 answers = 0;
    qint64 answersSinceRefresh = 0;
    std::vector<double> applyPerAnswerUs; // per group commit: time / answers in it
    double applyTotalMs = 0;
    std::vector<qint64> refreshAnswers; // answers shown by each refresh, paired with marked

    // Count answers exactly as the moderator does, but clocked: the same call on the same
    // signal, in place of the moderator's own connection.
    QObject::disconnect(
        host, &SessionHost::ratingsStored, &moderator, &ModeratorSession::applyRatings);
    QObject::connect(
        host, &SessionHost::ratingsStored, &moderator, [&](const QList<Rating>& ratings) {
            QElapsedTimer clock;
            clock.start();
            moderator.applyRatings(ratings);
            const double ms = double(clock.nsecsElapsed()) / 1e6;
            if (!measuring)
                return;
            const qint64 now = nowUs();
            QMutexLocker lock(&trail.mutex);
            for (const Rating& rating : ratings) {
                const qint64 sent = trail.sent.take({ rating.deviceId, rating.sequence });
                trail.committedUs.push_back(now);
                trail.committedSentUs.push_back(sent);
                if (sent > 0)
                    trail.sendToCommitMs.push_back(double(now - sent) / 1000.0);
            }
            answers += ratings.size();
            answersSinceRefresh += ratings.size();
            applyTotalMs += ms;
            applyPerAnswerUs.push_back(ms * 1000.0 / double(ratings.size()));
        });
    QObject::connect(&moderator, &ModeratorSession::revisionChanged, &moderator, [&] {
        if (!measuring)
            return;
        app->markCurrentEvent(); // the whole refresh event, views included, is clocked
        QMutexLocker lock(&trail.mutex);
        trail.refreshedUs.insert(
            trail.refreshedUs.end(), trail.committedUs.begin(), trail.committedUs.end());
        trail.refreshedSentUs.insert(trail.refreshedSentUs.end(), trail.committedSentUs.begin(),
            trail.committedSentUs.end());
        trail.committedUs.clear();
        trail.committedSentUs.clear();
        refreshAnswers.push_back(answersSinceRefresh);
        answersSinceRefresh = 0;
    });
    QObject::connect(
        &window, &QQuickWindow::frameSwapped, &window,
        [&] {
            const qint64 now = nowUs();
            QMutexLocker lock(&trail.mutex);
            for (size_t i = 0; i < trail.refreshedUs.size(); ++i) {
                trail.commitToFrameMs.push_back(double(now - trail.refreshedUs[i]) / 1000.0);
                if (trail.refreshedSentUs[i] > 0)
                    trail.sendToFrameMs.push_back(double(now - trail.refreshedSentUs[i]) / 1000.0);
            }
            trail.refreshedUs.clear();
            trail.refreshedSentUs.clear();
        },
        Qt::DirectConnection);

    // The GUI thread must keep answering: the longest gap between two 5 ms timer ticks.
    QElapsedTimer stallClock;
    qint64 lastTick = 0;
    qint64 longestGapNs = 0;
    QTimer heartbeat;
    QObject::connect(&heartbeat, &QTimer::timeout, &moderator, [&] {
        const qint64 now = stallClock.nsecsElapsed();
        if (measuring && lastTick > 0)
            longestGapNs = std::max(longestGapNs, now - lastTick);
        lastTick = now;
    });

    LoadPlan plan;
    plan.statements = picksOf(host->snapshot().session.catalog);
    plan.answers = int(plan.statements.size()) * 115 / 100; // every statement, 15 % changed
    plan.paceMs = options.paceMs;
    plan.onSent = [&trail](const QString& deviceId, qint64 sequence, qint64 sentUs) {
        QMutexLocker lock(&trail.mutex);
        trail.sent.insert({ deviceId, sequence }, sentUs);
    };
    LoadFleet fleet({ QStringLiteral("127.0.0.1"), quint16(host->port()), host->roomCode() },
        QStringLiteral("bench"), options.devices, options.threads, plan);
    fleet.connectAll();
    if (!spinUntil([&] { return fleet.joined() >= options.devices; }, 60000)) {
        out() << "only " << fleet.joined() << " of " << options.devices << " devices joined"
              << Qt::endl;
        return;
    }
    out() << "\n[live] " << options.devices << " devices joined; voting (" << plan.answers
          << " answers each, mean pause " << plan.paceMs << " ms)" << Qt::endl;

    const qint64 busyBefore = app->busyNs;
    const qint64 busyCpuBefore = app->busyCpuNs;
    app->marked.clear();
    app->markedCpu.clear();
    QElapsedTimer wall;
    wall.start();
    stallClock.start();
    heartbeat.start(5);
    measuring = true;
    fleet.startLive();
    spinUntil(
        [&] {
            return fleet.planned() > 0
                && fleet.acknowledged() + fleet.rejected() >= fleet.planned();
        },
        options.timeoutS * 1000);
    spinUntil([] { return false; }, 200); // the last refresh and frame
    measuring = false;
    heartbeat.stop();
    const double seconds = double(wall.nsecsElapsed()) / 1e9;
    const double busyMs = double(app->busyNs - busyBefore) / 1e6;
    const double busyCpuMs = double(app->busyCpuNs - busyCpuBefore) / 1e6;

    // Refresh cost per answer: each marked refresh event over the answers it showed.
    std::vector<double> refreshPerAnswer;
    const std::vector<double> refreshMs = app->marked;
    const std::vector<double> refreshCpuMs = app->markedCpu;
    double refreshTotalMs = 0;
    double refreshCpuTotalMs = 0;
    for (double ms : refreshCpuMs)
        refreshCpuTotalMs += ms;
    for (size_t i = 0; i < refreshAnswers.size() && i < refreshMs.size(); ++i) {
        if (refreshAnswers[i] > 0)
            refreshPerAnswer.push_back(refreshMs[i] * 1000.0 / double(refreshAnswers[i]));
        refreshTotalMs += refreshMs[i];
    }

    out() << "  " << answers << " answers stored in " << QString::number(seconds, 'f', 1) << " s ("
          << QString::number(double(answers) / seconds, 'f', 0) << " answers/s), acknowledged "
          << fleet.acknowledged() << ", rejected " << fleet.rejected() << ", errors "
          << fleet.errors() << Qt::endl;
    out() << "  counting (applyRatings) per answer: "
          << Figures::of(applyPerAnswerUs).text(QStringLiteral("us"), 1) << " over "
          << applyPerAnswerUs.size() << " group commits; overall "
          << QString::number(applyTotalMs * 1000.0 / double(std::max<qint64>(1, answers)), 'f', 1)
          << " us per answer (target < 100 us)" << Qt::endl;
    const double perAnswer = 1000.0 / double(std::max<qint64>(1, answers)); // ms -> us
    out() << "  refresh (views re-read, " << refreshMs.size() << " ticks) per tick: wall "
          << Figures::of(refreshMs).text(QStringLiteral("ms")) << "; CPU "
          << Figures::of(refreshCpuMs).text(QStringLiteral("ms")) << Qt::endl;
    out() << "  refresh per answer shown (wall): "
          << Figures::of(refreshPerAnswer).text(QStringLiteral("us"), 1) << "; overall wall "
          << QString::number(refreshTotalMs * perAnswer, 'f', 1) << " us, CPU "
          << QString::number(refreshCpuTotalMs * perAnswer, 'f', 1) << " us per answer" << Qt::endl;
    out() << "  GUI thread busy (wall) "
          << QString::number(100.0 * busyMs / (seconds * 1000.0), 'f', 0) << "% of the time; CPU "
          << QString::number(100.0 * busyCpuMs / (seconds * 1000.0), 'f', 0)
          << "% = " << QString::number(busyCpuMs * perAnswer, 'f', 1)
          << " us CPU per answer for everything (hub: network, JSON, SQLite; counting; refresh; "
             "rendering)"
          << Qt::endl;
    out() << "  longest gap between two 5 ms GUI timer ticks: "
          << QString::number(double(longestGapNs) / 1e6, 'f', 1) << " ms" << Qt::endl;
    out() << "  answer sent -> committed at the hub: "
          << Figures::of(trail.sendToCommitMs).text(QStringLiteral("ms"), 1) << Qt::endl;
    const auto over100 = std::count_if(trail.commitToFrameMs.begin(), trail.commitToFrameMs.end(),
        [](double ms) { return ms > 100.0; });
    out() << "  committed -> first frame showing it: "
          << Figures::of(trail.commitToFrameMs).text(QStringLiteral("ms"), 1) << "; " << over100
          << " of " << trail.commitToFrameMs.size()
          << " over 100 ms (target: everything within 100 ms)" << Qt::endl;
    out() << "  answer sent -> first frame showing it: "
          << Figures::of(trail.sendToFrameMs).text(QStringLiteral("ms"), 1) << Qt::endl;

    fleet.disconnectAll();
    spinUntil([&] { return fleet.connected() == 0; }, 5000);
    root.reset();
    QmlServices::withdraw(&engine);
}

} // namespace dp::bench

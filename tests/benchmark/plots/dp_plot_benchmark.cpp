// Measures the two costs that decide whether the moderator's screen keeps up during a
// workshop: counting an arriving answer, and redrawing many dot plots.
#include "dotplot.h"
#include "stats/liveaggregator.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QQuickWindow>
#include <QRandomGenerator>
#include <QSGRendererInterface>
#include <QTextStream>
#include <QTimer>

namespace {

QTextStream out(stdout);

void benchmarkAggregation()
{
    // 50 people, 60 statements, 2 rounds, and every third answer changed once.
    QList<dp::StatementInfo> statements;
    for (int i = 0; i < 60; ++i)
        statements.append({ QStringLiteral("st%1").arg(i), QStringLiteral("dim%1").arg(i / 7), 6,
            dp::Scale::Kind::Ordinal, {} });
    dp::LiveAggregator live;
    live.setSession(QStringLiteral("s"), statements);
    QList<dp::Rating> ratings;
    QRandomGenerator random(42);
    for (int round = 1; round <= 2; ++round)
        for (int person = 0; person < 50; ++person)
            for (int s = 0; s < 60; ++s) {
                dp::Rating r;
                r.sessionId = QStringLiteral("s");
                r.round = round;
                r.statementId = statements.at(s).id;
                r.pseudonym = QStringLiteral("p%1").arg(person);
                r.answer = random.bounded(7);
                ratings.append(r);
                if (random.bounded(3) == 0) {
                    r.answer = random.bounded(7);
                    ratings.append(r);
                }
            }
    QElapsedTimer timer;
    timer.start();
    for (const dp::Rating& r : std::as_const(ratings))
        live.applyRating(r);
    const double applyMs = timer.nsecsElapsed() / 1e6;
    timer.restart();
    double sink = 0;
    for (const dp::Rating& r : std::as_const(ratings))
        sink += live.summary(r.statementId, r.round).consensus; // what a live view recomputes
    const double summaryMs = timer.nsecsElapsed() / 1e6;
    out << "aggregation: " << ratings.size() << " answers, "
        << QString::number(applyMs * 1000.0 / ratings.size(), 'f', 2) << " us per answer, "
        << QString::number(summaryMs * 1000.0 / ratings.size(), 'f', 2)
        << " us per summary (target < 100 us)" << (sink < 0 ? " " : "") << Qt::endl;
}

QList<QList<int>> randomCounts(QRandomGenerator& random, int dots)
{
    QList<QList<int>> series(3, QList<int>(7, 0));
    for (int i = 0; i < dots; ++i)
        ++series[random.bounded(3)][random.bounded(7)];
    return series;
}

} // namespace

int main(int argc, char* argv[])
{
    QGuiApplication app(argc, argv);
    benchmarkAggregation();

    QQuickWindow window;
    window.resize(1920, 1080);
    QList<dp::DotPlot*> plots;
    QRandomGenerator random(7);
    for (int i = 0; i < 60; ++i) {
        auto* plot = new dp::DotPlot(window.contentItem());
        plot->setAnimated(false);
        plot->setPosition(QPointF((i % 10) * 192.0, (i / 10) * 180.0));
        plot->setSize(QSizeF(188, 176));
        plot->setDistribution(randomCounts(random, 500));
        plots.append(plot);
    }

    QElapsedTimer syncTimer;
    qint64 syncNs = 0;
    int syncs = 0;
    QObject::connect(
        &window, &QQuickWindow::beforeSynchronizing, &window, [&] { syncTimer.start(); },
        Qt::DirectConnection);
    QObject::connect(
        &window, &QQuickWindow::afterSynchronizing, &window,
        [&] {
            syncNs += syncTimer.nsecsElapsed();
            ++syncs;
        },
        Qt::DirectConnection);

    constexpr int Frames = 60;
    int frames = 0;
    QElapsedTimer wall;
    QObject::connect(&window, &QQuickWindow::frameSwapped, &window, [&] {
        if (frames == 0) {
            wall.start(); // the first frame includes start-up; measure from here
            syncNs = 0;
            syncs = 0;
        }
        if (++frames > Frames) {
            out << "backend: "
                << (window.rendererInterface()->graphicsApi() == QSGRendererInterface::Software
                           ? "software"
                           : "rhi")
                << Qt::endl;
            out << "60 plots x 500 dots, every plot changed every frame: "
                << QString::number(syncNs / 1e6 / qMax(1, syncs), 'f', 2) << " ms sync, "
                << QString::number(wall.nsecsElapsed() / 1e6 / Frames, 'f', 2) << " ms per frame"
                << Qt::endl;
            app.quit();
            return;
        }
        // One more answer on every plot: the worst case of a busy moment.
        for (dp::DotPlot* plot : std::as_const(plots))
            plot->setDistribution(randomCounts(random, 500 + frames % 2));
    });
    window.show();
    QTimer::singleShot(60000, &app, &QGuiApplication::quit);
    return app.exec();
}

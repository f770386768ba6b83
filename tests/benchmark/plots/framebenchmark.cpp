#include "framebenchmark.h"

#include "benchfigures.h"
#include "dotplot.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QQuickWindow>
#include <QRandomGenerator>
#include <QSGRendererInterface>
#include <QThread>
#include <QTimer>

#include <atomic>

namespace dp::bench {

namespace {

constexpr int Plots = 60;
constexpr int DotsPerPlot = 500;
constexpr int Groups = 3;
constexpr int Values = 7; // "cannot judge" and a 6-point scale
constexpr int TickMs = 33; // ModeratorSession::RefreshMs

using Counts = QList<QList<int>>;

Counts randomCounts(QRandomGenerator& random, int dots)
{
    Counts series(Groups, QList<int>(Values, 0));
    for (int i = 0; i < dots; ++i)
        ++series[int(random.bounded(Groups))][int(random.bounded(Values))];
    return series;
}

/// One answer: a new dot, or (a changed answer) one dot taken off and put on elsewhere.
void applyAnswer(Counts& series, QRandomGenerator& random, bool change)
{
    const int group = int(random.bounded(Groups));
    if (change) {
        for (int tries = 0; tries < 20; ++tries) {
            const int from = int(random.bounded(Values));
            if (series[group][from] > 0) {
                --series[group][from];
                break;
            }
        }
    }
    ++series[group][int(random.bounded(Values))];
}

/// What StatementPlot hands to DotPlotView.counts: a list of lists of numbers.
QVariantList toVariant(const Counts& series)
{
    QVariantList list;
    for (const QList<int>& values : series) {
        QVariantList entry;
        for (int value : values)
            entry.append(value);
        list.append(QVariant(entry));
    }
    return list;
}

QString backendName(QQuickWindow& window)
{
    switch (window.rendererInterface()->graphicsApi()) {
    case QSGRendererInterface::Software:
        return QStringLiteral("software (QPainter)");
    case QSGRendererInterface::OpenGL:
        return QStringLiteral("OpenGL (RHI)");
    case QSGRendererInterface::Vulkan:
        return QStringLiteral("Vulkan (RHI)");
    default:
        return QStringLiteral("other RHI");
    }
}

} // namespace

void runFrameScenario(const FrameScenario& scenario)
{
    QQuickWindow window;
    window.resize(1920, 1080);
    QList<DotPlot*> plots;
    QList<Counts> data;
    QRandomGenerator random(7);
    for (int i = 0; i < Plots; ++i) {
        auto* plot = new DotPlot(window.contentItem());
        plot->setAnimated(false); // the starting state is already there
        plot->setPosition(QPointF((i % 10) * 192.0, (i / 10) * 180.0));
        plot->setSize(QSizeF(188, 176));
        data.append(randomCounts(random, DotsPerPlot));
        plot->setCounts(toVariant(data.last()));
        plots.append(plot);
    }

    // Frame time: from the start of a frame (before sync) to its swap, on whichever thread
    // renders. With the basic render loop all of it blocks the GUI thread.
    QElapsedTimer clock;
    clock.start();
    std::atomic<qint64> frameStartNs { 0 };
    std::atomic<qint64> frameStartCpuNs { 0 };
    std::atomic<bool> renderOnGuiThread { true };
    std::vector<double> frameMs;
    std::vector<double> frameCpuMs;
    std::vector<double> frameCpuWithApplyMs;
    double applyCpuSinceFrame = 0;
    std::vector<double> pendingApply; // GUI time of data handed over since the last frame
    std::vector<double> frameWithApplyMs;
    double applySinceFrame = 0;
    bool measuring = false;
    // Frames in which some plot drew all its dots again (its fullest column grew a row, so
    // every dot got smaller), told apart from the rest.
    const auto rebuildsSoFar = [&plots] {
        int total = 0;
        for (const DotPlot* plot : std::as_const(plots))
            total += plot->layerRebuilds();
        return total;
    };
    int rebuildsBefore = 0;
    std::vector<double> rebuildFrameCpuMs;
    std::vector<double> plainFrameCpuMs;
    QObject::connect(
        &window, &QQuickWindow::beforeFrameBegin, &window,
        [&] {
            frameStartNs = clock.nsecsElapsed();
            frameStartCpuNs = threadCpuNs();
            renderOnGuiThread = QThread::currentThread() == window.thread();
        },
        Qt::DirectConnection);
    // The two steps of a frame apart: sync (the plots prepare their nodes, GUI thread blocked)
    // and render (Qt's renderer draws the scene), as CPU time of the rendering thread.
    std::atomic<qint64> syncEndCpuNs { 0 };
    std::atomic<qint64> renderEndCpuNs { 0 };
    std::vector<double> syncCpuMs;
    std::vector<double> renderCpuMs;
    QObject::connect(
        &window, &QQuickWindow::afterSynchronizing, &window, [&] { syncEndCpuNs = threadCpuNs(); },
        Qt::DirectConnection);
    QObject::connect(
        &window, &QQuickWindow::afterRendering, &window, [&] { renderEndCpuNs = threadCpuNs(); },
        Qt::DirectConnection);
    QObject::connect(
        &window, &QQuickWindow::frameSwapped, &window,
        [&] {
            const double ms = double(clock.nsecsElapsed() - frameStartNs) / 1e6;
            const double cpuMs = double(threadCpuNs() - frameStartCpuNs) / 1e6;
            const double syncMs = double(syncEndCpuNs - frameStartCpuNs) / 1e6;
            const double renderMs = double(renderEndCpuNs - syncEndCpuNs) / 1e6;
            QMetaObject::invokeMethod(&window, [&, ms, cpuMs, syncMs, renderMs] {
                if (!measuring)
                    return;
                syncCpuMs.push_back(syncMs);
                renderCpuMs.push_back(renderMs);
                frameMs.push_back(ms);
                frameWithApplyMs.push_back(ms + applySinceFrame);
                frameCpuMs.push_back(cpuMs);
                frameCpuWithApplyMs.push_back(cpuMs + applyCpuSinceFrame);
                const int rebuilds = rebuildsSoFar();
                (rebuilds > rebuildsBefore ? rebuildFrameCpuMs : plainFrameCpuMs)
                    .push_back(cpuMs + applyCpuSinceFrame);
                rebuildsBefore = rebuilds;
                applySinceFrame = 0;
                applyCpuSinceFrame = 0;
            });
        },
        Qt::DirectConnection);

    std::vector<double> applyMs;
    std::vector<double> applyCpuMs;
    QTimer tick;
    tick.setInterval(TickMs);
    QObject::connect(&tick, &QTimer::timeout, &window, [&] {
        if (scenario.reshuffleAll) {
            for (Counts& counts : data)
                counts = randomCounts(random, DotsPerPlot + int(random.bounded(2)));
        } else {
            for (int a = 0; a < scenario.answersPerTick; ++a)
                applyAnswer(data[int(random.bounded(Plots))], random,
                    int(random.bounded(100)) < scenario.changePercent);
        }
        // Every view re-reads its figures on the refresh tick, changed or not.
        QElapsedTimer apply;
        apply.start();
        const qint64 cpuStart = threadCpuNs();
        for (int i = 0; i < Plots; ++i)
            plots.at(i)->setCounts(toVariant(data.at(i)));
        const double ms = double(apply.nsecsElapsed()) / 1e6;
        const double cpuMs = double(threadCpuNs() - cpuStart) / 1e6;
        if (measuring) {
            applyMs.push_back(ms);
            applyCpuMs.push_back(cpuMs);
            applySinceFrame += ms;
            applyCpuSinceFrame += cpuMs;
        }
    });

    window.show();
    QEventLoop loop;
    QTimer::singleShot(1000, &loop, [&] { // first frames include start-up
        for (DotPlot* plot : std::as_const(plots))
            plot->setAnimated(scenario.animated);
        rebuildsBefore = rebuildsSoFar();
        measuring = true;
        tick.start();
    });
    QTimer::singleShot(1000 + scenario.seconds * 1000, &loop, &QEventLoop::quit);
    loop.exec();
    tick.stop();
    measuring = false;

    auto over16 = [](const std::vector<double>& values) {
        return std::count_if(values.begin(), values.end(), [](double ms) { return ms > 16.0; });
    };
    out() << "\n[frames] " << scenario.name << Qt::endl;
    out() << "  " << Plots << " plots x " << DotsPerPlot << " dots, 1920x1080, backend "
          << backendName(window) << ", render loop "
          << (renderOnGuiThread ? "on the GUI thread (basic)" : "in its own thread (threaded)")
          << ", animated " << (scenario.animated ? "yes" : "no") << ", "
          << (scenario.reshuffleAll
                     ? QStringLiteral("every dot of every plot changes every tick")
                     : QStringLiteral("%1 answers per 33 ms tick (%2% changed answers)")
                           .arg(scenario.answersPerTick)
                           .arg(scenario.changePercent))
          << Qt::endl;
    out() << "  GUI thread handing counts to all 60 plots per tick (" << applyMs.size()
          << " ticks): wall " << Figures::of(applyMs).text(QStringLiteral("ms")) << "; CPU "
          << Figures::of(applyCpuMs).text(QStringLiteral("ms")) << Qt::endl;
    out() << "  frame, beforeFrameBegin -> frameSwapped (" << frameMs.size() << " frames in "
          << scenario.seconds << " s): wall " << Figures::of(frameMs).text(QStringLiteral("ms"))
          << "; CPU of the rendering thread " << Figures::of(frameCpuMs).text(QStringLiteral("ms"))
          << Qt::endl;
    out() << "  of which sync (plots prepare their nodes): CPU "
          << Figures::of(syncCpuMs).text(QStringLiteral("ms"))
          << "; render (Qt draws the scene): CPU "
          << Figures::of(renderCpuMs).text(QStringLiteral("ms")) << Qt::endl;
    out() << "  frame + counts handed over before it: wall "
          << Figures::of(frameWithApplyMs).text(QStringLiteral("ms")) << ", "
          << over16(frameWithApplyMs) << " frames over 16 ms; CPU "
          << Figures::of(frameCpuWithApplyMs).text(QStringLiteral("ms")) << ", "
          << over16(frameCpuWithApplyMs) << " frames over 16 ms (target 0)" << Qt::endl;
    out() << "  of these, frames where a plot drew all its dots anew (new layout): "
          << rebuildFrameCpuMs.size() << ", CPU "
          << Figures::of(rebuildFrameCpuMs).text(QStringLiteral("ms")) << ", "
          << over16(rebuildFrameCpuMs) << " over 16 ms; the others: CPU "
          << Figures::of(plainFrameCpuMs).text(QStringLiteral("ms")) << ", "
          << over16(plainFrameCpuMs) << " over 16 ms" << Qt::endl;
}

} // namespace dp::bench

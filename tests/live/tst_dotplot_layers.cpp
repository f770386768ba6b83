// A live DotPlot draws only what changed: a new answer is added to the settled dots instead of
// redrawing all of them, counts handed over unchanged cost nothing, and the picture is the same
// as that of a plot drawn from scratch with the same answers.
#include "dotplot.h"

#include <QQuickWindow>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace dp;

namespace {

QList<QList<int>> counts(int cannotJudge, const QList<int>& points)
{
    return { QList<int> { cannotJudge } + points };
}

/// A window with one plot, its frames counted.
struct Stage
{
    QQuickWindow window;
    DotPlot* plot = nullptr;
    int frames = 0;

    explicit Stage(const QList<QList<int>>& start)
    {
        window.resize(400, 300);
        plot = new DotPlot(window.contentItem());
        plot->setSize(QSizeF(400, 300));
        plot->setAnimated(false);
        plot->setDistribution(start);
        QObject::connect(&window, &QQuickWindow::frameSwapped, &window, [this] { ++frames; });
        window.show();
    }
    bool nextFrame()
    {
        const int before = frames;
        return QTest::qWaitFor([&] { return frames > before; }, 5000);
    }
};

/// Pixels in which `stage` differs from a plot drawn from scratch with `counts`.
int differingPixels(Stage& stage, const QList<QList<int>>& counts)
{
    Stage fresh(counts);
    if (!QTest::qWaitForWindowExposed(&fresh.window)
        || !QTest::qWaitFor([&] { return fresh.frames > 0; }, 5000))
        return -1;
    if (fresh.plot->dotCount() != stage.plot->dotCount())
        return -2;
    const QImage drawn = fresh.window.grabWindow();
    const QImage shown = stage.window.grabWindow();
    if (drawn.size() != shown.size())
        return -3;
    int differing = 0;
    for (int y = 0; y < drawn.height(); ++y)
        for (int x = 0; x < drawn.width(); ++x)
            differing += drawn.pixel(x, y) != shown.pixel(x, y) ? 1 : 0;
    return differing;
}

} // namespace

class TestDotPlotLayers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QQuickWindow::setGraphicsApi(QSGRendererInterface::Software); }

    void newAnswersAreAddedNotRedrawn()
    {
        Stage stage(counts(2, { 3, 5, 20, 30, 20, 4 }));
        QVERIFY(QTest::qWaitForWindowExposed(&stage.window));
        QTRY_VERIFY(stage.plot->layerRebuilds() >= 1);
        QTest::qWait(50);
        const int rebuilds = stage.plot->layerRebuilds();

        // Answers in columns that are not the fullest: no other dot moves.
        stage.plot->setDistribution(counts(2, { 4, 5, 20, 30, 20, 4 }));
        QVERIFY(stage.nextFrame());
        stage.plot->setDistribution(counts(3, { 4, 6, 20, 30, 20, 4 }));
        QVERIFY(stage.nextFrame());
        QCOMPARE(stage.plot->dotCount(), 87);
        QCOMPARE(stage.plot->layerRebuilds(), rebuilds);

        // A withdrawn answer lets the dots above it move down: only that column is drawn again,
        // and the plot looks exactly like one drawn from scratch.
        const QList<QList<int>> withdrawn = counts(3, { 4, 6, 19, 30, 20, 4 });
        stage.plot->setDistribution(withdrawn);
        QVERIFY(stage.nextFrame());
        QCOMPARE(stage.plot->layerRebuilds(), rebuilds);
        QCOMPARE(differingPixels(stage, withdrawn), 0);
    }

    void unchangedCountsCostNothing()
    {
        Stage stage(counts(1, { 1, 2, 3, 4, 5, 6 }));
        QVERIFY(QTest::qWaitForWindowExposed(&stage.window));
        QTest::qWait(50);
        QSignalSpy changed(stage.plot, &DotPlot::countsChanged);
        QSignalSpy layout(stage.plot, &DotPlot::layoutChanged);
        const int frames = stage.frames;
        QVariantList same;
        for (const int value : { 1, 1, 2, 3, 4, 5, 6 })
            same.append(value);
        stage.plot->setCounts({ QVariant(same) });
        stage.plot->setCounts({ QVariant(same) });
        QTest::qWait(100);
        QCOMPARE(changed.size(), 0);
        QCOMPARE(layout.size(), 0);
        QCOMPARE(stage.frames, frames);
        QCOMPARE(stage.plot->counts().size(), 1);

        same[3] = 4; // one more answer for point 3
        stage.plot->setCounts({ QVariant(same) });
        QCOMPARE(changed.size(), 1);
        QCOMPARE(stage.plot->dotCount(), 23);
        QVERIFY(stage.nextFrame());
    }

    void aDropInRepaintsOnlyWhatMoves()
    {
        Stage stage(counts(1, { 10, 20, 30, 20, 10, 5 }));
        QVERIFY(QTest::qWaitForWindowExposed(&stage.window));
        QTest::qWait(50);
        const QImage before = stage.window.grabWindow();
        stage.plot->setAnimated(true);
        const int settledBefore = stage.plot->settledUpdates();
        const int framesBefore = stage.frames;

        stage.plot->setDistribution(counts(1, { 10, 21, 30, 20, 10, 5 }));
        QVERIFY(stage.nextFrame());
        QCOMPARE(stage.plot->droppingDots(), 1);
        QVERIFY(stage.window.grabWindow() != before); // the dropping dot is drawn
        QTRY_VERIFY(!stage.plot->animating());
        stage.plot->update();
        QVERIFY(stage.nextFrame());

        // Several frames of the drop-in, but the settled dots were handed over once: when the
        // new dot settled.
        QVERIFY2(stage.frames - framesBefore >= 3, qPrintable(QString::number(stage.frames)));
        QCOMPARE(stage.plot->droppingDots(), 0);
        QCOMPARE(stage.plot->settledUpdates() - settledBefore, 1);
    }

    void addedDotsLookLikeAFreshPlot()
    {
        const QList<QList<int>> final { { 1, 4, 6, 12, 15, 9, 3 }, { 0, 2, 3, 7, 6, 5, 1 } };
        // Grow to the final counts answer by answer, with the drop-in animation on.
        Stage live({ { 0, 0, 0, 0, 0, 0, 0 }, { 0, 0, 0, 0, 0, 0, 0 } });
        QVERIFY(QTest::qWaitForWindowExposed(&live.window));
        live.plot->setAnimated(true);
        QList<QList<int>> now { { 0, 0, 0, 0, 0, 0, 0 }, { 0, 0, 0, 0, 0, 0, 0 } };
        for (int series = 0; series < 2; ++series) {
            for (int value = 0; value < 7; ++value) {
                while (now[series][value] < final[series][value]) {
                    ++now[series][value];
                    live.plot->setDistribution(now);
                    QTest::qWait(5);
                }
            }
        }
        QTRY_VERIFY(!live.plot->animating());
        live.plot->update(); // a frame after the last dot settled

        QVERIFY(live.nextFrame());

        QCOMPARE(differingPixels(live, final), 0);
    }

    void aPlotMovedToAnotherWindowDrawsAllItsDots()
    {
        const QList<QList<int>> answers { { 2, 3, 5, 8, 4, 1, 0 } };
        Stage first(answers);
        QVERIFY(QTest::qWaitForWindowExposed(&first.window));
        QTRY_VERIFY(first.frames > 0);
        Stage second({ { 0, 0, 0, 0, 0, 0, 0 } });
        QVERIFY(QTest::qWaitForWindowExposed(&second.window));
        delete second.plot;
        // The plot's nodes stay behind with the first window; the second one starts afresh.
        first.plot->setParentItem(second.window.contentItem());
        second.plot = first.plot;
        QVERIFY(second.nextFrame());

        QCOMPARE(differingPixels(second, answers), 0);
    }
};

QTEST_MAIN(TestDotPlotLayers)

#include "tst_dotplot_layers.moc"

// Renders DotPlotView offscreen with 50 and 500 answers at tablet and projector sizes and
// checks what a person would: dots are drawn (in the group colours), one per answer, and the
// frame is not blank. Set DP_SHOTS_DIR to keep copies of the frames for looking at them.
#include "stats/disagreementmodel.h"
#include "stats/liveaggregator.h"

#include <QDir>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickView>
#include <QRandomGenerator>
#include <QSGRendererInterface>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(Dialogpunkte_PlotsPlugin)

namespace {

const QUrl ViewUrl(QStringLiteral("qrc:/qt/qml/Dialogpunkte/Plots/DotPlotView.qml"));

/// `answers` answers of three groups on a 6-point scale plus "cannot judge", skewed to agree.
QVariantList makeCounts(int answers, quint32 seed)
{
    // cumulative weights for cannot judge, 1..6
    const int weights[] = { 6, 4, 10, 18, 28, 22, 12 };
    QList<QList<int>> series(3, QList<int>(7, 0));
    QRandomGenerator random(seed);
    for (int i = 0; i < answers; ++i) {
        const int group = i % 10 < 5 ? 0 : i % 10 < 8 ? 1 : 2;
        int roll = random.bounded(100);
        int value = 0;
        while (roll >= weights[value]) {
            roll -= weights[value];
            ++value;
        }
        ++series[group][value];
    }
    QVariantList counts;
    for (const QList<int>& values : series) {
        QVariantList entry;
        for (int v : values)
            entry.append(v);
        counts.append(QVariant(entry));
    }
    return counts;
}

int countNear(const QImage& image, QColor colour, int tolerance)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y) {
        const QRgb* line = reinterpret_cast<const QRgb*>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            if (qAbs(qRed(line[x]) - colour.red()) <= tolerance
                && qAbs(qGreen(line[x]) - colour.green()) <= tolerance
                && qAbs(qBlue(line[x]) - colour.blue()) <= tolerance)
                ++n;
        }
    }
    return n;
}

} // namespace

class DotPlotTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_shots;

    std::unique_ptr<QQuickView> makeView(const QSize& size)
    {
        auto view = std::make_unique<QQuickView>();
        view->setResizeMode(QQuickView::SizeRootObjectToView);
        view->setSource(ViewUrl);
        if (view->status() != QQuickView::Ready)
            qWarning() << view->errors();
        QQuickItem* root = view->rootObject();
        if (root) {
            root->setProperty("title",
                QStringLiteral("Die Zusammenarbeit im Netzwerk ist "
                               "verbindlich geregelt."));
            root->setProperty("labels",
                QStringList { "stimme gar nicht zu", "stimme nicht zu", "stimme eher nicht zu",
                    "stimme eher zu", "stimme zu", "stimme sehr zu" });
            root->setProperty("legend",
                QVariantList { QVariantMap { { "name", "Jugendamt" }, { "styleIndex", 0 } },
                    QVariantMap { { "name", "Gesundheitswesen" }, { "styleIndex", 1 } },
                    QVariantMap { { "name", "Freie Träger" }, { "styleIndex", 2 } } });
        }
        view->resize(size);
        return view;
    }

private slots:
    void rendersOneDotPerAnswer_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<int>("answers");
        QTest::newRow("tablet-50") << QSize(1280, 800) << 50;
        QTest::newRow("tablet-500") << QSize(1280, 800) << 500;
        QTest::newRow("projector-50") << QSize(1920, 1080) << 50;
        QTest::newRow("projector-500") << QSize(1920, 1080) << 500;
    }

    void rendersOneDotPerAnswer()
    {
        QFETCH(QSize, size);
        QFETCH(int, answers);
        auto view = makeView(size);
        QQuickItem* root = view->rootObject();
        QVERIFY(root);
        view->show();
        QVERIFY(QTest::qWaitForWindowExposed(view.get()));
        // The offscreen platform has no GPU and draws through the software fallback; the
        // "_opengl" variant of this test must really use the geometry nodes.
        const auto api = view->rendererInterface()->graphicsApi();
        if (qEnvironmentVariable("DP_EXPECT_GRAPHICS_API") == QLatin1String("opengl"))
            QCOMPARE(api, QSGRendererInterface::OpenGL);

        root->setProperty("counts", makeCounts(answers, 7));
        QCOMPARE(root->property("dotCount").toInt(), answers);
        QVERIFY(root->property("animating").toBool()); // new dots drop in
        QTRY_VERIFY_WITH_TIMEOUT(!root->property("animating").toBool(), 2000);

        QImage image = view->grabWindow().convertToFormat(QImage::Format_RGB32);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), size * view->devicePixelRatio());
        const QString name = QStringLiteral("dotplot-%1x%2-%3.png")
                                 .arg(size.width())
                                 .arg(size.height())
                                 .arg(answers);
        QVERIFY(image.save(m_shots.filePath(name)));
        const QString keep = qEnvironmentVariable("DP_SHOTS_DIR");
        if (!keep.isEmpty()) {
            QDir().mkpath(keep);
            QFile::remove(QDir(keep).filePath(name));
            QVERIFY(QFile::copy(m_shots.filePath(name), QDir(keep).filePath(name)));
        }

        const int pixels = image.width() * image.height();
        const int background = countNear(image, Qt::white, 8);
        const int drawn = pixels - background;
        QVERIFY2(drawn > pixels / 50, qPrintable(QStringLiteral("only %1 drawn").arg(drawn)));
        QVERIFY2(drawn < pixels * 3 / 4, qPrintable(QStringLiteral("%1 drawn").arg(drawn)));
        // Each group's colour is really on screen (not only text): blue, orange, green.
        for (const QColor& colour :
            { QColor(0x00, 0x72, 0xb2), QColor(0xe6, 0x9f, 0x00), QColor(0x00, 0x9e, 0x73) }) {
            QVERIFY2(countNear(image, colour, 12) > answers, qPrintable(colour.name()));
        }
    }

    void statisticsTypesAreVisibleInQml()
    {
        dp::LiveAggregator live;
        live.setSession(QStringLiteral("s"),
            { { "a", "netz", 6, dp::Scale::Kind::Ordinal, {} },
                { "b", "netz", 6, dp::Scale::Kind::Ordinal, {} } });
        QQmlEngine engine;
        QQmlComponent component(&engine);
        component.setData("import QtQuick\nimport Dialogpunkte.Plots\n"
                          "Item { property LiveAggregator live\n"
                          "  property DisagreementModel model: DisagreementModel { source: live }\n"
                          "  property int k: live ? live.minimumGroupSize : -1 }",
            QUrl());
        std::unique_ptr<QObject> item(
            component.createWithInitialProperties({ { "live", QVariant::fromValue(&live) } }));
        QVERIFY2(item, qPrintable(component.errorString()));
        auto* model = item->property("model").value<dp::DisagreementModel*>();
        QVERIFY(model);
        QCOMPARE(model->count(), 2);
        QCOMPARE(item->property("k").toInt(), 5);
    }

    void followsLiveChanges()
    {
        auto view = makeView(QSize(1280, 800));
        QQuickItem* root = view->rootObject();
        QVERIFY(root);
        view->show();
        QVERIFY(QTest::qWaitForWindowExposed(view.get()));
        QQuickItem* plot = root->findChild<QQuickItem*>("dotPlot");
        QVERIFY(plot);

        // one group: cannot judge 2, points 1..6
        QVariantList counts { QVariantList { 2, 0, 1, 3, 5, 2, 1 } };
        root->setProperty("counts", counts);
        QCOMPARE(root->property("dotCount").toInt(), 14);
        // answers 2 3 3 3 4 4 4 4 4 5 5 6: x6 = x7 = 4
        QCOMPARE(plot->property("median").toDouble(), 4.0);
        QTRY_VERIFY(!root->property("animating").toBool());

        // A new answer arrives: one more dot, dropping in.
        counts = { QVariantList { 2, 0, 1, 3, 5, 3, 1 } };
        root->setProperty("counts", counts);
        QCOMPARE(root->property("dotCount").toInt(), 15);
        QVERIFY(root->property("animating").toBool());
        QTRY_VERIFY(!root->property("animating").toBool());

        // Someone changes from 3 to 6: same number of dots.
        counts = { QVariantList { 2, 0, 1, 2, 5, 3, 2 } };
        root->setProperty("counts", counts);
        QCOMPARE(root->property("dotCount").toInt(), 15);

        root->setProperty("showCannotJudge", false);
        QCOMPARE(root->property("dotCount").toInt(), 13);
        root->setProperty("counts", QVariantList {});
        QCOMPARE(root->property("dotCount").toInt(), 0);
        QVERIFY(!plot->property("hasValues").toBool());
    }
};

QTEST_MAIN(DotPlotTest)
#include "tst_dotplot.moc"

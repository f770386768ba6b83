// The export panel and the series comparison loaded from the Dialogpunkte.Reports module over
// a real database, offscreen: rows and dot plots as expected, an export through the button.
// With DP_SCREENSHOT_DIR set, the renderings are saved there for looking at them. The layout of
// the comparison on a phone is tested in tst_series_layout.
#include "reportshost.h"
#include "seriesfixture.h"

#include "sessionexports.h"
#include "stats/seriescomparisonmodel.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QUrl>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(Dialogpunkte_PlotsPlugin)
Q_IMPORT_QML_PLUGIN(Dialogpunkte_ReportsPlugin)

using namespace dp;
using namespace dp::testing;

/// The moderator's button from Dialogpunkte.Style, not a plain Basic button.
static bool isModeratorButton(const QQuickItem* item)
{
    return QString::fromLatin1(item->metaObject()->className())
        .startsWith(QLatin1String("ModeratorButton"));
}

class TestReportsQml : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QQuickStyle::setStyle(QStringLiteral("Basic"));
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    }

    void seriesComparison_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("projector") << QSize(1920, 1080);
        QTest::newRow("tablet") << QSize(1280, 800);
    }

    void seriesComparison()
    {
        QFETCH(QSize, size);
        SeriesFixture f;
        QVERIFY(f.setUp());
        SeriesComparisonModel model(f.database);
        Host host;
        QVERIFY(host.load(QStringLiteral("SeriesComparisonView.qml"),
            { { QStringLiteral("model"), QVariant::fromValue(&model) },
                { QStringLiteral("seriesId"), f.seriesId } },
            size));
        QCOMPARE(model.count(), 3);
        auto* list = host.root->findChild<QQuickItem*>(QStringLiteral("seriesList"));
        QVERIFY(list);
        QCOMPARE(list->property("count").toInt(), 3);
        // every row is built (the list is short), so all plots can be counted
        list->setProperty("cacheBuffer", 100000);
        QTest::qWait(50);
        QCOMPARE(itemsNamed(host.root, QStringLiteral("seriesStatementText"), false).size(), 3);
        QCOMPARE(itemsNamed(host.root, QStringLiteral("dimensionHeader"), false).size(), 2);
        // n1 in three workshops, n2 in two (the first is below k), p1 only in the first
        const QList<QQuickItem*> plots = itemsNamed(host.root, QStringLiteral("seriesDotPlot"));
        QCOMPARE(plots.size(), 6);
        QCOMPARE(itemsNamed(host.root, QStringLiteral("withheldNote")).size(), 3);
        QList<int> dots;
        for (QQuickItem* plot : plots)
            dots << plot->property("dotCount").toInt();
        std::sort(dots.begin(), dots.end());
        QCOMPARE(dots, QList<int>({ 3, 3, 4, 5, 6, 7 }));
        auto* title = host.root->findChild<QQuickItem*>(QStringLiteral("seriesTitle"));
        QVERIFY(title);
        QVERIFY(title->property("text").toString().contains(QStringLiteral("Cluster Nord")));
        QVERIFY(host.grab(QStringLiteral("series-%1x%2.png").arg(size.width()).arg(size.height())));

        // shown again for the same series after p1 was rated in the last workshop: fresh figures
        QVERIFY(f.answer(2, QStringLiteral("p1"), { 5, 5, 6 }));
        Host again;
        QVERIFY(again.load(QStringLiteral("SeriesComparisonView.qml"),
            { { QStringLiteral("model"), QVariant::fromValue(&model) },
                { QStringLiteral("seriesId"), f.seriesId } },
            size));
        QVERIFY(model.data(model.index(2), SeriesComparisonModel::ComparableRole).toBool());
        QCOMPARE(
            model.data(model.index(2), SeriesComparisonModel::MedianShiftRole).toDouble(), 1.0);
    }

    void exportThroughTheButton()
    {
        SeriesFixture f;
        QVERIFY(f.setUp());
        SessionExports exports(f.database);
        exports.setBaseFolder(f.dir.filePath(QStringLiteral("exports")));
        Host host;
        QVERIFY(host.load(QStringLiteral("ExportPanel.qml"),
            { { QStringLiteral("exporter"), QVariant::fromValue(&exports) },
                { QStringLiteral("sessionId"), f.sessionIds.first() } },
            QSize(390, 844)));
        auto* path = host.root->findChild<QQuickItem*>(QStringLiteral("exportPath"));
        QVERIFY(path);
        QCOMPARE(path->property("text").toString(),
            exports.suggestedPath(
                f.sessionIds.first(), QStringLiteral("pdf"), QStringLiteral("de")));
        QList<QQuickItem*> xlsx = itemsNamed(host.root, QStringLiteral("format_xlsx"));
        QCOMPARE(xlsx.size(), 1);
        host.click(xlsx.first());
        QTRY_COMPARE(host.root->property("format").toString(), QStringLiteral("xlsx"));
        const QString expected = exports.suggestedPath(
            f.sessionIds.first(), QStringLiteral("xlsx"), QStringLiteral("de"));
        QCOMPARE(path->property("text").toString(), expected);
        QVERIFY(host.grab(QStringLiteral("export-390x844.png")));

        auto* button = host.root->findChild<QQuickItem*>(QStringLiteral("exportButton"));
        QVERIFY(button);
        QVERIFY(isModeratorButton(button));
        QVERIFY(button->property("enabled").toBool());
        auto* result = host.root->findChild<QQuickItem*>(QStringLiteral("exportResult"));
        QVERIFY(result);
        // the button is within the phone's screen: a real click, as a person would
        const QPointF corner = button->mapToScene(QPointF(button->width(), button->height()));
        QVERIFY(corner.y() <= 844);
        host.click(button);
        QVERIFY(exports.busy());
        QTRY_VERIFY_WITH_TIMEOUT(!exports.busy(), 10000);
        QVERIFY2(exports.succeeded(), qPrintable(exports.errorText()));
        QVERIFY(QFileInfo::exists(expected));
        QVERIFY(result->isVisible());
        QVERIFY(result->property("text").toString().contains(QDir::toNativeSeparators(expected)));
        QVERIFY(host.grab(QStringLiteral("export-done-390x844.png")));

        // a path that cannot be written shows the reason, and nothing appears
        path->setProperty("text", f.dir.filePath(QStringLiteral("series.sqlite/x.xlsx")));
        host.click(button);
        QTRY_VERIFY(exports.busy());
        QTRY_VERIFY_WITH_TIMEOUT(!exports.busy(), 10000);
        QVERIFY(!exports.succeeded());
        QVERIFY(result->property("text").toString().contains(exports.errorText()));
        QVERIFY(!exports.errorText().isEmpty());

        // a folder typed by hand stays when the format changes; only the name follows it
        const QString name = QFileInfo(expected).completeBaseName();
        const QDir typed(f.dir.filePath(QStringLiteral("typed")));
        path->setProperty("text", typed.filePath(QStringLiteral("mine.xlsx")));
        QList<QQuickItem*> csv = itemsNamed(host.root, QStringLiteral("format_csv"));
        QCOMPARE(csv.size(), 1);
        host.click(csv.first());
        QTRY_COMPARE(host.root->property("format").toString(), QStringLiteral("csv"));
        QCOMPARE(path->property("text").toString(), typed.filePath(name + QStringLiteral(".csv")));
        // a folder picked in the folder dialog gets the name inside it, and stays as well
        const QDir picked(f.dir.filePath(QStringLiteral("picked")));
        QVERIFY(QMetaObject::invokeMethod(
            path, "accept", Q_ARG(QVariant, QVariant(QUrl::fromLocalFile(picked.path())))));
        QCOMPARE(path->property("text").toString(), picked.filePath(name + QStringLiteral(".csv")));
        QList<QQuickItem*> png = itemsNamed(host.root, QStringLiteral("format_png"));
        host.click(png.first());
        QTRY_COMPARE(path->property("text").toString(), picked.filePath(name + "_Grafiken"));
        host.click(xlsx.first());
        QTRY_COMPARE(path->property("text").toString(), picked.filePath(name + ".xlsx"));
        // the CSV's message names the answers file first, the figures file second
        host.click(csv.first());
        QTRY_COMPARE(host.root->property("format").toString(), QStringLiteral("csv"));
        host.click(button);
        QTRY_VERIFY(exports.busy());
        QTRY_VERIFY_WITH_TIMEOUT(!exports.busy(), 10000);
        QVERIFY2(exports.succeeded(), qPrintable(exports.errorText()));
        const QString answers = picked.filePath(name + ".csv");
        const QString figures = picked.filePath(name + "-kennzahlen.csv");
        QCOMPARE(result->property("text").toString(),
            QStringLiteral("Saved the answers to %1 and the figures to %2")
                .arg(QDir::toNativeSeparators(answers), QDir::toNativeSeparators(figures)));
    }

    void savePlotButton()
    {
        SeriesFixture f;
        QVERIFY(f.setUp());
        SessionExports exports(f.database);
        exports.setBaseFolder(f.dir.filePath(QStringLiteral("focus")));
        Host host;
        QVERIFY(host.load(QStringLiteral("SavePlotButton.qml"),
            { { QStringLiteral("exporter"), QVariant::fromValue(&exports) },
                { QStringLiteral("sessionId"), f.sessionIds.first() },
                { QStringLiteral("statementId"), QStringLiteral("n1") } },
            QSize(800, 120)));
        auto* button = host.root->findChild<QQuickItem*>(QStringLiteral("savePlotButton"));
        auto* result = host.root->findChild<QQuickItem*>(QStringLiteral("savePlotResult"));
        QVERIFY(button && result);
        QVERIFY(isModeratorButton(button));
        const QString expected
            = exports.suggestedPlotPath(f.sessionIds.first(), QStringLiteral("n1"));
        host.click(button);
        QTRY_VERIFY(QFileInfo::exists(expected));
        QCOMPARE(QImage(expected).size(), QSize(1920, 1080));
        QVERIFY(result->property("text").toString().contains(QDir::toNativeSeparators(expected)));
        QVERIFY(host.grab(QStringLiteral("saveplot-800x120.png")));

        // p1 was not rated in the second workshop: a reason instead of a picture
        host.root->setProperty("sessionId", f.sessionIds.at(1));
        host.root->setProperty("statementId", QStringLiteral("p1"));
        host.click(button);
        QTRY_VERIFY(!host.root->property("saved").toBool());
        QVERIFY(result->property("text").toString().contains(QStringLiteral("p1")));
        QVERIFY(!QFileInfo::exists(
            exports.suggestedPlotPath(f.sessionIds.at(1), QStringLiteral("p1"))));
    }
};

QTEST_MAIN(TestReportsQml)
#include "tst_reports_qml.moc"

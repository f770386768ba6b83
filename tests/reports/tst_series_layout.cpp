// The series comparison's layout over a realistic series (the framework catalog's long German
// statements) at phone, tablet and projector size: on a phone each statement's text, plots and
// median shift stack inside the screen's width, without overlapping or cut text; on wider
// screens the plots stay side by side between the text and the shift.
// With DP_SCREENSHOT_DIR set, the renderings are saved there.
#include "layoutchecks.h"
#include "reportshost.h"
#include "seriesfixture.h"

#include "catalog/builtincatalogs.h"
#include "stats/seriescomparisonmodel.h"

#include <QCoreApplication>
#include <QQuickStyle>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTranslator>
#include <QtQml/qqmlextensionplugin.h>

#include <algorithm>

Q_IMPORT_QML_PLUGIN(Dialogpunkte_PlotsPlugin)
Q_IMPORT_QML_PLUGIN(Dialogpunkte_ReportsPlugin)

using namespace dp;
using namespace dp::testing;

namespace {

/// The parts of one statement's row that must not overlap: text, plot cards, median shift.
QList<QQuickItem*> rowParts(QQuickItem* row)
{
    QList<QQuickItem*> parts = itemsNamed(row, QStringLiteral("seriesStatementText"));
    for (QQuickItem* plot : itemsNamed(row, QStringLiteral("seriesDotPlot"), false))
        parts.append(plot->parentItem()); // the workshop's card around the plot
    parts += itemsNamed(row, QStringLiteral("medianShift"));
    return parts;
}

/// A series of three workshops on Netzwerk and Planung, answered on the first statements.
bool setUpFrameworkSeries(SeriesFixture& f)
{
    const auto parsed = loadBuiltin(QStringLiteral("qualitaetsrahmen"));
    if (!parsed.ok())
        return SeriesFixture::fail(parsed.error);
    f.catalog = parsed.catalog;
    f.dimensionIds = { QStringLiteral("netzwerk"), QStringLiteral("planung") };
    const QString n1 = QStringLiteral("netzwerk-1");
    const QString n2 = QStringLiteral("netzwerk-2");
    const QString n3 = QStringLiteral("netzwerk-3");
    return f.createWorkshops() && f.answer(0, n1, { 2, 3, 3, 4, 4, 5, 1, 0 })
        && f.answer(0, n2, { 3, 3, 4, 2, 5 }) && f.answer(0, n3, { 1, 2 })
        && f.answer(1, n1, { 3, 4, 4, 4, 5, 5, 2 }) && f.answer(1, n2, { 4, 4, 5, 3, 0 })
        && f.answer(1, n3, { 2, 3, 3, 4 }) && f.answer(2, n1, { 4, 5, 5, 5, 6, 6, 3, 0 })
        && f.answer(2, n2, { 4, 5, 5, 6, 4 }) && f.answer(2, n3, { 3, 3, 4, 5, 5 })
        && f.answer(0, QStringLiteral("planung-1"), { 2, 2, 3 });
}

} // namespace

class TestSeriesLayout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QQuickStyle::setStyle(QStringLiteral("Basic"));
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    }

    void layout_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<bool>("phone");
        QTest::addColumn<QString>("language");
        QTest::newRow("phone-de") << QSize(390, 844) << true << QStringLiteral("de");
        QTest::newRow("phone-en") << QSize(390, 844) << true << QStringLiteral("en");
        QTest::newRow("tablet-de") << QSize(1280, 800) << false << QStringLiteral("de");
        QTest::newRow("projector-de") << QSize(1920, 1080) << false << QStringLiteral("de");
    }

    void layout()
    {
        QFETCH(QSize, size);
        QFETCH(bool, phone);
        QFETCH(QString, language);
        // a binding loop or an item created during layout is a layout defect too
        QTest::failOnWarning(QRegularExpression(QStringLiteral(".+")));
        // German, the app's first language, has the longer texts
        QTranslator translator;
        if (language == QLatin1String("de")) {
            QVERIFY(translator.load(QStringLiteral(":/i18n/dialogpunkte_de.qm")));
            QVERIFY(QCoreApplication::installTranslator(&translator));
        }
        const auto uninstall
            = qScopeGuard([&translator] { QCoreApplication::removeTranslator(&translator); });
        SeriesFixture f;
        QVERIFY(setUpFrameworkSeries(f));
        SeriesComparisonModel model(f.database);
        Host host;
        QVERIFY(host.load(QStringLiteral("SeriesComparisonView.qml"),
            { { QStringLiteral("model"), QVariant::fromValue(&model) },
                { QStringLiteral("seriesId"), f.seriesId },
                { QStringLiteral("language"), language } },
            size));
        QCOMPARE(host.root->property("compact").toBool(), phone);
        auto* list = host.root->findChild<QQuickItem*>(QStringLiteral("seriesList"));
        QVERIFY(list);
        QVERIFY(model.count() >= 5);
        QCOMPARE(list->property("count").toInt(), model.count());
        // shown from its top: the series' title is on screen
        const QRectF listRect = sceneRect(list);
        auto* title = host.root->findChild<QQuickItem*>(QStringLiteral("seriesTitle"));
        QVERIFY(title);
        QVERIFY2(inside(sceneRect(title), listRect), qPrintable(describe(title)));
        QVERIFY(host.grab(QStringLiteral("series-layout-%1x%2-%3.png")
                              .arg(size.width())
                              .arg(size.height())
                              .arg(language)));

        // every row is built, so each can be measured
        list->setProperty("cacheBuffer", 100000);
        QTest::qWait(50);
        QList<QQuickItem*> rows = itemsNamed(host.root, QStringLiteral("seriesStatementRow"));
        QCOMPARE(rows.size(), model.count());
        std::sort(
            rows.begin(), rows.end(), [](QQuickItem* a, QQuickItem* b) { return a->y() < b->y(); });
        const qreal minimumPlotWidth = phone ? 150 : 200;
        QStringList bad;
        for (int i = 0; i < rows.size(); ++i) {
            QQuickItem* row = rows.at(i);
            const QRectF rowRect = sceneRect(row);
            QVERIFY(rowRect.left() >= listRect.left() - Tolerance);
            QVERIFY(rowRect.right() <= listRect.right() + Tolerance);
            if (i + 1 < rows.size())
                QVERIFY(row->y() + row->height() <= rows.at(i + 1)->y() + Tolerance);
            findBadTexts(row, rowRect, &bad);
            findOverlappingTexts(row, &bad);

            const QList<QQuickItem*> parts = rowParts(row);
            QCOMPARE(parts.size(), 2 + f.sessionIds.size());
            for (int a = 0; a < parts.size(); ++a) {
                QVERIFY2(
                    inside(sceneRect(parts.at(a)), rowRect), qPrintable(describe(parts.at(a))));
                for (int b = a + 1; b < parts.size(); ++b) {
                    QVERIFY2(!overlap(sceneRect(parts.at(a)), sceneRect(parts.at(b))),
                        qPrintable(describe(parts.at(a)) + " / " + describe(parts.at(b))));
                }
            }
            const QRectF text = sceneRect(parts.first());
            const QRectF shift = sceneRect(parts.last());
            const QList<QQuickItem*> cards = parts.mid(1, parts.size() - 2);
            for (QQuickItem* card : cards) {
                const QRectF c = sceneRect(card);
                QVERIFY2(c.width() >= minimumPlotWidth, qPrintable(describe(card)));
                if (phone) {
                    // text on top, the plots below it, the shift under the plots
                    QVERIFY(c.top() >= text.bottom() - Tolerance);
                    QVERIFY(shift.top() >= c.bottom() - Tolerance);
                } else {
                    // side by side in one line: text, plots, shift
                    QCOMPARE(c.top(), sceneRect(cards.first()).top());
                    QVERIFY(c.left() >= text.right() - Tolerance);
                    QVERIFY(shift.left() >= c.right() - Tolerance);
                }
            }
        }

        // the header (scrolled away on a phone) and the dimension titles between the rows:
        // within the list's width, wherever they scrolled
        const QRectF column(listRect.left(), -1e6, listRect.width(), 2e6);
        findBadTexts(title->parentItem(), column, &bad);
        findOverlappingTexts(title->parentItem(), &bad);
        auto* key = host.root->findChild<QQuickItem*>(QStringLiteral("seriesKey"));
        QVERIFY(key);
        QVERIFY(!overlap(sceneRect(title), sceneRect(key)));
        const QList<QQuickItem*> sections
            = itemsNamed(host.root, QStringLiteral("dimensionHeader"));
        QCOMPARE(sections.size(), f.dimensionIds.size());
        for (QQuickItem* section : sections)
            checkText(section, column, &bad);
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestSeriesLayout)
#include "tst_series_layout.moc"

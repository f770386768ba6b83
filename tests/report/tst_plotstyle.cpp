// One look on the projector and on paper: the report's painter and the scene-graph plot give
// every group the same colour and shape, and "other" the same grey.
#include "dotplotpainter.h"
#include "dotstyle.h"

#include "export/exportdata.h"
#include "stats/dotlayout.h"
#include "stats/ordinalstats.h"

#include <QFontMetricsF>
#include <QGuiApplication>

#include <QImage>
#include <QPainter>
#include <QSet>
#include <QTest>

using namespace dp;

class TestPlotStyle : public QObject
{
    Q_OBJECT

private slots:
    void groupsLookTheSameOnScreenAndOnPaper()
    {
        for (int index = -1; index < 60; ++index) {
            SeriesFigures series;
            series.kind = SeriesFigures::Kind::Group;
            series.groupIndex = index;
            const DotStyle screen = DotStyle::forIndex(index);
            QCOMPARE(DotPlotPainter::colorFor(series), screen.fill);
            QCOMPARE(DotPlotPainter::shapeFor(series), screen.shape);
        }
        // the merged small groups are the neutral grey circle of the projector
        SeriesFigures other;
        other.kind = SeriesFigures::Kind::Other;
        QCOMPARE(DotPlotPainter::colorFor(other), DotStyle::forIndex(-1).fill);
        QCOMPARE(DotPlotPainter::shapeFor(other), DotStyle::forIndex(-1).shape);
        // everybody without groups looks like the projector's single series (style 0)
        SeriesFigures total;
        QCOMPARE(DotPlotPainter::colorFor(total), DotStyle::forIndex(0).fill);
    }

    void paletteStartsBlueAndPairsStayUnique()
    {
        QCOMPARE(DotStyle::forIndex(0).fill, QColor(0x00, 0x72, 0xb2));
        QSet<QPair<QRgb, int>> pairs;
        for (int index = 0; index < 49; ++index) {
            const DotStyle style = DotStyle::forIndex(index);
            pairs.insert({ style.fill.rgb(), static_cast<int>(style.shape) });
        }
        QCOMPARE(pairs.size(), 49);
    }

    void painterDrawsEveryShapeInItsColour()
    {
        for (int i = 0; i < plotstyle::ShapeCount; ++i) {
            QImage image(60, 60, QImage::Format_RGB32);
            image.fill(Qt::white);
            QPainter painter(&image);
            const QColor fill(0x00, 0x9e, 0x73);
            DotPlotPainter::drawMarker(
                painter, QPointF(30, 30), 40, static_cast<DotPlotPainter::Shape>(i), fill);
            painter.end();
            QCOMPARE(image.pixelColor(30, 30), fill);
        }
    }

    /// The painter puts every dot where the projector's layout (DotLayout) puts it.
    void painterUsesTheProjectorsLayout()
    {
        ExportedStatement statement;
        statement.info.points = 7;
        statement.allowCannotJudge = true;
        statement.total.kind = SeriesFigures::Kind::Total;
        // [cannot judge, 1..7]: one "cannot judge", two 2s, five 3s, three 7s
        statement.total.distribution = Distribution::fromCounts({ 1, 0, 2, 5, 0, 0, 0, 3 });
        statement.total.summary = summarize(statement.total.distribution);
        const double unit = 8.0; // pixels per mm
        QImage image(1600, 900, QImage::Format_RGB32);
        image.fill(Qt::white);
        const QRectF area(20, 20, 1560, 860);
        {
            QPainter painter(&image);
            DotPlotPainter(unit).paint(painter, area, statement);
        }
        // The same sizes as the painter: no legend for a single series, three label lines.
        QFont font = QGuiApplication::font();
        font.setPixelSize(static_cast<int>(unit * 2.6));
        const double labelHeight = QFontMetricsF(font).lineSpacing() * 3 + unit;
        const QRectF plotArea(area.left(), area.top(), area.width(), area.height() - labelHeight);
        const DotLayout layout(plotArea.size(), 7, true, 5);
        const QColor fill = DotPlotPainter::colorFor(statement.total);
        for (const auto& [value, count] : { std::pair { 0, 1 }, { 2, 2 }, { 3, 5 }, { 7, 3 } }) {
            for (int index = 0; index < count; ++index) {
                const QPoint centre
                    = (plotArea.topLeft() + layout.dotCentre(value, index)).toPoint();
                QCOMPARE(image.pixelColor(centre), fill);
            }
            // nothing above the last dot of the column
            const QPointF above = plotArea.topLeft() + layout.dotCentre(value, count + 1);
            QCOMPARE(image.pixelColor(above.toPoint()), QColor(Qt::white));
        }
        QVERIFY(image.pixelColor((plotArea.topLeft() + layout.dotCentre(5, 0)).toPoint())
            == QColor(Qt::white));
    }
};

QTEST_MAIN(TestPlotStyle)
#include "tst_plotstyle.moc"

// One look on the projector and on paper: the report's painter and the scene-graph plot give
// every group the same colour and shape, and "other" the same grey.
#include "dotplotpainter.h"
#include "dotstyle.h"

#include "export/exportdata.h"

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
};

QTEST_MAIN(TestPlotStyle)
#include "tst_plotstyle.moc"

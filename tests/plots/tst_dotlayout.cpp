// Geometry of the dot plot: every dot inside the plot, no two dots overlapping, columns in
// scale order with "cannot judge" apart, from a phone to a 4K projector.
#include "stats/dotlayout.h"

#include <QTest>

using namespace dp;

class DotLayoutTest : public QObject
{
    Q_OBJECT

private slots:
    void dotsFitAndDoNotOverlap_data()
    {
        QTest::addColumn<QSizeF>("size");
        QTest::addColumn<int>("points");
        QTest::addColumn<int>("fullest");
        QTest::newRow("phone, 6 points, 3 dots") << QSizeF(360, 240) << 6 << 3;
        QTest::newRow("phone, 6 points, 50 dots") << QSizeF(360, 240) << 6 << 50;
        QTest::newRow("tablet, 4 points, 120 dots") << QSizeF(1280, 640) << 4 << 120;
        QTest::newRow("projector, 6 points, 500 dots") << QSizeF(1920, 900) << 6 << 500;
        QTest::newRow("4K, 10 points, 300 dots") << QSizeF(3840, 1900) << 10 << 300;
        QTest::newRow("thumbnail, 6 points, 500 dots") << QSizeF(240, 140) << 6 << 500;
    }

    void dotsFitAndDoNotOverlap()
    {
        QFETCH(QSizeF, size);
        QFETCH(int, points);
        QFETCH(int, fullest);
        const DotLayout layout(size, points, true, fullest);
        QVERIFY(layout.dotSize() > 0);
        const qreal r = layout.dotSize() / 2;
        QList<QPointF> centres;
        for (int value : { 0, 1, points }) {
            for (int i = 0; i < fullest; ++i) {
                const QPointF c = layout.dotCentre(value, i);
                QVERIFY2(c.y() - r >= -0.5, qPrintable(QStringLiteral("dot %1 above top").arg(i)));
                QVERIFY(c.y() + r <= layout.baseline());
                QVERIFY(c.x() - r >= -0.5);
                QVERIFY(c.x() + r <= size.width() + 0.5);
                // Inside its own column, so neighbouring columns never touch.
                QVERIFY(qAbs(c.x() - layout.columnCentre(value)) + r
                    <= layout.columnWidth() / 2 + 0.01);
                if (value == 1)
                    centres.append(c);
            }
        }
        for (int a = 0; a < centres.size(); ++a)
            for (int b = a + 1; b < qMin<int>(centres.size(), a + 40); ++b)
                QVERIFY(QLineF(centres.at(a), centres.at(b)).length() >= layout.dotSize() - 0.01);
    }

    void fewDotsStackInOneTidyColumn()
    {
        const DotLayout layout(QSizeF(1280, 600), 6, true, 8);
        QCOMPARE(layout.dotsPerRow(), 1);
        QVERIFY(layout.dotCentre(3, 1).y() < layout.dotCentre(3, 0).y()); // stacks upwards
        QCOMPARE(layout.dotCentre(3, 1).x(), layout.dotCentre(3, 0).x());
    }

    void cannotJudgeColumnIsSetApart()
    {
        const DotLayout layout(QSizeF(1600, 600), 6, true, 10);
        const qreal step = layout.columnCentre(2) - layout.columnCentre(1);
        QVERIFY(layout.columnCentre(0) - layout.columnCentre(6) > step * 1.5);
        QVERIFY(layout.separatorX() > layout.columnCentre(6) + layout.columnWidth() / 2);
        QVERIFY(layout.separatorX() < layout.columnCentre(0) - layout.columnWidth() / 2);
        QCOMPARE(layout.xForValue(3.5), (layout.columnCentre(3) + layout.columnCentre(4)) / 2);
    }

    void moreDotsMeansSmallerDotsNotOverflow()
    {
        const DotLayout few(QSizeF(1280, 600), 6, true, 20);
        const DotLayout many(QSizeF(1280, 600), 6, true, 200);
        QVERIFY(many.dotSize() < few.dotSize());
        QVERIFY(many.dotsPerRow() > 1);
    }
};

QTEST_GUILESS_MAIN(DotLayoutTest)
#include "tst_dotlayout.moc"

// The software path's reused image: painting never changes a picture the renderer still
// holds, keeps what was painted before, and takes no new memory while the size stays.
#include "reusedimage.h"

#include <QPainter>
#include <QTest>

using namespace dp;

class ReusedImageTest : public QObject
{
    Q_OBJECT

private slots:
    void clearGivesATransparentImageOfTheSize()
    {
        ReusedImage reused;
        QImage& image = reused.clear(QSize(40, 30), 2.0);
        QCOMPARE(image.size(), QSize(40, 30));
        QCOMPARE(image.devicePixelRatio(), 2.0);
        QCOMPARE(image.pixel(5, 5), qRgba(0, 0, 0, 0));
        QCOMPARE(&reused.image(), &image);
    }

    void editKeepsWhatWasPaintedAndLeavesTheHandedOutPictureAlone()
    {
        ReusedImage reused;
        reused.clear(QSize(20, 20), 1.0).setPixel(2, 2, qRgba(255, 0, 0, 255));
        const QImage shown = reused.image(); // what a texture holds
        reused.edit().setPixel(10, 10, qRgba(0, 0, 255, 255));

        QCOMPARE(reused.image().pixel(2, 2), qRgba(255, 0, 0, 255));
        QCOMPARE(reused.image().pixel(10, 10), qRgba(0, 0, 255, 255));
        QCOMPARE(shown.pixel(10, 10), qRgba(0, 0, 0, 0));
        QCOMPARE(shown.pixel(2, 2), qRgba(255, 0, 0, 255));
    }

    void twoBuffersTakeTurnsOnceTheRendererLetsGo()
    {
        ReusedImage reused;
        reused.clear(QSize(64, 64), 1.0);
        QSet<qint64> buffers; // QImage data are numbered as they are made
        for (int frame = 0; frame < 10; ++frame) {
            QImage texture = reused.image(); // handed to the renderer ...
            QImage& image = reused.edit();
            QPainter(&image).fillRect(frame, frame, 1, 1, Qt::black);
            buffers.insert(image.cacheKey() >> 32);
            texture = QImage(); // ... which drops it when it gets the next picture
        }
        QCOMPARE(buffers.size(), 2);
        for (int frame = 0; frame < 10; ++frame)
            QCOMPARE(reused.image().pixel(frame, frame), qRgba(0, 0, 0, 255));
    }

    void editWithoutAHolderPaintsInPlace()
    {
        ReusedImage reused;
        const qint64 first = reused.clear(QSize(16, 16), 1.0).cacheKey() >> 32;
        QCOMPARE(reused.edit().cacheKey() >> 32, first);
        QCOMPARE(reused.clear(QSize(16, 16), 1.0).cacheKey() >> 32, first);
    }

    void theSecondBufferIsMadeWithTheFirstNotWhenTheFirstDotSettles()
    {
        ReusedImage reused;
        reused.clear(QSize(64, 64), 1.0);
        const QImage madeAfterClear(1, 1, QImage::Format_ARGB32_Premultiplied);
        const QImage texture = reused.image();
        const qint64 edited = reused.edit().cacheKey() >> 32;
        QVERIFY(edited < madeAfterClear.cacheKey() >> 32);
    }

    void aNewSizeTakesNewMemory()
    {
        ReusedImage reused;
        const qint64 first = reused.clear(QSize(16, 16), 1.0).cacheKey() >> 32;
        QImage& resized = reused.clear(QSize(32, 8), 1.0);
        QCOMPARE(resized.size(), QSize(32, 8));
        QVERIFY(resized.cacheKey() >> 32 != first);
        QVERIFY(reused.edit().isDetached());
    }
};

QTEST_GUILESS_MAIN(ReusedImageTest)
#include "tst_reusedimage.moc"

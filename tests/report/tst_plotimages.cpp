// Projector images: one 1920×1080 PNG per answered statement, with more ink for more answers.
#include "exportfixture.h"

#include "report.h"

#include <QDir>
#include <QGuiApplication>
#include <QImage>

using namespace dp;
using namespace dp::testing;

namespace {

/// Pixels that are neither white nor near-white: dots, text and axes.
int ink(const QImage& image)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            count += qGray(image.pixel(x, y)) < 200 ? 1 : 0;
    }
    return count;
}

} // namespace

class PlotImagesTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void oneImagePerAnsweredStatement()
    {
        ExportFixture f;
        QVERIFY(f.setUp());
        QVERIFY(f.rateGrundidee1());
        QVERIFY(f.rate(f.people.first(), 1, QStringLiteral("grundidee-2"), 3));
        const QString folder = f.dir.filePath(QStringLiteral("plots/new"));
        QStringList files;
        QString error;
        QVERIFY2(writePlotImages(f.database, f.session.id, folder, {}, &files, &error),
            qPrintable(error));
        QCOMPARE(files.size(), 2);
        QCOMPARE(QDir(folder).entryList(QDir::Files).size(), 2);
        const QImage many(QDir(folder).filePath(QStringLiteral("grundidee-1-round1.png")));
        const QImage one(QDir(folder).filePath(QStringLiteral("grundidee-2-round1.png")));
        QCOMPARE(many.size(), QSize(1920, 1080));
        QCOMPARE(one.size(), QSize(1920, 1080));
        QVERIFY(ink(one) > 1000);
        QVERIFY2(ink(many) > ink(one),
            qPrintable(QStringLiteral("%1 vs %2").arg(ink(many)).arg(ink(one))));
        if (qEnvironmentVariableIsSet("DP_SHOTS_DIR")) { // for looking at them by eye
            many.save(QDir(qEnvironmentVariable("DP_SHOTS_DIR")).filePath("grundidee-1.png"));
            one.save(QDir(qEnvironmentVariable("DP_SHOTS_DIR")).filePath("grundidee-2.png"));
        }
    }

    void inkGrowsWithAnswers()
    {
        ExportFixture f;
        QVERIFY(f.setUp());
        int previous = -1;
        for (int answers = 1; answers <= 4; ++answers) {
            QVERIFY(f.rate(f.people.at(answers - 1), 1, QStringLiteral("grundidee-3"), 4));
            const QString folder = f.dir.filePath(QStringLiteral("p%1").arg(answers));
            QString error;
            QVERIFY2(writePlotImages(f.database, f.session.id, folder, {}, nullptr, &error),
                qPrintable(error));
            const int now
                = ink(QImage(QDir(folder).filePath(QStringLiteral("grundidee-3-round1.png"))));
            QVERIFY2(now > previous,
                qPrintable(
                    QStringLiteral("%1 answers: %2 <= %3").arg(answers).arg(now).arg(previous)));
            previous = now;
        }
    }

    void unknownSession()
    {
        ExportFixture f;
        QVERIFY(f.setUp());
        QString error;
        QVERIFY(!writePlotImages(
            f.database, QStringLiteral("nope"), f.dir.path(), {}, nullptr, &error));
        QVERIFY(error.contains(QStringLiteral("nope")));
    }
};

QTEST_MAIN(PlotImagesTest)
#include "tst_plotimages.moc"

// The series comparison model on three stored workshops with hand-computed figures.
#include "seriesfixture.h"

#include "stats/seriescomparisonmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>

using namespace dp;
using namespace dp::testing;

namespace {

QVariantMap workshop(const SeriesComparisonModel& model, int row, int workshop)
{
    return model.data(model.index(row), SeriesComparisonModel::WorkshopsRole)
        .toList()
        .value(workshop)
        .toMap();
}

QVariantList counts(std::initializer_list<int> values)
{
    QVariantList list;
    for (int value : values)
        list << value;
    return list;
}

} // namespace

class TestSeriesComparisonModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void rowsAndHeader()
    {
        SeriesFixture f;
        QVERIFY(f.setUp());
        SeriesComparisonModel model(f.database);
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy countSpy(&model, &SeriesComparisonModel::countChanged);
        QCOMPARE(model.count(), 0);
        model.setSeriesId(f.seriesId);
        QCOMPARE(countSpy.count(), 1);
        QCOMPARE(model.count(), 3);
        QCOMPARE(model.seriesTitle(), QStringLiteral("Cluster Nord"));
        const QVariantList workshops = model.workshops();
        QCOMPARE(workshops.size(), 3);
        QCOMPARE(workshops.at(0).toMap().value("sessionTitle").toString(),
            QStringLiteral("Werkstatt 1"));
        QCOMPARE(workshops.at(2).toMap().value("date").toString(), QStringLiteral("2025-03-11"));
        QCOMPARE(workshops.at(1).toMap().value("number").toInt(), 2);

        QCOMPARE(model.data(model.index(0), SeriesComparisonModel::StatementIdRole).toString(),
            QStringLiteral("n1"));
        QCOMPARE(model.data(model.index(1), SeriesComparisonModel::StatementIdRole).toString(),
            QStringLiteral("n2"));
        QCOMPARE(model.data(model.index(2), SeriesComparisonModel::DimensionIdRole).toString(),
            QStringLiteral("planung"));
        QCOMPARE(model.data(model.index(0), SeriesComparisonModel::PointsRole).toInt(), 6);
        QCOMPARE(model.data(model.index(1), SeriesComparisonModel::PointsRole).toInt(), 4);
        QCOMPARE(
            model.roleNames().value(SeriesComparisonModel::WorkshopsRole), QByteArray("workshops"));
    }

    void handComputedFigures()
    {
        SeriesFixture f;
        QVERIFY(f.setUp());
        SeriesComparisonModel model(f.database);
        model.setSeriesId(f.seriesId);

        // n1, W1: 1 2 2 3 5 and one "cannot judge": median 2, quartiles 2 and 3, share 1/6
        QVariantMap w = workshop(model, 0, 0);
        QCOMPARE(w.value("n").toInt(), 6);
        QVERIFY(w.value("shown").toBool());
        QCOMPARE(w.value("median").toDouble(), 2.0);
        QCOMPARE(w.value("q1").toDouble(), 2.0);
        QCOMPARE(w.value("q3").toDouble(), 3.0);
        QVERIFY(qFuzzyCompare(w.value("cannotJudgeShare").toDouble(), 1.0 / 6.0));
        QCOMPARE(w.value("counts").toList(), counts({ 1, 1, 2, 1, 0, 1, 0 }));
        // n1, W2: 4 4 5 5 6 -> median 5
        QCOMPARE(workshop(model, 0, 1).value("median").toDouble(), 5.0);
        // n1, W3: 5 5 6 6 6 and two "cannot judge" -> median 6, share 2/7
        w = workshop(model, 0, 2);
        QCOMPARE(w.value("median").toDouble(), 6.0);
        QVERIFY(qFuzzyCompare(w.value("cannotJudgeShare").toDouble(), 2.0 / 7.0));
        QCOMPARE(w.value("counts").toList(), counts({ 2, 0, 0, 0, 0, 2, 3 }));
        QVERIFY(model.data(model.index(0), SeriesComparisonModel::ComparableRole).toBool());
        QCOMPARE(
            model.data(model.index(0), SeriesComparisonModel::MedianShiftRole).toDouble(), 4.0);

        // n2, W2: 1 2 3 -> median 2, quartiles 1 and 3; W3: 1 4 4 4 -> median 4, q1 2.5
        w = workshop(model, 1, 1);
        QCOMPARE(w.value("median").toDouble(), 2.0);
        QCOMPARE(w.value("q1").toDouble(), 1.0);
        QCOMPARE(w.value("q3").toDouble(), 3.0);
        w = workshop(model, 1, 2);
        QCOMPARE(w.value("median").toDouble(), 4.0);
        QCOMPARE(w.value("q1").toDouble(), 2.5);
        QCOMPARE(w.value("q3").toDouble(), 4.0);
    }

    void workshopsBelowTheThresholdAreWithheld()
    {
        SeriesFixture f;
        QVERIFY(f.setUp());
        SeriesComparisonModel model(f.database);
        model.setSeriesId(f.seriesId);
        // n2, W1: only two answers with k = 3: n is told, the picture is not
        const QVariantMap w = workshop(model, 1, 0);
        QCOMPARE(w.value("n").toInt(), 2);
        QVERIFY(!w.value("shown").toBool());
        QVERIFY(!w.value("hasValues").toBool());
        QVERIFY(w.value("counts").toList().isEmpty());
        QCOMPARE(w.value("median").toDouble(), 0.0);
        // ... so no shift is read off it, although both ends have answers
        QVERIFY(!model.data(model.index(1), SeriesComparisonModel::ComparableRole).toBool());
        // p1 was rated in the first workshop only
        QVERIFY(workshop(model, 2, 0).value("shown").toBool());
        QCOMPARE(workshop(model, 2, 1).value("n").toInt(), 0);
        QVERIFY(!model.data(model.index(2), SeriesComparisonModel::ComparableRole).toBool());

        // one more answer in W1 reaches k: after a reload the picture and the shift appear
        QVERIFY(f.answer(0, QStringLiteral("n2"), { 3 }));
        model.reload();
        QVERIFY(workshop(model, 1, 0).value("shown").toBool());
        QCOMPARE(workshop(model, 1, 0).value("median").toDouble(), 3.0);
        QVERIFY(model.data(model.index(1), SeriesComparisonModel::ComparableRole).toBool());
        QCOMPARE(
            model.data(model.index(1), SeriesComparisonModel::MedianShiftRole).toDouble(), 1.0);
    }

    void textsFollowTheLanguage()
    {
        SeriesFixture f;
        QVERIFY(f.setUp());
        SeriesComparisonModel model(f.database);
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSeriesId(f.seriesId);
        QCOMPARE(model.data(model.index(0), SeriesComparisonModel::TextRole).toString(),
            QStringLiteral("Die Rollen im Netzwerk sind geklärt."));
        QCOMPARE(model.data(model.index(0), SeriesComparisonModel::DimensionTitleRole).toString(),
            QStringLiteral("Netzwerk"));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setLanguage(QStringLiteral("en"));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.data(model.index(0), SeriesComparisonModel::TextRole).toString(),
            QStringLiteral("Roles in the network are clear."));
        QCOMPARE(model.data(model.index(0), SeriesComparisonModel::DimensionTitleRole).toString(),
            QStringLiteral("Network"));
    }

    void unknownSeriesIsEmpty()
    {
        SeriesFixture f;
        QVERIFY(f.setUp());
        SeriesComparisonModel model(f.database);
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSeriesId(f.seriesId);
        QCOMPARE(model.count(), 3);
        model.setSeriesId(QStringLiteral("no-such-series"));
        QCOMPARE(model.count(), 0);
        QVERIFY(model.seriesTitle().isEmpty());
        QVERIFY(model.workshops().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSeriesComparisonModel)
#include "tst_seriescomparisonmodel.moc"

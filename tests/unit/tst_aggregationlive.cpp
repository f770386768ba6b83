// LiveAggregator signals, plot data with suppression, round comparison and the
// "where do we disagree most?" model (checked with QAbstractItemModelTester).
#include "stats/disagreementmodel.h"
#include "stats/liveaggregator.h"
#include "testratings.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace dp;

namespace {

QList<StatementInfo> statements()
{
    return { { "agree", "netz", 6, Scale::Kind::Ordinal, LocalizedText("Alle einig") },
        { "split", "netz", 6, Scale::Kind::Ordinal, LocalizedText("Gespalten") },
        { "unknown", "plan", 6, Scale::Kind::Ordinal, LocalizedText("Unbekannt") },
        { "empty", "plan", 6, Scale::Kind::Ordinal, LocalizedText("Leer") } };
}

/// 6 people: "agree" all at 5; "split" half at 1, half at 6; "unknown" 4 cannot judge, 2 at 3.
void feed(LiveAggregator& live)
{
    for (int i = 0; i < 6; ++i) {
        const QString p = QStringLiteral("p%1").arg(i);
        live.applyRating(test::rating("agree", p, 5));
        live.applyRating(test::rating("split", p, i < 3 ? 1 : 6));
        live.applyRating(test::rating("unknown", p, i < 4 ? CannotJudgeAnswer : 3));
    }
}

QStringList order(const DisagreementModel& model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.data(model.index(row), DisagreementModel::StatementIdRole).toString());
    return ids;
}

} // namespace

class AggregationLiveTest : public QObject
{
    Q_OBJECT

private slots:
    void emitsChangedPerStatementAndRound()
    {
        LiveAggregator live;
        live.setSession("s", statements());
        QSignalSpy changed(&live, &LiveAggregator::changed);
        live.applyRating(test::rating("split", "p1", 2, 2));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toString(), QStringLiteral("split"));
        QCOMPARE(changed.at(0).at(1).toInt(), 2);
        live.applyRating(test::rating("split", "p1", 2, 2)); // same answer again: nothing moved
        QCOMPARE(changed.size(), 1);
        live.applyRating(test::rating("split", "p1", 3, 2));
        QCOMPARE(changed.size(), 2);
        live.applyParticipant({ "s", "p1", "g1", {} });
        QCOMPARE(changed.size(), 3);
        QCOMPARE(live.answerCount(), 1);
    }

    void loadReplacesCountsAndResets()
    {
        LiveAggregator live;
        live.setSession("s", statements());
        live.applyRating(test::rating("agree", "old", 1));
        QSignalSpy reset(&live, &LiveAggregator::reset);
        live.load({ { "s", "p1", "g1", {} } },
            { test::rating("agree", "p1", 4), test::rating("agree", "p2", 4) });
        QCOMPARE(reset.size(), 1);
        QCOMPARE(live.summary("agree", 1).answered, 2);
        QCOMPARE(live.aggregation().groupDistribution("agree", 1, "g1").total(), 1);
    }

    void plotDataMergesSuppressedGroups()
    {
        LiveAggregator live;
        live.setSession("s", statements(), { "g1", "g2", "g3" });
        for (int i = 0; i < 12; ++i) {
            const QString p = QStringLiteral("p%1").arg(i);
            live.applyParticipant({ "s", p, i < 6 ? "g1" : i < 10 ? "g2" : "g3", {} });
            live.applyRating(test::rating("agree", p, 1 + i % 6));
        }
        const QVariantMap byGroup = live.plotData("agree", 1, true);
        QCOMPARE(byGroup.value("points").toInt(), 6);
        QCOMPARE(byGroup.value("seriesIds").toList(), QVariantList({ "g1", "#other" }));
        QCOMPARE(byGroup.value("seriesStyles").toList(), QVariantList({ 0, -1 }));
        int dots = 0;
        for (const QVariant& series : byGroup.value("counts").toList())
            for (const QVariant& c : series.toList())
                dots += c.toInt();
        QCOMPARE(dots, 12);
        const QVariantMap all = live.plotData("agree", 1, false);
        QCOMPARE(all.value("counts").toList().size(), 1);
        QCOMPARE(
            all.value("counts").toList().first().toList(), QVariantList({ 0, 2, 2, 2, 2, 2, 2 }));
        // k = 3: g2 (4) and g3 (2)? g3 < 3 alone hidden -> g2 hidden too (complementary).
        live.setMinimumGroupSize(3);
        QCOMPARE(live.plotData("agree", 1, true).value("seriesIds").toList(),
            QVariantList({ "g1", "#other" }));
        live.setMinimumGroupSize(2); // raised to the floor of 3
        QCOMPARE(live.minimumGroupSize(), 3);
    }

    void roundShiftFromDistributionsOnly()
    {
        LiveAggregator live;
        live.setSession("s", statements());
        // Round 1: 1 1 2 2; round 2: 3 3 4 4 (different people even, nothing is linked).
        for (int i = 0; i < 4; ++i) {
            live.applyRating(test::rating("split", QStringLiteral("a%1").arg(i), 1 + i / 2, 1));
            live.applyRating(test::rating("split", QStringLiteral("b%1").arg(i), 3 + i / 2, 2));
        }
        live.applyRating(test::rating("split", "b9", CannotJudgeAnswer, 2));
        const RoundShift shift = live.roundShift("split", 1, 2);
        QVERIFY(shift.comparable);
        QCOMPARE(shift.before.median, 1.5);
        QCOMPARE(shift.after.median, 3.5);
        QCOMPARE(shift.medianShift, 2.0);
        // Every answer moved two points: earth mover's distance 2.
        QVERIFY(qAbs(shift.distributionShift - 2.0) < 1e-12);
        QCOMPARE(shift.cannotJudgeShareShift, 0.2);
        QVERIFY(qAbs(shift.consensusShift) < 1e-12); // same shape, shifted
        QVERIFY(!live.roundShift("empty", 1, 2).comparable);
    }

    void modelSortsByDisagreementAndUpdatesLive()
    {
        LiveAggregator live;
        live.setSession("s", statements());
        DisagreementModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy countChanged(&model, &DisagreementModel::countChanged);
        model.setSource(&live);
        QCOMPARE(model.count(), 4);
        QCOMPARE(countChanged.size(), 1);
        QCOMPARE(
            model.roleNames().value(DisagreementModel::DispersionRole), QByteArray("dispersion"));
        QCOMPARE(int(DisagreementModel::StatementIdRole), Qt::UserRole + 1);
        feed(live);

        QCOMPARE(order(model), QStringList({ "agree", "split", "unknown", "empty" }));
        model.sort(DisagreementModel::SortKey::Dispersion);
        // split: consensus 0; unknown: all 3 -> 1; agree: 1; empty has no values -> last.
        QCOMPARE(order(model), QStringList({ "split", "agree", "unknown", "empty" }));
        QCOMPARE(model.data(model.index(0), DisagreementModel::DispersionRole).toDouble(), 1.0);
        QCOMPARE(model.data(model.index(0), DisagreementModel::TextRole).toString(),
            QStringLiteral("Gespalten"));

        model.sort(DisagreementModel::SortKey::CannotJudgeShare);
        QCOMPARE(order(model).first(), QStringLiteral("unknown"));
        QVERIFY(qAbs(model.data(model.index(0), DisagreementModel::CannotJudgeShareRole).toDouble()
                    - 4.0 / 6.0)
            < 1e-12);
        QCOMPARE(order(model).last(), QStringLiteral("empty"));

        // A live answer changes the row's values in place; the order waits for sort().
        QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
        live.applyRating(test::rating("empty", "p1", 2));
        QCOMPARE(dataChanged.size(), 1);
        const int emptyRow = order(model).indexOf("empty");
        QCOMPARE(dataChanged.first().at(0).value<QModelIndex>().row(), emptyRow);
        QCOMPARE(model.data(model.index(emptyRow), DisagreementModel::TotalRole).toInt(), 1);
        live.applyRating(test::rating("agree", "p1", 5, 2)); // other round: not this model's rows
        QCOMPARE(dataChanged.size(), 1);

        model.setRound(2);
        QCOMPARE(
            model.data(model.index(order(model).indexOf("agree")), DisagreementModel::TotalRole)
                .toInt(),
            1);
    }

    void disagreementListsOnlyRevealedStatementsWhileHiding()
    {
        LiveAggregator live;
        live.setSession("s", statements());
        DisagreementModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSource(&live);
        feed(live);
        model.sort(DisagreementModel::SortKey::Dispersion);
        QSignalSpy countChanged(&model, &DisagreementModel::countChanged);
        model.setRevealedStatements({ "agree", "unknown" });
        QCOMPARE(order(model), QStringList({ "split", "agree", "unknown", "empty" }));
        model.setHideUntilRevealed(true);
        // "split" disagrees most but is not revealed: it is not ranked at all.
        QCOMPARE(order(model), QStringList({ "agree", "unknown" }));
        QCOMPARE(countChanged.size(), 1);
        model.setRevealedStatements({ "agree", "unknown", "split" });
        QCOMPARE(order(model), QStringList({ "split", "agree", "unknown" }));
        live.applyRating(test::rating("empty", "p9", 2)); // hidden: no row to change
        QCOMPARE(model.count(), 3);
        model.setHideUntilRevealed(false);
        QCOMPARE(order(model), QStringList({ "split", "agree", "unknown", "empty" }));
    }
};

QTEST_GUILESS_MAIN(AggregationLiveTest)
#include "tst_aggregationlive.moc"

// Anonymity protection of group breakdowns: primary suppression below k, complementary
// suppression so that no hidden group can be recovered from the total by subtraction.
#include "stats/breakdown.h"
#include "stats/suppression.h"
#include "testratings.h"

#include <QTest>

using namespace dp;

namespace {

/// What an onlooker can compute: total minus every shown group.
Distribution recoverable(const GroupBreakdown& breakdown)
{
    Distribution rest = breakdown.total;
    for (const auto& shown : breakdown.shown)
        rest = rest.minus(shown.second);
    return rest;
}

/// Adds `n` answers of `group` to `statement`, cycling through the points 1..6.
void addGroup(Aggregation& a, const QString& statement, const QString& group, int n)
{
    for (int i = 0; i < n; ++i) {
        const QString pseudonym = QStringLiteral("%1-%2").arg(group).arg(i);
        a.setParticipantGroup(pseudonym, group);
        a.apply(test::rating(statement, pseudonym, 1 + (i * 5 + group.size()) % 6));
    }
}

Aggregation fixture()
{
    Aggregation a(QStringLiteral("s"));
    a.setStatements({ { "q1", "netz", 6, Scale::Kind::Ordinal, {} },
        { "q2", "netz", 6, Scale::Kind::Ordinal, {} } });
    return a;
}

} // namespace

class SuppressionTest : public QObject
{
    Q_OBJECT

private slots:
    void thresholdHasAFloor()
    {
        QCOMPARE(GroupSuppression().threshold(), 5);
        QCOMPARE(GroupSuppression(1).threshold(), 3);
        QCOMPARE(GroupSuppression(7).threshold(), 7);
        GroupSuppression s;
        s.setThreshold(2);
        QCOMPARE(s.threshold(), 3);
    }

    void belowKIsHiddenAtKIsShown()
    {
        const GroupSuppression s(5);
        // k - 1 in two groups: both hidden, together 8 >= k, so the big groups stay visible.
        const auto below = s.apply({ { "a", 20 }, { "b", 12 }, { "c", 4 }, { "d", 4 } });
        QCOMPARE(below.shown, QStringList({ "a", "b" }));
        QCOMPARE(below.hidden, QStringList({ "c", "d" }));
        QVERIFY(below.complementary.isEmpty());
        // exactly k: shown.
        const auto atK = s.apply({ { "a", 20 }, { "b", 12 }, { "c", 5 }, { "d", 5 } });
        QCOMPARE(atK.shown, QStringList({ "a", "b", "c", "d" }));
        QVERIFY(atK.hidden.isEmpty());
    }

    void singleHiddenGroupTakesTheNextSmallestWithIt()
    {
        // Without protection: c = total - a - b. The smallest shown group (b) is hidden too.
        const auto r = GroupSuppression(5).apply({ { "a", 10 }, { "b", 8 }, { "c", 2 } });
        QCOMPARE(r.shown, QStringList({ "a" }));
        QCOMPARE(r.hidden, QStringList({ "b", "c" }));
        QCOMPARE(r.complementary, QStringList({ "b" }));
        QCOMPARE(r.hiddenAnswers, 10);
    }

    void hiddenTogetherMustReachK()
    {
        // b and c are hidden, but 1 + 1 answers: a member of b could subtract their own answer
        // and read c's. So d (the next smallest) is hidden as well.
        const auto r
            = GroupSuppression(5).apply({ { "a", 30 }, { "b", 1 }, { "c", 1 }, { "d", 6 } });
        QCOMPARE(r.shown, QStringList({ "a" }));
        QCOMPARE(r.complementary, QStringList({ "d" }));
        QCOMPARE(r.hiddenAnswers, 8);
    }

    void emptyGroupsProtectNobody()
    {
        // A group without answers is hidden but hides nothing: c alone would be recoverable.
        const auto r
            = GroupSuppression(5).apply({ { "a", 9 }, { "b", 7 }, { "c", 3 }, { "e", 0 } });
        QCOMPARE(r.shown, QStringList({ "a" }));
        QCOMPARE(r.hidden, QStringList({ "b", "c", "e" }));
    }

    void everythingHiddenWhenNothingElseProtects()
    {
        const auto r = GroupSuppression(5).apply({ { "a", 40 }, { "b", 2 } });
        QVERIFY(r.shown.isEmpty());
        QCOMPARE(r.hidden, QStringList({ "a", "b" }));
    }

    void nothingHiddenNothingAdded()
    {
        const auto r = GroupSuppression(3).apply({ { "a", 3 }, { "b", 4 } });
        QCOMPARE(r.shown, QStringList({ "a", "b" }));
        QVERIFY(r.complementary.isEmpty());
    }

    void breakdownDoesNotRevealAGroupBySubtraction()
    {
        Aggregation a = fixture();
        addGroup(a, "q1", "jugendamt", 9);
        addGroup(a, "q1", "gesundheit", 6);
        addGroup(a, "q1", "eltern", 2); // below k
        const GroupBreakdown b = statementBreakdown(
            a, "q1", 1, GroupSuppression(5), { "eltern", "jugendamt", "gesundheit" });
        QCOMPARE(b.total.total(), 17);
        QCOMPARE(b.shown.size(), 1);
        QCOMPARE(b.shown.first().first, QStringLiteral("jugendamt"));
        // What subtraction yields is the merged "other" series, never the small group alone.
        const Distribution rest = recoverable(b);
        QCOMPARE(rest, b.hidden);
        QCOMPARE(rest.total(), 8);
        QVERIFY(rest != a.groupDistribution("q1", 1, "eltern"));
    }

    void breakdownKeepsSessionGroupOrder()
    {
        Aggregation a = fixture();
        addGroup(a, "q1", "x", 5);
        addGroup(a, "q1", "y", 7);
        addGroup(a, "q1", "z", 6);
        const GroupBreakdown b
            = statementBreakdown(a, "q1", 1, GroupSuppression(5), { "z", "x", "y" });
        QCOMPARE(b.shown.size(), 3);
        QCOMPARE(b.shown.at(0).first, QStringLiteral("z"));
        QCOMPARE(b.shown.at(2).first, QStringLiteral("y"));
        QCOMPARE(b.hidden.total(), 0);
    }

    void pooledDimensionHidesWhatAnyStatementHides()
    {
        // In q2 group "b" has only 3 answers and is hidden (with "c"). Pooled over the
        // dimension "b" has 9, but showing it would give q2's b = pooled b - q1's b.
        Aggregation a = fixture();
        addGroup(a, "q1", "a", 10);
        addGroup(a, "q1", "b", 6);
        addGroup(a, "q1", "c", 6);
        addGroup(a, "q2", "a", 10);
        addGroup(a, "q2", "b", 3);
        addGroup(a, "q2", "c", 5);
        const GroupSuppression k5(5);
        const GroupBreakdown q2 = statementBreakdown(a, "q2", 1, k5);
        QVERIFY(!q2.suppression.isShown("b"));
        const GroupBreakdown pooled = dimensionBreakdown(a, "netz", 1, k5);
        QCOMPARE(pooled.total.total(), 40);
        QVERIFY(!pooled.suppression.isShown("b"));
        QVERIFY(pooled.suppression.isShown("a"));
        QCOMPARE(recoverable(pooled), pooled.hidden);
    }
};

QTEST_GUILESS_MAIN(SuppressionTest)
#include "tst_suppression.moc"

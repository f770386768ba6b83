// Incremental aggregation: counts per statement × round × group, changed answers, groups
// assigned late, replays, pooling per dimension, and a random stream against a recount.
#include "stats/aggregation.h"

#include <QRandomGenerator>
#include <QTest>

using namespace dp;

namespace {

const QString Session = QStringLiteral("s1");

QList<StatementInfo> fixtureStatements()
{
    // Dimension "netz" has two 6-point statements and a 4-point one (not poolable with them).
    return { { QStringLiteral("n1"), QStringLiteral("netz"), 6, Scale::Kind::Ordinal, {} },
        { QStringLiteral("n2"), QStringLiteral("netz"), 6, Scale::Kind::Ordinal, {} },
        { QStringLiteral("n3"), QStringLiteral("netz"), 4, Scale::Kind::Ordinal, {} },
        { QStringLiteral("p1"), QStringLiteral("plan"), 5, Scale::Kind::Pictogram, {} } };
}

Rating rating(const QString& statement, const QString& pseudonym, int answer, int round = 1,
    qint64 sequence = 0, const QString& device = QString())
{
    Rating r;
    r.sessionId = Session;
    r.round = round;
    r.statementId = statement;
    r.pseudonym = pseudonym;
    r.answer = answer;
    r.deviceId = device.isEmpty() ? pseudonym : device;
    r.sequence = sequence;
    return r;
}

QList<int> counts(std::initializer_list<int> values)
{
    return QList<int>(values);
}

} // namespace

class AggregationTest : public QObject
{
    Q_OBJECT

private slots:
    void countsPerPointAndCannotJudge()
    {
        Aggregation a(Session);
        a.setStatements(fixtureStatements());
        QCOMPARE(a.apply(rating("n1", "p1", 3)), Aggregation::Change::Added);
        QCOMPARE(a.apply(rating("n1", "p2", 3)), Aggregation::Change::Added);
        QCOMPARE(a.apply(rating("n1", "p3", 6)), Aggregation::Change::Added);
        QCOMPARE(a.apply(rating("n1", "p4", CannotJudgeAnswer)), Aggregation::Change::Added);
        const Distribution d = a.distribution("n1", 1);
        QCOMPARE(d.counts(), counts({ 1, 0, 0, 2, 0, 0, 1 }));
        QCOMPARE(d.answered(), 3);
        QCOMPARE(d.cannotJudge(), 1);
        QCOMPARE(d.total(), 4);
        QCOMPARE(a.distribution("n2", 1).total(), 0);
        QCOMPARE(a.distribution("n2", 1).points(), 6);
    }

    void changedAnswerMovesItsCount()
    {
        Aggregation a(Session);
        a.setStatements(fixtureStatements());
        a.apply(rating("n1", "p1", 2, 1, 1));
        a.apply(rating("n1", "p2", 2, 1, 1));
        QCOMPARE(a.apply(rating("n1", "p1", 5, 1, 2)), Aggregation::Change::Changed);
        QCOMPARE(a.distribution("n1", 1).counts(), counts({ 0, 0, 1, 0, 0, 1, 0 }));
        QCOMPARE(
            a.apply(rating("n1", "p1", CannotJudgeAnswer, 1, 3)), Aggregation::Change::Changed);
        QCOMPARE(a.distribution("n1", 1).counts(), counts({ 1, 0, 1, 0, 0, 0, 0 }));
        QCOMPARE(
            a.apply(rating("n1", "p1", CannotJudgeAnswer, 1, 4)), Aggregation::Change::Unchanged);
        QCOMPARE(a.answerCount(), 2);
    }

    void replayedOlderSequenceIsIgnored()
    {
        Aggregation a(Session);
        a.setStatements(fixtureStatements());
        a.apply(rating("n1", "p1", 2, 1, 5, "tab-a"));
        a.apply(rating("n1", "p1", 4, 1, 7, "tab-a"));
        QCOMPARE(a.apply(rating("n1", "p1", 2, 1, 5, "tab-a")), Aggregation::Change::Ignored);
        QCOMPARE(a.distribution("n1", 1).count(4), 1);
        QCOMPARE(a.distribution("n1", 1).count(2), 0);
        // Another device (shared tablet taken over) may change the answer whatever its counter.
        QCOMPARE(a.apply(rating("n1", "p1", 1, 1, 2, "tab-b")), Aggregation::Change::Changed);
        QCOMPARE(a.distribution("n1", 1).count(1), 1);
    }

    void invalidAnswersAreIgnored()
    {
        Aggregation a(Session);
        a.setStatements(fixtureStatements());
        QCOMPARE(a.apply(rating("n3", "p1", 5)), Aggregation::Change::Ignored); // 4-point scale
        QCOMPARE(a.apply(rating("n3", "p1", -1)), Aggregation::Change::Ignored);
        QCOMPARE(a.apply(rating("nope", "p1", 1)), Aggregation::Change::Ignored);
        Rating other = rating("n1", "p1", 1);
        other.sessionId = QStringLiteral("another");
        QCOMPARE(a.apply(other), Aggregation::Change::Ignored);
        QCOMPARE(a.answerCount(), 0);
    }

    void roundsAreCountedApart()
    {
        Aggregation a(Session);
        a.setStatements(fixtureStatements());
        a.apply(rating("n1", "p1", 2, 1));
        a.apply(rating("n1", "p1", 5, 2)); // same person, second round: a new answer, not a change
        QCOMPARE(a.distribution("n1", 1).counts(), counts({ 0, 0, 1, 0, 0, 0, 0 }));
        QCOMPARE(a.distribution("n1", 2).counts(), counts({ 0, 0, 0, 0, 0, 1, 0 }));
        QCOMPARE(a.rounds(), QList<int>({ 1, 2 }));
    }

    void groupsAndLateGroupAssignment()
    {
        Aggregation a(Session);
        a.setStatements(fixtureStatements());
        a.setParticipantGroup("p1", "dortmund");
        a.apply(rating("n1", "p1", 1));
        a.apply(rating("n1", "p2", 6)); // p2's group is not known yet
        a.apply(rating("n2", "p2", 0));
        QCOMPARE(
            a.groupDistribution("n1", 1, "dortmund").counts(), counts({ 0, 1, 0, 0, 0, 0, 0 }));
        QCOMPARE(a.groupDistribution("n1", 1, "").count(6), 1);

        const auto moved = a.setParticipantGroup("p2", "nuernberg");
        QCOMPARE(moved.size(), 2);
        QCOMPARE(a.groupDistribution("n1", 1, "").total(), 0);
        QCOMPARE(a.groupDistribution("n1", 1, "nuernberg").count(6), 1);
        QCOMPARE(a.groupDistribution("n2", 1, "nuernberg").cannotJudge(), 1);
        QVERIFY(!a.groupDistributions("n1", 1).contains(""));
        QCOMPARE(a.groupDistributions("n1", 1).size(), 2);
        // The total is not affected by group moves.
        QCOMPARE(a.distribution("n1", 1).counts(), counts({ 0, 1, 0, 0, 0, 0, 1 }));
        // Answer changes stay in the participant's group.
        a.apply(rating("n1", "p2", 3));
        QCOMPARE(
            a.groupDistribution("n1", 1, "nuernberg").counts(), counts({ 0, 0, 0, 1, 0, 0, 0 }));
        QVERIFY(a.setParticipantGroup("p2", "nuernberg").isEmpty());
    }

    void removeForgetsTheAnswer()
    {
        Aggregation a(Session);
        a.setStatements(fixtureStatements());
        a.apply(rating("n1", "p1", 2));
        QVERIFY(a.remove(1, "n1", "p1"));
        QVERIFY(!a.remove(1, "n1", "p1"));
        QCOMPARE(a.distribution("n1", 1).total(), 0);
        QCOMPARE(a.apply(rating("n1", "p1", 2)), Aggregation::Change::Added);
    }

    void dimensionPoolsStatementsOfOneWidth()
    {
        Aggregation a(Session);
        a.setStatements(fixtureStatements());
        a.apply(rating("n1", "p1", 1));
        a.apply(rating("n1", "p2", 0));
        a.apply(rating("n2", "p1", 1));
        a.apply(rating("n2", "p2", 6));
        a.apply(rating("n3", "p1", 4)); // 4-point: left out of the 6-point pool
        int pooled = 0;
        const Distribution d = a.dimensionDistribution("netz", 1, nullptr, &pooled);
        QCOMPARE(pooled, 2);
        QCOMPARE(d.counts(), counts({ 1, 2, 0, 0, 0, 0, 1 }));
        QCOMPARE(a.statementsOf("netz"), QList<QString>({ "n1", "n2", "n3" }));
    }

    void randomStreamMatchesRecount()
    {
        // Incremental counts must equal a recount of the last answer per key at every step.
        Aggregation a(Session);
        a.setStatements(fixtureStatements());
        const QStringList statements { "n1", "n2", "n3", "p1" };
        const QStringList groups { "", "a", "b", "c" };
        QHash<QString, int> points { { "n1", 6 }, { "n2", 6 }, { "n3", 4 }, { "p1", 5 } };
        QHash<QString, int> last; // "round|statement|pseudonym" -> answer
        QHash<QString, QString> groupOf;
        QRandomGenerator random(20240917);
        for (int step = 0; step < 3000; ++step) {
            const QString pseudonym = QStringLiteral("p%1").arg(random.bounded(40));
            if (random.bounded(20) == 0) {
                const QString group = groups.at(random.bounded(groups.size()));
                a.setParticipantGroup(pseudonym, group);
                groupOf.insert(pseudonym, group);
                continue;
            }
            const QString statement = statements.at(random.bounded(statements.size()));
            const int round = 1 + random.bounded(2);
            const int answer = random.bounded(points.value(statement) + 1);
            a.apply(rating(statement, pseudonym, answer, round));
            last.insert(QStringLiteral("%1|%2|%3").arg(round).arg(statement, pseudonym), answer);
        }
        for (const QString& statement : statements) {
            for (int round = 1; round <= 2; ++round) {
                Distribution expected(points.value(statement));
                QHash<QString, Distribution> expectedGroups;
                for (auto it = last.cbegin(); it != last.cend(); ++it) {
                    const QStringList parts = it.key().split('|');
                    if (parts.at(0).toInt() != round || parts.at(1) != statement)
                        continue;
                    expected.add(it.value());
                    const QString group = groupOf.value(parts.at(2));
                    if (!expectedGroups.contains(group))
                        expectedGroups.insert(group, Distribution(points.value(statement)));
                    expectedGroups[group].add(it.value());
                }
                QCOMPARE(a.distribution(statement, round), expected);
                QCOMPARE(a.groupDistributions(statement, round), expectedGroups);
            }
        }
        QCOMPARE(a.answerCount(), last.size());
    }
};

QTEST_GUILESS_MAIN(AggregationTest)
#include "tst_aggregation.moc"

// StatementFigures: the figures the moderator's views read — answers of one round only, "cannot
// judge" counted, and a plot legend that names the workshop's groups in the chosen language.
#include "moderation/statementfigures.h"
#include "stats/liveaggregator.h"
#include "storage/records.h"
#include "testratings.h"

#include <QTest>

using namespace dp;

namespace {

QList<StatementInfo> statements()
{
    return { { "a", "d", 6, Scale::Kind::Ordinal, LocalizedText("A") },
        { "b", "d", 6, Scale::Kind::Ordinal, LocalizedText("B") },
        { "c", "e", 4, Scale::Kind::Ordinal, LocalizedText("C") } };
}

SessionRecord session()
{
    SessionRecord s;
    s.id = QStringLiteral("s");
    s.groups = { { "g1", LocalizedText { { "de", "Kita" }, { "en", "Day care" } } },
        { "g2", LocalizedText { { "de", "Jugendamt" }, { "en", "Youth office" } } },
        { "g3", LocalizedText { { "de", "Eltern" }, { "en", "Parents" } } } };
    return s;
}

QStringList legendNames(const QVariantMap& plot)
{
    QStringList names;
    for (const QVariant& entry : plot.value("legend").toList())
        names.append(entry.toMap().value("name").toString());
    return names;
}

} // namespace

class StatementFiguresTest : public QObject
{
    Q_OBJECT

private slots:
    void countsAnswersOfOneRoundIncludingCannotJudge()
    {
        LiveAggregator live;
        live.setSession("s", statements());
        const StatementFigures figures(live);
        live.applyRating(test::rating("a", "p1", 2));
        live.applyRating(test::rating("a", "p2", CannotJudgeAnswer));
        live.applyRating(test::rating("a", "p3", 6));
        live.applyRating(test::rating("b", "p1", 1));
        live.applyRating(test::rating("a", "p1", 5, 2));
        QCOMPARE(figures.answerCount("a", 1), 3);
        QCOMPARE(figures.answerCount("b", 1), 1);
        QCOMPARE(figures.answerCount("c", 1), 0);
        QCOMPARE(figures.answerCount("a", 2), 1);
        QCOMPARE(figures.answerCount("unknown", 1), 0);
        QCOMPARE(figures.answerCount(QStringList { "a", "b", "c" }, 1), 4);
        QCOMPARE(figures.answerCount(QStringList { "b", "c" }, 1), 1);
        QCOMPARE(figures.answerCount(QStringList { "a", "b", "c" }, 2), 1);
        // A changed answer is still one answer.
        live.applyRating(test::rating("a", "p3", 1));
        QCOMPARE(figures.answerCount("a", 1), 3);
    }

    void summaryIsTheRoundsSummary()
    {
        LiveAggregator live;
        live.setSession("s", statements());
        const StatementFigures figures(live);
        live.applyRating(test::rating("b", "p1", 2));
        live.applyRating(test::rating("b", "p2", 4));
        live.applyRating(test::rating("b", "p3", CannotJudgeAnswer));
        live.applyRating(test::rating("b", "p1", 6, 2));
        const QVariantMap first = figures.summary("b", 1);
        QCOMPARE(first.value("answered").toInt(), 2);
        QCOMPARE(first.value("cannotJudge").toInt(), 1);
        QCOMPARE(first.value("median").toDouble(), 3.0);
        QCOMPARE(figures.summary("b", 2).value("median").toDouble(), 6.0);
    }

    void plotNamesTheShownGroupsAndTheMergedRest()
    {
        LiveAggregator live;
        live.setSession("s", statements(), { "g1", "g2", "g3" });
        const StatementFigures figures(live);
        // k = 5 by default: g1 (6 people) is shown alone, g2 (4) and g3 (2) are merged.
        for (int i = 0; i < 12; ++i) {
            const QString p = QStringLiteral("p%1").arg(i);
            live.applyParticipant({ "s", p, i < 6 ? "g1" : i < 10 ? "g2" : "g3", {} });
            live.applyRating(test::rating("a", p, 1 + i % 6));
        }
        const SessionRecord workshop = session();
        const QVariantMap german = figures.plot("a", 1, true, &workshop, "de");
        QCOMPARE(german.value("seriesIds").toList(), QVariantList({ "g1", "#other" }));
        QCOMPARE(legendNames(german),
            (QStringList { "Kita", "Other groups (too small to show alone)" }));
        const QVariantList legend = german.value("legend").toList();
        QCOMPARE(legend.at(0).toMap().value("styleIndex").toInt(), 0);
        QCOMPARE(legend.at(1).toMap().value("styleIndex").toInt(), -1);
        QCOMPARE(legendNames(figures.plot("a", 1, true, &workshop, "en")).first(),
            QStringLiteral("Day care"));
        // The counts are the aggregator's plot data.
        QCOMPARE(german.value("counts"), live.plotData("a", 1, true).value("counts"));
    }

    void plotHasNoLegendWithoutGroupsOrSession()
    {
        LiveAggregator live;
        live.setSession("s", statements(), { "g1" });
        const StatementFigures figures(live);
        for (int i = 0; i < 6; ++i) {
            const QString p = QStringLiteral("p%1").arg(i);
            live.applyParticipant({ "s", p, "g1", {} });
            live.applyRating(test::rating("c", p, 1 + i % 4));
        }
        const SessionRecord workshop = session();
        const QVariantMap all = figures.plot("c", 1, false, &workshop, "de");
        QCOMPARE(all.value("points").toInt(), 4);
        QCOMPARE(all.value("legend").toList(), QVariantList());
        QCOMPARE(all.value("counts").toList().first().toList(), QVariantList({ 0, 2, 2, 1, 1 }));
        const QVariantMap unhosted = figures.plot("c", 1, true, nullptr, "de");
        QCOMPARE(unhosted.value("seriesIds").toList(), QVariantList({ "g1" }));
        QCOMPARE(unhosted.value("legend").toList(), QVariantList());
    }
};

QTEST_GUILESS_MAIN(StatementFiguresTest)
#include "tst_statementfigures.moc"

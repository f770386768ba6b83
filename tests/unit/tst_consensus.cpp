// Ordinal summary figures against values computed by hand: quantiles (Hyndman & Fan
// definition 2), mean and the Tastle & Wierman (2007) consensus.
#include "stats/ordinalstats.h"

#include <QTest>

#include <cmath>

using namespace dp;

namespace {

/// A distribution on a `points` scale from the listed answers (0 = cannot judge).
Distribution fromAnswers(int points, std::initializer_list<int> answers)
{
    Distribution distribution(points);
    for (int answer : answers)
        distribution.add(answer);
    return distribution;
}

} // namespace

class ConsensusTest : public QObject
{
    Q_OBJECT

private slots:
    void allSameIsFullConsensus()
    {
        for (int point = 1; point <= 6; ++point)
            QCOMPARE(ordinal::consensus(fromAnswers(6, { point, point, point, point })), 1.0);
        QCOMPARE(ordinal::consensus(fromAnswers(6, { 4 })), 1.0);
    }

    void halfAtEachExtremeIsNoConsensus()
    {
        // 5-point scale, mu = 3, d = 4: each term is 0.5 * log2(1 - 2/4) = -0.5.
        QCOMPARE(ordinal::consensus(fromAnswers(5, { 1, 1, 5, 5 })), 0.0);
        QCOMPARE(ordinal::consensus(fromAnswers(6, { 1, 6, 1, 6, 1, 6 })), 0.0);
    }

    void symmetricInnerPair()
    {
        // 5-point scale, half at 2, half at 4: mu = 3, d = 4,
        // Cns = 1 + log2(1 - 1/4) = 1 + log2(3) - 2 = log2(3) - 1 = 0.5849625...
        QVERIFY(qAbs(ordinal::consensus(fromAnswers(5, { 2, 4 })) - 0.5849625007) < 1e-9);
    }

    void workedMixedCase()
    {
        // 4-point scale (d = 3), answers 1, 2, 4, 4: p = 1/4, 1/4, 1/2, mu = 11/4 = 2.75.
        //   point 1: |1 - 2.75| / 3 = 0.58333, log2(0.41667) = -1.263034, * 0.25 = -0.315759
        //   point 2: |2 - 2.75| / 3 = 0.25,    log2(0.75)    = -0.415037, * 0.25 = -0.103759
        //   point 4: |4 - 2.75| / 3 = 0.41667, log2(0.58333) = -0.777608, * 0.50 = -0.388804
        //   Cns = 1 - 0.808322 = 0.191678
        const Distribution d = fromAnswers(4, { 1, 2, 4, 4 });
        QVERIFY(qAbs(ordinal::mean(d) - 2.75) < 1e-12);
        QVERIFY(qAbs(ordinal::consensus(d) - 0.191678) < 1e-6);
    }

    void cannotJudgeDoesNotEnterConsensus()
    {
        const Distribution withGaps = fromAnswers(5, { 2, 4, 0, 0, 0 });
        QCOMPARE(withGaps.answered(), 2);
        QCOMPARE(withGaps.cannotJudge(), 3);
        QCOMPARE(ordinal::consensus(withGaps), ordinal::consensus(fromAnswers(5, { 2, 4 })));
    }

    void moreSpreadMeansLessConsensus()
    {
        const double tight = ordinal::consensus(fromAnswers(6, { 3, 4, 3, 4 }));
        const double wide = ordinal::consensus(fromAnswers(6, { 2, 5, 2, 5 }));
        const double split = ordinal::consensus(fromAnswers(6, { 1, 6, 1, 6 }));
        QVERIFY(tight > wide);
        QVERIFY(wide > split);
    }

    void quartilesEvenCount()
    {
        // 1 2 2 3 5 6: median n*0.5 = 3 -> (x3 + x4)/2 = 2.5; Q1 1.5 -> x2 = 2; Q3 4.5 -> x5 = 5
        const Distribution d = fromAnswers(6, { 5, 2, 6, 1, 3, 2 });
        QCOMPARE(ordinal::quantile(d, 1, 2), 2.5);
        QCOMPARE(ordinal::quantile(d, 1, 4), 2.0);
        QCOMPARE(ordinal::quantile(d, 3, 4), 5.0);
    }

    void quartilesOnBoundaries()
    {
        // 1 2 3 4: Q1 n*0.25 = 1 -> (x1 + x2)/2 = 1.5; median 2.5; Q3 3 -> (x3 + x4)/2 = 3.5
        const Distribution d = fromAnswers(4, { 1, 2, 3, 4 });
        QCOMPARE(ordinal::quantile(d, 1, 4), 1.5);
        QCOMPARE(ordinal::quantile(d, 1, 2), 2.5);
        QCOMPARE(ordinal::quantile(d, 3, 4), 3.5);
    }

    void quartilesOddAndSingle()
    {
        // 1 1 4 5 6: median 2.5 -> x3 = 4; Q1 1.25 -> x2 = 1; Q3 3.75 -> x4 = 5
        const Distribution d = fromAnswers(6, { 1, 1, 4, 5, 6, 0 });
        QCOMPARE(ordinal::quantile(d, 1, 2), 4.0);
        QCOMPARE(ordinal::quantile(d, 1, 4), 1.0);
        QCOMPARE(ordinal::quantile(d, 3, 4), 5.0);
        const Distribution single = fromAnswers(6, { 3 });
        QCOMPARE(ordinal::quantile(single, 1, 4), 3.0);
        QCOMPARE(ordinal::quantile(single, 3, 4), 3.0);
    }

    void summaryOfEmptyHasNoValues()
    {
        const Summary s = summarize(fromAnswers(6, { 0, 0 }));
        QVERIFY(!s.hasValues);
        QCOMPARE(s.total, 2);
        QCOMPARE(s.cannotJudgeShare, 1.0);
        QCOMPARE(s.dispersion(), 0.0);
        QVERIFY(!summarize(Distribution(6)).hasValues);
    }

    void summaryFigures()
    {
        const Summary s = summarize(fromAnswers(6, { 1, 2, 4, 4, 0 }));
        QCOMPARE(s.total, 5);
        QCOMPARE(s.answered, 4);
        QCOMPARE(s.cannotJudge, 1);
        QCOMPARE(s.cannotJudgeShare, 0.2);
        QCOMPARE(s.median, 3.0);
        QCOMPARE(s.mean, 2.75);
        QVERIFY(s.meanMeaningful);
        QVERIFY(qAbs(s.dispersion() - (1.0 - s.consensus)) < 1e-12);
    }

    void meanOnlyForIntervalLikeScales()
    {
        QVERIFY(ordinal::meanMeaningful(Scale::Kind::Ordinal, 6));
        QVERIFY(ordinal::meanMeaningful(Scale::Kind::Bipolar, 7));
        QVERIFY(!ordinal::meanMeaningful(Scale::Kind::Ordinal, 4));
        QVERIFY(!ordinal::meanMeaningful(Scale::Kind::Pictogram, 5));
        QVERIFY(!summarize(fromAnswers(5, { 1, 5 }), Scale::Kind::Pictogram).meanMeaningful);
    }
};

QTEST_GUILESS_MAIN(ConsensusTest)
#include "tst_consensus.moc"

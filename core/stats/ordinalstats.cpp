#include "ordinalstats.h"

#include <cmath>

namespace dp {
namespace ordinal {

int orderStatistic(const Distribution& distribution, int j)
{
    if (j < 1 || j > distribution.answered())
        return 0;
    int cumulative = 0;
    for (int value = 1; value <= distribution.points(); ++value) {
        cumulative += distribution.count(value);
        if (cumulative >= j)
            return value;
    }
    return 0;
}

double quantile(const Distribution& distribution, int numerator, int denominator)
{
    const int n = distribution.answered();
    if (n <= 0 || denominator <= 0)
        return 0.0;
    // Integer arithmetic so that "exactly on a boundary" is decided without rounding error.
    const long long scaled = static_cast<long long>(numerator) * n;
    const int j = static_cast<int>(scaled / denominator);
    if (scaled % denominator == 0 && j >= 1 && j < n)
        return (orderStatistic(distribution, j) + orderStatistic(distribution, j + 1)) / 2.0;
    return orderStatistic(distribution, qBound(1, j + 1, n));
}

double mean(const Distribution& distribution)
{
    const int n = distribution.answered();
    if (n <= 0)
        return 0.0;
    long long sum = 0;
    for (int value = 1; value <= distribution.points(); ++value)
        sum += static_cast<long long>(value) * distribution.count(value);
    return static_cast<double>(sum) / n;
}

double consensus(const Distribution& distribution)
{
    const int n = distribution.answered();
    const int width = distribution.points() - 1; // d_X = max - min of the scale, not of the data
    if (n <= 0 || width <= 0)
        return 0.0;
    const double mu = mean(distribution);
    double sum = 0.0;
    for (int value = 1; value <= distribution.points(); ++value) {
        const int count = distribution.count(value);
        if (count == 0)
            continue; // p_i = 0 contributes nothing, and avoids log2(0) at an empty extreme
        const double p = static_cast<double>(count) / n;
        sum += p * std::log2(1.0 - std::abs(value - mu) / width);
    }
    // Rounding can leave a value a hair outside [0, 1]; the measure is defined on [0, 1].
    return qBound(0.0, 1.0 + sum, 1.0);
}

bool meanMeaningful(Scale::Kind kind, int points)
{
    // Pictograms (faces, weather) have no equal distances; with four points or fewer the
    // verbal anchors are too coarse to treat as an interval scale.
    return kind != Scale::Kind::Pictogram && points >= 5;
}

} // namespace ordinal

Summary summarize(const Distribution& distribution, Scale::Kind kind)
{
    Summary summary;
    summary.total = distribution.total();
    summary.answered = distribution.answered();
    summary.cannotJudge = distribution.cannotJudge();
    summary.cannotJudgeShare
        = summary.total > 0 ? static_cast<double>(summary.cannotJudge) / summary.total : 0.0;
    summary.hasValues = summary.answered > 0;
    if (!summary.hasValues)
        return summary;
    summary.median = ordinal::quantile(distribution, 1, 2);
    summary.lowerQuartile = ordinal::quantile(distribution, 1, 4);
    summary.upperQuartile = ordinal::quantile(distribution, 3, 4);
    summary.mean = ordinal::mean(distribution);
    summary.meanMeaningful = ordinal::meanMeaningful(kind, distribution.points());
    summary.consensus = ordinal::consensus(distribution);
    return summary;
}

} // namespace dp

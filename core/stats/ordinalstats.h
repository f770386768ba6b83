#pragma once

#include "distribution.h"

#include "catalog/scale.h"

namespace dp {

/// Summary figures of one distribution; see docs/statistics.md for the definitions.
struct Summary
{
    int total = 0; ///< all answers, including "cannot judge"
    int answered = 0; ///< answers on the scale
    int cannotJudge = 0;
    double cannotJudgeShare = 0.0; ///< cannotJudge / total, 0 when there are no answers
    bool hasValues = false; ///< false when nobody answered on the scale: no median, mean, consensus
    double median = 0.0; ///< may be x.5 when it falls between two points
    double lowerQuartile = 0.0;
    double upperQuartile = 0.0;
    double mean = 0.0;
    bool meanMeaningful = false; ///< only for interval-like scales; the UI hides the mean otherwise
    double consensus = 0.0; ///< Tastle & Wierman, 0 (split to the extremes) .. 1 (all agree)
    double dispersion() const { return hasValues ? 1.0 - consensus : 0.0; }
};

namespace ordinal {

/// The j-th smallest answer (1-based) of the answers on the scale; 0 if j is out of range.
int orderStatistic(const Distribution& distribution, int j);
/// Sample quantile by inverting the empirical distribution function with averaging at
/// discontinuities (Hyndman & Fan 1996, definition 2). `numerator/denominator` is the share.
double quantile(const Distribution& distribution, int numerator, int denominator);
double mean(const Distribution& distribution);
/// Tastle & Wierman (2007) consensus over points 1..points; 1 when there is a single answer.
double consensus(const Distribution& distribution);
/// Whether an arithmetic mean is shown for this kind of scale (interval-like scales only).
bool meanMeaningful(Scale::Kind kind, int points);

} // namespace ordinal

/// All summary figures of `distribution`, answered on a scale of `kind`.
Summary summarize(const Distribution& distribution, Scale::Kind kind = Scale::Kind::Ordinal);

} // namespace dp

#include "roundcomparison.h"

#include <cmath>

namespace dp {

RoundShift compareRounds(const QString& statementId, const Distribution& before,
    const Distribution& after, Scale::Kind kind)
{
    RoundShift shift;
    shift.statementId = statementId;
    shift.before = summarize(before, kind);
    shift.after = summarize(after, kind);
    shift.cannotJudgeShareShift = shift.after.cannotJudgeShare - shift.before.cannotJudgeShare;
    shift.comparable
        = shift.before.hasValues && shift.after.hasValues && before.points() == after.points();
    if (!shift.comparable)
        return shift;
    shift.medianShift = shift.after.median - shift.before.median;
    shift.consensusShift = shift.after.consensus - shift.before.consensus;
    // On an ordered scale the 1-Wasserstein distance is the sum of the differences of the
    // cumulative shares between neighbouring points.
    double cumulativeBefore = 0.0;
    double cumulativeAfter = 0.0;
    for (int value = 1; value < before.points(); ++value) {
        cumulativeBefore += static_cast<double>(before.count(value)) / before.answered();
        cumulativeAfter += static_cast<double>(after.count(value)) / after.answered();
        shift.distributionShift += std::abs(cumulativeAfter - cumulativeBefore);
    }
    return shift;
}

} // namespace dp

#pragma once

#include "distribution.h"
#include "ordinalstats.h"

#include <QString>

namespace dp {

/// How a statement's pooled picture moved from one round to the next.
///
/// Built from the two rounds' distributions only: nobody's two answers are ever linked.
struct RoundShift
{
    QString statementId;
    Summary before;
    Summary after;
    bool comparable = false; ///< both rounds have answers on the scale
    double medianShift = 0.0; ///< after.median - before.median, in scale points
    double consensusShift = 0.0;
    double cannotJudgeShareShift = 0.0;
    /// Earth mover's distance between the two shares-per-point, in scale points: how far,
    /// on average, the answers would have to move to turn one picture into the other.
    double distributionShift = 0.0;
};

/// Compares two distributions of the same statement (same scale width).
RoundShift compareRounds(const QString& statementId, const Distribution& before,
    const Distribution& after, Scale::Kind kind = Scale::Kind::Ordinal);

} // namespace dp

#pragma once

#include "aggregation.h"
#include "suppression.h"

#include <QList>
#include <QPair>

namespace dp {

/// A statement's (or dimension's) answers split by group, with small groups suppressed.
struct GroupBreakdown
{
    Distribution total; ///< always shown: it names no group
    QList<QPair<QString, Distribution>> shown; ///< in the order of the session's groups
    Distribution hidden; ///< all suppressed groups merged; safe to show as "other"
    GroupSuppression::Result suppression;
};

/// Breakdown of one statement; `groupOrder` orders the shown groups (unknown ids go last).
GroupBreakdown statementBreakdown(const Aggregation& aggregation, const QString& statementId,
    int round, const GroupSuppression& suppression, const QStringList& groupOrder = {});

/// Breakdown of a dimension's pooled statements. A group hidden in any pooled statement stays
/// hidden here, so subtracting statement views from the pooled view reveals nothing new.
GroupBreakdown dimensionBreakdown(const Aggregation& aggregation, const QString& dimensionId,
    int round, const GroupSuppression& suppression, const QStringList& groupOrder = {});

} // namespace dp

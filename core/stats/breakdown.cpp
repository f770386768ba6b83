#include "breakdown.h"

#include <algorithm>

namespace dp {

namespace {

GroupBreakdown build(const Distribution& total, const QHash<QString, Distribution>& groups,
    const GroupSuppression& suppression, const QSet<QString>& forceHidden,
    const QStringList& groupOrder)
{
    GroupBreakdown breakdown;
    breakdown.total = total;
    breakdown.hidden = Distribution(total.points());
    QHash<QString, int> sizes;
    for (auto it = groups.cbegin(); it != groups.cend(); ++it)
        sizes.insert(it.key(), it.value().total());
    breakdown.suppression = suppression.apply(sizes, forceHidden);

    QStringList shown = breakdown.suppression.shown;
    const auto rank = [&groupOrder](const QString& id) {
        const qsizetype index = groupOrder.indexOf(id);
        return index < 0 ? groupOrder.size() : index;
    };
    std::stable_sort(shown.begin(), shown.end(),
        [&rank](const QString& a, const QString& b) { return rank(a) < rank(b); });
    for (const QString& id : shown)
        breakdown.shown.append({ id, groups.value(id) });
    for (const QString& id : breakdown.suppression.hidden)
        breakdown.hidden.merge(groups.value(id, Distribution(total.points())));
    return breakdown;
}

} // namespace

GroupBreakdown statementBreakdown(const Aggregation& aggregation, const QString& statementId,
    int round, const GroupSuppression& suppression, const QStringList& groupOrder)
{
    return build(aggregation.distribution(statementId, round),
        aggregation.groupDistributions(statementId, round), suppression, {}, groupOrder);
}

GroupBreakdown dimensionBreakdown(const Aggregation& aggregation, const QString& dimensionId,
    int round, const GroupSuppression& suppression, const QStringList& groupOrder)
{
    const Distribution total = aggregation.dimensionDistribution(dimensionId, round);
    QHash<QString, Distribution> pooled;
    QSet<QString> hiddenSomewhere;
    for (const QString& statementId : aggregation.statementsOf(dimensionId)) {
        const StatementInfo* info = aggregation.statement(statementId);
        if (info->points != total.points())
            continue; // not part of the pooled distribution
        const QHash<QString, Distribution> groups
            = aggregation.groupDistributions(statementId, round);
        QHash<QString, int> sizes;
        for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
            sizes.insert(it.key(), it.value().total());
            auto target = pooled.find(it.key());
            if (target == pooled.end())
                target = pooled.insert(it.key(), Distribution(total.points()));
            target->merge(it.value());
        }
        for (const QString& id : suppression.apply(sizes).hidden)
            hiddenSomewhere.insert(id);
    }
    return build(total, pooled, suppression, hiddenSomewhere, groupOrder);
}

} // namespace dp

#include "statementfigures.h"

#include "stats/liveaggregator.h"
#include "storage/records.h"

#include <QCoreApplication>

namespace dp {

StatementFigures::StatementFigures(const LiveAggregator& aggregator)
    : m_aggregator(aggregator)
{
}

QVariantMap StatementFigures::plot(const QString& statementId, int round, bool byGroup,
    const SessionRecord* session, const QString& language) const
{
    QVariantMap data = m_aggregator.plotData(statementId, round, byGroup);
    QVariantList legend;
    if (byGroup && session) {
        const QVariantList ids = data.value(QStringLiteral("seriesIds")).toList();
        const QVariantList styles = data.value(QStringLiteral("seriesStyles")).toList();
        // Translated in ModeratorSession's context, where the text was first written, so the
        // existing translations keep applying.
        const QString others = QCoreApplication::translate(
            "dp::ModeratorSession", "Other groups (too small to show alone)");
        for (qsizetype i = 0; i < ids.size(); ++i) {
            QString name = others;
            for (const Group& group : session->groups) {
                if (group.id == ids.at(i).toString())
                    name = group.name.text(language);
            }
            legend.append(QVariantMap { { QStringLiteral("name"), name },
                { QStringLiteral("styleIndex"), styles.value(i) } });
        }
    }
    data.insert(QStringLiteral("legend"), legend);
    return data;
}

QVariantMap StatementFigures::summary(const QString& statementId, int round) const
{
    return m_aggregator.summaryMap(statementId, round);
}

int StatementFigures::answerCount(const QString& statementId, int round) const
{
    // Counting only: every refresh tick asks this for all statements, a full summary (median,
    // quartiles, consensus) would be computed for nothing.
    return m_aggregator.aggregation().distribution(statementId, round).total();
}

int StatementFigures::answerCount(const QStringList& statementIds, int round) const
{
    int total = 0;
    for (const QString& id : statementIds)
        total += answerCount(id, round);
    return total;
}

} // namespace dp

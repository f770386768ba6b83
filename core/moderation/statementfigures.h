#pragma once

#include <QStringList>
#include <QVariantMap>

namespace dp {

class LiveAggregator;
struct SessionRecord;

/// What the moderator's views read of one round's live statistics: dot plot data with a
/// legend, summary figures and answer counts.
class StatementFigures
{
public:
    explicit StatementFigures(const LiveAggregator& aggregator);

    /// Plot data of `round` (see LiveAggregator::plotData) plus `legend`: [{name, styleIndex}]
    /// for the shown series when `byGroup`, named after the groups of `session` in `language`.
    /// Without a session the legend stays empty.
    QVariantMap plot(const QString& statementId, int round, bool byGroup,
        const SessionRecord* session, const QString& language) const;
    QVariantMap summary(const QString& statementId, int round) const;
    /// Answers (including "cannot judge") to a statement in `round`.
    int answerCount(const QString& statementId, int round) const;
    /// Answers to all these statements in `round`.
    int answerCount(const QStringList& statementIds, int round) const;

private:
    const LiveAggregator& m_aggregator;
};

} // namespace dp

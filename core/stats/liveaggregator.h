#pragma once

#include "aggregation.h"
#include "breakdown.h"
#include "ordinalstats.h"
#include "roundcomparison.h"
#include "suppression.h"

#include <QObject>
#include <QVariantMap>

namespace dp {

/// The moderator's live statistics: counts every arriving answer and tells views what changed.
class LiveAggregator : public QObject
{
    Q_OBJECT
    Q_PROPERTY(int minimumGroupSize READ minimumGroupSize WRITE setMinimumGroupSize NOTIFY
            minimumGroupSizeChanged)
    Q_PROPERTY(int answerCount READ answerCount NOTIFY answerCountChanged)

public:
    explicit LiveAggregator(QObject* parent = nullptr);

    /// Starts a session: its statements and groups; all counts are cleared (emits reset()).
    void setSession(const SessionRecord& session);
    void setSession(const QString& sessionId, const QList<StatementInfo>& statements,
        const QStringList& groupOrder = {});
    /// Replaces all counts by these stored ratings and participants (emits reset() once).
    void load(const QList<Participant>& participants, const QList<Rating>& ratings);

    /// Counts one arriving or changed answer; emits changed() when a count moved.
    Aggregation::Change applyRating(const Rating& rating);
    /// Records a participant's group; emits changed() for every cell their answers moved in.
    void applyParticipant(const Participant& participant);

    int minimumGroupSize() const { return m_suppression.threshold(); }
    void setMinimumGroupSize(int size);
    int answerCount() const { return m_aggregation.answerCount(); }

    const Aggregation& aggregation() const { return m_aggregation; }
    const QStringList& groupOrder() const { return m_groupOrder; }
    Summary summary(const QString& statementId, int round) const;
    Summary dimensionSummary(const QString& dimensionId, int round) const;
    GroupBreakdown breakdown(const QString& statementId, int round) const;
    GroupBreakdown dimensionBreakdown(const QString& dimensionId, int round) const;
    RoundShift roundShift(const QString& statementId, int fromRound, int toRound) const;

    /// For a dot plot: {points, counts: [[cannotJudge, n1..nP] per series], seriesIds,
    /// seriesStyles (index of the group in the session, -1 for "other"/no group)}.
    /// With byGroup, suppressed groups are merged into one "other" series.
    Q_INVOKABLE QVariantMap plotData(const QString& statementId, int round, bool byGroup) const;
    /// Summary figures as a map for QML: median, lowerQuartile, upperQuartile, consensus, ...
    Q_INVOKABLE QVariantMap summaryMap(const QString& statementId, int round) const;

signals:
    void changed(const QString& statementId, int round);
    void reset();
    void minimumGroupSizeChanged();
    void answerCountChanged();

private:
    Aggregation m_aggregation;
    GroupSuppression m_suppression;
    QStringList m_groupOrder;
};

} // namespace dp

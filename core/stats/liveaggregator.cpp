#include "liveaggregator.h"

namespace dp {

namespace {

QVariantList toVariant(const Distribution& distribution)
{
    QVariantList counts;
    for (int count : distribution.counts())
        counts.append(count);
    return counts;
}

} // namespace

LiveAggregator::LiveAggregator(QObject* parent)
    : QObject(parent)
{
}

void LiveAggregator::setSession(const SessionRecord& session)
{
    QStringList groups;
    for (const Group& group : session.groups)
        groups.append(group.id);
    setSession(session.id, statementInfos(session.catalog), groups);
}

void LiveAggregator::setSession(
    const QString& sessionId, const QList<StatementInfo>& statements, const QStringList& groupOrder)
{
    m_aggregation = Aggregation(sessionId);
    m_aggregation.setStatements(statements);
    m_groupOrder = groupOrder;
    emit reset();
    emit answerCountChanged();
}

void LiveAggregator::load(const QList<Participant>& participants, const QList<Rating>& ratings)
{
    m_aggregation.setStatements(m_aggregation.statements());
    for (const Participant& participant : participants)
        m_aggregation.setParticipantGroup(participant.pseudonym, participant.groupId);
    for (const Rating& rating : ratings)
        m_aggregation.apply(rating);
    emit reset();
    emit answerCountChanged();
}

Aggregation::Change LiveAggregator::applyRating(const Rating& rating)
{
    const Aggregation::Change change = m_aggregation.apply(rating);
    if (change == Aggregation::Change::Added || change == Aggregation::Change::Changed)
        emit changed(rating.statementId, rating.round);
    if (change == Aggregation::Change::Added)
        emit answerCountChanged();
    return change;
}

void LiveAggregator::applyParticipant(const Participant& participant)
{
    const auto cells
        = m_aggregation.setParticipantGroup(participant.pseudonym, participant.groupId);
    for (const auto& [statementId, round] : cells)
        emit changed(statementId, round);
}

void LiveAggregator::setMinimumGroupSize(int size)
{
    const int before = m_suppression.threshold();
    m_suppression.setThreshold(size);
    if (m_suppression.threshold() != before) {
        emit minimumGroupSizeChanged();
        emit reset(); // every breakdown may look different now
    }
}

Summary LiveAggregator::summary(const QString& statementId, int round) const
{
    const StatementInfo* info = m_aggregation.statement(statementId);
    return summarize(
        m_aggregation.distribution(statementId, round), info ? info->kind : Scale::Kind::Ordinal);
}

Summary LiveAggregator::dimensionSummary(const QString& dimensionId, int round) const
{
    const QStringList statements = m_aggregation.statementsOf(dimensionId);
    const StatementInfo* first
        = statements.isEmpty() ? nullptr : m_aggregation.statement(statements.first());
    return summarize(m_aggregation.dimensionDistribution(dimensionId, round),
        first ? first->kind : Scale::Kind::Ordinal);
}

GroupBreakdown LiveAggregator::breakdown(const QString& statementId, int round) const
{
    return statementBreakdown(m_aggregation, statementId, round, m_suppression, m_groupOrder);
}

GroupBreakdown LiveAggregator::dimensionBreakdown(const QString& dimensionId, int round) const
{
    return dp::dimensionBreakdown(m_aggregation, dimensionId, round, m_suppression, m_groupOrder);
}

RoundShift LiveAggregator::roundShift(const QString& statementId, int fromRound, int toRound) const
{
    const StatementInfo* info = m_aggregation.statement(statementId);
    return compareRounds(statementId, m_aggregation.distribution(statementId, fromRound),
        m_aggregation.distribution(statementId, toRound), info ? info->kind : Scale::Kind::Ordinal);
}

QVariantMap LiveAggregator::plotData(const QString& statementId, int round, bool byGroup) const
{
    QVariantList counts;
    QVariantList ids;
    QVariantList styles;
    const GroupBreakdown split = breakdown(statementId, round);
    if (byGroup) {
        for (const auto& [id, distribution] : split.shown) {
            counts.append(QVariant(toVariant(distribution)));
            ids.append(id);
            styles.append(static_cast<int>(m_groupOrder.indexOf(id)));
        }
        if (split.hidden.total() > 0) {
            counts.append(QVariant(toVariant(split.hidden)));
            ids.append(QStringLiteral("#other")); // not a group id: merged suppressed groups
            styles.append(-1);
        }
    } else {
        counts.append(QVariant(toVariant(split.total)));
        ids.append(QString());
        styles.append(0);
    }
    return { { QStringLiteral("points"), split.total.points() },
        { QStringLiteral("counts"), counts }, { QStringLiteral("seriesIds"), ids },
        { QStringLiteral("seriesStyles"), styles } };
}

QVariantMap LiveAggregator::summaryMap(const QString& statementId, int round) const
{
    const Summary s = summary(statementId, round);
    return { { QStringLiteral("total"), s.total }, { QStringLiteral("answered"), s.answered },
        { QStringLiteral("cannotJudge"), s.cannotJudge },
        { QStringLiteral("cannotJudgeShare"), s.cannotJudgeShare },
        { QStringLiteral("hasValues"), s.hasValues }, { QStringLiteral("median"), s.median },
        { QStringLiteral("lowerQuartile"), s.lowerQuartile },
        { QStringLiteral("upperQuartile"), s.upperQuartile }, { QStringLiteral("mean"), s.mean },
        { QStringLiteral("meanMeaningful"), s.meanMeaningful },
        { QStringLiteral("consensus"), s.consensus } };
}

} // namespace dp

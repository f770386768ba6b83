#include "aggregation.h"

#include <algorithm>

namespace dp {

Aggregation::Aggregation(const QString& sessionId)
    : m_sessionId(sessionId)
{
}

void Aggregation::setStatements(const QList<StatementInfo>& statements)
{
    m_statements = statements;
    m_statementIndex.clear();
    for (qsizetype i = 0; i < m_statements.size(); ++i)
        m_statementIndex.insert(m_statements.at(i).id, static_cast<int>(i));
    m_answers.clear();
    m_keysOf.clear();
    m_cells.clear();
    m_rounds.clear();
}

const StatementInfo* Aggregation::statement(const QString& statementId) const
{
    const auto it = m_statementIndex.constFind(statementId);
    return it == m_statementIndex.cend() ? nullptr : &m_statements.at(*it);
}

void Aggregation::count(
    const CellKey& key, const QString& groupId, int answer, int delta, int points)
{
    Cell& cell = m_cells[key];
    if (cell.all.points() != points)
        cell.all = Distribution(points);
    cell.all.add(answer, delta);
    auto group = cell.byGroup.find(groupId);
    if (group == cell.byGroup.end())
        group = cell.byGroup.insert(groupId, Distribution(points));
    group->add(answer, delta);
    if (group->total() == 0)
        cell.byGroup.erase(group);
}

Aggregation::Change Aggregation::apply(const Rating& rating)
{
    if (!m_sessionId.isEmpty() && rating.sessionId != m_sessionId)
        return Change::Ignored;
    const StatementInfo* info = statement(rating.statementId);
    if (!info || rating.answer < 0 || rating.answer > info->points || rating.round < 1)
        return Change::Ignored;

    const AnswerKey key { rating.round, rating.statementId, rating.pseudonym };
    const CellKey cell { rating.statementId, rating.round };
    auto it = m_answers.find(key);
    if (it != m_answers.end()) {
        // The store only lets a newer sequence of the same device win; mirror that so a
        // replayed or reordered message never rolls a live plot back.
        if (it->deviceId == rating.deviceId && rating.sequence > 0 && it->sequence > 0
            && rating.sequence <= it->sequence)
            return Change::Ignored;
        it->deviceId = rating.deviceId;
        it->sequence = rating.sequence;
        if (it->answer == rating.answer)
            return Change::Unchanged;
        count(cell, it->groupId, it->answer, -1, info->points);
        count(cell, it->groupId, rating.answer, +1, info->points);
        it->answer = rating.answer;
        return Change::Changed;
    }
    const QString groupId = m_groupOf.value(rating.pseudonym);
    m_answers.insert(
        key, StoredAnswer { rating.answer, groupId, rating.deviceId, rating.sequence });
    m_keysOf[rating.pseudonym].append(key);
    m_rounds.insert(rating.round);
    count(cell, groupId, rating.answer, +1, info->points);
    return Change::Added;
}

bool Aggregation::remove(int round, const QString& statementId, const QString& pseudonym)
{
    const AnswerKey key { round, statementId, pseudonym };
    const auto it = m_answers.constFind(key);
    if (it == m_answers.cend())
        return false;
    const StatementInfo* info = statement(statementId);
    count(CellKey { statementId, round }, it->groupId, it->answer, -1, info->points);
    m_answers.erase(it);
    m_keysOf[pseudonym].removeOne(key);
    return true;
}

QList<QPair<QString, int>> Aggregation::setParticipantGroup(
    const QString& pseudonym, const QString& groupId)
{
    QList<QPair<QString, int>> changed;
    if (m_groupOf.value(pseudonym) == groupId && m_groupOf.contains(pseudonym))
        return changed;
    m_groupOf.insert(pseudonym, groupId);
    for (const AnswerKey& key : m_keysOf.value(pseudonym)) {
        StoredAnswer& stored = m_answers[key];
        if (stored.groupId == groupId)
            continue;
        const int points = statement(key.statementId)->points;
        const CellKey cell { key.statementId, key.round };
        count(cell, stored.groupId, stored.answer, -1, points);
        count(cell, groupId, stored.answer, +1, points);
        stored.groupId = groupId;
        changed.append({ key.statementId, key.round });
    }
    return changed;
}

Distribution Aggregation::distribution(const QString& statementId, int round) const
{
    const auto it = m_cells.constFind(CellKey { statementId, round });
    if (it != m_cells.cend())
        return it->all;
    const StatementInfo* info = statement(statementId);
    return Distribution(info ? info->points : 0);
}

Distribution Aggregation::groupDistribution(
    const QString& statementId, int round, const QString& groupId) const
{
    const auto it = m_cells.constFind(CellKey { statementId, round });
    if (it != m_cells.cend() && it->byGroup.contains(groupId))
        return it->byGroup.value(groupId);
    const StatementInfo* info = statement(statementId);
    return Distribution(info ? info->points : 0);
}

QHash<QString, Distribution> Aggregation::groupDistributions(
    const QString& statementId, int round) const
{
    return m_cells.value(CellKey { statementId, round }).byGroup;
}

QList<QString> Aggregation::statementsOf(const QString& dimensionId) const
{
    QList<QString> result;
    for (const StatementInfo& info : m_statements) {
        if (info.dimensionId == dimensionId)
            result.append(info.id);
    }
    return result;
}

Distribution Aggregation::dimensionDistribution(
    const QString& dimensionId, int round, const QString* groupId, int* pooledStatements) const
{
    Distribution pooled;
    int pooledCount = 0;
    bool first = true;
    for (const StatementInfo& info : m_statements) {
        if (info.dimensionId != dimensionId)
            continue;
        if (first) {
            pooled = Distribution(info.points);
            first = false;
        }
        if (info.points != pooled.points())
            continue; // answers on scales of different width cannot be added point by point
        const Distribution part
            = groupId ? groupDistribution(info.id, round, *groupId) : distribution(info.id, round);
        pooled.merge(part);
        ++pooledCount;
    }
    if (pooledStatements)
        *pooledStatements = pooledCount;
    return pooled;
}

QList<int> Aggregation::rounds() const
{
    QList<int> result(m_rounds.cbegin(), m_rounds.cend());
    std::sort(result.begin(), result.end());
    return result;
}

} // namespace dp

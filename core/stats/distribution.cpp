#include "distribution.h"

namespace dp {

Distribution::Distribution(int points)
    : m_counts(qMax(0, points) + 1, 0)
{
}

Distribution Distribution::fromCounts(const QList<int>& counts)
{
    Distribution result;
    result.m_counts = counts;
    if (result.m_counts.isEmpty())
        result.m_counts.append(0);
    for (qsizetype i = 1; i < result.m_counts.size(); ++i)
        result.m_answered += result.m_counts.at(i);
    return result;
}

int Distribution::count(int value) const
{
    return value >= 0 && value < m_counts.size() ? m_counts.at(value) : 0;
}

bool Distribution::add(int value, int delta)
{
    if (value < 0 || value >= m_counts.size())
        return false;
    m_counts[value] += delta;
    if (value != 0)
        m_answered += delta;
    return true;
}

bool Distribution::merge(const Distribution& other)
{
    if (other.m_counts.size() != m_counts.size())
        return false;
    for (qsizetype i = 0; i < m_counts.size(); ++i)
        m_counts[i] += other.m_counts.at(i);
    m_answered += other.m_answered;
    return true;
}

Distribution Distribution::minus(const Distribution& other) const
{
    QList<int> counts = m_counts;
    for (qsizetype i = 0; i < counts.size() && i < other.m_counts.size(); ++i)
        counts[i] -= other.m_counts.at(i);
    return fromCounts(counts);
}

} // namespace dp

#pragma once

#include <QList>

namespace dp {

/// Counts of answers per scale point of one statement (or pooled statements); index 0 is "cannot
/// judge".
class Distribution
{
public:
    Distribution() = default;
    /// An empty distribution for a scale with `points` points (answers 1..points).
    explicit Distribution(int points);
    /// Takes counts as stored: counts[0] = cannot judge, counts[i] = answers at point i.
    static Distribution fromCounts(const QList<int>& counts);

    int points() const { return static_cast<int>(m_counts.size()) - 1; }
    /// Answers at `value` (1..points) or, for value 0, the "cannot judge" answers.
    int count(int value) const;
    int cannotJudge() const { return m_counts.isEmpty() ? 0 : m_counts.at(0); }
    /// Answers on the scale, i.e. without "cannot judge". The basis of median, mean and consensus.
    int answered() const { return m_answered; }
    /// All answers including "cannot judge". The basis of the anonymity threshold.
    int total() const { return m_answered + cannotJudge(); }
    const QList<int>& counts() const { return m_counts; }

    /// Adds (delta = +1) or removes (delta = -1) one answer; values outside the scale are ignored.
    bool add(int value, int delta = 1);
    /// Adds another distribution of the same scale width (pooling); false if the widths differ.
    bool merge(const Distribution& other);
    /// This minus `other`, element by element; used to show what subtraction would reveal.
    Distribution minus(const Distribution& other) const;

    bool operator==(const Distribution& other) const = default;

private:
    QList<int> m_counts;
    int m_answered = 0;
};

} // namespace dp

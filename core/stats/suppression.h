#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace dp {

/// Which groups of a breakdown may be shown without exposing small groups; see docs/statistics.md.
///
/// Primary suppression hides every group with fewer than k answers. Complementary suppression
/// then hides the smallest shown groups until the hidden answers can no longer be recovered
/// by subtracting the shown groups from the (always shown) total: at least two non-empty
/// groups and at least k answers hidden together, or nothing hidden at all.
class GroupSuppression
{
public:
    static constexpr int DefaultThreshold = 5;
    static constexpr int MinimumThreshold = 3;

    struct Result
    {
        QStringList shown; ///< ordered by group id
        QStringList hidden; ///< primary and complementary, ordered by group id
        QStringList complementary; ///< hidden only to protect another group
        int hiddenAnswers = 0;
        bool isShown(const QString& groupId) const { return shown.contains(groupId); }
    };

    explicit GroupSuppression(int threshold = DefaultThreshold) { setThreshold(threshold); }

    /// Sets k; values below MinimumThreshold are raised to it.
    void setThreshold(int threshold) { m_threshold = qMax(threshold, MinimumThreshold); }
    int threshold() const { return m_threshold; }

    /// `answersPerGroup`: every category the total is made of (include "" for participants
    /// without a group), with its number of answers including "cannot judge".
    /// Groups in `forceHidden` are hidden whatever their size (e.g. hidden in a statement that
    /// is part of a pooled view).
    Result apply(
        const QHash<QString, int>& answersPerGroup, const QSet<QString>& forceHidden = {}) const;

private:
    int m_threshold = DefaultThreshold;
};

} // namespace dp

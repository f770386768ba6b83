#pragma once

#include "records.h"

#include <QStringList>
#include <QVariant>

#include <optional>

namespace dp {

class Database;

/// What happens to a session around its workshop, beyond its answers.
struct SessionSettings
{
    QString seriesId; ///< empty when the session belongs to no series
    int seriesPosition = 0; ///< 1-based workshop number within the series; 0 without a series
    bool archived = false;
    int anonymityThreshold = 5; ///< k: groups with fewer answers are hidden; never below 3

    bool operator==(const SessionSettings& other) const = default;
};

/// Creating, duplicating, archiving and configuring sessions before and after a workshop.
class SessionLifecycle
{
public:
    explicit SessionLifecycle(Database& database);

    /// Creates a session whose catalog snapshot holds only `dimensionIds` (all if empty).
    /// Unknown dimension ids and k below the minimum are refused.
    std::optional<SessionRecord> createSession(const QString& title, const QDate& date,
        const Catalog& catalog, const QStringList& dimensionIds, const QList<Group>& groups,
        SessionRecord::Role role, int anonymityThreshold, QString* error);

    std::optional<SessionSettings> settings(const QString& sessionId) const;
    bool setArchived(const QString& sessionId, bool archived, QString* error);
    /// Refuses k below GroupSuppression::MinimumThreshold with a message; nothing is changed then.
    bool setAnonymityThreshold(const QString& sessionId, int threshold, QString* error);
    /// Ids of archived (or of active) sessions, newest first.
    QStringList sessionIds(bool archived) const;

    /// Prepares the next workshop of the session's series: same catalog snapshot, groups and
    /// k, a new id, round 1, no participants or answers, the next position. A session without
    /// a series first gets one named after it, as workshop 1. An empty `title` keeps the title.
    std::optional<SessionRecord> duplicateAsNextWorkshop(
        const QString& sessionId, const QDate& date, const QString& title, QString* error);

private:
    bool updateColumn(const QString& sessionId, const QString& column, const QVariant& value,
        const QString& what, QString* error);

    Database& m_database;
};

} // namespace dp

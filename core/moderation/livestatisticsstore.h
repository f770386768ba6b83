#pragma once

#include <QString>

namespace dp {

class Database;
class LiveAggregator;
struct SessionRecord;

/// Connects the live statistics with the moderator's database: a workshop that is hosted starts
/// from the answers and the k stored with it, and a k the moderator changes is stored with it.
class LiveStatisticsStore
{
public:
    LiveStatisticsStore(Database& database, LiveAggregator& aggregator);

    /// Counts the workshop afresh: its statements and groups, its own k and every answer and
    /// participant stored with it so far.
    void load(const SessionRecord& session);
    /// Sets k for the live figures and stores the k they use (the aggregator never goes below
    /// its minimum) with the workshop `sessionId`, for its report and when it is hosted again.
    /// An empty id changes only the live figures.
    void setMinimumGroupSize(const QString& sessionId, int size);

private:
    Database& m_database;
    LiveAggregator& m_aggregator;
};

} // namespace dp

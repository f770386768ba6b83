#include "livestatisticsstore.h"

#include "stats/liveaggregator.h"
#include "storage/ratingstore.h"
#include "storage/sessionlifecycle.h"
#include "storage/sessionstore.h"

namespace dp {

LiveStatisticsStore::LiveStatisticsStore(Database& database, LiveAggregator& aggregator)
    : m_database(database)
    , m_aggregator(aggregator)
{
}

void LiveStatisticsStore::load(const SessionRecord& session)
{
    m_aggregator.setSession(session);
    // The workshop's own k, as prepared; the aggregator never goes below its minimum.
    if (const auto settings = SessionLifecycle(m_database).settings(session.id))
        m_aggregator.setMinimumGroupSize(settings->anonymityThreshold);
    m_aggregator.load(SessionStore(m_database).participants(session.id),
        RatingStore(m_database).ratings(session.id));
}

void LiveStatisticsStore::setMinimumGroupSize(const QString& sessionId, int size)
{
    m_aggregator.setMinimumGroupSize(size);
    QString error;
    if (!sessionId.isEmpty())
        SessionLifecycle(m_database)
            .setAnonymityThreshold(sessionId, m_aggregator.minimumGroupSize(), &error);
}

} // namespace dp

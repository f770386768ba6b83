#include "refreshticker.h"

#include "stats/liveaggregator.h"

namespace dp {

RefreshTicker::RefreshTicker(int intervalMs, QObject* parent)
    : QObject(parent)
{
    // Single shot, started by the first change: a quiet room costs no timer events.
    m_timer.setSingleShot(true);
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &RefreshTicker::refresh);
}

void RefreshTicker::follow(const LiveAggregator& aggregator)
{
    connect(&aggregator, &LiveAggregator::changed, this,
        [this](const QString& statementId) { markChanged(statementId); });
    connect(&aggregator, &LiveAggregator::reset, this, &RefreshTicker::markAllChanged);
}

void RefreshTicker::markChanged(const QString& statementId)
{
    m_changed.insert(statementId);
    schedule();
}

void RefreshTicker::markAllChanged()
{
    m_allChanged = true;
    schedule();
}

void RefreshTicker::schedule()
{
    // Not restarted while running: a steady stream of answers still refreshes every interval.
    if (!m_timer.isActive())
        m_timer.start();
}

void RefreshTicker::refresh()
{
    const QStringList changed = m_allChanged ? m_statementIds : QStringList(m_changed.values());
    m_changed.clear();
    m_allChanged = false;
    ++m_revision;
    emit refreshed(changed);
}

} // namespace dp

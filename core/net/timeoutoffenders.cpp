#include "timeoutoffenders.h"

namespace dp {

namespace {

/// Above this many remembered addresses, the ones past their memory are swept out.
constexpr qsizetype SweepAbove = 4096;

} // namespace

TimeoutOffenders::TimeoutOffenders(int threshold, qint64 memoryMs, SteadyClock clock)
    : m_threshold(threshold)
    , m_memoryMs(memoryMs)
    , m_clock(std::move(clock))
{
}

void TimeoutOffenders::recordTimeout(const QString& address)
{
    const qint64 now = m_clock();
    if (m_entries.size() > SweepAbove)
        forgetOld(now);
    Entry& entry = m_entries[address];
    if (entry.timeouts > 0 && now - entry.lastMs > m_memoryMs)
        entry.timeouts = 0;
    ++entry.timeouts;
    entry.lastMs = now;
}

bool TimeoutOffenders::isOffender(const QString& address) const
{
    const auto it = m_entries.constFind(address);
    return it != m_entries.cend() && it->timeouts >= m_threshold
        && m_clock() - it->lastMs <= m_memoryMs;
}

void TimeoutOffenders::forgetOld(qint64 now)
{
    m_entries.removeIf(
        [this, now](const auto& item) { return now - item.value().lastMs > m_memoryMs; });
}

} // namespace dp

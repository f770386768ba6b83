#include "jointhrottle.h"

#include <algorithm>

namespace dp {

JoinThrottle::JoinThrottle(qint64 baseDelayMs, qint64 maxDelayMs)
    : m_baseDelayMs(baseDelayMs)
    , m_maxDelayMs(maxDelayMs)
{
}

qint64 JoinThrottle::remainingDelay(const QString& address) const
{
    const auto it = m_entries.constFind(address);
    if (it == m_entries.cend() || it->blockedUntil.hasExpired())
        return 0;
    return std::max<qint64>(1, it->blockedUntil.remainingTime());
}

qint64 JoinThrottle::recordFailure(const QString& address)
{
    Entry& entry = m_entries[address];
    entry.failures = std::min(entry.failures + 1, 30);
    const qint64 delay
        = std::min(m_maxDelayMs, m_baseDelayMs * (qint64(1) << std::min(entry.failures - 1, 20)));
    entry.blockedUntil = QDeadlineTimer(delay);
    return delay;
}

void JoinThrottle::recordSuccess(const QString& address)
{
    m_entries.remove(address);
}

int JoinThrottle::failures(const QString& address) const
{
    return m_entries.value(address).failures;
}

} // namespace dp

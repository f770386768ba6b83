#include "jointhrottle.h"

#include <algorithm>

namespace dp {

namespace {

/// Above this many remembered addresses, the quiet ones are swept out.
constexpr qsizetype SweepAbove = 1024;

JoinThrottle::Options delays(qint64 baseDelayMs, qint64 maxDelayMs)
{
    JoinThrottle::Options options;
    options.baseDelayMs = baseDelayMs;
    options.maxDelayMs = maxDelayMs;
    return options;
}

} // namespace

JoinThrottle::JoinThrottle(qint64 baseDelayMs, qint64 maxDelayMs)
    : JoinThrottle(delays(baseDelayMs, maxDelayMs))
{
}

JoinThrottle::JoinThrottle(const Options& options, SteadyClock clock)
    : m_options(options)
    , m_clock(std::move(clock))
{
}

JoinThrottle::Arrival JoinThrottle::arrive(
    quint64 ticket, const QString& address, const Claim& claim)
{
    // A 128-bit session id with a device id the hub handed out is stronger proof than the room
    // code; such a device never waits behind guessers sharing its address.
    if (!claim.sessionId.isEmpty() && !claim.deviceId.isEmpty() && m_isMember
        && m_isMember(claim.sessionId, claim.deviceId))
        return Arrival::CheckNow;
    const auto it = m_entries.find(address);
    if (it == m_entries.end() || (it->waiting.empty() && remainingDelay(address) == 0))
        return Arrival::CheckNow;
    if (int(it->waiting.size()) >= m_options.maxQueuedPerAddress)
        return Arrival::Refused;
    it->waiting.push_back({ ticket, m_clock() });
    m_ticketAddresses.insert(ticket, address);
    return Arrival::Queued;
}

void JoinThrottle::cancel(quint64 ticket)
{
    const QString address = m_ticketAddresses.take(ticket);
    const auto it = m_entries.find(address);
    if (it == m_entries.end())
        return;
    std::erase_if(it->waiting, [ticket](const Waiting& w) { return w.ticket == ticket; });
}

std::optional<JoinThrottle::Due> JoinThrottle::takeDue()
{
    const qint64 now = m_clock();
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
        if (it->waiting.empty())
            continue;
        const Waiting first = it->waiting.front();
        Due due;
        if (now - first.arrivedMs >= m_options.maxWaitMs)
            due.kind = Due::Kind::Expired;
        else if (it->blockedUntilMs > now)
            continue;
        it->waiting.pop_front();
        m_ticketAddresses.remove(first.ticket);
        due.ticket = first.ticket;
        due.address = it.key();
        return due;
    }
    return std::nullopt;
}

qint64 JoinThrottle::msUntilDue() const
{
    const qint64 now = m_clock();
    qint64 soonest = -1;
    for (const Entry& entry : m_entries) {
        if (entry.waiting.empty())
            continue;
        // The oldest waiting hello of an address is always the first to come due.
        const qint64 expires = entry.waiting.front().arrivedMs + m_options.maxWaitMs;
        const qint64 due = std::max<qint64>(0, std::min(entry.blockedUntilMs, expires) - now);
        soonest = soonest < 0 ? due : std::min(soonest, due);
    }
    return soonest;
}

qint64 JoinThrottle::retryAfterMs(const QString& address) const
{
    return std::max(m_options.baseDelayMs, remainingDelay(address));
}

qint64 JoinThrottle::remainingDelay(const QString& address) const
{
    const auto it = m_entries.constFind(address);
    if (it == m_entries.cend())
        return 0;
    return std::max<qint64>(0, it->blockedUntilMs - m_clock());
}

qint64 JoinThrottle::recordFailure(const QString& address)
{
    const qint64 now = m_clock();
    if (m_entries.size() > SweepAbove)
        forgetQuietAddresses(now);
    Entry& entry = m_entries[address];
    // An address that stayed quiet for the longest delay is forgiven its old failures.
    if (entry.failures > 0 && now - entry.blockedUntilMs > m_options.maxDelayMs)
        entry.failures = 0;
    entry.failures = std::min(entry.failures + 1, 30);
    const qint64 delay = std::min(m_options.maxDelayMs,
        m_options.baseDelayMs * (qint64(1) << std::min(entry.failures - 1, 20)));
    entry.blockedUntilMs = now + delay;
    return delay;
}

void JoinThrottle::recordSuccess(const QString& address)
{
    const auto it = m_entries.find(address);
    if (it == m_entries.end())
        return;
    if (it->waiting.empty()) {
        m_entries.erase(it);
        return;
    }
    it->failures = 0;
    it->blockedUntilMs = 0;
}

int JoinThrottle::failures(const QString& address) const
{
    return m_entries.value(address).failures;
}

int JoinThrottle::queued(const QString& address) const
{
    return int(m_entries.value(address).waiting.size());
}

void JoinThrottle::forgetQuietAddresses(qint64 now)
{
    m_entries.removeIf([this, now](const auto& item) {
        return item.value().waiting.empty()
            && now - item.value().blockedUntilMs > m_options.maxDelayMs;
    });
}

} // namespace dp

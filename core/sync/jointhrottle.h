#pragma once

#include <QDeadlineTimer>
#include <QHash>
#include <QString>

namespace dp {

/// Slows down room-code guessing: after each wrong code from an address, that address must wait
/// exponentially longer (base * 2^(failures-1), capped) before the hub looks at its next join.
class JoinThrottle
{
public:
    explicit JoinThrottle(qint64 baseDelayMs = 1000, qint64 maxDelayMs = 5 * 60 * 1000);

    /// Milliseconds `address` must still wait before a join is considered; 0 = go ahead.
    qint64 remainingDelay(const QString& address) const;
    /// Records a wrong code and returns the delay now imposed on `address`.
    qint64 recordFailure(const QString& address);
    void recordSuccess(const QString& address);
    int failures(const QString& address) const;

private:
    struct Entry
    {
        int failures = 0;
        QDeadlineTimer blockedUntil;
    };
    qint64 m_baseDelayMs;
    qint64 m_maxDelayMs;
    QHash<QString, Entry> m_entries;
};

} // namespace dp

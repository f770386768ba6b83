#pragma once

#include "steadyclock.h"

#include <QHash>
#include <QString>

namespace dp {

/// Remembers the addresses whose joining connections keep timing out (an idle flood), so that
/// their next connections get a shorter timeout. An address is an offender after `threshold`
/// timeouts with no more than `memoryMs` between one and the next, and stops being one when it
/// has had no timeout for `memoryMs`.
class TimeoutOffenders
{
public:
    TimeoutOffenders(int threshold, qint64 memoryMs, SteadyClock clock = steadyNowMs);

    void recordTimeout(const QString& address);
    bool isOffender(const QString& address) const;

private:
    struct Entry
    {
        int timeouts = 0;
        qint64 lastMs = 0;
    };
    void forgetOld(qint64 now);

    int m_threshold;
    qint64 m_memoryMs;
    SteadyClock m_clock;
    QHash<QString, Entry> m_entries;
};

} // namespace dp

#pragma once

#include "net/steadyclock.h"

#include <QHash>
#include <QString>

#include <deque>
#include <functional>
#include <optional>

namespace dp {

/// Slows down room-code guessing without locking out a crowd behind one address: after each
/// wrong code from an address, that address waits exponentially longer (base * 2^(failures-1),
/// capped) before its next hello is looked at. Hellos that arrive during the wait are queued,
/// not refused, and released one at a time in arrival order when the wait is over, so parallel
/// guessing gains nothing; a hello that waited too long is handed back to be answered
/// "throttled, retry after ...". A hello that proves membership (names the running session and
/// a device the hub knows) skips the wait.
class JoinThrottle
{
public:
    struct Options
    {
        qint64 baseDelayMs = 1000;
        qint64 maxDelayMs = 5 * 60 * 1000;
        /// A queued hello is given up after this long.
        qint64 maxWaitMs = 10 * 1000;
        /// More queued hellos from one address are refused at once.
        int maxQueuedPerAddress = 64;
    };

    /// What a hello says about who sends it.
    struct Claim
    {
        QString sessionId;
        QString deviceId;
    };
    using MembershipCheck = std::function<bool(const QString& sessionId, const QString& deviceId)>;

    enum class Arrival {
        CheckNow, ///< look at the room code now and report recordSuccess()/recordFailure()
        Queued, ///< wait; the hello comes back from takeDue()
        Refused, ///< this address has too many waiting: answer throttled with retryAfterMs()
    };

    /// A queued hello whose time has come.
    struct Due
    {
        enum class Kind {
            Check, ///< the wait is over: check it now and report the result before the next
            Expired, ///< it waited too long: answer throttled with retryAfterMs()
        };
        Kind kind = Kind::Check;
        quint64 ticket = 0;
        QString address;
    };

    explicit JoinThrottle(qint64 baseDelayMs = 1000, qint64 maxDelayMs = 5 * 60 * 1000);
    explicit JoinThrottle(const Options& options, SteadyClock clock = steadyNowMs);

    void setMembershipCheck(MembershipCheck check) { m_isMember = std::move(check); }

    /// A hello (its connection named by `ticket`) arrived from `address`.
    Arrival arrive(quint64 ticket, const QString& address, const Claim& claim = {});
    /// Forgets a queued hello whose connection went away.
    void cancel(quint64 ticket);
    /// The next queued hello to answer, or nothing yet; call until it returns nothing.
    std::optional<Due> takeDue();
    /// Milliseconds until takeDue() has something, -1 when nothing is queued.
    qint64 msUntilDue() const;
    /// How long a throttled device should wait before it tries again.
    qint64 retryAfterMs(const QString& address) const;

    /// Milliseconds `address` must still wait before a join is considered; 0 = go ahead.
    qint64 remainingDelay(const QString& address) const;
    /// Records a wrong code and returns the delay now imposed on `address`.
    qint64 recordFailure(const QString& address);
    /// Records a right code: the address's failures are forgotten.
    void recordSuccess(const QString& address);
    int failures(const QString& address) const;
    int queued(const QString& address) const;

private:
    struct Waiting
    {
        quint64 ticket = 0;
        qint64 arrivedMs = 0;
    };
    struct Entry
    {
        int failures = 0;
        qint64 blockedUntilMs = 0;
        std::deque<Waiting> waiting;
    };
    void forgetQuietAddresses(qint64 now);

    Options m_options;
    SteadyClock m_clock;
    MembershipCheck m_isMember;
    QHash<QString, Entry> m_entries;
    QHash<quint64, QString> m_ticketAddresses;
};

} // namespace dp

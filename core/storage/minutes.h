#pragma once

#include <QDateTime>

namespace dp {

/// The minute `dateTime` falls in (seconds and milliseconds dropped), in UTC: the finest time
/// kept about a person, so no stored time tells answers apart beyond their order.
inline QDateTime toMinute(const QDateTime& dateTime)
{
    const QDateTime utc = dateTime.toUTC();
    return QDateTime(utc.date(), QTime(utc.time().hour(), utc.time().minute()), Qt::UTC);
}

} // namespace dp

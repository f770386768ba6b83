#pragma once

#include <QByteArray>
#include <QStringList>

namespace dp::cli::csv {

/// Columns of `export`: nothing per device (no device id, no sequence).
inline const QStringList ExportColumns { QStringLiteral("session"), QStringLiteral("round"),
    QStringLiteral("statement"), QStringLiteral("pseudonym"), QStringLiteral("group"),
    QStringLiteral("answer") };
/// The simulator's own log adds each answer's sequence, which tells its last answer per key.
inline const QStringList LogColumns = ExportColumns + QStringList { QStringLiteral("sequence") };

/// One RFC 4180 record in UTF-8, CRLF-terminated; fields with the separator, a quote or a line
/// break are quoted and inner quotes doubled.
QByteArray row(const QStringList& fields, char separator = ',');

} // namespace dp::cli::csv

#pragma once

#include <QByteArray>
#include <QStringList>

namespace dp::cli::csv {

/// Column names shared by `export` and the simulator's log.
inline const QStringList ExportColumns { QStringLiteral("session"), QStringLiteral("round"),
    QStringLiteral("statement"), QStringLiteral("pseudonym"), QStringLiteral("group"),
    QStringLiteral("answer"), QStringLiteral("sequence") };

/// One RFC 4180 record in UTF-8, CRLF-terminated; fields with the separator, a quote or a line
/// break are quoted and inner quotes doubled.
QByteArray row(const QStringList& fields, char separator = ',');

} // namespace dp::cli::csv

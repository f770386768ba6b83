#pragma once

#include <QByteArray>
#include <QStringList>

namespace dp {

class Database;
struct SessionRecord;

/// Columns of the raw rows (`csv-raw`, `json-raw`): nothing per device (no device id, no
/// sequence), in English, so a hub's export can be compared with the simulated tablets' logs.
inline const QStringList RawAnswerColumns { QStringLiteral("session"), QStringLiteral("round"),
    QStringLiteral("statement"), QStringLiteral("pseudonym"), QStringLiteral("group"),
    QStringLiteral("answer") };

/// One raw CSV record: UTF-8 without BOM, ',' separated, RFC 4180 quoting, CRLF-terminated.
QByteArray rawCsvRecord(const QStringList& fields);

/// Every current answer of `session` as raw rows, ordered by round, catalog order and
/// pseudonym so that exports compare with diff; `count` receives the number of rows.
QByteArray rawRowsCsv(Database& database, const SessionRecord& session, int* count = nullptr);
/// The same rows as `{"session", "title", "rows": [{session, round, …}]}`.
QByteArray rawRowsJson(Database& database, const SessionRecord& session, int* count = nullptr);

} // namespace dp

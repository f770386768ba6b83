#pragma once

#include <QByteArray>
#include <QChar>
#include <QString>

namespace dp {

struct ExportTable;

/// How a CSV file is written for the spreadsheet program that will open it.
struct CsvOptions
{
    QChar separator = QLatin1Char(','); ///< ',' or ';' (German Excel expects ';')
    bool decimalComma = false; ///< "3,5" instead of "3.5"; German Excel reads "3.5" as a date
};

/// RFC 4180 text of `table`: UTF-8 with BOM, CRLF line ends, fields with the separator, a quote,
/// CR or LF quoted and their quotes doubled.
QByteArray toCsv(const ExportTable& table, const CsvOptions& options);

/// Quotes one field if RFC 4180 requires it.
QString csvField(const QString& value, QChar separator);

/// Writes toCsv() atomically: an existing file is only replaced when the new one is complete.
bool writeCsv(
    const ExportTable& table, const QString& path, const CsvOptions& options, QString* error);

} // namespace dp

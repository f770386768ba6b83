#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace dp {

/// Every format a session can be exported in, by the app's export panel and by
/// `dialogpunkte-cli export` alike.
enum class ExportFormat {
    Pdf, ///< the A4 report (painted: needs the report library)
    Xlsx, ///< answers and figures as a workbook
    Csv, ///< answers and figures for German Excel: two files, ';', decimal comma, BOM
    CsvComma, ///< the same with ',' and a decimal point, for other spreadsheets
    Json, ///< answers and figures as one JSON document
    Png, ///< one projector image per statement and round into a folder (painted)
    CsvRaw, ///< one raw row per current answer, the simulator log's columns (no BOM, ',')
    JsonRaw, ///< the same rows as JSON
};

/// One entry of the list of formats: its name on the command line and in the app.
struct ExportFormatInfo
{
    ExportFormat format;
    QString name; ///< "pdf", "csv", "csv-raw", …
    QString extension; ///< of the suggested file; empty for a folder (png)
    bool painted = false; ///< written by the report library (QtGui), not by the core
    bool offeredInApp = true; ///< false for the raw rows, which serve tests and tools
};

/// The formats in the order the app offers them (raw formats last).
const QList<ExportFormatInfo>& exportFormats();
/// The names of exportFormats(); `inAppOnly` leaves out what the app does not offer.
QStringList exportFormatNames(bool inAppOnly = false);
/// The entry named `name` (exact, lower case), or nothing.
std::optional<ExportFormatInfo> exportFormatNamed(const QString& name);
ExportFormatInfo exportFormatInfo(ExportFormat format);

} // namespace dp

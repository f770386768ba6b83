#pragma once

#include <QString>

namespace dp {

struct ExportData;

/// Writes an Excel workbook with the sheets "Antworten"/"Answers" and "Kennzahlen"/"Figures".
bool writeXlsxExport(const ExportData& data, const QString& path, QString* error);

} // namespace dp

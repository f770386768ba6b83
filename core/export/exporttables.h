#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace dp {

struct ExportData;

/// A sheet to write: stable column keys, headers in the chosen language, typed cell values.
///
/// Cells are QString, int, qint64 or double; an invalid QVariant is an empty cell (e.g. no
/// median when nobody answered on the scale), so spreadsheets do not average made-up zeros.
struct ExportTable
{
    QStringList keys;
    QStringList headers;
    QList<QVariantList> rows;
};

/// One row per current answer.
ExportTable answersTable(const ExportData& data);
/// One row per statement × round × series (all, each shown group, merged small groups).
ExportTable figuresTable(const ExportData& data);

} // namespace dp

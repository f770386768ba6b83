#include "xlsxexport.h"

#include "exportdata.h"
#include "exportfile.h"
#include "exportlabels.h"
#include "exporttables.h"

#include <QFile>
#include <QTemporaryDir>

#include <xlsxwriter.h>

namespace dp {

namespace {

bool check(lxw_error result, const QString& what, QString* error)
{
    if (result == LXW_NO_ERROR)
        return true;
    if (error)
        *error = QStringLiteral("Cannot write %1: %2")
                     .arg(what, QString::fromUtf8(lxw_strerror(result)));
    return false;
}

bool writeSheet(lxw_workbook* workbook, const QString& name, const ExportTable& table,
    lxw_format* headerFormat, QString* error)
{
    lxw_worksheet* sheet = workbook_add_worksheet(workbook, name.toUtf8().constData());
    if (!sheet) {
        if (error)
            *error = QStringLiteral("Cannot add the sheet \"%1\".").arg(name);
        return false;
    }
    for (int column = 0; column < table.headers.size(); ++column) {
        if (!check(worksheet_write_string(sheet, 0, static_cast<lxw_col_t>(column),
                       table.headers.at(column).toUtf8().constData(), headerFormat),
                name, error))
            return false;
    }
    for (int r = 0; r < table.rows.size(); ++r) {
        const QVariantList& row = table.rows.at(r);
        const auto sheetRow = static_cast<lxw_row_t>(r + 1);
        for (int c = 0; c < row.size(); ++c) {
            const QVariant& value = row.at(c);
            const auto column = static_cast<lxw_col_t>(c);
            lxw_error result = LXW_NO_ERROR;
            switch (value.typeId()) {
            case QMetaType::UnknownType:
                continue; // an empty cell, not a zero
            case QMetaType::Int:
            case QMetaType::LongLong:
            case QMetaType::Double:
                result = worksheet_write_number(sheet, sheetRow, column, value.toDouble(), nullptr);
                break;
            default:
                result = worksheet_write_string(
                    sheet, sheetRow, column, value.toString().toUtf8().constData(), nullptr);
            }
            if (!check(result, name, error))
                return false;
        }
    }
    worksheet_freeze_panes(sheet, 1, 0); // keep the header visible while scrolling
    return true;
}

} // namespace

bool writeXlsxExport(const ExportData& data, const QString& path, QString* error)
{
    // libxlsxwriter writes straight to its file name; build the workbook aside and only then
    // replace the target, so a failure never leaves a broken or emptied file behind.
    QTemporaryDir scratch;
    if (!scratch.isValid()) {
        if (error)
            *error
                = QStringLiteral("Cannot create a temporary folder: %1").arg(scratch.errorString());
        return false;
    }
    const QString scratchFile = scratch.filePath(QStringLiteral("export.xlsx"));
    lxw_workbook* workbook = workbook_new(QFile::encodeName(scratchFile).constData());
    if (!workbook) {
        if (error)
            *error = QStringLiteral("Cannot create the workbook.");
        return false;
    }
    lxw_format* header = workbook_add_format(workbook);
    format_set_bold(header);

    const ExportLabels labels = ExportLabels::forLanguage(data.language);
    const bool written
        = writeSheet(workbook, labels.answersSheet, answersTable(data), header, error)
        && writeSheet(workbook, labels.figuresSheet, figuresTable(data), header, error);
    const lxw_error closed = workbook_close(workbook); // also frees the workbook
    if (!written || !check(closed, QStringLiteral("the workbook"), error))
        return false;

    QFile built(scratchFile);
    if (!built.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("Cannot read the built workbook: %1").arg(built.errorString());
        return false;
    }
    return writeFileAtomically(path, built.readAll(), error);
}

} // namespace dp

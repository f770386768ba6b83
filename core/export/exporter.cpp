#include "exporter.h"

#include "csvexport.h"
#include "exportdata.h"
#include "exportlabels.h"
#include "exporttables.h"
#include "jsonexport.h"
#include "xlsxexport.h"

#include <QDir>
#include <QFileInfo>

namespace dp {

Exporter::Exporter(Database& database)
    : m_database(database)
{
}

ExportResult Exporter::exportSession(
    const QString& sessionId, const QString& path, const ExportOptions& options) const
{
    ExportResult result;
    if (path.isEmpty()) {
        result.error = QStringLiteral("No output file given.");
        return result;
    }
    if (options.format == ExportOptions::Format::Csv && options.separator != QLatin1Char(',')
        && options.separator != QLatin1Char(';')) {
        result.error = QStringLiteral("The CSV separator must be ',' or ';', not '%1'.")
                           .arg(options.separator);
        return result;
    }
    const std::optional<ExportData> data = loadExportData(
        m_database, sessionId, options.language, options.minimumGroupSize, &result.error);
    if (!data)
        return result;

    switch (options.format) {
    case ExportOptions::Format::Csv: {
        const CsvOptions csv { options.separator, options.separator == QLatin1Char(';') };
        const QString figures = figuresPath(path, options.language);
        if (!writeCsv(answersTable(*data), path, csv, &result.error))
            return result;
        result.files.append(path);
        if (!writeCsv(figuresTable(*data), figures, csv, &result.error))
            return result;
        result.files.append(figures);
        break;
    }
    case ExportOptions::Format::Xlsx:
        if (!writeXlsxExport(*data, path, &result.error))
            return result;
        result.files.append(path);
        break;
    case ExportOptions::Format::Json:
        if (!writeJsonExport(*data, path, &result.error))
            return result;
        result.files.append(path);
        break;
    }
    result.ok = true;
    return result;
}

QString Exporter::figuresPath(const QString& path, const QString& language)
{
    const QFileInfo info(path);
    const QString suffix = ExportLabels::forLanguage(language).figuresFileSuffix;
    const QString extension = info.suffix().isEmpty() ? QStringLiteral("csv") : info.suffix();
    const QString base = info.suffix().isEmpty() ? info.fileName() : info.completeBaseName();
    return info.dir().filePath(base + suffix + QLatin1Char('.') + extension);
}

} // namespace dp

#include "exportservice.h"

#include "exportfile.h"
#include "exportpainter.h"
#include "rawrows.h"
#include "reportoptions.h"

#include "storage/sessionstore.h"

namespace dp {

ExportService::ExportService(Database& database, const ExportPainter* painter)
    : m_database(database)
    , m_painter(painter)
{
}

ExportResult ExportService::exportSession(const QString& sessionId, ExportFormat format,
    const QString& path, const QString& language) const
{
    ExportResult result;
    if (language != QLatin1String("de") && language != QLatin1String("en")) {
        result.error = QStringLiteral("Unknown language \"%1\"; use de or en.").arg(language);
        return result;
    }
    if (path.trimmed().isEmpty()) {
        result.error = QStringLiteral("No output file given.");
        return result;
    }
    const auto session = SessionStore(m_database).session(sessionId);
    if (!session) {
        result.error
            = QStringLiteral("There is no session \"%1\" in this database.").arg(sessionId);
        return result;
    }
    const ExportFormatInfo info = exportFormatInfo(format);
    if (info.painted && !m_painter) {
        result.error = QStringLiteral("The format %1 needs the report library.").arg(info.name);
        return result;
    }
    // The session's own k and the moderator's notes, whoever asks for the export.
    const ReportOptions options = reportOptionsFor(m_database, sessionId, language);

    ExportOptions tables;
    tables.language = language;
    tables.minimumGroupSize = options.minimumGroupSize;
    switch (format) {
    case ExportFormat::Pdf:
        result.ok = m_painter->writePdf(m_database, sessionId, path, options, &result.error);
        if (result.ok)
            result.files.append(path);
        return result;
    case ExportFormat::Png:
        result.ok = m_painter->writeImages(
            m_database, sessionId, path, options, &result.files, &result.error);
        return result;
    case ExportFormat::CsvRaw:
    case ExportFormat::JsonRaw: {
        const QByteArray data = format == ExportFormat::CsvRaw ? rawRowsCsv(m_database, *session)
                                                               : rawRowsJson(m_database, *session);
        result.ok = writeFileAtomically(path, data, &result.error);
        if (result.ok)
            result.files.append(path);
        return result;
    }
    case ExportFormat::Csv:
        tables.format = ExportOptions::Format::Csv;
        tables.separator = QLatin1Char(';'); // German Excel: ';' and decimal commas
        break;
    case ExportFormat::CsvComma:
        tables.format = ExportOptions::Format::Csv;
        tables.separator = QLatin1Char(',');
        break;
    case ExportFormat::Xlsx:
        tables.format = ExportOptions::Format::Xlsx;
        break;
    case ExportFormat::Json:
        tables.format = ExportOptions::Format::Json;
        break;
    }
    return Exporter(m_database).exportSession(sessionId, path, tables);
}

} // namespace dp

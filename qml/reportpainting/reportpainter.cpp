#include "report.h"

namespace dp {

bool ReportPainter::writePdf(Database& database, const QString& sessionId, const QString& path,
    const ReportOptions& options, QString* error) const
{
    return writePdfReport(database, sessionId, path, options, error);
}

bool ReportPainter::writeImages(Database& database, const QString& sessionId, const QString& folder,
    const ReportOptions& options, QStringList* files, QString* error) const
{
    return writePlotImages(database, sessionId, folder, options, files, error);
}

} // namespace dp

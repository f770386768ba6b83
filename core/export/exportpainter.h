#pragma once

#include <QString>
#include <QStringList>

namespace dp {

class Database;
struct ReportOptions;

/// The formats that are painted (PDF report, PNG images) need QtGui, which the core must not
/// link: the report library implements this and hands it to the ExportService.
class ExportPainter
{
public:
    virtual ~ExportPainter() = default;
    virtual bool writePdf(Database& database, const QString& sessionId, const QString& path,
        const ReportOptions& options, QString* error) const = 0;
    /// One image per statement and round with answers into `folder`; `files` gets their paths.
    virtual bool writeImages(Database& database, const QString& sessionId, const QString& folder,
        const ReportOptions& options, QStringList* files, QString* error) const = 0;
};

} // namespace dp

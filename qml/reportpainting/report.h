#pragma once

#include "export/exportpainter.h"
#include "export/reportoptions.h"

#include <QString>
#include <QStringList>

namespace dp {

class Database;
struct ExportData;

/// Writes the A4 PDF report of a session: title page, then per dimension the dot plots and key
/// figures of its statements, a round comparison when there are two rounds, and the notes.
/// Returns false with a readable `error` for an unknown session or an unwritable path.
bool writePdfReport(Database& database, const QString& sessionId, const QString& path,
    const ReportOptions& options, QString* error);

/// Writes one 1920×1080 PNG per statement and round with answers into `folder` (created if
/// missing), named "<statement id>-round<round>.png". `files` receives the paths written.
bool writePlotImages(Database& database, const QString& sessionId, const QString& folder,
    const ReportOptions& options, QStringList* files, QString* error);

/// The same from figures already read: touches no database, so it may run on a worker thread
/// (painting and encoding 1920×1080 PNGs takes a few hundred milliseconds per statement).
bool writePlotImages(
    const ExportData& data, const QString& folder, QStringList* files, QString* error);

/// Writes the 1920×1080 PNG of one statement in one round (round 0: its last round with
/// answers) to `path`. Fails for an unknown statement or one without answers in that round.
bool writePlotImage(Database& database, const QString& sessionId, const QString& statementId,
    int round, const QString& path, const ReportOptions& options, QString* error);

/// The PDF report and the PNG images for the ExportService (see export/exportservice.h).
class ReportPainter : public ExportPainter
{
public:
    bool writePdf(Database& database, const QString& sessionId, const QString& path,
        const ReportOptions& options, QString* error) const override;
    bool writeImages(Database& database, const QString& sessionId, const QString& folder,
        const ReportOptions& options, QStringList* files, QString* error) const override;
};

} // namespace dp

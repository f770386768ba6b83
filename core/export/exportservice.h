#pragma once

#include "exporter.h"
#include "exportformats.h"

namespace dp {

class Database;
class ExportPainter;

/// The one way a session is exported, by the app's export panel and by
/// `dialogpunkte-cli export`: the same format name gives the same bytes. It applies the
/// session's own anonymity threshold k and notes, writes the tables itself (Exporter, raw rows)
/// and hands the painted formats (PDF, PNG) to `painter`.
class ExportService
{
public:
    /// Without a painter, pdf and png fail with a clear message.
    explicit ExportService(Database& database, const ExportPainter* painter = nullptr);

    /// Writes `sessionId` in `format` to `path` (a folder for png); `language` "de" or "en".
    /// The csv formats write two files: `path` (answers) and Exporter::figuresPath(path)
    /// (figures), in this order in ExportResult::files. Only reads the database.
    ExportResult exportSession(const QString& sessionId, ExportFormat format, const QString& path,
        const QString& language) const;

private:
    Database& m_database;
    const ExportPainter* m_painter;
};

} // namespace dp

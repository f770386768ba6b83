#pragma once

#include "stats/suppression.h"

#include <QChar>
#include <QString>
#include <QStringList>

#include <optional>

namespace dp {

class Database;

/// What to export and how; the defaults suit a German moderator opening the file in Excel.
struct ExportOptions
{
    enum class Format { Csv, Xlsx, Json };

    Format format = Format::Csv;
    QString language = QStringLiteral("de"); ///< texts of statements, labels and headers
    QChar separator = QLatin1Char(','); ///< CSV only: ',' or ';'; ';' also writes decimal commas
    int minimumGroupSize = GroupSuppression::DefaultThreshold; ///< k of the group suppression
};

/// The outcome of an export: the files written, or a reason a person can act on.
struct ExportResult
{
    bool ok = false;
    QString error;
    QStringList files;
};

/// Writes a session's answers and figures as CSV, XLSX or JSON tables; ExportService (the entry
/// point of the app and the CLI) picks its options from a format name.
class Exporter
{
public:
    explicit Exporter(Database& database);

    /// CSV writes two files: `path` (answers) and figuresPath(path) (figures). XLSX and JSON
    /// write `path` only. Fails for an unknown session, a bad separator or an unwritable path.
    ExportResult exportSession(
        const QString& sessionId, const QString& path, const ExportOptions& options) const;

    /// Where the CSV figures go: "answers.csv" -> "answers-kennzahlen.csv" / "-figures.csv".
    static QString figuresPath(const QString& path, const QString& language);

private:
    Database& m_database;
};

} // namespace dp

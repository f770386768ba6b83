#pragma once

#include "stats/suppression.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace dp {

class Database;

/// What goes into a report or the plot images.
struct ReportOptions
{
    QString language = QStringLiteral("de");
    int minimumGroupSize = GroupSuppression::DefaultThreshold;
    /// The moderator's notes by statement id, printed below the statement's plots.
    QHash<QString, QString> notes;
};

/// Writes the A4 PDF report of a session: title page, then per dimension the dot plots and key
/// figures of its statements, a round comparison when there are two rounds, and the notes.
/// Returns false with a readable `error` for an unknown session or an unwritable path.
bool writePdfReport(Database& database, const QString& sessionId, const QString& path,
    const ReportOptions& options, QString* error);

/// Writes one 1920×1080 PNG per statement and round with answers into `folder` (created if
/// missing), named "<statement id>-round<round>.png". `files` receives the paths written.
bool writePlotImages(Database& database, const QString& sessionId, const QString& folder,
    const ReportOptions& options, QStringList* files, QString* error);

} // namespace dp

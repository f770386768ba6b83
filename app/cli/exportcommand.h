#pragma once

#include <QStringList>

namespace dp::cli {

/// `export`: a session's answers as raw rows (csv, json; the simulator log's columns), as the
/// core's spreadsheet (xlsx), as the PDF report (pdf) or as projector images (png).
int runExport(const QStringList& args);

/// True when `args` (after the sub-command) ask for a format that paints text (pdf, png): the
/// process then needs a QGuiApplication instead of a QCoreApplication.
bool exportNeedsGui(const QStringList& args);

} // namespace dp::cli

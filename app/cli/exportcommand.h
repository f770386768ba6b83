#pragma once

#include <QStringList>

namespace dp::cli {

/// `export`: a session in any format of the shared list (export/exportformats.h), written by
/// the same ExportService as the app's export panel, so a format gives the same bytes.
int runExport(const QStringList& args);

/// True when `args` (after the sub-command) ask for a format that paints text (pdf, png): the
/// process then needs a QGuiApplication instead of a QCoreApplication.
bool exportNeedsGui(const QStringList& args);

/// The lines of `dialogpunkte-cli --help` about `export`.
QString exportUsage();

} // namespace dp::cli

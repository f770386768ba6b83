#pragma once

#include <QStringList>

namespace dp::cli {

/// `export`: one row per current answer of a session, as CSV (RFC 4180) or JSON.
int runExport(const QStringList& args);

} // namespace dp::cli

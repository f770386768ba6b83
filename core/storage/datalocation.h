#pragma once

#include <QString>

namespace dp {

/// File name of the local database inside the data directory.
inline constexpr char DatabaseFileName[] = "dialogpunkte.sqlite";

/// The directory for local data: `overrideDir` (from `--data-dir DIR`) when given, otherwise the
/// platform's app data location. Creates it if needed; returns an empty string with `error` set
/// when it cannot be created or written.
QString resolveDataDirectory(const QString& overrideDir, QString* error);

/// `directory` joined with DatabaseFileName.
QString databasePath(const QString& directory);

} // namespace dp

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

/// The app's organisation and application names, which make its data folder
/// (~/.local/share/Dialogpunkte/dialogpunkte on Linux).
inline constexpr char AppOrganizationName[] = "Dialogpunkte";
inline constexpr char AppName[] = "dialogpunkte";

/// The app's data folder as the app itself finds it, also from another program such as
/// `dialogpunkte-cli` (whose own application name differs).
QString appDataDirectory();

/// Where the app keeps the moderator's database (all hosted workshops) inside its data folder.
QString moderatorDirectory(const QString& dataDirectory);

/// The database with a moderator's workshops in `directory`: the app's data folder (its
/// moderator database), a hub's data folder or the moderator folder itself. Empty when none of
/// them holds a database.
QString workshopDatabasePath(const QString& directory);

} // namespace dp

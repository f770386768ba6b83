#pragma once

#include <QSqlDatabase>
#include <QString>

namespace dp {

/// Brings a Dialogpunkte database from `fromVersion` to Database::SchemaVersion, one transaction
/// per step, so a crash in the middle leaves the file at the last completed version.
bool migrateSchema(const QSqlDatabase& db, int fromVersion, QString* error);

} // namespace dp

#pragma once

#include <QString>

namespace dp {

class Database;

/// "Werkstatt-Netzwerk-Nord_2024-03-12": a session's title and date as a file name that every
/// file system accepts and a person still recognises; "Dialogpunkte" for an unknown session.
QString exportBaseName(Database& database, const QString& sessionId);

/// `text` with everything but letters, digits, '-' and '_' replaced by '-', at most 60 characters.
QString safeFileName(const QString& text);

} // namespace dp

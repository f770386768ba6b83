#pragma once

#include "sessionsnapshot.h"

#include <optional>

namespace dp {

class Database;

/// Remembers which session a device works in, its phase and open statements: the hub continues
/// exactly where it was after a crash or kill, a tablet can rate offline after a restart.
/// Kept in the storage's key/value table `meta` under `key` ("hub_state" or "attendee_state").
class HubStateStore
{
public:
    explicit HubStateStore(Database& database, const QString& key = QStringLiteral("hub_state"));

    /// The snapshot the hub ran last, if its session still exists.
    std::optional<SessionSnapshot> load() const;
    bool save(const SessionSnapshot& snapshot, QString* error);
    /// Number of answers stored for the session.
    qint64 answerCount(const QString& sessionId) const;

private:
    Database& m_database;
    QString m_key;
};

} // namespace dp

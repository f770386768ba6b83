#pragma once

#include "messages.h"
#include "sessionsnapshot.h"

#include <QList>

#include <optional>

namespace dp {

class Database;

/// The device's answer to a hub in restore mode: the sessions this device holds from that hub,
/// each with the hub's seal and how many answers the device holds for it. "From that hub" means
/// joined with the same room code (remembered per session when syncing starts), so a hub learns
/// nothing of the device's other workshops. Sessions without a seal are never offered.
class RestoreResponder
{
public:
    explicit RestoreResponder(Database& database);

    /// Remembers that this device joined `sessionId` with `roomCode`.
    bool remember(const QString& sessionId, const QString& roomCode, QString* error);
    /// The offers for a hub this device reached with `roomCode`; `current` is the cached state
    /// (its phase and open statements travel with its session; other sessions offer none).
    QList<protocol::OfferSession> offers(
        const QString& roomCode, const std::optional<SessionSnapshot>& current) const;

private:
    Database& m_database;
};

} // namespace dp

#pragma once

#include "storage/database.h"
#include "sync/sessionhost.h"

#include <memory>

namespace dp::test {

// The moderator's hub for the attendee's tests: the framework catalog as "Werkstatt Nord" with
// the given groups, listening on 127.0.0.1 (port 0 picks a free one), room code K7Q2.
struct WorkshopHub
{
    static inline const QString RoomCode = QStringLiteral("K7Q2");

    Database database;
    std::unique_ptr<SessionHost> host;

    WorkshopHub(const QString& path, quint16 port, const QList<Group>& groups);
    quint16 port() const { return quint16(host->port()); }
};

// The groups of a cluster's workshop: its municipalities, not the generic roles.
QList<Group> municipalities();

} // namespace dp::test

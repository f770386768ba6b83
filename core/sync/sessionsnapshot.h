#pragma once

#include "storage/records.h"

#include <QJsonObject>
#include <QStringList>

namespace dp {

/// What the moderator is doing right now; attendees show and cache it.
enum class SessionPhase { Lobby, Rating, Discussion, Finished };

QString phaseName(SessionPhase phase);
/// Returns false for unknown names.
bool phaseFromName(const QString& name, SessionPhase* phase);

/// The live workshop state the hub pushes to every attendee: session with catalog snapshot,
/// groups, round, phase and which statements are open for rating.
struct SessionSnapshot
{
    SessionRecord session;
    SessionPhase phase = SessionPhase::Lobby;
    QStringList openStatements;

    bool operator==(const SessionSnapshot& other) const = default;

    /// The "state" message fields (without "v"/"type").
    QJsonObject toStateFields() const;
    /// Reads a schema-valid "state" message; the catalog is validated too.
    static std::optional<SessionSnapshot> fromStateFields(
        const QJsonObject& fields, QString* error);
};

QJsonObject sessionToJson(const SessionRecord& session);
std::optional<SessionRecord> sessionFromJson(const QJsonObject& object, QString* error);

} // namespace dp

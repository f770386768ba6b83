#pragma once

#include "storage/records.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

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
};

/// The session as it travels in "state" and "offer_session": id, title, date, createdAt,
/// currentRound, catalog and groups.
QJsonObject sessionToJson(const SessionRecord& session);
std::optional<SessionRecord> sessionFromJson(const QJsonObject& object, QString* error);

} // namespace dp

#pragma once

#include "records.h"

#include <optional>

namespace dp {

class Database;

/// Sessions and their participants, persisted in the local database.
class SessionStore
{
public:
    explicit SessionStore(Database& database);

    /// Creates a session with a fresh id from a catalog snapshot. Returns the stored record.
    std::optional<SessionRecord> createSession(const QString& title, const QDate& date,
        const Catalog& catalog, const QList<Group>& groups, SessionRecord::Role role,
        QString* error);
    /// Stores a session received from elsewhere (e.g. the moderator) under its own id. Receiving
    /// it again updates title, date, groups and round; a different catalog is refused.
    bool insertSession(const SessionRecord& session, QString* error);
    std::optional<SessionRecord> session(const QString& sessionId) const;
    /// All sessions, newest first.
    QList<SessionRecord> sessions() const;
    std::optional<SessionRecord> latestSession() const;
    bool setCurrentRound(const QString& sessionId, int round, QString* error);

    /// Creates a participant with a fresh random pseudonym (no link to person or device).
    std::optional<Participant> createParticipant(
        const QString& sessionId, const QString& groupId, QString* error);
    /// Stores a participant known from elsewhere; an existing one keeps its group unless given.
    bool upsertParticipant(const Participant& participant, QString* error);
    std::optional<Participant> participant(
        const QString& sessionId, const QString& pseudonym) const;
    QList<Participant> participants(const QString& sessionId) const;

private:
    Database& m_database;
};

} // namespace dp

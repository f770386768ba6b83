#pragma once

#include "protocol.h"
#include "storage/records.h"

#include <QHash>
#include <QList>

namespace dp {

class Database;

/// The moderator's write path for answers from tablets: validates each answer against the
/// session, applies many answers in ONE transaction (group commit) under the one rule for which
/// answer wins (AnswerMerge, storage/answermerge.h), and knows each device's high-water mark.
/// Nothing is acknowledged before commit() returns.
class HubLedger
{
public:
    /// One answer as received, with the device it came over.
    struct Incoming
    {
        Rating rating; ///< deviceId is the connection's, never taken from the data
    };
    /// What happened to one answer; Stored and Duplicate are both acknowledged to the tablet.
    struct Outcome
    {
        /// Duplicate: the stored answer won (the same again, a replay or an older one).
        enum class Kind { Stored, Duplicate, Rejected };
        Kind kind = Kind::Rejected;
        protocol::ErrorCode code = protocol::ErrorCode::None;
        QString error;
    };

    explicit HubLedger(Database& database);

    /// Switches to `session` and loads its marks and pseudonym owners from the database.
    bool load(const SessionRecord& session, QString* error);
    const SessionRecord& session() const { return m_session; }
    void setCurrentRound(int round) { m_session.currentRound = round; }

    /// Validates and applies `batch` in a single transaction. Returns false (and changes
    /// nothing, outcomes empty) when the transaction cannot be committed.
    bool apply(const QList<Incoming>& batch, QList<Outcome>* outcomes, QString* error);
    /// Registers (or re-registers) a participant for `deviceId`; refuses another device's.
    protocol::ErrorCode registerParticipant(
        const QString& deviceId, const Participant& participant, QString* error);

    /// Highest sequence of `deviceId` stored for this session (0 when none).
    qint64 highWater(const QString& deviceId) const { return m_highWater.value(deviceId, 0); }

private:
    Outcome check(const Rating& rating, const QHash<QString, QString>& newOwners) const;

    Database& m_database;
    SessionRecord m_session;
    QHash<QString, qint64> m_highWater;
    /// pseudonym -> device that first used it; another device may not write for that person.
    QHash<QString, QString> m_pseudonymOwner;
};

} // namespace dp

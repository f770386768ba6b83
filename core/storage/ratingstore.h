#pragma once

#include "records.h"

#include <QHash>

#include <memory>
#include <optional>

namespace dp {

class Database;

/// Ratings and the outbox of ratings the moderator has not yet acknowledged.
///
/// saveAnswer() commits the rating and its outbox entry in one transaction before returning,
/// so whatever the UI shows as saved survives a killed process or a dead battery. On a tablet
/// answers are saved through AnswerService (core/session), which tells the sync client and the
/// screens about them.
class RatingStore
{
public:
    explicit RatingStore(Database& database);

    /// This device's id in the session: given by the hub, or made up for a session nobody
    /// hosts (shared-device mode) on its first answer. Empty before either.
    QString deviceId(const QString& sessionId) const;

    /// Records a local answer: the session's next sequence number, upsert, outbox entry; all or
    /// nothing.
    /// Returns the stored rating, or nothing with `error` set (e.g. the answer is out of range
    /// for the statement's scale, or the statement is unknown).
    std::optional<Rating> saveAnswer(const QString& sessionId, int round,
        const QString& statementId, const QString& pseudonym, int answer, QString* error);

    /// Applies a rating from another device under the rule the hub applies too
    /// (replacesStoredAnswer() in answermerge.h), so duplicates, replays and reordering change
    /// nothing and every replica ends with the same rating. A winning remote rating also drops
    /// a pending local one.
    enum class ApplyResult { Inserted, Updated, Ignored, Rejected };
    ApplyResult applyRemote(const Rating& rating, QString* error);

    std::optional<Rating> rating(const QString& sessionId, int round, const QString& statementId,
        const QString& pseudonym) const;
    QList<Rating> ratings(const QString& sessionId) const;
    QList<Rating> ratingsOf(const QString& sessionId, const QString& pseudonym, int round) const;
    int ratingCount(const QString& sessionId) const;

    /// Outbox: local ratings not yet acknowledged by the moderator, oldest first.
    QList<Rating> pendingOutbox(const QString& sessionId, int limit = -1) const;
    int pendingCount(const QString& sessionId) const;
    /// True when the stored rating for this key has been acknowledged by the moderator.
    bool isAcknowledged(const QString& sessionId, int round, const QString& statementId,
        const QString& pseudonym) const;
    /// Removes the session's outbox entries with these sequence numbers (acknowledged by the
    /// moderator).
    bool acknowledge(const QString& sessionId, const QList<qint64>& sequences, QString* error);

private:
    /// The session's catalog snapshot, parsed once: snapshots never change after creation.
    std::shared_ptr<const Catalog> catalogFor(const QString& sessionId, QString* error) const;
    bool validate(const QString& sessionId, int round, const QString& statementId,
        const QString& pseudonym, int answer, QString* error) const;

    Database& m_database;
    mutable QHash<QString, std::shared_ptr<const Catalog>> m_catalogs;
};

} // namespace dp

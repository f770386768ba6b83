#pragma once

#include "records.h"

#include <QSqlQuery>

#include <optional>

namespace dp {

/// Which stored answer a key (session, round, statement, pseudonym) holds: its sequence and
/// the device that gave it.
struct AnswerVersion
{
    qint64 sequence = 0;
    QString deviceId;

    static AnswerVersion of(const Rating& rating) { return { rating.sequence, rating.deviceId }; }
};

/// The one rule for which of two answers for the same key wins, on the hub (HubLedger) and on
/// every device that takes in answers from elsewhere (RatingStore::applyRemote): the higher
/// sequence wins. Sequences count per device and session, so this is "a device's latest answer
/// wins"; an equal or lower sequence is a duplicate, a replay or overtaken and changes nothing.
/// Two devices with the same sequence (the hub never lets a second device write for a
/// pseudonym; an import may hold both) are ordered by device id, the larger wins: a total
/// order, so every replica ends with the same answer whatever order the answers arrive in.
bool replacesStoredAnswer(const AnswerVersion& incoming, const AnswerVersion& stored);

/// Writes answers under that rule inside the caller's transaction. Prepared once and used for
/// many answers: the hub applies a whole group commit with one.
class AnswerMerge
{
public:
    enum class Result {
        Inserted, ///< the key had no answer yet
        Replaced, ///< the incoming answer won over the stored one
        Kept, ///< the stored answer stays (duplicate, replay or older)
    };

    explicit AnswerMerge(const QSqlDatabase& db);

    /// Stores `rating` when its key is empty or it wins; nothing with `error` set when the
    /// database refuses.
    std::optional<Result> apply(const Rating& rating, QString* error);

private:
    QSqlQuery m_read;
    QSqlQuery m_write;
};

} // namespace dp

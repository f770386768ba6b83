#include "answermerge.h"

#include "ratingrows.h"
#include "sqlhelpers.h"

namespace dp {

bool replacesStoredAnswer(const AnswerVersion& incoming, const AnswerVersion& stored)
{
    if (incoming.sequence != stored.sequence)
        return incoming.sequence > stored.sequence;
    return incoming.deviceId > stored.deviceId;
}

AnswerMerge::AnswerMerge(const QSqlDatabase& db)
    : m_read(db)
    , m_write(db)
{
    m_read.prepare(QStringLiteral("SELECT sequence, device_id FROM ratings WHERE %1")
                       .arg(ratingrows::KeyCondition));
    m_write.prepare(ratingrows::Upsert);
}

std::optional<AnswerMerge::Result> AnswerMerge::apply(const Rating& rating, QString* error)
{
    ratingrows::bindKey(
        m_read, rating.sessionId, rating.round, rating.statementId, rating.pseudonym);
    if (!sql::exec(m_read, QStringLiteral("Reading the stored answer"), error))
        return std::nullopt;
    const bool exists = m_read.next();
    const AnswerVersion stored = exists
        ? AnswerVersion { m_read.value(0).toLongLong(), m_read.value(1).toString() }
        : AnswerVersion {};
    m_read.finish();
    if (exists && !replacesStoredAnswer(AnswerVersion::of(rating), stored))
        return Result::Kept;
    ratingrows::bind(m_write, rating);
    if (!sql::exec(m_write, QStringLiteral("Storing the answer"), error))
        return std::nullopt;
    return exists ? Result::Replaced : Result::Inserted;
}

} // namespace dp

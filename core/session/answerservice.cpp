#include "answerservice.h"

#include "storage/ratingstore.h"

namespace dp {

AnswerService::AnswerService(Database& database, QObject* parent)
    : QObject(parent)
    , m_ratings(std::make_unique<RatingStore>(database))
{
}

AnswerService::~AnswerService() = default;

std::optional<Rating> AnswerService::save(const QString& sessionId, int round,
    const QString& statementId, const QString& pseudonym, int answer, QString* error)
{
    std::optional<Rating> stored
        = m_ratings->saveAnswer(sessionId, round, statementId, pseudonym, answer, error);
    if (stored)
        emit answerStored(*stored);
    return stored;
}

bool AnswerService::acknowledge(
    const QString& sessionId, const QList<qint64>& sequences, QString* error)
{
    if (sequences.isEmpty())
        return true;
    if (!m_ratings->acknowledge(sessionId, sequences, error))
        return false;
    emit answersAcknowledged(sessionId, sequences);
    return true;
}

} // namespace dp

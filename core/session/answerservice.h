#pragma once

#include "storage/records.h"

#include <QList>
#include <QObject>

#include <memory>
#include <optional>

namespace dp {

class Database;
class RatingStore;

/// The tablet's one way to store an answer and to take it off the outbox once the hub has it.
///
/// save() commits the answer and its outbox entry in one transaction (RatingStore) before it
/// returns and then announces it; acknowledge() records the hub's commit and announces that.
/// The rating screen (RatingFlow), the sync client, the command-line simulator and the tests
/// all go through one instance per database, so they exercise the path the app ships.
class AnswerService : public QObject
{
    Q_OBJECT

public:
    explicit AnswerService(Database& database, QObject* parent = nullptr);
    ~AnswerService() override;

    /// Stores `answer` for (session, round, statement, pseudonym) and queues it for the hub:
    /// durable when it returns. Nothing, with `error` set, when it cannot be stored; the
    /// answer stored before stays untouched.
    std::optional<Rating> save(const QString& sessionId, int round, const QString& statementId,
        const QString& pseudonym, int answer, QString* error);
    /// The hub committed these sequences of `sessionId`: they leave the outbox.
    bool acknowledge(const QString& sessionId, const QList<qint64>& sequences, QString* error);

    /// What is stored: answers, the outbox, acknowledgements. Writing goes through the service.
    const RatingStore& ratings() const { return *m_ratings; }

signals:
    /// An answer was committed to this device's database (and waits in the outbox).
    void answerStored(const dp::Rating& rating);
    /// The hub's commit of these sequences was recorded: they are off the outbox now.
    void answersAcknowledged(const QString& sessionId, const QList<qint64>& sequences);

private:
    std::unique_ptr<RatingStore> m_ratings;
};

} // namespace dp

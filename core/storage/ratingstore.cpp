#include "ratingstore.h"

#include "answermerge.h"
#include "database.h"
#include "minutes.h"
#include "ratingrows.h"
#include "sessionsyncstore.h"
#include "sqlhelpers.h"

#include <QSqlQuery>
#include <QUuid>

namespace dp {

namespace {

// Sequences count per session (and so per device in it): nothing carries over to the next.
std::optional<qint64> takeNextSequence(
    const QSqlDatabase& db, const QString& sessionId, QString* error)
{
    QSqlQuery read(db);
    read.prepare(QStringLiteral("SELECT next_sequence FROM sessions WHERE id = ?"));
    read.addBindValue(sessionId);
    if (!sql::exec(read, QStringLiteral("Reading the sequence counter"), error))
        return std::nullopt;
    const qint64 sequence = read.next() ? read.value(0).toLongLong() : 0;
    if (sequence < 1) {
        sql::fail(error, QStringLiteral("The session's sequence counter is missing or damaged."));
        return std::nullopt;
    }
    QSqlQuery write(db);
    write.prepare(QStringLiteral("UPDATE sessions SET next_sequence = ? WHERE id = ?"));
    write.addBindValue(sequence + 1);
    write.addBindValue(sessionId);
    if (!sql::exec(write, QStringLiteral("Advancing the sequence counter"), error))
        return std::nullopt;
    return sequence;
}

bool deleteOutboxEntry(const QSqlDatabase& db, const Rating& rating, QString* error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM outbox WHERE %1").arg(ratingrows::KeyCondition));
    ratingrows::bindKey(
        query, rating.sessionId, rating.round, rating.statementId, rating.pseudonym);
    return sql::exec(query, QStringLiteral("Replacing the outbox entry"), error);
}

bool upsertRating(const QSqlDatabase& db, const Rating& rating, QString* error)
{
    QSqlQuery query(db);
    query.prepare(ratingrows::Upsert);
    ratingrows::bind(query, rating);
    return sql::exec(query, QStringLiteral("Saving the rating"), error);
}

} // namespace

RatingStore::RatingStore(Database& database)
    : m_database(database)
{
}

QString RatingStore::deviceId(const QString& sessionId) const
{
    return SessionSyncStore(m_database).deviceId(sessionId);
}

std::shared_ptr<const Catalog> RatingStore::catalogFor(
    const QString& sessionId, QString* error) const
{
    if (const auto cached = m_catalogs.value(sessionId))
        return cached;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT catalog_json FROM sessions WHERE id = ?"));
    query.addBindValue(sessionId);
    if (!sql::exec(query, QStringLiteral("Reading the session"), error))
        return nullptr;
    if (!query.next()) {
        sql::fail(error, QStringLiteral("Unknown session %1.").arg(sessionId));
        return nullptr;
    }
    auto parsed = Catalog::fromJson(query.value(0).toByteArray());
    if (!parsed.ok()) {
        sql::fail(error,
            QStringLiteral("The catalog of session %1 is unreadable: %2")
                .arg(sessionId, parsed.error));
        return nullptr;
    }
    auto catalog = std::make_shared<const Catalog>(std::move(parsed.catalog));
    m_catalogs.insert(sessionId, catalog);
    return catalog;
}

bool RatingStore::validate(const QString& sessionId, int round, const QString& statementId,
    const QString& pseudonym, int answer, QString* error) const
{
    if (!m_database.isOpen())
        return sql::fail(error, QStringLiteral("The database is not open."));
    if (round < 1)
        return sql::fail(error, QStringLiteral("Rounds start at 1, not %1.").arg(round));
    const auto catalog = catalogFor(sessionId, error);
    if (!catalog)
        return false;
    const Statement* statement = catalog->statement(statementId);
    if (!statement)
        return sql::fail(error,
            QStringLiteral("Statement %1 is not part of the catalog of "
                           "session %2.")
                .arg(statementId, sessionId));
    const Scale* scale = catalog->scaleFor(*statement);
    if (!scale)
        return sql::fail(error, QStringLiteral("Statement %1 has no scale.").arg(statementId));
    if (!scale->accepts(answer)) {
        const QString cannotJudge = scale->allowCannotJudge
            ? QStringLiteral(", or %1 for \"cannot judge\"").arg(CannotJudgeAnswer)
            : QString();
        return sql::fail(error,
            QStringLiteral("Answer %1 is not on the scale of statement %2 "
                           "(1 to %3%4).")
                .arg(answer)
                .arg(statementId)
                .arg(scale->points)
                .arg(cannotJudge));
    }
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT 1 FROM participants WHERE session_id = ? AND pseudonym = ?"));
    query.addBindValue(sessionId);
    query.addBindValue(pseudonym);
    if (!sql::exec(query, QStringLiteral("Looking up the participant"), error))
        return false;
    if (!query.next())
        return sql::fail(error,
            QStringLiteral("Pseudonym %1 is not a participant of session %2.")
                .arg(pseudonym, sessionId));
    return true;
}

std::optional<Rating> RatingStore::saveAnswer(const QString& sessionId, int round,
    const QString& statementId, const QString& pseudonym, int answer, QString* error)
{
    if (!validate(sessionId, round, statementId, pseudonym, answer, error))
        return std::nullopt;
    const QSqlDatabase db = m_database.connection();
    sql::Transaction transaction(db);
    if (!transaction.begin(error))
        return std::nullopt;
    SessionSyncStore sync(m_database);
    QString device = sync.deviceId(sessionId);
    if (device.isEmpty()) {
        // Nobody hosts this session (shared-device mode): an id of its own, for this session only.
        device = QUuid::createUuid().toString(QUuid::WithoutBraces);
        if (!sync.setDeviceId(sessionId, device, error))
            return std::nullopt;
    }
    const auto sequence = takeNextSequence(db, sessionId, error);
    if (!sequence)
        return std::nullopt;
    const Rating rating { sessionId, round, statementId, pseudonym, answer, device, *sequence,
        toMinute(QDateTime::currentDateTimeUtc()) };
    if (!upsertRating(db, rating, error) || !deleteOutboxEntry(db, rating, error))
        return std::nullopt;
    QSqlQuery outbox(db);
    outbox.prepare(QStringLiteral("INSERT INTO outbox (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                       .arg(ratingrows::Columns));
    ratingrows::bind(outbox, rating);
    if (!sql::exec(outbox, QStringLiteral("Queueing the rating for sending"), error))
        return std::nullopt;
    if (!transaction.commit(error))
        return std::nullopt;
    return rating;
}

RatingStore::ApplyResult RatingStore::applyRemote(const Rating& incoming, QString* error)
{
    if (incoming.deviceId.isEmpty() || incoming.sequence < 1) {
        sql::fail(error,
            QStringLiteral("A rating from another device needs a device id and a "
                           "positive sequence number."));
        return ApplyResult::Rejected;
    }
    if (!validate(incoming.sessionId, incoming.round, incoming.statementId, incoming.pseudonym,
            incoming.answer, error))
        return ApplyResult::Rejected;
    Rating rating = incoming;
    if (!rating.updatedAt.isValid())
        rating.updatedAt = QDateTime::currentDateTimeUtc();

    const QSqlDatabase db = m_database.connection();
    sql::Transaction transaction(db);
    if (!transaction.begin(error))
        return ApplyResult::Rejected;
    // The hub's rule (answermerge.h), so a device and the hub keep the same answer.
    const auto merged = AnswerMerge(db).apply(rating, error);
    if (!merged)
        return ApplyResult::Rejected;
    if (*merged == AnswerMerge::Result::Kept)
        return ApplyResult::Ignored;
    // A local answer still waiting in the outbox is superseded by the newer one from elsewhere.
    if (!deleteOutboxEntry(db, rating, error) || !transaction.commit(error))
        return ApplyResult::Rejected;
    return *merged == AnswerMerge::Result::Inserted ? ApplyResult::Inserted : ApplyResult::Updated;
}

} // namespace dp

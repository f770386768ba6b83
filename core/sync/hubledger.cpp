#include "hubledger.h"

#include "storage/answermerge.h"
#include "storage/database.h"
#include "storage/minutes.h"
#include "storage/sessionstore.h"
#include "storage/sqlhelpers.h"

#include <QSqlQuery>

namespace dp {

using protocol::ErrorCode;

HubLedger::HubLedger(Database& database)
    : m_database(database)
{
}

bool HubLedger::load(const SessionRecord& session, QString* error)
{
    m_session = session;
    m_highWater.clear();
    m_pseudonymOwner.clear();
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT device_id, MAX(sequence) FROM ratings"
                                 " WHERE session_id = ? GROUP BY device_id"));
    query.addBindValue(session.id);
    if (!sql::exec(query, QStringLiteral("Reading high-water marks"), error))
        return false;
    while (query.next())
        m_highWater.insert(query.value(0).toString(), query.value(1).toLongLong());
    query.prepare(QStringLiteral("SELECT pseudonym, MIN(device_id) FROM ratings"
                                 " WHERE session_id = ? GROUP BY pseudonym"));
    query.addBindValue(session.id);
    if (!sql::exec(query, QStringLiteral("Reading pseudonym owners"), error))
        return false;
    while (query.next())
        m_pseudonymOwner.insert(query.value(0).toString(), query.value(1).toString());
    return true;
}

HubLedger::Outcome HubLedger::check(
    const Rating& rating, const QHash<QString, QString>& newOwners) const
{
    auto reject = [](ErrorCode code, const QString& text) {
        return Outcome { Outcome::Kind::Rejected, code, text };
    };
    if (rating.sessionId != m_session.id)
        return reject(ErrorCode::WrongSession, QStringLiteral("answer belongs to another session"));
    if (rating.round < 1 || rating.round > m_session.currentRound)
        return reject(ErrorCode::RoundOutOfRange,
            QStringLiteral("round %1 has not started").arg(rating.round));
    const Statement* statement = m_session.catalog.statement(rating.statementId);
    if (!statement)
        return reject(ErrorCode::UnknownStatement,
            QStringLiteral("unknown statement \"%1\"").arg(rating.statementId.left(64)));
    const Scale* scale = m_session.catalog.scaleFor(*statement);
    if (!scale || !scale->accepts(rating.answer))
        return reject(ErrorCode::AnswerOutOfRange,
            QStringLiteral("answer %1 is not on the scale of \"%2\"")
                .arg(rating.answer)
                .arg(rating.statementId));
    const QString owner
        = m_pseudonymOwner.value(rating.pseudonym, newOwners.value(rating.pseudonym));
    if (!owner.isEmpty() && owner != rating.deviceId)
        return reject(ErrorCode::ForeignPseudonym,
            QStringLiteral("this participant answers from another device"));
    return Outcome { Outcome::Kind::Stored, ErrorCode::None, {} };
}

bool HubLedger::apply(const QList<Incoming>& batch, QList<Outcome>* outcomes, QString* error)
{
    outcomes->clear();
    const QSqlDatabase db = m_database.connection();
    sql::Transaction transaction(db);
    if (!transaction.begin(error))
        return false;
    QSqlQuery participant(db);
    participant.prepare(QStringLiteral("INSERT OR IGNORE INTO participants"
                                       " (session_id, pseudonym, group_id, created_at)"
                                       " VALUES (?, ?, '', ?)"));
    // The newer answer wins (answermerge.h, the rule every device applies too); a duplicate,
    // replay or overtaken one changes nothing and is acknowledged all the same.
    AnswerMerge merge(db);
    QHash<QString, QString> newOwners;
    QHash<QString, qint64> newMarks;
    QList<Outcome> results;
    results.reserve(batch.size());
    for (const Incoming& incoming : batch) {
        const Rating& rating = incoming.rating;
        Outcome outcome = check(rating, newOwners);
        if (outcome.kind == Outcome::Kind::Rejected) {
            results.append(outcome);
            continue;
        }
        if (!m_pseudonymOwner.contains(rating.pseudonym) && !newOwners.contains(rating.pseudonym)) {
            participant.addBindValue(rating.sessionId);
            participant.addBindValue(rating.pseudonym);
            participant.addBindValue(sql::toStorage(toMinute(QDateTime::currentDateTimeUtc())));
            if (!sql::exec(participant, QStringLiteral("Registering a participant"), error))
                return false;
            newOwners.insert(rating.pseudonym, rating.deviceId);
        }
        const auto merged = merge.apply(rating, error);
        if (!merged)
            return false;
        if (*merged == AnswerMerge::Result::Kept)
            outcome.kind = Outcome::Kind::Duplicate;
        qint64& mark = newMarks[rating.deviceId];
        mark = std::max({ mark, rating.sequence, m_highWater.value(rating.deviceId, 0) });
        results.append(outcome);
    }
    if (!transaction.commit(error))
        return false;
    for (auto it = newOwners.cbegin(); it != newOwners.cend(); ++it)
        m_pseudonymOwner.insert(it.key(), it.value());
    for (auto it = newMarks.cbegin(); it != newMarks.cend(); ++it)
        m_highWater.insert(it.key(), it.value());
    *outcomes = results;
    return true;
}

ErrorCode HubLedger::registerParticipant(
    const QString& deviceId, const Participant& participant, QString* error)
{
    if (participant.sessionId != m_session.id) {
        *error = QStringLiteral("participant belongs to another session");
        return ErrorCode::WrongSession;
    }
    const QString owner = m_pseudonymOwner.value(participant.pseudonym);
    if (!owner.isEmpty() && owner != deviceId) {
        *error = QStringLiteral("this participant answers from another device");
        return ErrorCode::ForeignPseudonym;
    }
    if (!participant.groupId.isEmpty()) {
        const bool known = std::any_of(m_session.groups.begin(), m_session.groups.end(),
            [&](const Group& g) { return g.id == participant.groupId; });
        if (!known) {
            *error = QStringLiteral("unknown group \"%1\"").arg(participant.groupId);
            return ErrorCode::UnknownGroup;
        }
    }
    SessionStore sessions(m_database);
    if (!sessions.upsertParticipant(participant, error))
        return ErrorCode::StorageFailed;
    m_pseudonymOwner.insert(participant.pseudonym, deviceId);
    return ErrorCode::None;
}

} // namespace dp

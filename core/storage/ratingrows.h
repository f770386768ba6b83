#pragma once

#include "records.h"

#include <QSqlQuery>
#include <QString>

namespace dp::ratingrows {

/// Columns shared by the ratings and outbox tables, in the order rowToRating() reads them.
inline const QString Columns = QStringLiteral(
    "session_id, round, statement_id, pseudonym, answer, device_id, sequence, updated_at");

/// Selects one rating (or outbox entry) by its key; bind with bindKey().
inline const QString KeyCondition
    = QStringLiteral("session_id = ? AND round = ? AND statement_id = ? AND pseudonym = ?");
/// Stores a rating over whatever its key held; bind with bind().
inline const QString Upsert
    = QStringLiteral("INSERT INTO ratings (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                     " ON CONFLICT (session_id, round, statement_id, pseudonym)"
                     " DO UPDATE SET answer = excluded.answer, device_id = excluded.device_id,"
                     " sequence = excluded.sequence, updated_at = excluded.updated_at")
          .arg(Columns);

Rating fromQuery(const QSqlQuery& query);
/// Binds the eight Columns of `rating` positionally.
void bind(QSqlQuery& query, const Rating& rating);
/// Binds session, round, statement and pseudonym: the key of a rating.
void bindKey(QSqlQuery& query, const QString& sessionId, int round, const QString& statementId,
    const QString& pseudonym);

} // namespace dp::ratingrows

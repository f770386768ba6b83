#pragma once

#include "records.h"

#include <QSqlQuery>
#include <QString>

namespace dp::ratingrows {

/// Columns shared by the ratings and outbox tables, in the order rowToRating() reads them.
inline const QString Columns = QStringLiteral(
    "session_id, round, statement_id, pseudonym, answer, device_id, sequence, updated_at");

Rating fromQuery(const QSqlQuery& query);
/// Binds the eight Columns of `rating` positionally.
void bind(QSqlQuery& query, const Rating& rating);
/// Binds session, round, statement and pseudonym: the key of a rating.
void bindKey(QSqlQuery& query, const QString& sessionId, int round, const QString& statementId,
    const QString& pseudonym);

} // namespace dp::ratingrows

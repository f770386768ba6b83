#include "ratingrows.h"

#include "sqlhelpers.h"

namespace dp::ratingrows {

Rating fromQuery(const QSqlQuery& query)
{
    Rating rating;
    rating.sessionId = query.value(0).toString();
    rating.round = query.value(1).toInt();
    rating.statementId = query.value(2).toString();
    rating.pseudonym = query.value(3).toString();
    rating.answer = query.value(4).toInt();
    rating.deviceId = query.value(5).toString();
    rating.sequence = query.value(6).toLongLong();
    rating.updatedAt = sql::dateTimeFromStorage(query.value(7).toString());
    return rating;
}

void bind(QSqlQuery& query, const Rating& rating)
{
    bindKey(query, rating.sessionId, rating.round, rating.statementId, rating.pseudonym);
    query.addBindValue(rating.answer);
    query.addBindValue(rating.deviceId);
    query.addBindValue(rating.sequence);
    query.addBindValue(sql::toStorage(rating.updatedAt));
}

void bindKey(QSqlQuery& query, const QString& sessionId, int round, const QString& statementId,
    const QString& pseudonym)
{
    query.addBindValue(sessionId);
    query.addBindValue(round);
    query.addBindValue(statementId);
    query.addBindValue(pseudonym);
}

} // namespace dp::ratingrows

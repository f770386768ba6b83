#include "rawrows.h"

#include "csvexport.h"

#include "storage/ratingstore.h"
#include "storage/sessionstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <tuple>

namespace dp {

namespace {

struct RawRows
{
    QList<Rating> ratings;
    QHash<QString, QString> groupOf;
};

RawRows readRows(Database& database, const SessionRecord& session)
{
    RawRows rows;
    for (const Participant& participant : SessionStore(database).participants(session.id))
        rows.groupOf.insert(participant.pseudonym, participant.groupId);
    QHash<QString, int> statementOrder;
    const auto statements = session.catalog.allStatements();
    for (int i = 0; i < statements.size(); ++i)
        statementOrder.insert(statements.at(i).id, i);
    rows.ratings = RatingStore(database).ratings(session.id);
    std::sort(rows.ratings.begin(), rows.ratings.end(), [&](const Rating& a, const Rating& b) {
        return std::tuple(a.round, statementOrder.value(a.statementId), a.pseudonym)
            < std::tuple(b.round, statementOrder.value(b.statementId), b.pseudonym);
    });
    return rows;
}

} // namespace

QByteArray rawCsvRecord(const QStringList& fields)
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line.append(QLatin1Char(','));
        line.append(csvField(fields.at(i), QLatin1Char(',')));
    }
    line.append(QLatin1String("\r\n"));
    return line.toUtf8();
}

QByteArray rawRowsCsv(Database& database, const SessionRecord& session, int* count)
{
    const RawRows rows = readRows(database, session);
    QByteArray data = rawCsvRecord(RawAnswerColumns);
    for (const Rating& r : rows.ratings)
        data += rawCsvRecord({ r.sessionId, QString::number(r.round), r.statementId, r.pseudonym,
            rows.groupOf.value(r.pseudonym), QString::number(r.answer) });
    if (count)
        *count = static_cast<int>(rows.ratings.size());
    return data;
}

QByteArray rawRowsJson(Database& database, const SessionRecord& session, int* count)
{
    const RawRows rows = readRows(database, session);
    QJsonArray array;
    for (const Rating& r : rows.ratings)
        array.append(QJsonObject { { "session", r.sessionId }, { "round", r.round },
            { "statement", r.statementId }, { "pseudonym", r.pseudonym },
            { "group", rows.groupOf.value(r.pseudonym) }, { "answer", r.answer } });
    if (count)
        *count = static_cast<int>(rows.ratings.size());
    return QJsonDocument(
        QJsonObject { { "session", session.id }, { "title", session.title }, { "rows", array } })
        .toJson(QJsonDocument::Indented);
}

} // namespace dp

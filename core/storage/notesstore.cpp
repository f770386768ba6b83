#include "notesstore.h"

#include "database.h"
#include "sessionstore.h"
#include "sqlhelpers.h"

#include <QSqlQuery>

#include <algorithm>

namespace dp {

namespace {

Note noteFromQuery(const QSqlQuery& query)
{
    return Note { query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
        sql::dateTimeFromStorage(query.value(3).toString()) };
}

} // namespace

NotesStore::NotesStore(Database& database)
    : m_database(database)
{
}

std::optional<Note> NotesStore::note(const QString& sessionId, const QString& statementId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT session_id, statement_id, text, updated_at FROM notes"
                                 " WHERE session_id = ? AND statement_id = ?"));
    query.addBindValue(sessionId);
    query.addBindValue(statementId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return noteFromQuery(query);
}

bool NotesStore::setNote(
    const QString& sessionId, const QString& statementId, const QString& text, QString* error)
{
    if (!m_database.isOpen())
        return sql::fail(error, QStringLiteral("The database is not open."));
    const auto session = SessionStore(m_database).session(sessionId);
    if (!session)
        return sql::fail(error, QStringLiteral("Unknown session %1.").arg(sessionId));
    if (!session->catalog.statement(statementId))
        return sql::fail(error,
            QStringLiteral("Session %1 has no statement \"%2\".").arg(sessionId, statementId));
    if (text.size() > MaxLength)
        return sql::fail(error,
            QStringLiteral("A note may have at most %1 characters (this one has %2).")
                .arg(MaxLength)
                .arg(text.size()));

    QSqlQuery query(m_database.connection());
    if (text.trimmed().isEmpty()) {
        query.prepare(
            QStringLiteral("DELETE FROM notes WHERE session_id = ? AND statement_id = ?"));
        query.addBindValue(sessionId);
        query.addBindValue(statementId);
        return sql::exec(query, QStringLiteral("Removing the note"), error);
    }
    query.prepare(QStringLiteral(
        "INSERT INTO notes (session_id, statement_id, text, updated_at) VALUES (?, ?, ?, ?)"
        " ON CONFLICT (session_id, statement_id) DO UPDATE SET text = excluded.text,"
        " updated_at = excluded.updated_at"));
    query.addBindValue(sessionId);
    query.addBindValue(statementId);
    query.addBindValue(text);
    query.addBindValue(sql::toStorage(QDateTime::currentDateTimeUtc()));
    return sql::exec(query, QStringLiteral("Saving the note"), error);
}

QList<Note> NotesStore::notes(const QString& sessionId) const
{
    QList<Note> result;
    {
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("SELECT session_id, statement_id, text, updated_at"
                                     " FROM notes WHERE session_id = ?"));
        query.addBindValue(sessionId);
        if (!query.exec())
            return result;
        while (query.next())
            result.append(noteFromQuery(query));
    }
    const auto session = SessionStore(m_database).session(sessionId);
    if (!session)
        return result;
    QHash<QString, int> order;
    const QList<Statement> statements = session->catalog.allStatements();
    for (int i = 0; i < statements.size(); ++i)
        order.insert(statements.at(i).id, i);
    std::sort(result.begin(), result.end(), [&](const Note& a, const Note& b) {
        return order.value(a.statementId, INT_MAX) < order.value(b.statementId, INT_MAX);
    });
    return result;
}

} // namespace dp

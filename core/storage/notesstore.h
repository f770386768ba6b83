#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace dp {

class Database;

/// The moderator's note on one statement of a session, e.g. what the group said about it.
struct Note
{
    QString sessionId;
    QString statementId;
    QString text;
    QDateTime updatedAt;

    bool operator==(const Note& other) const = default;
};

/// Moderator notes per (session, statement), kept with the session and deleted with it.
class NotesStore
{
public:
    /// Long enough for a page of minutes, short enough that a pasted file is caught.
    static constexpr int MaxLength = 20000;

    explicit NotesStore(Database& database);

    std::optional<Note> note(const QString& sessionId, const QString& statementId) const;
    /// Saves the note; blank text removes it. The statement must be in the session's catalog.
    bool setNote(
        const QString& sessionId, const QString& statementId, const QString& text, QString* error);
    /// The session's notes in catalog order.
    QList<Note> notes(const QString& sessionId) const;

private:
    Database& m_database;
};

} // namespace dp

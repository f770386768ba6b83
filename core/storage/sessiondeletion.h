#pragma once

#include <QStringList>

namespace dp {

class Database;

/// Deletes sessions completely, so that their texts and pseudonyms are gone from the files.
///
/// GDPR erasure: the rows of a session (answers, participants, outbox, notes, the session with
/// its catalog snapshot) are deleted in one transaction with secure_delete on; then VACUUM
/// rebuilds the file without the freed pages and a TRUNCATE checkpoint empties the -wal file,
/// which would otherwise still hold old copies of the pages.
class SessionDeletion
{
public:
    explicit SessionDeletion(Database& database);

    bool deleteSession(const QString& sessionId, QString* error);
    /// All or nothing: an unknown id rolls back the deletion of the others.
    bool deleteSessions(const QStringList& sessionIds, QString* error);

private:
    bool deleteRows(const QStringList& sessionIds, QString* error);
    bool wipeFreedSpace(QString* error);

    Database& m_database;
};

} // namespace dp

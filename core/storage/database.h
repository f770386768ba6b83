#pragma once

#include <QSqlDatabase>
#include <QString>

namespace dp {

/// One SQLite connection in WAL mode whose schema is brought to the current version on open.
/// A file that is not a Dialogpunkte database, or one from a newer app, is refused, never touched.
class Database
{
public:
    /// v1: the foundation; v2: one outbox entry per rating key, enforced by a unique index;
    /// v3: series of workshops, archiving, anonymity threshold per session, moderator notes.
    static constexpr int SchemaVersion = 4;
    /// Written to SQLite's header (PRAGMA application_id) so our files can be told from others.
    static constexpr int ApplicationId = 0x44506b74; // "DPkt"

    Database() = default;
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /// Opens (creating if missing) the database at `path`. Returns false with a readable `error`.
    bool open(const QString& path, QString* error);
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }
    QSqlDatabase connection() const;

    /// The schema version stored in the file (PRAGMA user_version).
    int userVersion() const;

private:
    bool checkExistingFile(QString* error);
    bool checkOwnership(QString* error);
    bool configure(QString* error);
    bool migrate(QString* error);
    void discardConnection();

    QString m_connectionName;
    QString m_path;
};

} // namespace dp

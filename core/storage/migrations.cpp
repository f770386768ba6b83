#include "migrations.h"

#include "database.h"
#include "sqlhelpers.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QUuid>

namespace dp {

namespace {

bool execAll(const QSqlDatabase& db, const QStringList& statements, QString* error)
{
    for (const QString& statement : statements) {
        if (!sql::exec(db, statement, error))
            return false;
    }
    return true;
}

// The foundation. Foreign keys have no ON DELETE CASCADE on purpose: removing a session or
// participant must never silently take ratings with it.
bool createVersion1(const QSqlDatabase& db, QString* error)
{
    const QStringList statements = {
        QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE sessions ("
                       " id TEXT PRIMARY KEY NOT NULL,"
                       " title TEXT NOT NULL,"
                       " date TEXT NOT NULL,"
                       " catalog_json TEXT NOT NULL,"
                       " groups_json TEXT NOT NULL DEFAULT '[]',"
                       " current_round INTEGER NOT NULL DEFAULT 1 CHECK (current_round >= 1),"
                       " role TEXT NOT NULL CHECK (role IN ('local', 'attendee', 'moderator')),"
                       " created_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE participants ("
                       " session_id TEXT NOT NULL REFERENCES sessions(id),"
                       " pseudonym TEXT NOT NULL,"
                       " group_id TEXT NOT NULL DEFAULT '',"
                       " created_at TEXT NOT NULL,"
                       " PRIMARY KEY (session_id, pseudonym))"),
        QStringLiteral("CREATE TABLE ratings ("
                       " session_id TEXT NOT NULL,"
                       " round INTEGER NOT NULL CHECK (round >= 1),"
                       " statement_id TEXT NOT NULL,"
                       " pseudonym TEXT NOT NULL,"
                       " answer INTEGER NOT NULL,"
                       " device_id TEXT NOT NULL,"
                       " sequence INTEGER NOT NULL,"
                       " updated_at TEXT NOT NULL,"
                       " PRIMARY KEY (session_id, round, statement_id, pseudonym),"
                       " FOREIGN KEY (session_id, pseudonym)"
                       "  REFERENCES participants(session_id, pseudonym))"),
        QStringLiteral("CREATE TABLE outbox ("
                       " sequence INTEGER PRIMARY KEY NOT NULL,"
                       " session_id TEXT NOT NULL,"
                       " round INTEGER NOT NULL,"
                       " statement_id TEXT NOT NULL,"
                       " pseudonym TEXT NOT NULL,"
                       " answer INTEGER NOT NULL,"
                       " device_id TEXT NOT NULL,"
                       " updated_at TEXT NOT NULL,"
                       " FOREIGN KEY (session_id, pseudonym)"
                       "  REFERENCES participants(session_id, pseudonym))"),
        QStringLiteral("PRAGMA application_id = %1").arg(Database::ApplicationId),
    };
    if (!execAll(db, statements, error))
        return false;

    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES"
                                  " ('device_id', :device), ('next_sequence', '1')"));
    insert.bindValue(QStringLiteral(":device"), QUuid::createUuid().toString(QUuid::WithoutBraces));
    return sql::exec(insert, QStringLiteral("Creating the device id"), error);
}

// Version 1 relied on the code to keep one outbox entry per rating key. Version 2 lets the
// schema enforce it (a sync round never sends an outdated answer) and indexes the per-person
// lookups the rating screen makes on every page. Superseded outbox entries are dropped: the
// rating they describe was already replaced by the newer entry that stays.
bool migrateTo2(const QSqlDatabase& db, QString* error)
{
    return execAll(db,
        { QStringLiteral("DELETE FROM outbox WHERE sequence NOT IN"
                         " (SELECT MAX(sequence) FROM outbox"
                         "  GROUP BY session_id, round, statement_id, pseudonym)"),
            QStringLiteral("CREATE UNIQUE INDEX outbox_by_key"
                           " ON outbox (session_id, round, statement_id, pseudonym)"),
            QStringLiteral("CREATE INDEX ratings_by_participant"
                           " ON ratings (session_id, pseudonym, round)") },
        error);
}

// Version 3 prepares the time before and after a workshop: series of workshops of one cluster,
// archiving, a per-session anonymity threshold k and the moderator's notes. Columns are added
// with defaults so every existing session keeps its data and simply belongs to no series.
// The CHECK on k mirrors GroupSuppression::MinimumThreshold: fewer than 3 answers per group
// would let people in a small group recognise each other's answers.
bool migrateTo3(const QSqlDatabase& db, QString* error)
{
    return execAll(db,
        { QStringLiteral("CREATE TABLE series ("
                         " id TEXT PRIMARY KEY NOT NULL,"
                         " title TEXT NOT NULL,"
                         " created_at TEXT NOT NULL)"),
            QStringLiteral("ALTER TABLE sessions ADD COLUMN series_id TEXT REFERENCES series(id)"),
            QStringLiteral("ALTER TABLE sessions ADD COLUMN series_position INTEGER"
                           " CHECK (series_position IS NULL OR series_position >= 1)"),
            QStringLiteral("ALTER TABLE sessions ADD COLUMN archived INTEGER NOT NULL DEFAULT 0"
                           " CHECK (archived IN (0, 1))"),
            QStringLiteral("ALTER TABLE sessions ADD COLUMN anonymity_threshold INTEGER NOT NULL"
                           " DEFAULT 5 CHECK (anonymity_threshold >= 3)"),
            QStringLiteral("CREATE TABLE notes ("
                           " session_id TEXT NOT NULL REFERENCES sessions(id),"
                           " statement_id TEXT NOT NULL,"
                           " text TEXT NOT NULL,"
                           " updated_at TEXT NOT NULL,"
                           " PRIMARY KEY (session_id, statement_id))") },
        error);
}

// A device's id in one session, made from its old installation-wide id: new per session and
// not reversible, and the same on the hub and the device (both migrate their copy alike), so
// a workshop under way goes on syncing after the update.
QString sessionDeviceId(const QString& installationId, const QString& sessionId)
{
    const QByteArray hash = QCryptographicHash::hash(
        (QStringLiteral("dialogpunkte device in session:") + installationId + u':' + sessionId)
            .toUtf8(),
        QCryptographicHash::Sha256);
    return QUuid::fromRfc4122(hash.left(16)).toString(QUuid::WithoutBraces);
}

bool renewDeviceIds(const QSqlDatabase& db, const QString& table, QString* error)
{
    QSqlQuery pairs(db);
    if (!pairs.exec(QStringLiteral("SELECT DISTINCT session_id, device_id FROM %1").arg(table)))
        return sql::fail(error, pairs.lastError().text());
    QList<QPair<QString, QString>> found;
    while (pairs.next())
        found.append({ pairs.value(0).toString(), pairs.value(1).toString() });
    QSqlQuery update(db);
    update.prepare(
        QStringLiteral("UPDATE %1 SET device_id = ? WHERE session_id = ? AND device_id = ?")
            .arg(table));
    for (const auto& [session, device] : std::as_const(found)) {
        update.addBindValue(sessionDeviceId(device, session));
        update.addBindValue(session);
        update.addBindValue(device);
        if (!sql::exec(update, QStringLiteral("Renewing device ids"), error))
            return false;
    }
    return true;
}

// Version 4 keeps nothing that links a device or a person across workshops. A device's id and
// its sequences are per session: the id is given by the hub (sessions.device_id), sequences
// count per session from 1 (sessions.next_sequence); the installation-wide device id and the
// global counter are gone. Ids already stored are renewed per session (see sessionDeviceId);
// existing sessions count on from the old counter, so their answers stay in order and their
// outbox entries keep working (the outbox is keyed by session and sequence now). Stored times
// of answers and participants keep only the minute. Also kept per session: the hub's seal, which
// lets the hub that hosted it take it back after losing its database, and on the moderator's
// side the room code, which a workshop keeps for life so tablets find it after a restart.
bool migrateTo4(const QSqlDatabase& db, QString* error)
{
    QSqlQuery meta(db);
    if (!meta.exec(QStringLiteral("SELECT key, value FROM meta"
                                  " WHERE key IN ('device_id', 'next_sequence')")))
        return sql::fail(error, meta.lastError().text());
    QString installationId;
    qint64 nextSequence = 1;
    while (meta.next()) {
        if (meta.value(0).toString() == QLatin1String("device_id"))
            installationId = meta.value(1).toString();
        else
            nextSequence = std::max<qint64>(1, meta.value(1).toString().toLongLong());
    }
    if (!execAll(db,
            { QStringLiteral("ALTER TABLE sessions ADD COLUMN device_id TEXT NOT NULL DEFAULT ''"),
                QStringLiteral("ALTER TABLE sessions ADD COLUMN next_sequence INTEGER NOT NULL"
                               " DEFAULT 1 CHECK (next_sequence >= 1)"),
                QStringLiteral("ALTER TABLE sessions ADD COLUMN seal TEXT NOT NULL DEFAULT ''"),
                QStringLiteral(
                    "ALTER TABLE sessions ADD COLUMN room_code TEXT NOT NULL DEFAULT ''") },
            error))
        return false;
    QSqlQuery sessions(db);
    if (!sessions.exec(QStringLiteral("SELECT id FROM sessions")))
        return sql::fail(error, sessions.lastError().text());
    QStringList ids;
    while (sessions.next())
        ids.append(sessions.value(0).toString());
    QSqlQuery update(db);
    update.prepare(
        QStringLiteral("UPDATE sessions SET device_id = ?, next_sequence = ? WHERE id = ?"));
    for (const QString& id : std::as_const(ids)) {
        update.addBindValue(
            installationId.isEmpty() ? QString() : sessionDeviceId(installationId, id));
        update.addBindValue(nextSequence);
        update.addBindValue(id);
        if (!sql::exec(update, QStringLiteral("Giving sessions their device ids"), error))
            return false;
    }
    if (!renewDeviceIds(db, QStringLiteral("ratings"), error)
        || !renewDeviceIds(db, QStringLiteral("outbox"), error))
        return false;
    // Times to the minute: "2024-03-12T09:41:12.345Z" becomes "2024-03-12T09:41:00.000Z".
    return execAll(db,
        { QStringLiteral("UPDATE ratings SET updated_at = substr(updated_at, 1, 16) || ':00.000Z'"),
            QStringLiteral(
                "UPDATE participants SET created_at = substr(created_at, 1, 16) || ':00.000Z'"),
            QStringLiteral("CREATE TABLE outbox_v4 ("
                           " session_id TEXT NOT NULL,"
                           " sequence INTEGER NOT NULL,"
                           " round INTEGER NOT NULL,"
                           " statement_id TEXT NOT NULL,"
                           " pseudonym TEXT NOT NULL,"
                           " answer INTEGER NOT NULL,"
                           " device_id TEXT NOT NULL,"
                           " updated_at TEXT NOT NULL,"
                           " PRIMARY KEY (session_id, sequence),"
                           " FOREIGN KEY (session_id, pseudonym)"
                           "  REFERENCES participants(session_id, pseudonym))"),
            QStringLiteral("INSERT INTO outbox_v4 (session_id, sequence, round, statement_id,"
                           " pseudonym, answer, device_id, updated_at)"
                           " SELECT session_id, sequence, round, statement_id, pseudonym, answer,"
                           " device_id, substr(updated_at, 1, 16) || ':00.000Z' FROM outbox"),
            QStringLiteral("DROP TABLE outbox"),
            QStringLiteral("ALTER TABLE outbox_v4 RENAME TO outbox"),
            QStringLiteral("CREATE UNIQUE INDEX outbox_by_key"
                           " ON outbox (session_id, round, statement_id, pseudonym)"),
            QStringLiteral("DELETE FROM meta WHERE key IN ('device_id', 'next_sequence')") },
        error);
}

using Step = bool (*)(const QSqlDatabase&, QString*);

bool runStep(const QSqlDatabase& db, int targetVersion, Step step, QString* error)
{
    sql::Transaction transaction(db);
    if (!transaction.begin(error))
        return false;
    QString stepError;
    if (!step(db, &stepError))
        return sql::fail(error,
            QStringLiteral("Upgrading the database to version %1 failed: %2")
                .arg(targetVersion)
                .arg(stepError));
    // user_version lives in the file header and is written inside this transaction.
    if (!sql::exec(db, QStringLiteral("PRAGMA user_version = %1").arg(targetVersion), error))
        return false;
    return transaction.commit(error);
}

} // namespace

bool migrateSchema(const QSqlDatabase& db, int fromVersion, QString* error)
{
    static_assert(Database::SchemaVersion == 4, "add a migration step below");
    switch (fromVersion) {
    case 0:
        if (!runStep(db, 1, createVersion1, error))
            return false;
        [[fallthrough]];
    case 1:
        if (!runStep(db, 2, migrateTo2, error))
            return false;
        [[fallthrough]];
    case 2:
        if (!runStep(db, 3, migrateTo3, error))
            return false;
        [[fallthrough]];
    case 3:
        if (!runStep(db, 4, migrateTo4, error))
            return false;
        [[fallthrough]];
    case 4:
        return true;
    default:
        return sql::fail(
            error, QStringLiteral("Unknown database schema version %1").arg(fromVersion));
    }
}

} // namespace dp

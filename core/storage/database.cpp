#include "database.h"

#include "migrations.h"
#include "sqlhelpers.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <optional>

namespace dp {

namespace {

// Every Database owns one Qt connection name, so many can live in one process (a simulator with
// dozens of devices, or a test holding an old and a new file).
QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("dialogpunkte-%1").arg(counter.fetchAndAddRelaxed(1));
}

std::optional<qint64> pragmaValue(const QSqlDatabase& db, const QString& pragma, QString* error)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA %1").arg(pragma)) || !query.next()) {
        sql::fail(
            error, QStringLiteral("Cannot read %1: %2").arg(pragma, query.lastError().text()));
        return std::nullopt;
    }
    return query.value(0).toLongLong();
}

} // namespace

Database::~Database()
{
    close();
}

bool Database::open(const QString& path, QString* error)
{
    close();
    m_path = path;
    if (!checkExistingFile(error)) {
        m_path.clear();
        return false;
    }

    m_connectionName = nextConnectionName();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    const bool ok = db.open();
    if (!ok) {
        sql::fail(error,
            QStringLiteral("Cannot open the database %1: %2").arg(path, db.lastError().text()));
    }
    db = QSqlDatabase(); // no copy may outlive removeDatabase() in discardConnection()

    // Order matters: nothing may write to the file before we know it is ours.
    if (!ok || !checkOwnership(error) || !configure(error) || !migrate(error)) {
        discardConnection();
        m_path.clear();
        return false;
    }
    return true;
}

void Database::close()
{
    discardConnection();
    m_path.clear();
}

void Database::discardConnection()
{
    if (m_connectionName.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

bool Database::isOpen() const
{
    return !m_connectionName.isEmpty() && connection().isOpen();
}

QSqlDatabase Database::connection() const
{
    if (m_connectionName.isEmpty())
        return {};
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::userVersion() const
{
    return int(pragmaValue(connection(), QStringLiteral("user_version"), nullptr).value_or(-1));
}

// Cheap checks before SQLite sees the file: SQLite would happily treat many non-database files
// as "not a database" only on first read, and we want a message people can act on.
bool Database::checkExistingFile(QString* error)
{
    const QFileInfo info(m_path);
    if (!info.exists()) {
        if (!info.dir().exists())
            return sql::fail(error,
                QStringLiteral("The folder for the database does not exist: %1")
                    .arg(info.absolutePath()));
        return true;
    }
    if (!info.isFile())
        return sql::fail(error, QStringLiteral("%1 is not a file").arg(m_path));
    if (info.size() == 0)
        return true; // SQLite treats an empty file as an empty database
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return sql::fail(
            error, QStringLiteral("Cannot read %1: %2").arg(m_path, file.errorString()));
    static const QByteArray magic("SQLite format 3\0", 16);
    if (file.read(magic.size()) != magic)
        return sql::fail(error,
            QStringLiteral("%1 is not a Dialogpunkte database (it is not an "
                           "SQLite file at all); it was left untouched.")
                .arg(m_path));
    return true;
}

// Only reads: the header fields, the table list and a structural check.
bool Database::checkOwnership(QString* error)
{
    const QSqlDatabase db = connection();
    sql::exec(db, QStringLiteral("PRAGMA busy_timeout = 5000"), nullptr);

    QSqlQuery tablesQuery(db);
    if (!tablesQuery.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"
                                         " AND name NOT LIKE 'sqlite_%' ORDER BY name")))
        return sql::fail(error,
            QStringLiteral("%1 is not a readable database (%2); it was left "
                           "untouched.")
                .arg(m_path, tablesQuery.lastError().text()));
    QStringList tables;
    while (tablesQuery.next())
        tables << tablesQuery.value(0).toString();

    const auto version = pragmaValue(db, QStringLiteral("user_version"), error);
    const auto applicationId = pragmaValue(db, QStringLiteral("application_id"), error);
    if (!version || !applicationId)
        return false;

    if (*version == 0 && tables.isEmpty())
        return true; // a new, empty file
    if (*applicationId != ApplicationId || *version == 0)
        return sql::fail(error,
            QStringLiteral("%1 is an SQLite database of another program "
                           "(tables: %2), not a Dialogpunkte database; it was "
                           "left untouched.")
                .arg(m_path, tables.join(QStringLiteral(", "))));
    if (*version > SchemaVersion)
        return sql::fail(error,
            QStringLiteral("%1 was written by a newer version of Dialogpunkte "
                           "(database version %2, this app understands up to "
                           "%3). Please update the app; the file was left "
                           "untouched.")
                .arg(m_path)
                .arg(*version)
                .arg(SchemaVersion));

    QSqlQuery check(db);
    if (!check.exec(QStringLiteral("PRAGMA quick_check")) || !check.next()
        || check.value(0).toString() != QLatin1String("ok"))
        return sql::fail(error,
            QStringLiteral("%1 is damaged (%2); it was left untouched.")
                .arg(m_path,
                    check.lastError().isValid() ? check.lastError().text()
                                                : check.value(0).toString()));
    return true;
}

bool Database::configure(QString* error)
{
    const QSqlDatabase db = connection();
    QSqlQuery journal(db);
    if (!journal.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !journal.next()
        || journal.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return sql::fail(error,
            QStringLiteral("Cannot switch %1 to write-ahead logging: %2")
                .arg(m_path, journal.lastError().text()));
    journal.finish();
    // FULL syncs the log on every commit: a rating shown as saved survives a dead battery.
    return sql::exec(db, QStringLiteral("PRAGMA synchronous = FULL"), error)
        && sql::exec(db, QStringLiteral("PRAGMA foreign_keys = ON"), error);
}

bool Database::migrate(QString* error)
{
    const auto version = pragmaValue(connection(), QStringLiteral("user_version"), error);
    return version && migrateSchema(connection(), int(*version), error);
}

} // namespace dp

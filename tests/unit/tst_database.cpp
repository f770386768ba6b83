// Opening, creating and refusing database files; the data directory helper.
#include "rawsql.h"
#include "storage/database.h"
#include "storage/datalocation.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace dp;

namespace {

QByteArray readBytes(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

QVariant pragma(const Database& database, const QString& name)
{
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("PRAGMA ") + name) || !query.next())
        return {};
    return query.value(0);
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void createsCurrentSchemaInWalMode()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new.sqlite"));
        Database database;
        QString error;
        QVERIFY2(database.open(path, &error), qPrintable(error));
        QVERIFY(database.isOpen());
        QCOMPARE(database.path(), path);
        QCOMPARE(database.userVersion(), Database::SchemaVersion);
        QCOMPARE(
            pragma(database, QStringLiteral("journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(pragma(database, QStringLiteral("synchronous")).toInt(), 2); // FULL
        QCOMPARE(pragma(database, QStringLiteral("foreign_keys")).toInt(), 1);
        QVERIFY(pragma(database, QStringLiteral("busy_timeout")).toInt() > 0);
        QCOMPARE(
            pragma(database, QStringLiteral("application_id")).toInt(), Database::ApplicationId);

        QSqlQuery tables(database.connection());
        QVERIFY(tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"
                                           " ORDER BY name")));
        QStringList names;
        while (tables.next())
            names << tables.value(0).toString();
        QCOMPARE(names,
            QStringList(
                { "meta", "notes", "outbox", "participants", "ratings", "series", "sessions" }));
    }

    void reopensItsOwnFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("db.sqlite"));
        QString error;
        {
            Database database;
            QVERIFY2(database.open(path, &error), qPrintable(error));
        }
        Database again;
        QVERIFY2(again.open(path, &error), qPrintable(error));
        QCOMPARE(again.userVersion(), Database::SchemaVersion);
        again.close();
        QVERIFY(!again.isOpen());
    }

    void severalDatabasesCoexist()
    {
        QTemporaryDir dir;
        QString error;
        Database a;
        Database b;
        Database sameFileAsA;
        QVERIFY2(a.open(dir.filePath(QStringLiteral("a.sqlite")), &error), qPrintable(error));
        QVERIFY2(b.open(dir.filePath(QStringLiteral("b.sqlite")), &error), qPrintable(error));
        QVERIFY2(sameFileAsA.open(a.path(), &error), qPrintable(error));
        QVERIFY(a.connection().connectionName() != b.connection().connectionName());
        QVERIFY(a.connection().connectionName() != sameFileAsA.connection().connectionName());

        QSqlQuery insert(a.connection());
        QVERIFY(insert.exec(QStringLiteral("INSERT INTO meta VALUES ('probe', 'a')")));
        QSqlQuery read(sameFileAsA.connection());
        QVERIFY(read.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'probe'")));
        QVERIFY(read.next());
        QCOMPARE(read.value(0).toString(), QStringLiteral("a"));
        read.finish();

        b.close();
        QVERIFY(a.isOpen());
        QVERIFY(!b.isOpen());
    }

    void refusesMissingFolder()
    {
        QTemporaryDir dir;
        Database database;
        QString error;
        QVERIFY(!database.open(dir.filePath(QStringLiteral("no/such/folder/db.sqlite")), &error));
        QVERIFY(error.contains(QStringLiteral("folder")));
        QVERIFY(!database.isOpen());
    }

    void refusesNonSqliteFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QByteArray random(4096, '\0');
        for (char& byte : random)
            byte = char(QRandomGenerator::global()->bounded(256));
        QTest::newRow("random bytes") << random;
        QTest::newRow("text file") << QByteArray("Teilnehmende: 42\nDimension: Netzwerk\n");
        QTest::newRow("truncated header") << QByteArray("SQLite form");
    }

    void refusesNonSqliteFiles()
    {
        QFETCH(QByteArray, bytes);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
        writeBytes(path, bytes);

        Database database;
        QString error;
        QVERIFY(!database.open(path, &error));
        QVERIFY2(error.contains(QStringLiteral("not an SQLite file")), qPrintable(error));
        QVERIFY(!database.isOpen());
        QCOMPARE(readBytes(path), bytes);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void refusesForeignDatabase_data()
    {
        QTest::addColumn<QStringList>("statements");
        QTest::newRow("other tables, version 0")
            << QStringList { "CREATE TABLE contacts (name TEXT, phone TEXT)",
                   "INSERT INTO contacts VALUES ('Erika', '0123')" };
        QTest::newRow("other program's version")
            << QStringList { "CREATE TABLE sessions (id TEXT)", "PRAGMA user_version = 1" };
        QTest::newRow("other program, newer version")
            << QStringList { "CREATE TABLE notes (text TEXT)", "PRAGMA user_version = 99" };
    }

    void refusesForeignDatabase()
    {
        QFETCH(QStringList, statements);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("foreign.sqlite"));
        test::runRawSql(path, statements);
        const QByteArray before = readBytes(path);
        QVERIFY(!before.isEmpty());

        Database database;
        QString error;
        QVERIFY(!database.open(path, &error));
        QVERIFY2(error.contains(QStringLiteral("another program")), qPrintable(error));
        QVERIFY(!database.isOpen());
        QCOMPARE(readBytes(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void refusesNewerSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.sqlite"));
        QString error;
        {
            Database database;
            QVERIFY2(database.open(path, &error), qPrintable(error));
        }
        test::runRawSql(path,
            { QStringLiteral("PRAGMA journal_mode = DELETE"),
                QStringLiteral("PRAGMA user_version = %1").arg(Database::SchemaVersion + 1) });
        const QByteArray before = readBytes(path);

        Database database;
        QVERIFY(!database.open(path, &error));
        QVERIFY2(error.contains(QStringLiteral("newer version")), qPrintable(error));
        QCOMPARE(readBytes(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void refusesDamagedDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("damaged.sqlite"));
        QString error;
        {
            Database database;
            QVERIFY2(database.open(path, &error), qPrintable(error));
        }
        test::runRawSql(path, { QStringLiteral("PRAGMA journal_mode = DELETE") });
        QByteArray bytes = readBytes(path);
        const int pageSize = 4096;
        QVERIFY(bytes.size() >= 3 * pageSize);
        // Scribble over the second page, a table's b-tree page.
        for (int i = pageSize; i < 2 * pageSize; ++i)
            bytes[i] = char(0xa5);
        writeBytes(path, bytes);

        Database database;
        QVERIFY(!database.open(path, &error));
        QVERIFY2(error.contains(QStringLiteral("damaged")), qPrintable(error));
        QVERIFY(!database.isOpen());
        QCOMPARE(readBytes(path), bytes);
    }

    void acceptsEmptyFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("empty.sqlite"));
        writeBytes(path, QByteArray());
        Database database;
        QString error;
        QVERIFY2(database.open(path, &error), qPrintable(error));
        QCOMPARE(database.userVersion(), Database::SchemaVersion);
    }

    void resolvesDefaultDataDirectory()
    {
        QString error;
        const QString directory = resolveDataDirectory(QString(), &error);
        QVERIFY2(!directory.isEmpty(), qPrintable(error));
        QVERIFY(QFileInfo(directory).isDir());
        QCOMPARE(directory,
            QDir::cleanPath(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
        QCOMPARE(
            QFileInfo(databasePath(directory)).fileName(), QStringLiteral("dialogpunkte.sqlite"));
    }

    void resolvesOverrideDataDirectory()
    {
        QTemporaryDir dir;
        QString error;
        const QString wanted = dir.filePath(QStringLiteral("nested/data"));
        QCOMPARE(resolveDataDirectory(wanted, &error), QDir::cleanPath(wanted));
        QVERIFY(QFileInfo(wanted).isDir());

        const QString file = dir.filePath(QStringLiteral("plain-file"));
        writeBytes(file, "x");
        QVERIFY(resolveDataDirectory(file, &error).isEmpty());
        QVERIFY2(error.contains(QStringLiteral("not a folder")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"

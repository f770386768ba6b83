// A version 2 database opened by this app becomes version 3 with every answer kept.
#include "rawsql.h"
#include "storage/database.h"
#include "storage/notesstore.h"
#include "storage/ratingstore.h"
#include "storage/seriesstore.h"
#include "storage/sessionlifecycle.h"
#include "storage/sessionstore.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace dp;

namespace {

const QString SessionId = QStringLiteral("0b9e4c1a-7d2f-4e8a-9c3b-6f5a1d2e3c4b");
const QString Anna = QStringLiteral("9f86d081884c7d659a2feaa0c55ad015");

// The version 1 fixture followed by the version 2 step exactly as it shipped: a v2 file.
QStringList version2Statements()
{
    QStringList statements = test::schemaV1Statements();
    statements << QStringLiteral("DELETE FROM outbox WHERE sequence NOT IN"
                                 " (SELECT MAX(sequence) FROM outbox"
                                 "  GROUP BY session_id, round, statement_id, pseudonym)")
               << QStringLiteral("CREATE UNIQUE INDEX outbox_by_key"
                                 " ON outbox (session_id, round, statement_id, pseudonym)")
               << QStringLiteral("CREATE INDEX ratings_by_participant"
                                 " ON ratings (session_id, pseudonym, round)")
               << QStringLiteral("PRAGMA user_version = 2");
    return statements;
}

} // namespace

class TestMigrationsV3 : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(version2Statements().size() > 10);
    }

    void version2KeepsItsDataAndGainsTheLifecycle()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v2.sqlite"));
        test::runRawSql(path, version2Statements());
        QCOMPARE(test::rawCount(path, QStringLiteral("PRAGMA user_version")), 2);

        Database database;
        QString error;
        QVERIFY2(database.open(path, &error), qPrintable(error));
        QCOMPARE(database.userVersion(), Database::SchemaVersion);

        SessionStore sessions(database);
        const auto session = sessions.session(SessionId);
        QVERIFY(session);
        QCOMPARE(session->title, QStringLiteral("Werkstatt Nord"));
        QCOMPARE(session->currentRound, 2);
        QCOMPARE(session->catalog.statementCount(), 2);
        QCOMPARE(sessions.participants(SessionId).size(), 2);
        RatingStore ratings(database);
        QCOMPARE(ratings.ratingCount(SessionId), 4);
        QCOMPARE(ratings.pendingCount(SessionId), 3);
        QCOMPARE(ratings.rating(SessionId, 1, QStringLiteral("n1"), Anna)->answer, 5);

        // An old session belongs to no series, is not archived and has the default k.
        SessionLifecycle lifecycle(database);
        const auto settings = lifecycle.settings(SessionId);
        QVERIFY(settings);
        QCOMPARE(*settings, SessionSettings {});
        QCOMPARE(settings->anonymityThreshold, 5);

        // The new parts work on the upgraded file.
        QVERIFY2(NotesStore(database).setNote(
                     SessionId, QStringLiteral("n1"), QStringLiteral("Rollen klären"), &error),
            qPrintable(error));
        SeriesStore series(database);
        const auto cluster = series.createSeries(QStringLiteral("Cluster Nord"), &error);
        QVERIFY2(cluster, qPrintable(error));
        QCOMPARE(series.assignSession(SessionId, cluster->id, &error), 1);
        const auto next
            = lifecycle.duplicateAsNextWorkshop(SessionId, QDate(2025, 3, 1), QString(), &error);
        QVERIFY2(next, qPrintable(error));
        QCOMPARE(lifecycle.settings(next->id)->seriesPosition, 2);

        // And they are still there after reopening (no second migration, nothing lost).
        database.close();
        QVERIFY2(database.open(path, &error), qPrintable(error));
        QCOMPARE(database.userVersion(), Database::SchemaVersion);
        QCOMPARE(NotesStore(database).notes(SessionId).size(), 1);
        QCOMPARE(SeriesStore(database).sessionsOfSeries(cluster->id).size(), 2);
        QCOMPARE(RatingStore(database).ratingCount(SessionId), 4);
    }

    void failedVersion3StepKeepsVersion2AndData()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken-v2.sqlite"));
        QStringList statements = version2Statements();
        // A v2 file where the name "notes" is already taken makes the v3 step fail at its end,
        // after the session columns were added: those must be rolled back too.
        statements << QStringLiteral("CREATE TABLE notes (something TEXT)");
        test::runRawSql(path, statements);

        Database database;
        QString error;
        QVERIFY(!database.open(path, &error));
        QVERIFY2(error.contains(QStringLiteral("version 3")), qPrintable(error));
        QCOMPARE(test::rawCount(path, QStringLiteral("PRAGMA user_version")), 2);
        QCOMPARE(test::rawCount(path, QStringLiteral("SELECT COUNT(*) FROM ratings")), 4);
        QCOMPARE(test::rawCount(path, QStringLiteral("SELECT COUNT(*) FROM outbox")), 3);
        // The session table did not get half of its new columns.
        QCOMPARE(test::rawCount(path,
                     QStringLiteral("SELECT COUNT(*) FROM pragma_table_info('sessions')"
                                    " WHERE name = 'anonymity_threshold'")),
            0);
    }
};

QTEST_GUILESS_MAIN(TestMigrationsV3)
#include "tst_migrations_v3.moc"

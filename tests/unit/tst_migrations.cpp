// Opening databases written by older versions of the app: data survives, schema is current.
#include "rawsql.h"
#include "storage/database.h"
#include "storage/ratingstore.h"
#include "storage/sessionstore.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace dp;

namespace {

const QString SessionId = QStringLiteral("0b9e4c1a-7d2f-4e8a-9c3b-6f5a1d2e3c4b");
const QString Anna = QStringLiteral("9f86d081884c7d659a2feaa0c55ad015");
const QString Ben = QStringLiteral("e3b0c44298fc1c149afbf4c8996fb924");
const QString DeviceId = QStringLiteral("5d0c7a4e-2f1b-4c39-9b7e-0a8f6d2e1c33");

// A version 1 file in dir, written as the old app left it.
QString writeVersion1(const QTemporaryDir& dir, const QString& name = QStringLiteral("v1.sqlite"))
{
    const QString path = dir.filePath(name);
    test::runRawSql(path, test::schemaV1Statements());
    return path;
}

QStringList indexNames(const Database& database)
{
    QSqlQuery query(database.connection());
    query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index'"
                              " AND name NOT LIKE 'sqlite_%' ORDER BY name"));
    QStringList names;
    while (query.next())
        names << query.value(0).toString();
    return names;
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(test::schemaV1Statements().size() > 10);
    }

    void version1KeepsItsDataAndBecomesCurrent()
    {
        QTemporaryDir dir;
        const QString path = writeVersion1(dir);

        Database database;
        QString error;
        QVERIFY2(database.open(path, &error), qPrintable(error));
        QCOMPARE(database.userVersion(), Database::SchemaVersion);
        QCOMPARE(indexNames(database), QStringList({ "outbox_by_key", "ratings_by_participant" }));

        SessionStore sessions(database);
        const auto session = sessions.session(SessionId);
        QVERIFY(session);
        QCOMPARE(session->title, QStringLiteral("Werkstatt Nord"));
        QCOMPARE(session->date, QDate(2024, 3, 12));
        QCOMPARE(session->currentRound, 2);
        QCOMPARE(session->role, SessionRecord::Role::Attendee);
        QCOMPARE(session->catalog.statementCount(), 2);
        QCOMPARE(session->groups.size(), 1);
        QCOMPARE(
            session->groups.first().name.text(QStringLiteral("en")), QStringLiteral("Day care"));
        QCOMPARE(sessions.participants(SessionId).size(), 2);
        QCOMPARE(sessions.participant(SessionId, Anna)->groupId, QStringLiteral("kita"));

        RatingStore ratings(database);
        // The installation-wide id is gone; the session has a fresh id of its own, which its
        // stored answers carry too.
        const QString sessionDevice = ratings.deviceId(SessionId);
        QVERIFY(!QUuid::fromString(sessionDevice).isNull());
        QVERIFY(sessionDevice != DeviceId);
        QSqlQuery meta(database.connection());
        QVERIFY(meta.exec("SELECT COUNT(*) FROM meta WHERE key IN ('device_id', 'next_sequence')"));
        QVERIFY(meta.next());
        QCOMPARE(meta.value(0).toInt(), 0);
        for (const Rating& rating : ratings.ratings(SessionId))
            QCOMPARE(rating.deviceId, sessionDevice);
        QCOMPARE(ratings.ratingCount(SessionId), 4);
        const auto annaN1 = ratings.rating(SessionId, 1, QStringLiteral("n1"), Anna);
        QVERIFY(annaN1);
        QCOMPARE(annaN1->answer, 5);
        QCOMPARE(annaN1->sequence, 40);
        QCOMPARE(annaN1->updatedAt, QDateTime(QDate(2024, 3, 12), QTime(9, 0), Qt::UTC));
        QCOMPARE(
            ratings.rating(SessionId, 2, QStringLiteral("n1"), Anna)->answer, CannotJudgeAnswer);

        // The leftover entry 30 for the same key as 40 is gone; the current answers stay queued.
        QList<qint64> pending;
        for (const Rating& rating : ratings.pendingOutbox(SessionId))
            pending << rating.sequence;
        QCOMPARE(pending, QList<qint64>({ 40, 41, 42 }));
        QVERIFY(!ratings.isAcknowledged(SessionId, 1, QStringLiteral("n1"), Anna));
        QVERIFY(ratings.isAcknowledged(SessionId, 1, QStringLiteral("n1"), Ben));

        // The session's counter carries on where version 1 stopped, and the outbox entries are
        // acknowledged as before.
        const auto saved = ratings.saveAnswer(SessionId, 2, QStringLiteral("n2"), Anna, 4, &error);
        QVERIFY2(saved, qPrintable(error));
        QCOMPARE(saved->sequence, 43);
        QCOMPARE(saved->deviceId, sessionDevice);
        QVERIFY2(ratings.acknowledge(SessionId, { 40, 41 }, &error), qPrintable(error));
        pending.clear();
        for (const Rating& rating : ratings.pendingOutbox(SessionId))
            pending << rating.sequence;
        QCOMPARE(pending, QList<qint64>({ 42, 43 }));
    }

    void version2EnforcesOneOutboxEntryPerKey()
    {
        QTemporaryDir dir;
        const QString path = writeVersion1(dir);
        Database database;
        QString error;
        QVERIFY2(database.open(path, &error), qPrintable(error));

        QSqlQuery duplicate(database.connection());
        QVERIFY(!duplicate.exec(QStringLiteral(
            "INSERT INTO outbox (sequence, session_id, round, statement_id, pseudonym, answer,"
            " device_id, updated_at) VALUES (99, '%1', 1, 'n2', '%2', 1, '%3',"
            " '2024-03-12T12:00:00Z')")
                                    .arg(SessionId, Anna, DeviceId)));
    }

    void reopeningACurrentDatabaseChangesNothing()
    {
        QTemporaryDir dir;
        const QString path = writeVersion1(dir);
        QString error;
        {
            Database database;
            QVERIFY2(database.open(path, &error), qPrintable(error));
        }
        Database database;
        QVERIFY2(database.open(path, &error), qPrintable(error));
        QCOMPARE(database.userVersion(), Database::SchemaVersion);
        QCOMPARE(RatingStore(database).pendingCount(SessionId), 3);
    }

    // Each step runs in its own transaction: a failing step leaves the file at the last version.
    void failedStepKeepsPreviousVersionAndData()
    {
        QTemporaryDir dir;
        const QString path = writeVersion1(dir, QStringLiteral("broken-v1.sqlite"));
        // A v1 file whose index name is already taken makes the v2 step fail halfway.
        test::runRawSql(
            path, { QStringLiteral("CREATE INDEX ratings_by_participant ON ratings (answer)") });

        Database database;
        QString error;
        QVERIFY(!database.open(path, &error));
        QVERIFY2(error.contains(QStringLiteral("version 2")), qPrintable(error));
        QVERIFY(!database.isOpen());

        QCOMPARE(test::rawCount(path, QStringLiteral("PRAGMA user_version")), 1);
        // the v2 clean-up was rolled back as well
        QCOMPARE(test::rawCount(path, QStringLiteral("SELECT COUNT(*) FROM outbox")), 4);
        QCOMPARE(test::rawCount(path, QStringLiteral("SELECT COUNT(*) FROM ratings")), 4);
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"

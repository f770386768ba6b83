// GDPR deletion and retention: a deleted session leaves no trace in the database file or its
// write-ahead log, other sessions stay intact, and old sessions go after the retention period.
#include "storage/database.h"
#include "storage/notesstore.h"
#include "storage/ratingstore.h"
#include "storage/retention.h"
#include "storage/seriesstore.h"
#include "storage/sessiondeletion.h"
#include "storage/sessionlifecycle.h"
#include "storage/sessionstore.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace dp;

namespace {

// A catalog whose statement texts carry `marker`, so its snapshot can be found in raw bytes.
Catalog markedCatalog(const QString& marker)
{
    const QString json = QStringLiteral(R"({
      "format": "dialogpunkte-catalog", "formatVersion": 1, "id": "marked", "version": "1",
      "title": "Markiert", "languages": ["de"], "defaultScale": "agree6",
      "scales": [ { "id": "agree6", "kind": "ordinal", "points": 6, "allowCannotJudge": true } ],
      "dimensions": [ { "id": "netzwerk", "title": "Netzwerk", "statements": [
        { "id": "s1", "text": "Erste Aussage %1-statement-one" },
        { "id": "s2", "text": "Zweite Aussage %1-statement-two" } ] } ] })")
                             .arg(marker);
    const auto parsed = Catalog::fromJson(json.toUtf8());
    if (!parsed.ok())
        qFatal("marked catalog: %s", qPrintable(parsed.error));
    return parsed.catalog;
}

struct MarkedSession
{
    QString id;
    QStringList markers;
};

// Every byte of every file that belongs to the database (main file, -wal, -shm).
QByteArray allDatabaseBytes(const QString& path)
{
    QByteArray bytes;
    const QFileInfo info(path);
    const QStringList files
        = info.dir().entryList({ info.fileName() + QLatin1Char('*') }, QDir::Files);
    for (const QString& name : files) {
        QFile file(info.dir().filePath(name));
        if (file.open(QIODevice::ReadOnly))
            bytes += file.readAll();
    }
    return bytes;
}

} // namespace

class TestRetention : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Database m_database;

    QString path() const
    {
        return m_dir.filePath(QStringLiteral("%1.sqlite").arg(QTest::currentTestFunction()));
    }

    // A session whose title, catalog snapshot, pseudonyms and note all carry `marker`.
    MarkedSession createMarked(const QString& marker, const QDate& date = QDate(2024, 3, 12))
    {
        MarkedSession marked;
        QString error;
        SessionStore sessions(m_database);
        const auto session
            = sessions.createSession(QStringLiteral("Werkstatt %1-title").arg(marker), date,
                markedCatalog(marker), {}, SessionRecord::Role::Moderator, &error);
        if (!session) {
            qWarning() << error;
            return marked;
        }
        marked.id = session->id;
        RatingStore ratings(m_database);
        for (int i = 0; i < 3; ++i) {
            const QString pseudonym = QStringLiteral("%1pseudonym%2").arg(marker).arg(i);
            if (!sessions.upsertParticipant(
                    { session->id, pseudonym, QString(), QDateTime::currentDateTimeUtc() }, &error)
                || !ratings.saveAnswer(
                    session->id, 1, QStringLiteral("s1"), pseudonym, i + 1, &error)
                || !ratings.saveAnswer(session->id, 1, QStringLiteral("s2"), pseudonym, 6, &error))
                qWarning() << error;
        }
        if (!NotesStore(m_database)
                 .setNote(session->id, QStringLiteral("s1"),
                     QStringLiteral("Notiz %1-note").arg(marker), &error))
            qWarning() << error;
        marked.markers
            = { marker + QStringLiteral("-title"), marker + QStringLiteral("-statement-one"),
                  marker + QStringLiteral("-statement-two"), marker + QStringLiteral("pseudonym0"),
                  marker + QStringLiteral("pseudonym2"), marker + QStringLiteral("-note") };
        return marked;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QString error;
        QVERIFY2(m_database.open(path(), &error), qPrintable(error));
    }

    void cleanup() { m_database.close(); }

    void deletedSessionLeavesNoTraceInTheFiles()
    {
        const MarkedSession gone = createMarked(QStringLiteral("QxGoneZ7"));
        const MarkedSession kept = createMarked(QStringLiteral("QxKeptW4"));
        QVERIFY(!gone.id.isEmpty() && !kept.id.isEmpty());
        SeriesStore series(m_database);
        QString error;
        const auto cluster = series.createSeries(QStringLiteral("Cluster"), &error);
        QVERIFY(series.assignSession(gone.id, cluster->id, &error));
        QVERIFY(series.assignSession(kept.id, cluster->id, &error));

        // The check below can only mean something if the markers are findable before.
        const QByteArray before = allDatabaseBytes(path());
        for (const QString& marker : gone.markers)
            QVERIFY2(before.contains(marker.toUtf8()), qPrintable(marker));

        QVERIFY2(SessionDeletion(m_database).deleteSession(gone.id, &error), qPrintable(error));

        const QByteArray after = allDatabaseBytes(path());
        QVERIFY(!after.isEmpty());
        for (const QString& marker : gone.markers)
            QVERIFY2(!after.contains(marker.toUtf8()), qPrintable(marker));
        QVERIFY(!after.contains(gone.id.toUtf8()));
        QFile wal(path() + QStringLiteral("-wal"));
        QVERIFY(!wal.exists() || wal.size() == 0);

        // Nothing of the session is left in any table ...
        SessionStore sessions(m_database);
        RatingStore ratings(m_database);
        QVERIFY(!sessions.session(gone.id));
        QVERIFY(sessions.participants(gone.id).isEmpty());
        QCOMPARE(ratings.ratingCount(gone.id), 0);
        QCOMPARE(ratings.pendingCount(gone.id), 0);
        QVERIFY(NotesStore(m_database).notes(gone.id).isEmpty());

        // ... and the other session is complete, in the tables and in the file.
        for (const QString& marker : kept.markers)
            QVERIFY2(after.contains(marker.toUtf8()), qPrintable(marker));
        QCOMPARE(sessions.session(kept.id)->title, QStringLiteral("Werkstatt QxKeptW4-title"));
        QCOMPARE(sessions.participants(kept.id).size(), 3);
        QCOMPARE(ratings.ratingCount(kept.id), 6);
        QCOMPARE(ratings.pendingCount(kept.id), 6);
        QCOMPARE(ratings.rating(kept.id, 1, QStringLiteral("s1"), "QxKeptW4pseudonym2")->answer, 3);
        QCOMPARE(NotesStore(m_database).notes(kept.id).size(), 1);
        QCOMPARE(series.sessionsOfSeries(cluster->id).size(), 1);

        // The store keeps working after VACUUM, and the file is still sound after reopening.
        QVERIFY(
            ratings.saveAnswer(kept.id, 1, QStringLiteral("s2"), "QxKeptW4pseudonym0", 2, &error));
        m_database.close();
        QVERIFY2(m_database.open(path(), &error), qPrintable(error));
        QCOMPARE(RatingStore(m_database).ratingCount(kept.id), 6);
    }

    void unknownSessionDeletesNothing()
    {
        const MarkedSession kept = createMarked(QStringLiteral("QxOnlyV1"));
        QString error;
        QVERIFY(!SessionDeletion(m_database)
                     .deleteSessions({ kept.id, QStringLiteral("no-such-session") }, &error));
        QVERIFY2(error.contains(QStringLiteral("no-such-session")), qPrintable(error));
        QVERIFY(SessionStore(m_database).session(kept.id));
        QCOMPARE(RatingStore(m_database).ratingCount(kept.id), 6);
        QCOMPARE(NotesStore(m_database).notes(kept.id).size(), 1);
    }

    void retentionDeletesOnlySessionsPastThePeriod()
    {
        const MarkedSession old = createMarked(QStringLiteral("QxOldA1"), QDate(2024, 1, 15));
        const MarkedSession boundary = createMarked(QStringLiteral("QxEdgeB2"), QDate(2024, 6, 1));
        const MarkedSession recent = createMarked(QStringLiteral("QxNewC3"), QDate(2024, 6, 20));
        QString error;
        Retention retention(m_database);
        const auto deleted = retention.deleteSessionsOlderThan(30, &error, QDate(2024, 7, 1));
        QVERIFY2(deleted, qPrintable(error));
        QCOMPARE(*deleted, QStringList { old.id });
        SessionStore sessions(m_database);
        QVERIFY(!sessions.session(old.id));
        QVERIFY(sessions.session(boundary.id)); // exactly 30 days old: kept
        QVERIFY(sessions.session(recent.id));
        const QByteArray bytes = allDatabaseBytes(path());
        for (const QString& marker : old.markers)
            QVERIFY2(!bytes.contains(marker.toUtf8()), qPrintable(marker));

        // Nothing more to do the next day with a long period.
        const auto none = retention.deleteSessionsOlderThan(365, &error, QDate(2024, 7, 2));
        QVERIFY2(none, qPrintable(error));
        QVERIFY(none->isEmpty());
        QCOMPARE(sessions.sessions().size(), 2);
    }

    void retentionRefusesNonsense()
    {
        const MarkedSession today = createMarked(QStringLiteral("QxTodayD4"), QDate::currentDate());
        Retention retention(m_database);
        QString error;
        QVERIFY(!retention.deleteSessionsOlderThan(0, &error));
        QVERIFY2(error.contains(QStringLiteral("at least one day")), qPrintable(error));
        QVERIFY(!retention.deleteSessionsOlderThan(-5, &error));
        QVERIFY(!retention.deleteSessionsOlderThan(30, &error, QDate()));
        QVERIFY(SessionStore(m_database).session(today.id));

        Database closed;
        QVERIFY(!Retention(closed).deleteSessionsOlderThan(30, &error));
        QVERIFY2(error.contains(QStringLiteral("not open")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestRetention)
#include "tst_retention.moc"

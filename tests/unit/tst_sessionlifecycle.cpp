// Before and after a workshop: chosen dimensions, threshold k, archive, series and duplication.
#include "storage/catalogfilter.h"
#include "storage/database.h"
#include "storage/ratingstore.h"
#include "storage/seriesstore.h"
#include "storage/sessionlifecycle.h"
#include "storage/sessionstore.h"
#include "testcatalog.h"
#include "testdatabase.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace dp;

namespace {

QList<Group> testGroups()
{
    return { { QStringLiteral("kita"), LocalizedText(QStringLiteral("Kita")) },
        { QStringLiteral("jugendamt"), LocalizedText(QStringLiteral("Jugendamt")) } };
}

} // namespace

class TestSessionLifecycle : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Database m_database;

    SessionRecord create(const QString& title = QStringLiteral("Werkstatt 1"), int k = 5)
    {
        QString error;
        auto session = SessionLifecycle(m_database)
                           .createSession(title, QDate(2024, 3, 12), test::testCatalog(), {},
                               testGroups(), SessionRecord::Role::Moderator, k, &error);
        if (!session)
            qWarning() << error;
        return session.value_or(SessionRecord {});
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init() { test::openPerTestDatabase(m_database, m_dir); }

    void cleanup() { m_database.close(); }

    void sessionKeepsOnlyTheChosenDimensions()
    {
        SessionLifecycle lifecycle(m_database);
        QString error;
        const auto session = lifecycle.createSession(QStringLiteral("Netzwerk-Werkstatt"),
            QDate(2024, 5, 2), test::testCatalog(), { QStringLiteral("planung") }, testGroups(),
            SessionRecord::Role::Moderator, 6, &error);
        QVERIFY2(session, qPrintable(error));
        const auto stored = SessionStore(m_database).session(session->id);
        QVERIFY(stored);
        QCOMPARE(stored->catalog.dimensions.size(), 1);
        QCOMPARE(stored->catalog.dimensions.first().id, QStringLiteral("planung"));
        QCOMPARE(stored->catalog.statementCount(), 1);
        QVERIFY(stored->catalog.statement(QStringLiteral("p1")));
        QVERIFY(!stored->catalog.statement(QStringLiteral("n1")));
        QCOMPARE(stored->catalog, session->catalog);
        QCOMPARE(lifecycle.settings(session->id)->anonymityThreshold, 6);

        // Answers to a dimension the cluster did not choose are refused by the rating store.
        const auto participant
            = SessionStore(m_database).createParticipant(session->id, QString(), &error);
        QVERIFY(participant);
        RatingStore ratings(m_database);
        QVERIFY(!ratings.saveAnswer(
            session->id, 1, QStringLiteral("n1"), participant->pseudonym, 3, &error));
        QVERIFY2(ratings.saveAnswer(
                     session->id, 1, QStringLiteral("p1"), participant->pseudonym, 3, &error),
            qPrintable(error));
    }

    void filterKeepsCatalogOrder()
    {
        const Catalog filtered = filteredCatalog(
            test::testCatalog(), { QStringLiteral("planung"), QStringLiteral("netzwerk") });
        QCOMPARE(filtered.dimensions.size(), 2);
        QCOMPARE(filtered.dimensions.at(0).id, QStringLiteral("netzwerk"));
        QCOMPARE(filtered.scales, test::testCatalog().scales);
    }

    void unknownDimensionIsRefused()
    {
        QString error;
        const auto session
            = SessionLifecycle(m_database)
                  .createSession(QStringLiteral("X"), QDate(2024, 5, 2), test::testCatalog(),
                      { QStringLiteral("netzwerk"), QStringLiteral("nope") }, {},
                      SessionRecord::Role::Moderator, 5, &error);
        QVERIFY(!session);
        QVERIFY2(error.contains(QStringLiteral("nope")), qPrintable(error));
        QVERIFY(SessionStore(m_database).sessions().isEmpty());
    }

    void thresholdDefaultsToFive()
    {
        QString error;
        const auto session = SessionStore(m_database)
                                 .createSession(QStringLiteral("Alt"), QDate(2024, 1, 1),
                                     test::testCatalog(), {}, SessionRecord::Role::Local, &error);
        QVERIFY2(session, qPrintable(error));
        const auto settings = SessionLifecycle(m_database).settings(session->id);
        QVERIFY(settings);
        QCOMPARE(settings->anonymityThreshold, 5);
        QVERIFY(!settings->archived);
        QVERIFY(settings->seriesId.isEmpty());
        QCOMPARE(settings->seriesPosition, 0);
    }

    void thresholdBelowThreeIsRefused()
    {
        SessionLifecycle lifecycle(m_database);
        QString error;
        QVERIFY(!lifecycle.createSession(QStringLiteral("X"), QDate(2024, 5, 2),
            test::testCatalog(), {}, {}, SessionRecord::Role::Moderator, 2, &error));
        QVERIFY2(error.contains(QStringLiteral("at least 3")), qPrintable(error));
        QVERIFY(SessionStore(m_database).sessions().isEmpty());

        const SessionRecord session = create();
        error.clear();
        QVERIFY(!lifecycle.setAnonymityThreshold(session.id, 2, &error));
        QVERIFY2(error.contains(QStringLiteral("at least 3")), qPrintable(error));
        QVERIFY(!lifecycle.setAnonymityThreshold(session.id, -1, &error));
        QCOMPARE(lifecycle.settings(session.id)->anonymityThreshold, 5);
        QVERIFY2(lifecycle.setAnonymityThreshold(session.id, 3, &error), qPrintable(error));
        QCOMPARE(lifecycle.settings(session.id)->anonymityThreshold, 3);

        // The schema refuses it too, whatever code writes to the file.
        QSqlQuery raw(m_database.connection());
        QVERIFY(
            !raw.exec(QStringLiteral("UPDATE sessions SET anonymity_threshold = 2 WHERE id = '%1'")
                          .arg(session.id)));
        QCOMPARE(lifecycle.settings(session.id)->anonymityThreshold, 3);

        QVERIFY(!lifecycle.setAnonymityThreshold(QStringLiteral("unknown"), 5, &error));
        QVERIFY2(error.contains(QStringLiteral("Unknown session")), qPrintable(error));
    }

    void archiveAndUnarchive()
    {
        SessionLifecycle lifecycle(m_database);
        const SessionRecord first = create(QStringLiteral("Eins"));
        const SessionRecord second = create(QStringLiteral("Zwei"));
        QString error;
        QVERIFY2(lifecycle.setArchived(first.id, true, &error), qPrintable(error));
        QVERIFY(lifecycle.settings(first.id)->archived);
        QCOMPARE(lifecycle.sessionIds(true), QStringList { first.id });
        QCOMPARE(lifecycle.sessionIds(false), QStringList { second.id });
        QVERIFY2(lifecycle.setArchived(first.id, false, &error), qPrintable(error));
        QVERIFY(!lifecycle.settings(first.id)->archived);
        QVERIFY(lifecycle.sessionIds(true).isEmpty());
        QVERIFY(!lifecycle.setArchived(QStringLiteral("unknown"), true, &error));
        // Archiving hides nothing from the data: the session is still complete.
        QCOMPARE(SessionStore(m_database).session(first.id)->title, QStringLiteral("Eins"));
    }

    void seriesListsSessionsInWorkshopOrder()
    {
        SeriesStore series(m_database);
        QString error;
        const auto cluster = series.createSeries(QStringLiteral("  Cluster Süd  "), &error);
        QVERIFY2(cluster, qPrintable(error));
        QCOMPARE(cluster->title, QStringLiteral("Cluster Süd"));
        QCOMPARE(series.series(cluster->id), cluster);
        QCOMPARE(series.allSeries(), QList<SeriesRecord> { *cluster });

        const SessionRecord a = create(QStringLiteral("A"));
        const SessionRecord b = create(QStringLiteral("B"));
        const SessionRecord c = create(QStringLiteral("C"));
        QCOMPARE(series.assignSession(b.id, cluster->id, &error), 1);
        QCOMPARE(series.assignSession(a.id, cluster->id, &error), 2);
        QCOMPARE(series.assignSession(b.id, cluster->id, &error), 1); // already there: unchanged
        QStringList titles;
        for (const SessionRecord& session : series.sessionsOfSeries(cluster->id))
            titles << session.title;
        QCOMPARE(titles, QStringList({ "B", "A" }));

        const auto other = series.createSeries(QStringLiteral("Cluster Nord"), &error);
        QVERIFY(!series.assignSession(a.id, other->id, &error));
        QVERIFY2(error.contains(QStringLiteral("another series")), qPrintable(error));
        QVERIFY(!series.assignSession(c.id, QStringLiteral("no-such-series"), &error));
        QVERIFY(!series.assignSession(QStringLiteral("no-such-session"), cluster->id, &error));
        QVERIFY(!series.createSeries(QStringLiteral("   "), &error));

        QVERIFY2(series.removeFromSeries(b.id, &error), qPrintable(error));
        QCOMPARE(series.sessionsOfSeries(cluster->id).size(), 1);
        QVERIFY(SessionLifecycle(m_database).settings(b.id)->seriesId.isEmpty());
        QCOMPARE(series.assignSession(b.id, other->id, &error), 1);
        QCOMPARE(series.assignSession(c.id, cluster->id, &error), 3); // positions keep growing
    }

    void duplicateBecomesTheNextWorkshop()
    {
        SessionLifecycle lifecycle(m_database);
        SessionStore sessions(m_database);
        SeriesStore series(m_database);
        QString error;
        const SessionRecord first = create(QStringLiteral("Werkstatt 1"), 7);
        const auto cluster = series.createSeries(QStringLiteral("Cluster West"), &error);
        QVERIFY(series.assignSession(first.id, cluster->id, &error));

        // The first workshop ran two rounds with answers.
        const auto person = sessions.createParticipant(first.id, QStringLiteral("kita"), &error);
        QVERIFY2(person, qPrintable(error));
        RatingStore ratings(m_database);
        QVERIFY(
            ratings.saveAnswer(first.id, 1, QStringLiteral("n1"), person->pseudonym, 4, &error));
        QVERIFY(sessions.setCurrentRound(first.id, 2, &error));
        QVERIFY(
            ratings.saveAnswer(first.id, 2, QStringLiteral("n1"), person->pseudonym, 5, &error));

        const auto second = lifecycle.duplicateAsNextWorkshop(
            first.id, QDate(2025, 2, 3), QStringLiteral("Werkstatt 2"), &error);
        QVERIFY2(second, qPrintable(error));
        QVERIFY(second->id != first.id);
        QCOMPARE(second->title, QStringLiteral("Werkstatt 2"));
        QCOMPARE(second->date, QDate(2025, 2, 3));
        QCOMPARE(second->catalog, first.catalog);
        QCOMPARE(second->groups, first.groups);
        QCOMPARE(second->role, first.role);
        QCOMPARE(second->currentRound, 1);
        QVERIFY(sessions.participants(second->id).isEmpty());
        QCOMPARE(ratings.ratingCount(second->id), 0);
        QCOMPARE(ratings.ratingCount(first.id), 2); // the original is untouched
        QCOMPARE(sessions.session(first.id)->currentRound, 2);

        const auto settings = lifecycle.settings(second->id);
        QCOMPARE(settings->seriesId, cluster->id);
        QCOMPARE(settings->seriesPosition, 2);
        QCOMPARE(settings->anonymityThreshold, 7);
        QVERIFY(!settings->archived);

        const auto third
            = lifecycle.duplicateAsNextWorkshop(second->id, QDate(2025, 9, 1), QString(), &error);
        QVERIFY2(third, qPrintable(error));
        QCOMPARE(third->title, QStringLiteral("Werkstatt 2"));
        QCOMPARE(lifecycle.settings(third->id)->seriesPosition, 3);
        QStringList ids;
        for (const SessionRecord& session : series.sessionsOfSeries(cluster->id))
            ids << session.id;
        QCOMPARE(ids, QStringList({ first.id, second->id, third->id }));
    }

    void duplicateWithoutSeriesStartsOne()
    {
        SessionLifecycle lifecycle(m_database);
        QString error;
        const SessionRecord first = create(QStringLiteral("Qualitätsdialog Kreis Lippe"));
        const auto next
            = lifecycle.duplicateAsNextWorkshop(first.id, QDate(2025, 1, 1), QString(), &error);
        QVERIFY2(next, qPrintable(error));
        const auto firstSettings = lifecycle.settings(first.id);
        QVERIFY(!firstSettings->seriesId.isEmpty());
        QCOMPARE(firstSettings->seriesPosition, 1);
        QCOMPARE(lifecycle.settings(next->id)->seriesId, firstSettings->seriesId);
        QCOMPARE(lifecycle.settings(next->id)->seriesPosition, 2);
        QCOMPARE(SeriesStore(m_database).series(firstSettings->seriesId)->title,
            QStringLiteral("Qualitätsdialog Kreis Lippe"));

        QVERIFY(!lifecycle.duplicateAsNextWorkshop(
            QStringLiteral("unknown"), QDate(2025, 1, 1), QString(), &error));
        // An invalid date is refused and leaves no half-made workshop or series behind.
        const SessionRecord lone = create(QStringLiteral("Allein"));
        QVERIFY(!lifecycle.duplicateAsNextWorkshop(lone.id, QDate(), QString(), &error));
        QVERIFY(lifecycle.settings(lone.id)->seriesId.isEmpty());
        QCOMPARE(SeriesStore(m_database).allSeries().size(), 1);
        QCOMPARE(SessionStore(m_database).sessions().size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestSessionLifecycle)
#include "tst_sessionlifecycle.moc"

// LiveStatisticsStore: a hosted workshop's live statistics start from the answers, participants
// and k stored with it, and a k the moderator changes is stored with the workshop.
#include "moderation/livestatisticsstore.h"
#include "stats/liveaggregator.h"
#include "storage/database.h"
#include "storage/ratingstore.h"
#include "storage/sessionlifecycle.h"
#include "storage/sessionstore.h"
#include "testcatalog.h"
#include "testdatabase.h"

#include <QSignalSpy>
#include <QTest>

using namespace dp;

class LiveStatisticsStoreTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    std::optional<SessionRecord> prepare(Database& database, int k)
    {
        QString error;
        const QList<Group> groups { { "kita", LocalizedText("Kita") },
            { "amt", LocalizedText("Jugendamt") } };
        auto session
            = SessionLifecycle(database).createSession(QStringLiteral("Test"), QDate(2026, 11, 23),
                test::testCatalog(), {}, groups, SessionRecord::Role::Moderator, k, &error);
        if (!session)
            qWarning("%s", qPrintable(error));
        return session;
    }

    void rate(Database& database, const QString& sessionId, const QString& pseudonym,
        const QString& groupId, const QString& statementId, int answer)
    {
        QString error;
        QVERIFY2(SessionStore(database).upsertParticipant(
                     { sessionId, pseudonym, groupId, QDateTime::currentDateTimeUtc() }, &error),
            qPrintable(error));
        QVERIFY2(
            RatingStore(database).saveAnswer(sessionId, 1, statementId, pseudonym, answer, &error),
            qPrintable(error));
    }

private slots:
    void loadsTheStoredAnswersAndK()
    {
        Database database;
        test::openPerTestDatabase(database, m_dir);
        const auto session = prepare(database, 7);
        const auto other = prepare(database, 5);
        QVERIFY(session && other);
        rate(database, session->id, "p1", "kita", "n1", 2);
        rate(database, session->id, "p2", "kita", "n1", 4);
        rate(database, session->id, "p3", "amt", "p1", CannotJudgeAnswer);
        rate(database, other->id, "q1", "amt", "n1", 6); // another workshop's answer
        LiveAggregator live;
        LiveStatisticsStore store(database, live);
        QSignalSpy reset(&live, &LiveAggregator::reset);
        store.load(*session);
        QVERIFY(!reset.isEmpty());
        QCOMPARE(live.answerCount(), 3);
        QCOMPARE(live.minimumGroupSize(), 7);
        QCOMPARE(live.aggregation().distribution("n1", 1).total(), 2);
        QCOMPARE(live.aggregation().groupDistribution("n1", 1, "kita").total(), 2);
        QCOMPARE(live.aggregation().groupDistribution("p1", 1, "amt").total(), 1);
        QCOMPARE(live.groupOrder(), (QStringList { "kita", "amt" }));

        store.load(*other); // another workshop replaces the counts
        QCOMPARE(live.answerCount(), 1);
        QCOMPARE(live.minimumGroupSize(), 5);
    }

    void storesAChangedK()
    {
        Database database;
        test::openPerTestDatabase(database, m_dir);
        const auto session = prepare(database, 5);
        QVERIFY(session);
        LiveAggregator live;
        LiveStatisticsStore store(database, live);
        store.load(*session);
        SessionLifecycle lifecycle(database);
        store.setMinimumGroupSize(session->id, 9);
        QCOMPARE(live.minimumGroupSize(), 9);
        QCOMPARE(lifecycle.settings(session->id)->anonymityThreshold, 9);
        // Below the floor: the live figures use the floor, and so does the stored k.
        store.setMinimumGroupSize(session->id, 1);
        QCOMPARE(live.minimumGroupSize(), GroupSuppression::MinimumThreshold);
        QCOMPARE(lifecycle.settings(session->id)->anonymityThreshold,
            GroupSuppression::MinimumThreshold);
        // Without a workshop only the live figures change.
        store.setMinimumGroupSize(QString(), 6);
        QCOMPARE(live.minimumGroupSize(), 6);
        QCOMPARE(lifecycle.settings(session->id)->anonymityThreshold,
            GroupSuppression::MinimumThreshold);
    }
};

QTEST_GUILESS_MAIN(LiveStatisticsStoreTest)
#include "tst_livestatisticsstore.moc"

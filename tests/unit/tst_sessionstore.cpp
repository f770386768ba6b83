// Sessions and participants: creation, lookup, updates and persistence.
#include "storage/database.h"
#include "storage/sessionstore.h"
#include "testcatalog.h"
#include "testdatabase.h"

#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace dp;

namespace {

QList<Group> testGroups()
{
    return { { QStringLiteral("kita"), LocalizedText(QStringLiteral("Kita")) },
        { QStringLiteral("jugendamt"),
            LocalizedText { { QStringLiteral("de"), QStringLiteral("Jugendamt") },
                { QStringLiteral("en"), QStringLiteral("Youth office") } } } };
}

} // namespace

class TestSessionStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Database m_database;
    std::unique_ptr<SessionStore> m_store;

    std::optional<SessionRecord> create(const QString& title = QStringLiteral("Werkstatt Nord"))
    {
        QString error;
        auto session = m_store->createSession(title, QDate(2024, 3, 12), test::testCatalog(),
            testGroups(), SessionRecord::Role::Moderator, &error);
        if (!session)
            qWarning() << error;
        return session;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        test::openPerTestDatabase(m_database, m_dir);
        m_store = std::make_unique<SessionStore>(m_database);
    }

    void cleanup()
    {
        m_store.reset();
        m_database.close();
    }

    void createdSessionReadsBackUnchanged()
    {
        const auto created = create();
        QVERIFY(created);
        QVERIFY(!QUuid::fromString(created->id).isNull());
        QCOMPARE(created->currentRound, 1);
        QVERIFY(created->createdAt.isValid());

        const auto stored = m_store->session(created->id);
        QVERIFY(stored);
        QCOMPARE(*stored, *created);
        QCOMPARE(stored->catalog.statementCount(), 3);
        QCOMPARE(
            stored->groups.at(1).name.text(QStringLiteral("en")), QStringLiteral("Youth office"));
        QVERIFY(!m_store->session(QStringLiteral("no-such-session")));
    }

    void sessionsAreListedNewestFirst()
    {
        const auto first = create(QStringLiteral("Erste Werkstatt"));
        QTest::qWait(5); // distinct creation times
        const auto second = create(QStringLiteral("Zweite Werkstatt"));
        QVERIFY(first && second);
        QVERIFY(first->id != second->id);
        const QList<SessionRecord> all = m_store->sessions();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).id, second->id);
        QCOMPARE(all.at(1).id, first->id);
        QCOMPARE(m_store->latestSession()->id, second->id);
    }

    void invalidSessionsAreRefused_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<bool>("emptyCatalog");
        QTest::addColumn<bool>("duplicateGroup");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no title") << QStringLiteral("  ") << false << false
                                  << QStringLiteral("title");
        QTest::newRow("no statements")
            << QStringLiteral("W") << true << false << QStringLiteral("no statements");
        QTest::newRow("duplicate group")
            << QStringLiteral("W") << false << true << QStringLiteral("unique");
    }

    void invalidSessionsAreRefused()
    {
        QFETCH(QString, title);
        QFETCH(bool, emptyCatalog);
        QFETCH(bool, duplicateGroup);
        QFETCH(QString, expected);
        QList<Group> groups = testGroups();
        if (duplicateGroup)
            groups << groups.first();
        QString error;
        const auto session = m_store->createSession(title, QDate(2024, 3, 12),
            emptyCatalog ? Catalog() : test::testCatalog(), groups, SessionRecord::Role::Local,
            &error);
        QVERIFY(!session);
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY(m_store->sessions().isEmpty());
    }

    void insertSessionKeepsTheCatalog()
    {
        auto session = create();
        QVERIFY(session);
        session->title = QStringLiteral("Werkstatt Nord (Tag 2)");
        session->currentRound = 2;
        QString error;
        QVERIFY2(m_store->insertSession(*session, &error), qPrintable(error));
        QCOMPARE(m_store->session(session->id)->title, QStringLiteral("Werkstatt Nord (Tag 2)"));
        QCOMPARE(m_store->session(session->id)->currentRound, 2);

        SessionRecord changed = *session;
        changed.catalog.dimensions.removeLast();
        QVERIFY(!m_store->insertSession(changed, &error));
        QVERIFY2(error.contains(QStringLiteral("different catalog")), qPrintable(error));
        QCOMPARE(m_store->session(session->id)->catalog, session->catalog);
    }

    void insertSessionFromModerator()
    {
        SessionRecord received;
        received.id = QStringLiteral("4f1c2d3e-0000-4000-8000-000000000001");
        received.title = QStringLiteral("Werkstatt Süd");
        received.date = QDate(2024, 5, 2);
        received.catalog = test::testCatalog();
        received.currentRound = 3;
        received.role = SessionRecord::Role::Attendee;
        received.createdAt = QDateTime(QDate(2024, 5, 2), QTime(8, 0), Qt::UTC);
        QString error;
        QVERIFY2(m_store->insertSession(received, &error), qPrintable(error));
        QCOMPARE(*m_store->session(received.id), received);
    }

    void currentRoundChanges()
    {
        const auto session = create();
        QString error;
        QVERIFY2(m_store->setCurrentRound(session->id, 2, &error), qPrintable(error));
        QCOMPARE(m_store->session(session->id)->currentRound, 2);
        QVERIFY(!m_store->setCurrentRound(session->id, 0, &error));
        QVERIFY(!m_store->setCurrentRound(QStringLiteral("unknown"), 3, &error));
        QVERIFY2(error.contains(QStringLiteral("Unknown session")), qPrintable(error));
        QCOMPARE(m_store->session(session->id)->currentRound, 2);
    }

    void participantsGetRandomPseudonyms()
    {
        const auto session = create();
        QString error;
        QSet<QString> seen;
        static const QRegularExpression hex128(QStringLiteral("^[0-9a-f]{32}$"));
        for (int i = 0; i < 50; ++i) {
            const auto participant = m_store->createParticipant(session->id, QString(), &error);
            QVERIFY2(participant, qPrintable(error));
            QVERIFY2(hex128.match(participant->pseudonym).hasMatch(),
                qPrintable(participant->pseudonym));
            seen.insert(participant->pseudonym);
        }
        QCOMPARE(seen.size(), 50);
        QCOMPARE(m_store->participants(session->id).size(), 50);
    }

    void participantGroupsAreChecked()
    {
        const auto session = create();
        QString error;
        const auto inKita = m_store->createParticipant(session->id, QStringLiteral("kita"), &error);
        QVERIFY2(inKita, qPrintable(error));
        QCOMPARE(*m_store->participant(session->id, inKita->pseudonym), *inKita);

        QVERIFY(!m_store->createParticipant(session->id, QStringLiteral("rathaus"), &error));
        QVERIFY2(error.contains(QStringLiteral("Unknown group")), qPrintable(error));
        QVERIFY(!m_store->createParticipant(QStringLiteral("unknown"), QString(), &error));
        QVERIFY2(error.contains(QStringLiteral("Unknown session")), qPrintable(error));
        QCOMPARE(m_store->participants(session->id).size(), 1);
    }

    void upsertKeepsGroupUnlessGiven()
    {
        const auto session = create();
        QString error;
        Participant participant { session->id, QStringLiteral("00112233445566778899aabbccddeeff"),
            QStringLiteral("kita"), QDateTime::currentDateTimeUtc() };
        QVERIFY2(m_store->upsertParticipant(participant, &error), qPrintable(error));

        Participant withoutGroup = participant;
        withoutGroup.groupId.clear();
        QVERIFY2(m_store->upsertParticipant(withoutGroup, &error), qPrintable(error));
        QCOMPARE(m_store->participant(session->id, participant.pseudonym)->groupId,
            QStringLiteral("kita"));

        Participant moved = participant;
        moved.groupId = QStringLiteral("jugendamt");
        QVERIFY2(m_store->upsertParticipant(moved, &error), qPrintable(error));
        QCOMPARE(m_store->participant(session->id, participant.pseudonym)->groupId,
            QStringLiteral("jugendamt"));
        QCOMPARE(m_store->participants(session->id).size(), 1);

        Participant nameless = participant;
        nameless.pseudonym.clear();
        QVERIFY(!m_store->upsertParticipant(nameless, &error));
    }

    void dataSurvivesReopening()
    {
        const auto session = create();
        QString error;
        const auto participant = m_store->createParticipant(session->id, QString(), &error);
        QVERIFY(participant);
        const QString path = m_database.path();
        m_store.reset();
        m_database.close();

        QVERIFY2(m_database.open(path, &error), qPrintable(error));
        m_store = std::make_unique<SessionStore>(m_database);
        QCOMPARE(*m_store->session(session->id), *session);
        QCOMPARE(m_store->participants(session->id), QList<Participant> { *participant });
    }
};

QTEST_GUILESS_MAIN(TestSessionStore)
#include "tst_sessionstore.moc"

// The one rule for which of two answers for the same key wins (storage/answermerge.h): the rule
// itself, and the hub's ledger and a device's store applying it alike to the same answers.
#include "catalog/builtincatalogs.h"
#include "storage/answermerge.h"
#include "storage/database.h"
#include "storage/ratingstore.h"
#include "storage/sessionstore.h"
#include "sync/hubledger.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace dp;

namespace {

const QString A = QStringLiteral("device-a");
const QString B = QStringLiteral("device-b");

/// One answer for the key under test: its value, the device that gave it and its sequence.
struct Step
{
    int answer = 0;
    QString device;
    qint64 sequence = 0;
    bool wins = false; ///< expected: it replaces what the key held (or fills the empty key)
};

using Steps = QList<Step>;

} // namespace

Q_DECLARE_METATYPE(Step)

class TestAnswerMerge : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;
    SessionRecord m_session;
    QString m_statement;
    std::unique_ptr<Database> m_hubDatabase;
    std::unique_ptr<Database> m_deviceDatabase;

    Rating ratingOf(const Step& step) const
    {
        return Rating { m_session.id, 1, m_statement, QStringLiteral("p1"), step.answer,
            step.device, step.sequence, QDateTime(QDate(2024, 5, 6), QTime(9, 0), Qt::UTC) };
    }

    std::optional<Rating> storedOn(Database& database) const
    {
        return RatingStore(database).rating(m_session.id, 1, m_statement, QStringLiteral("p1"));
    }

    /// The cases: what the key receives in this order, and which answer must win.
    static void addCases()
    {
        QTest::addColumn<Steps>("steps");
        QTest::addColumn<bool>("oneDevice");
        QTest::newRow("the first answer") << Steps { { 3, A, 1, true } } << true;
        QTest::newRow("a newer answer of the device")
            << Steps { { 3, A, 1, true }, { 5, A, 2, true } } << true;
        QTest::newRow("an older answer arriving late")
            << Steps { { 5, A, 2, true }, { 3, A, 1, false } } << true;
        QTest::newRow("the same answer again")
            << Steps { { 5, A, 2, true }, { 5, A, 2, false } } << true;
        QTest::newRow("the same sequence with another value")
            << Steps { { 5, A, 2, true }, { 1, A, 2, false } } << true;
        QTest::newRow("sequences with gaps, out of order") << Steps { { 1, A, 1, true },
            { 4, A, 9, true }, { 2, A, 5, false }, { 6, A, 10, true } }
                                                           << true;
        QTest::newRow("another device, higher sequence")
            << Steps { { 3, B, 4, true }, { 6, A, 7, true } } << false;
        QTest::newRow("another device, lower sequence")
            << Steps { { 3, A, 7, true }, { 6, B, 4, false } } << false;
        QTest::newRow("another device, equal sequence, larger id")
            << Steps { { 3, A, 4, true }, { 6, B, 4, true } } << false;
        QTest::newRow("another device, equal sequence, smaller id")
            << Steps { { 6, B, 4, true }, { 3, A, 4, false } } << false;
    }

    /// The answer the cases say must end up stored: the last one that won.
    static Step winner(const Steps& steps)
    {
        Step last;
        for (const Step& step : steps) {
            if (step.wins)
                last = step;
        }
        return last;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const auto builtin = loadBuiltin(QStringLiteral("qualitaetsrahmen"));
        QVERIFY2(builtin.ok(), qPrintable(builtin.error));
        m_statement = builtin.catalog.allStatements().constFirst().id;
        m_session.id = QStringLiteral("3d72a1c0-0000-4000-8000-000000000001");
        m_session.title = QStringLiteral("Werkstatt");
        m_session.date = QDate(2024, 5, 6);
        m_session.catalog = builtin.catalog;
        m_session.role = SessionRecord::Role::Moderator;
        m_session.createdAt = QDateTime(QDate(2024, 5, 6), QTime(8, 0), Qt::UTC);
    }

    void init()
    {
        QString error;
        m_hubDatabase = std::make_unique<Database>();
        m_deviceDatabase = std::make_unique<Database>();
        QVERIFY2(m_hubDatabase->open(
                     m_dir.filePath(QStringLiteral("hub%1.sqlite").arg(++m_files)), &error),
            qPrintable(error));
        QVERIFY2(m_deviceDatabase->open(
                     m_dir.filePath(QStringLiteral("device%1.sqlite").arg(m_files)), &error),
            qPrintable(error));
        QVERIFY2(SessionStore(*m_hubDatabase).insertSession(m_session, &error), qPrintable(error));
        SessionRecord onDevice = m_session;
        onDevice.role = SessionRecord::Role::Attendee;
        QVERIFY2(
            SessionStore(*m_deviceDatabase).insertSession(onDevice, &error), qPrintable(error));
        const Participant person { m_session.id, QStringLiteral("p1"), {}, m_session.createdAt };
        QVERIFY2(
            SessionStore(*m_deviceDatabase).upsertParticipant(person, &error), qPrintable(error));
    }

    void cleanup()
    {
        m_hubDatabase.reset();
        m_deviceDatabase.reset();
    }

    void theRule_data() { addCases(); }

    void theRule()
    {
        QFETCH(Steps, steps);
        std::optional<AnswerVersion> stored;
        for (const Step& step : steps) {
            const AnswerVersion incoming { step.sequence, step.device };
            const bool wins = !stored || replacesStoredAnswer(incoming, *stored);
            QCOMPARE(wins, step.wins);
            if (wins)
                stored = incoming;
        }
    }

    void aDeviceStoreAppliesTheRule_data() { addCases(); }

    void aDeviceStoreAppliesTheRule()
    {
        QFETCH(Steps, steps);
        RatingStore store(*m_deviceDatabase);
        bool first = true;
        for (const Step& step : steps) {
            QString error;
            const auto result = store.applyRemote(ratingOf(step), &error);
            QVERIFY2(result != RatingStore::ApplyResult::Rejected, qPrintable(error));
            const auto expected = !step.wins ? RatingStore::ApplyResult::Ignored
                : first                      ? RatingStore::ApplyResult::Inserted
                                             : RatingStore::ApplyResult::Updated;
            QCOMPARE(result, expected);
            first = false;
        }
        QCOMPARE(storedOn(*m_deviceDatabase), ratingOf(winner(steps)));
    }

    void theHubAndADeviceAgree_data() { addCases(); }

    void theHubAndADeviceAgree()
    {
        // The same answers, one message at a time, through the hub's ledger and a device's store.
        QFETCH(Steps, steps);
        QFETCH(bool, oneDevice);
        HubLedger ledger(*m_hubDatabase);
        RatingStore store(*m_deviceDatabase);
        QString error;
        QVERIFY2(ledger.load(m_session, &error), qPrintable(error));
        for (const Step& step : steps) {
            QList<HubLedger::Outcome> outcomes;
            QVERIFY2(ledger.apply({ { ratingOf(step) } }, &outcomes, &error), qPrintable(error));
            QCOMPARE(outcomes.size(), 1);
            const auto applied = store.applyRemote(ratingOf(step), &error);
            if (!oneDevice && step.device != steps.constFirst().device) {
                // The hub lets no second device write for a person: only imports meet this.
                QCOMPARE(outcomes.constFirst().code, protocol::ErrorCode::ForeignPseudonym);
                continue;
            }
            const bool hubKept = outcomes.constFirst().kind == HubLedger::Outcome::Kind::Duplicate;
            QCOMPARE(outcomes.constFirst().kind == HubLedger::Outcome::Kind::Rejected, false);
            QCOMPARE(hubKept, applied == RatingStore::ApplyResult::Ignored);
            QCOMPARE(!hubKept, step.wins);
        }
        if (oneDevice)
            QCOMPARE(storedOn(*m_hubDatabase), storedOn(*m_deviceDatabase));
    }

    void theHubAgreesWithinOneGroupCommit_data() { addCases(); }

    void theHubAgreesWithinOneGroupCommit()
    {
        // All answers in one transaction: the ledger must see its own earlier writes.
        QFETCH(Steps, steps);
        QFETCH(bool, oneDevice);
        if (!oneDevice)
            QSKIP("the hub refuses a second device's answers for a person");
        HubLedger ledger(*m_hubDatabase);
        QString error;
        QVERIFY2(ledger.load(m_session, &error), qPrintable(error));
        QList<HubLedger::Incoming> batch;
        for (const Step& step : steps)
            batch.append({ ratingOf(step) });
        QList<HubLedger::Outcome> outcomes;
        QVERIFY2(ledger.apply(batch, &outcomes, &error), qPrintable(error));
        QCOMPARE(outcomes.size(), steps.size());
        for (qsizetype i = 0; i < steps.size(); ++i)
            QCOMPARE(outcomes.at(i).kind,
                steps.at(i).wins ? HubLedger::Outcome::Kind::Stored
                                 : HubLedger::Outcome::Kind::Duplicate);
        QCOMPARE(storedOn(*m_hubDatabase), ratingOf(winner(steps)));
    }
};

QTEST_GUILESS_MAIN(TestAnswerMerge)
#include "tst_answermerge.moc"

// The tablet's one answer path: an answer is announced only once it and its outbox entry are
// committed, a refused one is not announced and changes nothing, and an acknowledgement takes
// answers off the outbox and is announced.
#include "catalog/builtincatalogs.h"
#include "session/answerservice.h"
#include "storage/database.h"
#include "storage/ratingstore.h"
#include "storage/sessionstore.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace dp;

class TestAnswerService : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<AnswerService> m_answers;
    QString m_session;
    QString m_pseudonym;
    QString m_statement;
    QString m_other;

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_database = std::make_unique<Database>();
        QString error;
        QVERIFY2(m_database->open(
                     m_dir.filePath(QStringLiteral("%1.sqlite").arg(QTest::currentTestFunction())),
                     &error),
            qPrintable(error));
        SessionStore sessions(*m_database);
        const auto builtin = loadBuiltin(QStringLiteral("qualitaetsrahmen"));
        QVERIFY2(builtin.ok(), qPrintable(builtin.error));
        const Catalog& catalog = builtin.catalog;
        const auto session = sessions.createSession(QStringLiteral("Werkstatt"), QDate(2024, 5, 6),
            catalog, {}, SessionRecord::Role::Attendee, &error);
        QVERIFY2(session, qPrintable(error));
        const auto participant = sessions.createParticipant(session->id, QString(), &error);
        QVERIFY2(participant, qPrintable(error));
        m_session = session->id;
        m_pseudonym = participant->pseudonym;
        m_statement = catalog.allStatements().at(0).id;
        m_other = catalog.allStatements().at(1).id;
        m_answers = std::make_unique<AnswerService>(*m_database);
    }

    void cleanup()
    {
        m_answers.reset();
        m_database.reset();
    }

    void anAnswerIsAnnouncedOnlyAfterItsCommit()
    {
        bool committedWhenAnnounced = false;
        connect(m_answers.get(), &AnswerService::answerStored, this, [&](const Rating& rating) {
            // What listeners see (the sync client sends the outbox) is already in the database.
            const RatingStore reader(*m_database);
            const auto stored = reader.rating(m_session, 1, m_statement, m_pseudonym);
            const auto outbox = reader.pendingOutbox(m_session);
            committedWhenAnnounced = stored && *stored == rating && outbox.size() == 1
                && outbox.constFirst() == rating;
        });
        QSignalSpy stored(m_answers.get(), &AnswerService::answerStored);
        QString error;
        const auto saved = m_answers->save(m_session, 1, m_statement, m_pseudonym, 4, &error);
        QVERIFY2(saved, qPrintable(error));
        QCOMPARE(stored.count(), 1);
        QCOMPARE(stored.at(0).at(0).value<Rating>(), *saved);
        QVERIFY(committedWhenAnnounced);
        QCOMPARE(m_answers->ratings().pendingCount(m_session), 1);
    }

    void aRefusedAnswerIsNotAnnouncedAndChangesNothing()
    {
        QString error;
        QVERIFY(m_answers->save(m_session, 1, m_statement, m_pseudonym, 3, &error));
        QSignalSpy stored(m_answers.get(), &AnswerService::answerStored);
        QVERIFY(!m_answers->save(m_session, 1, m_statement, m_pseudonym, 99, &error));
        QVERIFY(error.contains(QStringLiteral("not on the scale")));
        QVERIFY(!m_answers->save(m_session, 1, m_statement, QStringLiteral("stranger"), 2, &error));
        QVERIFY(!m_answers->save(m_session, 1, QStringLiteral("no-such"), m_pseudonym, 2, &error));
        QCOMPARE(stored.count(), 0);
        QCOMPARE(m_answers->ratings().rating(m_session, 1, m_statement, m_pseudonym)->answer, 3);
        QCOMPARE(m_answers->ratings().pendingCount(m_session), 1);
    }

    void anAcknowledgementTakesAnswersOffTheOutbox()
    {
        QString error;
        const auto first = m_answers->save(m_session, 1, m_statement, m_pseudonym, 2, &error);
        const auto second = m_answers->save(m_session, 1, m_other, m_pseudonym, 5, &error);
        QVERIFY2(first && second, qPrintable(error));
        QSignalSpy acknowledged(m_answers.get(), &AnswerService::answersAcknowledged);
        QVERIFY(m_answers->acknowledge(m_session, {}, &error));
        QCOMPARE(acknowledged.count(), 0);
        QVERIFY2(m_answers->acknowledge(m_session, { first->sequence }, &error), qPrintable(error));
        QCOMPARE(acknowledged.count(), 1);
        QCOMPARE(acknowledged.at(0).at(0).toString(), m_session);
        QCOMPARE(
            acknowledged.at(0).at(1).value<QList<qint64>>(), QList<qint64> { first->sequence });
        QVERIFY(m_answers->ratings().isAcknowledged(m_session, 1, m_statement, m_pseudonym));
        QVERIFY(!m_answers->ratings().isAcknowledged(m_session, 1, m_other, m_pseudonym));
        QCOMPARE(m_answers->ratings().pendingCount(m_session), 1);
    }

    void aFailedAcknowledgementIsNotAnnounced()
    {
        QString error;
        const auto saved = m_answers->save(m_session, 1, m_statement, m_pseudonym, 2, &error);
        QVERIFY2(saved, qPrintable(error));
        QSignalSpy acknowledged(m_answers.get(), &AnswerService::answersAcknowledged);
        m_database->close();
        QVERIFY(!m_answers->acknowledge(m_session, { saved->sequence }, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(acknowledged.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestAnswerService)
#include "tst_answerservice.moc"

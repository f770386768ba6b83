#include "attendeeworld.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace dp;

// The rating flow against a real database: saving, navigation, overview, language.
class TestRatingFlow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void startsAtFirstStatementOfBuiltinCatalog();
    void savedIsReportedOnlyAfterTheStoreCommitted();
    void rejectedAnswerKeepsThePreviousOne();
    void navigationStaysInBounds();
    void cannotJudgeIsStoredAsZero();
    void overviewShowsAnswersAndOpensStatements();
    void changingAnAnswerUpdatesOverviewAndStore();
    void textsFollowTheLanguageWithFallback();
    void scaleOptionsListPointsThenCannotJudge();
    void newRoundShowsEmptyAnswersAndKeepsTheOldOnes();
    void closedStatementsAreReadOnly();
    void savesGoThroughTheAnswerService();
    void acknowledgementsOfTheServiceReachTheFlow();

private:
    test::AttendeeWorld m_world;
};

void TestRatingFlow::init()
{
    m_world.makeDirectory();
    if (QTest::currentTestFailed())
        return;
    m_world.open();
    if (QTest::currentTestFailed())
        return;
    new QAbstractItemModelTester(m_world.attendee()->flow()->scaleOptions(),
        QAbstractItemModelTester::FailureReportingMode::QtTest, m_world.attendee());
    QVERIFY(
        m_world.attendee()->startLocal(m_world.rowOfCatalog("qualitaetsrahmen"), "professional"));
}

void TestRatingFlow::cleanup()
{
    m_world.destroy();
}

void TestRatingFlow::startsAtFirstStatementOfBuiltinCatalog()
{
    RatingFlow* flow = m_world.attendee()->flow();
    QCOMPARE(m_world.attendee()->phase(), AttendeeSession::Phase::Rating);
    QVERIFY(flow->isActive());
    QCOMPARE(flow->index(), 0);
    QCOMPARE(flow->count(), 46);
    QCOMPARE(flow->dimensionCount(), 9);
    QCOMPARE(flow->dimensionNumber(), 1);
    QCOMPARE(flow->numberInDimension(), 1);
    QVERIFY(!flow->statementText().isEmpty());
    QVERIFY(!flow->dimensionTitle().isEmpty());
    QCOMPARE(flow->currentAnswer(), ScaleOptionModel::NoSelection);
    QCOMPARE(flow->saveState(), RatingFlow::SaveState::NotAnswered);
    QCOMPARE(flow->answeredCount(), 0);
    QVERIFY(!flow->canGoBack());
    QVERIFY(flow->canGoNext());
    QCOMPARE(m_world.attendee()->groupId(), QStringLiteral("professional"));
}

void TestRatingFlow::savedIsReportedOnlyAfterTheStoreCommitted()
{
    RatingFlow* flow = m_world.attendee()->flow();
    const SessionRecord session = flow->session();
    const QString statementId = flow->statementId();
    const QString pseudonym = flow->pseudonym();
    bool storedWhenSaved = false;
    connect(flow, &RatingFlow::saved, this, [&](const QString& id, int answer) {
        const auto rating
            = m_world.ratings().rating(session.id, session.currentRound, id, pseudonym);
        storedWhenSaved = rating && rating->answer == answer && answer == 4;
    });
    QSignalSpy saved(flow, &RatingFlow::saved);
    QVERIFY(flow->answer(4));
    QCOMPARE(saved.count(), 1);
    QVERIFY(storedWhenSaved);
    QCOMPARE(saved.at(0).at(0).toString(), statementId);
    QCOMPARE(flow->currentAnswer(), 4);
    QCOMPARE(flow->saveState(), RatingFlow::SaveState::SavedLocally);
    QCOMPARE(flow->answeredCount(), 1);
    QCOMPARE(m_world.ratings().pendingCount(session.id), 1);
    QCOMPARE(flow->currentAnswerLabel(), QStringLiteral("stimme eher zu"));
}

void TestRatingFlow::savesGoThroughTheAnswerService()
{
    // The sync client listens to the service, not to the flow: a save the service does not
    // announce would never be sent.
    RatingFlow* flow = m_world.attendee()->flow();
    QSignalSpy stored(&m_world.answers(), &AnswerService::answerStored);
    QVERIFY(flow->answer(5));
    QCOMPARE(stored.count(), 1);
    const auto rating = stored.at(0).at(0).value<Rating>();
    QCOMPARE(rating.statementId, flow->statementId());
    QCOMPARE(rating.pseudonym, flow->pseudonym());
    QCOMPARE(rating.answer, 5);
    QVERIFY(!flow->answer(99));
    QCOMPARE(stored.count(), 1);
}

void TestRatingFlow::acknowledgementsOfTheServiceReachTheFlow()
{
    RatingFlow* flow = m_world.attendee()->flow();
    const QString first = flow->statementId();
    QSignalSpy stored(&m_world.answers(), &AnswerService::answerStored);
    QVERIFY(flow->answer(4));
    QVERIFY(flow->next());
    QVERIFY(flow->answer(2));
    QCOMPARE(stored.count(), 2);
    QSignalSpy changed(flow, &RatingFlow::answerStateChanged);
    // Another session's acknowledgement says nothing about this one.
    QString error;
    QVERIFY2(m_world.answers().acknowledge(QStringLiteral("another-session"),
                 { stored.at(0).at(0).value<Rating>().sequence }, &error),
        qPrintable(error));
    QVERIFY(changed.isEmpty());
    QVERIFY(!flow->isAcknowledged(first));
    // The hub committed the first answer: the overview shows it as received, the second waits.
    QVERIFY2(m_world.answers().acknowledge(
                 flow->session().id, { stored.at(0).at(0).value<Rating>().sequence }, &error),
        qPrintable(error));
    QVERIFY(flow->isAcknowledged(first));
    QVERIFY(!flow->isAcknowledged(flow->statementId()));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toString(), first);
    QCOMPARE(m_world.ratings().pendingCount(flow->session().id), 1);
}

void TestRatingFlow::rejectedAnswerKeepsThePreviousOne()
{
    RatingFlow* flow = m_world.attendee()->flow();
    QVERIFY(flow->answer(2));
    QSignalSpy saved(flow, &RatingFlow::saved);
    QSignalSpy failed(flow, &RatingFlow::saveFailed);
    QVERIFY(!flow->answer(99));
    QCOMPARE(saved.count(), 0);
    QCOMPARE(failed.count(), 1);
    QVERIFY(!flow->errorMessage().isEmpty());
    QCOMPARE(flow->saveState(), RatingFlow::SaveState::Failed);
    QCOMPARE(flow->currentAnswer(), 2);
    const auto stored
        = m_world.ratings().rating(flow->session().id, 1, flow->statementId(), flow->pseudonym());
    QVERIFY(stored);
    QCOMPARE(stored->answer, 2);
    // a valid answer clears the error again
    QVERIFY(flow->answer(3));
    QVERIFY(flow->errorMessage().isEmpty());
    QCOMPARE(flow->saveState(), RatingFlow::SaveState::SavedLocally);
}

void TestRatingFlow::navigationStaysInBounds()
{
    RatingFlow* flow = m_world.attendee()->flow();
    QVERIFY(!flow->back());
    QCOMPARE(flow->index(), 0);
    const QString first = flow->statementId();
    QVERIFY(flow->next());
    QCOMPARE(flow->index(), 1);
    QVERIFY(flow->statementId() != first);
    QVERIFY(flow->canGoBack());
    QVERIFY(flow->back());
    QCOMPARE(flow->statementId(), first);
    QVERIFY(!flow->goTo(flow->count()));
    QVERIFY(!flow->goTo(-1));
    QVERIFY(flow->goTo(flow->count() - 1));
    QVERIFY(flow->isAtLast());
    QVERIFY(!flow->canGoNext());
    QVERIFY(!flow->next());
    QCOMPARE(flow->dimensionNumber(), 9);
    // the first statement of the second dimension (grundidee has 5 statements)
    QVERIFY(flow->goTo(5));
    QCOMPARE(flow->dimensionNumber(), 2);
    QCOMPARE(flow->numberInDimension(), 1);
    QCOMPARE(flow->statementsInDimension(), 5);
}

void TestRatingFlow::cannotJudgeIsStoredAsZero()
{
    RatingFlow* flow = m_world.attendee()->flow();
    QVERIFY(flow->answer(CannotJudgeAnswer));
    QCOMPARE(flow->currentAnswer(), CannotJudgeAnswer);
    QVERIFY(flow->hasAnswer());
    QCOMPARE(flow->currentAnswerLabel(), QStringLiteral("kann ich nicht einschätzen"));
    const auto stored
        = m_world.ratings().rating(flow->session().id, 1, flow->statementId(), flow->pseudonym());
    QVERIFY(stored);
    QCOMPARE(stored->answer, CannotJudgeAnswer);
    QCOMPARE(flow->scaleOptions()->selectedValue(), CannotJudgeAnswer);
}

void TestRatingFlow::overviewShowsAnswersAndOpensStatements()
{
    RatingFlow* flow = m_world.attendee()->flow();
    OverviewModel* overview = m_world.attendee()->overview();
    QCOMPARE(overview->rowCount(), flow->count());
    QVERIFY(flow->answer(5));
    QVERIFY(flow->next());
    QVERIFY(flow->answer(CannotJudgeAnswer));
    QCOMPARE(overview->answeredCount(), 2);

    const QModelIndex first = overview->index(0);
    QCOMPARE(first.data(OverviewModel::AnsweredRole).toBool(), true);
    QCOMPARE(first.data(OverviewModel::AnswerRole).toInt(), 5);
    QCOMPARE(first.data(OverviewModel::AnswerLabelRole).toString(), QStringLiteral("stimme zu"));
    QCOMPARE(first.data(OverviewModel::AcknowledgedRole).toBool(), false);
    QCOMPARE(first.data(OverviewModel::NumberRole).toInt(), 1);
    QVERIFY(!first.data(OverviewModel::DimensionTitleRole).toString().isEmpty());
    const QModelIndex second = overview->index(1);
    QCOMPARE(second.data(OverviewModel::CannotJudgeRole).toBool(), true);
    QCOMPARE(second.data(OverviewModel::CurrentRole).toBool(), true);
    const QModelIndex third = overview->index(2);
    QCOMPARE(third.data(OverviewModel::AnsweredRole).toBool(), false);
    QCOMPARE(third.data(OverviewModel::AnswerRole).toInt(), -1);
    QCOMPARE(third.data(OverviewModel::AnswerLabelRole).toString(), QString());

    QVERIFY(overview->open(0));
    QCOMPARE(flow->index(), 0);
    QCOMPARE(flow->currentAnswer(), 5);
    QCOMPARE(overview->index(0).data(OverviewModel::CurrentRole).toBool(), true);
    QCOMPARE(overview->index(1).data(OverviewModel::CurrentRole).toBool(), false);
    QVERIFY(!overview->open(overview->rowCount()));
    QCOMPARE(overview->rowOf(flow->statementId()), 0);
    QCOMPARE(flow->firstUnanswered(), 2);
}

void TestRatingFlow::changingAnAnswerUpdatesOverviewAndStore()
{
    RatingFlow* flow = m_world.attendee()->flow();
    OverviewModel* overview = m_world.attendee()->overview();
    QVERIFY(flow->answer(1));
    QSignalSpy changed(overview, &QAbstractItemModel::dataChanged);
    QVERIFY(flow->answer(6));
    QVERIFY(changed.count() >= 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 0);
    QCOMPARE(overview->index(0).data(OverviewModel::AnswerRole).toInt(), 6);
    QCOMPARE(overview->answeredCount(), 1);
    QCOMPARE(m_world.ratings().ratingCount(flow->session().id), 1);
    const auto stored
        = m_world.ratings().rating(flow->session().id, 1, flow->statementId(), flow->pseudonym());
    QCOMPARE(stored->answer, 6);
}

void TestRatingFlow::textsFollowTheLanguageWithFallback()
{
    RatingFlow* flow = m_world.attendee()->flow();
    const QString german = flow->statementText();
    QSignalSpy texts(flow, &RatingFlow::textsChanged);
    m_world.attendee()->setLanguage("en");
    QVERIFY(texts.count() >= 1);
    const QString english = flow->statementText();
    QVERIFY(!english.isEmpty());
    QVERIFY(english != german);
    QCOMPARE(flow->scaleOptions()->index(0).data(ScaleOptionModel::LabelRole).toString(),
        QStringLiteral("strongly disagree"));
    QCOMPARE(m_world.attendee()->groupName(), QStringLiteral("Professional"));
    // The quality framework has no Arabic text: English is the fallback.
    m_world.attendee()->setLanguage("ar");
    QCOMPARE(flow->statementText(), english);
    m_world.attendee()->setLanguage("de");
    QCOMPARE(flow->statementText(), german);
    QCOMPARE(
        m_world.attendee()->overview()->index(0).data(OverviewModel::TextRole).toString(), german);
}

void TestRatingFlow::scaleOptionsListPointsThenCannotJudge()
{
    ScaleOptionModel* options = m_world.attendee()->flow()->scaleOptions();
    QCOMPARE(options->rowCount(), 7);
    QCOMPARE(options->pointCount(), 6);
    QCOMPARE(options->kind(), QStringLiteral("ordinal"));
    QVERIFY(options->allowsCannotJudge());
    QCOMPARE(options->cannotJudgeLabel(), QStringLiteral("kann ich nicht einschätzen"));
    for (int row = 0; row < 6; ++row) {
        QCOMPARE(options->index(row).data(ScaleOptionModel::ValueRole).toInt(), row + 1);
        QCOMPARE(options->index(row).data(ScaleOptionModel::CannotJudgeRole).toBool(), false);
    }
    QCOMPARE(options->index(6).data(ScaleOptionModel::ValueRole).toInt(), CannotJudgeAnswer);
    QCOMPARE(options->index(6).data(ScaleOptionModel::CannotJudgeRole).toBool(), true);
    QCOMPARE(options->index(0).data(ScaleOptionModel::LabelRole).toString(),
        QStringLiteral("stimme gar nicht zu"));
    QVERIFY(m_world.attendee()->flow()->answer(3));
    QCOMPARE(options->index(2).data(ScaleOptionModel::SelectedRole).toBool(), true);
    QCOMPARE(options->index(3).data(ScaleOptionModel::SelectedRole).toBool(), false);
}

void TestRatingFlow::newRoundShowsEmptyAnswersAndKeepsTheOldOnes()
{
    AttendeeSession* attendee = m_world.attendee();
    RatingFlow* flow = attendee->flow();
    QAbstractItemModelTester tester(attendee->overview());
    const QString sessionId = flow->session().id;
    const QString pseudonym = flow->pseudonym();
    QVERIFY(flow->answer(2));
    QVERIFY(flow->next());
    QVERIFY(flow->answer(5));
    flow->finish();
    QCOMPARE(attendee->phase(), AttendeeSession::Phase::Finished);
    QCOMPARE(flow->round(), 1);
    QSignalSpy notice(attendee, &AttendeeSession::roundNoticeChanged);

    attendee->followWorkshop(2, {});
    QCOMPARE(flow->round(), 2);
    QCOMPARE(flow->answeredCount(), 0);
    QCOMPARE(flow->index(), 0);
    QCOMPARE(flow->currentAnswer(), ScaleOptionModel::NoSelection);
    QCOMPARE(attendee->overview()->answeredCount(), 0);
    // Someone who had finished is asked to rate again, with a notice saying why.
    QCOMPARE(attendee->phase(), AttendeeSession::Phase::Rating);
    QCOMPARE(notice.count(), 1);
    QVERIFY2(attendee->roundNotice().contains(QStringLiteral("Round 2")),
        qPrintable(attendee->roundNotice()));
    // The same state again changes nothing.
    attendee->followWorkshop(2, {});
    QCOMPARE(notice.count(), 1);

    // An empty open list means every statement is closed: nothing may be answered now.
    QVERIFY(!flow->isStatementOpen());
    attendee->followWorkshop(2, { flow->statementId() });
    QVERIFY(flow->isStatementOpen());
    QVERIFY(flow->answer(6));
    QCOMPARE(m_world.ratings().ratingsOf(sessionId, pseudonym, 2).size(), 1);
    const QList<Rating> first = m_world.ratings().ratingsOf(sessionId, pseudonym, 1);
    QCOMPARE(first.size(), 2);
    QCOMPARE(first.at(0).answer + first.at(1).answer, 7);
    attendee->dismissRoundNotice();
    QVERIFY(attendee->roundNotice().isEmpty());
}

void TestRatingFlow::closedStatementsAreReadOnly()
{
    AttendeeSession* attendee = m_world.attendee();
    RatingFlow* flow = attendee->flow();
    OverviewModel* overview = attendee->overview();
    QAbstractItemModelTester tester(overview);
    const QString sessionId = flow->session().id;
    const QString first = flow->statementId();
    QVERIFY(flow->answer(3));
    // Local sessions have no moderator: everything is open.
    QVERIFY(overview->data(overview->index(1), OverviewModel::OpenRole).toBool());

    const QString second = flow->statements().at(1).id;
    QSignalSpy changed(overview, &QAbstractItemModel::dataChanged);
    attendee->followWorkshop(1, { second });
    QVERIFY(changed.count() > 0);
    QVERIFY(!flow->isStatementOpen());
    QVERIFY(!overview->data(overview->index(0), OverviewModel::OpenRole).toBool());
    QVERIFY(overview->data(overview->index(1), OverviewModel::OpenRole).toBool());
    QVERIFY(!flow->answer(5));
    QVERIFY(flow->errorMessage().contains(QStringLiteral("closed")));
    // The stored answer stays as it was.
    QCOMPARE(flow->currentAnswer(), 3);
    QCOMPARE(m_world.ratings().rating(sessionId, 1, first, flow->pseudonym())->answer, 3);
    QVERIFY(flow->next());
    QVERIFY(flow->isStatementOpen());
    QVERIFY(flow->answer(4));
    QVERIFY(attendee->roundNotice().isEmpty());
}

QTEST_GUILESS_MAIN(TestRatingFlow)
#include "tst_ratingflow.moc"

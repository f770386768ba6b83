#include "attendeeworld.h"

#include "catalog/builtincatalogs.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace dp;

// The attendee's session controller: start, finish, shared-device reset, resume, bad input.
class TestAttendeeSession : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void offersBuiltinCatalogsAndDefaultGroups();
    void finishOnPersonalDeviceKeepsAnswersReviewable();
    void sharedDeviceResetShowsNothingOfThePreviousRespondent();
    void resumeAfterReopeningTheDatabase();
    void sharedDeviceResumeStartsANewRespondent();
    void corruptCatalogFileIsListedWithReasonAndRefused();
    void addFileReportsUnreadableFiles();
    void unknownGroupIsRefused();
    void refusedDatabaseIsReportedNotTouched();
    void defaultGroupsAreNamedInEveryParticipantLanguage();
    void sharedDeviceStaysLockedUntilTheModeratorsCode();
    void sharedDeviceLockSurvivesARestart();
    void nextRespondentStartsInTheDevicesLanguage();
    void endedWorkshopTakesNoAnswersButShowsThem();
    void endedWorkshopOnASharedDeviceShowsNoAnswers();
    void backToStartOffersTheUsualRolesAgain();

private:
    test::AttendeeWorld m_world;
};

void TestAttendeeSession::init()
{
    m_world.makeDirectory();
    if (QTest::currentTestFailed())
        return;
    QVERIFY(QDir(m_world.dir().path()).mkpath("catalogs"));
    m_world.open();
}

void TestAttendeeSession::cleanup()
{
    m_world.destroy();
}

void TestAttendeeSession::offersBuiltinCatalogsAndDefaultGroups()
{
    QCOMPARE(m_world.attendee()->phase(), AttendeeSession::Phase::Start);
    QVERIFY(!m_world.attendee()->canResume());
    QVERIFY(m_world.rowOfCatalog("qualitaetsrahmen") >= 0);
    QVERIFY(m_world.rowOfCatalog("elternfeedback") >= 0);
    const QModelIndex framework
        = m_world.attendee()->catalogs()->index(m_world.rowOfCatalog("qualitaetsrahmen"));
    QCOMPARE(framework.data(CatalogListModel::BuiltinRole).toBool(), true);
    QCOMPARE(framework.data(CatalogListModel::ValidRole).toBool(), true);
    QCOMPARE(framework.data(CatalogListModel::DimensionCountRole).toInt(), 9);
    GroupListModel* groups = m_world.attendee()->groups();
    QCOMPARE(groups->rowCount(), 6);
    QCOMPARE(groups->groupIdAt(0), QString());
    QCOMPARE(groups->rowOf("parent"), 5);
    QCOMPARE(groups->nameOf("coordination"), QStringLiteral("Netzwerkkoordination"));
}

void TestAttendeeSession::finishOnPersonalDeviceKeepsAnswersReviewable()
{
    QVERIFY(m_world.attendee()->startLocal(m_world.rowOfCatalog("qualitaetsrahmen"), QString()));
    RatingFlow* flow = m_world.attendee()->flow();
    QVERIFY(flow->answer(2));
    flow->finish();
    QCOMPARE(m_world.attendee()->phase(), AttendeeSession::Phase::Finished);
    QVERIFY(flow->isActive());
    m_world.attendee()->review();
    QCOMPARE(m_world.attendee()->phase(), AttendeeSession::Phase::Rating);
    QCOMPARE(flow->answerFor(flow->statements().first().id), 2);
    m_world.attendee()->backToStart();
    QCOMPARE(m_world.attendee()->phase(), AttendeeSession::Phase::Start);
    QVERIFY(m_world.attendee()->canResume());
    QVERIFY(!m_world.attendee()->resumeTitle().isEmpty());
}

void TestAttendeeSession::sharedDeviceResetShowsNothingOfThePreviousRespondent()
{
    QVERIFY(m_world.attendee()->shared()->enable("2468"));
    QVERIFY(m_world.attendee()->startLocal(m_world.rowOfCatalog("elternfeedback"), "parent"));
    RatingFlow* flow = m_world.attendee()->flow();
    QCOMPARE(flow->scaleOptions()->kind(), QStringLiteral("pictogram"));
    QCOMPARE(flow->scaleOptions()->index(0).data(ScaleOptionModel::PictogramRole).toString(),
        QStringLiteral("very-sad"));
    const QString sessionId = flow->session().id;
    const QString firstPseudonym = flow->pseudonym();
    QVERIFY(flow->answer(5));
    QVERIFY(flow->next());
    QVERIFY(flow->answer(CannotJudgeAnswer));
    QCOMPARE(m_world.attendee()->respondentNumber(), 1);

    flow->finish();
    QCOMPARE(m_world.attendee()->phase(), AttendeeSession::Phase::ThankYou);
    QVERIFY(!flow->isActive());
    QCOMPARE(flow->statementText(), QString());
    QCOMPARE(m_world.attendee()->overview()->rowCount(), 0);

    QVERIFY(m_world.attendee()->nextRespondent());
    QCOMPARE(m_world.attendee()->phase(), AttendeeSession::Phase::Rating);
    QVERIFY(flow->pseudonym() != firstPseudonym);
    QVERIFY(!flow->pseudonym().isEmpty());
    QCOMPARE(flow->index(), 0);
    QCOMPARE(flow->answeredCount(), 0);
    QCOMPARE(flow->currentAnswer(), ScaleOptionModel::NoSelection);
    QCOMPARE(m_world.attendee()->overview()->answeredCount(), 0);
    for (int row = 0; row < m_world.attendee()->overview()->rowCount(); ++row)
        QCOMPARE(
            m_world.attendee()->overview()->index(row).data(OverviewModel::AnsweredRole).toBool(),
            false);
    QCOMPARE(m_world.attendee()->groupId(), QStringLiteral("parent"));
    QCOMPARE(m_world.attendee()->respondentNumber(), 2);
    // the first respondent's answers are still stored, just no longer shown
    QCOMPARE(m_world.ratings().ratingsOf(sessionId, firstPseudonym, 1).size(), 2);
}

void TestAttendeeSession::resumeAfterReopeningTheDatabase()
{
    QVERIFY(m_world.attendee()->startLocal(m_world.rowOfCatalog("qualitaetsrahmen"), "management"));
    RatingFlow* flow = m_world.attendee()->flow();
    const QString pseudonym = flow->pseudonym();
    const QString sessionId = flow->session().id;
    QVERIFY(flow->answer(6));
    QVERIFY(flow->next());
    QVERIFY(flow->answer(CannotJudgeAnswer));
    m_world.close();

    m_world.open();
    QCOMPARE(m_world.attendee()->phase(), AttendeeSession::Phase::Start);
    QVERIFY(m_world.attendee()->canResume());
    QVERIFY(m_world.attendee()->resume());
    flow = m_world.attendee()->flow();
    QCOMPARE(m_world.attendee()->phase(), AttendeeSession::Phase::Rating);
    QCOMPARE(flow->session().id, sessionId);
    QCOMPARE(flow->pseudonym(), pseudonym);
    QCOMPARE(flow->answeredCount(), 2);
    QCOMPARE(flow->index(), 2); // continues at the first open statement
    QCOMPARE(m_world.attendee()->groupId(), QStringLiteral("management"));
    QVERIFY(flow->goTo(0));
    QCOMPARE(flow->currentAnswer(), 6);
    QCOMPARE(m_world.attendee()->overview()->index(1).data(OverviewModel::CannotJudgeRole).toBool(),
        true);
}

void TestAttendeeSession::sharedDeviceResumeStartsANewRespondent()
{
    QVERIFY(m_world.attendee()->shared()->enable("2468"));
    QVERIFY(m_world.attendee()->startLocal(m_world.rowOfCatalog("elternfeedback"), "parent"));
    const QString first = m_world.attendee()->flow()->pseudonym();
    QVERIFY(m_world.attendee()->flow()->answer(4));
    m_world.close();

    m_world.open();
    QVERIFY(m_world.attendee()->sharedDevice());
    QVERIFY(m_world.attendee()->resume());
    QVERIFY(m_world.attendee()->flow()->pseudonym() != first);
    QCOMPARE(m_world.attendee()->flow()->answeredCount(), 0);
    QCOMPARE(m_world.attendee()->groupId(), QStringLiteral("parent"));
}

void TestAttendeeSession::corruptCatalogFileIsListedWithReasonAndRefused()
{
    QFile bad(m_world.dir().filePath("catalogs/kaputt.json"));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("{ \"format\": \"dialogpunkte-catalog\", \"dimensions\": [ ");
    bad.close();
    m_world.attendee()->catalogs()->refresh();
    int badRow = -1;
    for (int row = 0; row < m_world.attendee()->catalogs()->rowCount(); ++row) {
        const QModelIndex index = m_world.attendee()->catalogs()->index(row);
        if (index.data(CatalogListModel::PathRole).toString().endsWith("kaputt.json"))
            badRow = row;
    }
    QVERIFY(badRow >= 0);
    const QModelIndex index = m_world.attendee()->catalogs()->index(badRow);
    QCOMPARE(index.data(CatalogListModel::ValidRole).toBool(), false);
    QVERIFY(!index.data(CatalogListModel::ErrorRole).toString().isEmpty());
    QCOMPARE(index.data(CatalogListModel::TitleRole).toString(), QStringLiteral("kaputt.json"));

    QSignalSpy errors(m_world.attendee(), &AttendeeSession::errorMessageChanged);
    QVERIFY(!m_world.attendee()->startLocal(badRow, QString()));
    QCOMPARE(errors.count(), 1);
    QVERIFY(m_world.attendee()->errorMessage().contains("kaputt.json"));
    QCOMPARE(m_world.attendee()->phase(), AttendeeSession::Phase::Start);
    QCOMPARE(m_world.sessions().sessions().size(), 0);
    // the broken file is left exactly as it was
    QVERIFY(bad.open(QIODevice::ReadOnly));
    QVERIFY(bad.readAll().endsWith("[ "));
}

void TestAttendeeSession::addFileReportsUnreadableFiles()
{
    CatalogListModel* catalogs = m_world.attendee()->catalogs();
    const int before = catalogs->rowCount();
    QCOMPARE(catalogs->addFile(m_world.dir().filePath("missing.json")), -1);
    QVERIFY(!catalogs->errorMessage().isEmpty());
    QCOMPARE(catalogs->addFile(QString()), -1);
    QCOMPARE(catalogs->rowCount(), before);

    // a valid copy of a built-in catalog, passed as a file:// URL, is added and can be started
    QFile source(":/catalogs/elternfeedback.json");
    QVERIFY(source.open(QIODevice::ReadOnly));
    const QString path = QDir(m_world.dir().path()).filePath("eltern-kopie.json");
    QFile copy(path);
    QVERIFY(copy.open(QIODevice::WriteOnly));
    copy.write(source.readAll());
    copy.close();
    const int row = catalogs->addFile(QUrl::fromLocalFile(path).toString());
    QCOMPARE(row, before);
    QVERIFY(catalogs->errorMessage().isEmpty());
    QCOMPARE(catalogs->rowCount(), before + 1);
    QCOMPARE(catalogs->addFile(path), row); // adding again does not duplicate
    QVERIFY(m_world.attendee()->startLocal(row, QString()));
}

void TestAttendeeSession::unknownGroupIsRefused()
{
    QVERIFY(
        !m_world.attendee()->startLocal(m_world.rowOfCatalog("qualitaetsrahmen"), "astronauts"));
    QVERIFY(m_world.attendee()->errorMessage().contains("astronauts"));
    QCOMPARE(m_world.sessions().sessions().size(), 0);
    QVERIFY(!m_world.attendee()->startLocal(-1, QString()));
    QVERIFY(!m_world.attendee()->errorMessage().isEmpty());
}

void TestAttendeeSession::refusedDatabaseIsReportedNotTouched()
{
    Database closed;
    SessionStore sessions(closed);
    AnswerService answers(closed);
    const QString reason = QStringLiteral("The file is not a Dialogpunkte database.");
    AttendeeSession attendee(sessions, answers, m_world.dir().filePath("other-state.ini"),
        m_world.dir().filePath("catalogs"), reason);
    QVERIFY(!attendee.isAvailable());
    QCOMPARE(attendee.errorMessage(), reason);
    QVERIFY(!attendee.canResume());
    QVERIFY(!attendee.startLocal(0, QString()));
    QVERIFY(!attendee.resume());
    QVERIFY(!attendee.nextRespondent());
    QCOMPARE(attendee.errorMessage(), reason);
    QCOMPARE(attendee.phase(), AttendeeSession::Phase::Start);
}

void TestAttendeeSession::defaultGroupsAreNamedInEveryParticipantLanguage()
{
    GroupListModel* groups = m_world.attendee()->groups();
    for (const char* language : { "de", "en", "tr", "ar", "ru", "uk" }) {
        for (const Group& group : groups->groups())
            QVERIFY2(group.name.has(QString::fromLatin1(language)),
                qPrintable(group.id + " has no name in " + language));
    }
    m_world.attendee()->setLanguage("tr");
    QCOMPARE(groups->nameOf("parent"), QStringLiteral("Ebeveyn"));
    m_world.attendee()->setLanguage("ar");
    QCOMPARE(
        groups->index(5).data(GroupListModel::NameRole).toString(), QStringLiteral("أحد الوالدين"));
}

void TestAttendeeSession::sharedDeviceStaysLockedUntilTheModeratorsCode()
{
    AttendeeSession* attendee = m_world.attendee();
    SharedDevice* shared = attendee->shared();
    QSignalSpy locked(attendee, &AttendeeSession::lockedChanged);
    // The code is the moderator's: digits only, 4 to 8 of them.
    for (const char* bad : { "", "123", "abcd", "123456789" }) {
        QVERIFY2(!shared->enable(bad), bad);
        QVERIFY(!shared->errorText().isEmpty());
    }
    QVERIFY(!attendee->sharedDevice());
    QVERIFY(shared->enable(" 2468 "));
    QVERIFY(attendee->sharedDevice());
    QVERIFY(!attendee->isLocked()); // the moderator still sets the tablet up

    QVERIFY(attendee->startLocal(m_world.rowOfCatalog("elternfeedback"), "parent"));
    QVERIFY(attendee->isLocked());
    QCOMPARE(locked.count(), 1);
    QVERIFY(attendee->flow()->answer(4));
    attendee->flow()->finish();
    QCOMPARE(attendee->phase(), AttendeeSession::Phase::ThankYou);

    // A respondent cannot leave for the start page, the moderator's screens or the settings.
    QVERIFY(!attendee->backToStart());
    QCOMPARE(attendee->phase(), AttendeeSession::Phase::ThankYou);
    QVERIFY(attendee->errorMessage().contains("locked"));
    QVERIFY(!shared->disable());
    QVERIFY(attendee->sharedDevice());
    QVERIFY(!shared->unlock("1357"));
    QVERIFY(attendee->isLocked());
    QVERIFY(!shared->errorText().isEmpty());

    QVERIFY(shared->unlock("2468"));
    QVERIFY(!attendee->isLocked());
    QVERIFY(attendee->backToStart());
    QCOMPARE(attendee->phase(), AttendeeSession::Phase::Start);
    // The next respondent locks it again.
    QVERIFY(attendee->resume());
    QVERIFY(attendee->isLocked());
    QVERIFY(shared->unlock("2468"));
    QVERIFY(attendee->backToStart());
    QVERIFY(shared->disable());
    QVERIFY(!attendee->sharedDevice());
    QVERIFY(attendee->resume());
    QVERIFY(!attendee->isLocked());
}

void TestAttendeeSession::sharedDeviceLockSurvivesARestart()
{
    QVERIFY(m_world.attendee()->shared()->enable("97531"));
    QVERIFY(m_world.attendee()->startLocal(m_world.rowOfCatalog("elternfeedback"), "parent"));
    QVERIFY(m_world.attendee()->flow()->answer(2));
    m_world.close();
    // The state file keeps a hash, never the code itself.
    QFile state(m_world.dir().filePath("state.ini"));
    QVERIFY(state.open(QIODevice::ReadOnly));
    QVERIFY(!state.readAll().contains("97531"));

    m_world.open();
    AttendeeSession* attendee = m_world.attendee();
    QVERIFY(attendee->sharedDevice());
    QVERIFY(attendee->isLocked());
    // Only the next person's start is offered.
    QVERIFY(!attendee->startLocal(m_world.rowOfCatalog("qualitaetsrahmen"), QString()));
    QCOMPARE(m_world.sessions().sessions().size(), 1);
    QVERIFY(attendee->canResume());
    QVERIFY(attendee->resume());
    QCOMPARE(attendee->flow()->answeredCount(), 0);
    QVERIFY(attendee->shared()->unlock("97531"));
    QVERIFY(attendee->backToStart());
}

void TestAttendeeSession::nextRespondentStartsInTheDevicesLanguage()
{
    AttendeeSession* attendee = m_world.attendee();
    attendee->setLanguage("de");
    QVERIFY(attendee->shared()->enable("2468"));
    QVERIFY(attendee->startLocal(m_world.rowOfCatalog("elternfeedback"), "parent"));
    QSignalSpy languages(attendee, &AttendeeSession::languageChanged);
    attendee->setLanguage("tr"); // this respondent reads Turkish
    QVERIFY(attendee->flow()->answer(5));
    attendee->flow()->finish();
    QCOMPARE(attendee->language(), QStringLiteral("tr")); // thanked in their language
    QVERIFY(attendee->nextRespondent());
    QCOMPARE(attendee->language(), QStringLiteral("de"));
    QCOMPARE(languages.count(), 2);
    QCOMPARE(
        attendee->flow()->statementText(), attendee->flow()->statements().first().text.text("de"));

    // After a restart the next person starts in the device's language too.
    attendee->setLanguage("ar");
    QVERIFY(attendee->flow()->answer(3));
    m_world.close();
    m_world.open();
    m_world.attendee()->setLanguage("ar");
    QVERIFY(m_world.attendee()->resume());
    QCOMPARE(m_world.attendee()->language(), QStringLiteral("de"));
}

void TestAttendeeSession::endedWorkshopTakesNoAnswersButShowsThem()
{
    AttendeeSession* attendee = m_world.attendee();
    QVERIFY(attendee->startLocal(m_world.rowOfCatalog("qualitaetsrahmen"), QString()));
    RatingFlow* flow = attendee->flow();
    QStringList all;
    for (const Statement& statement : flow->statements())
        all << statement.id;
    QVERIFY(flow->answer(5));
    QSignalSpy ended(attendee, &AttendeeSession::workshopEndedChanged);

    attendee->followWorkshop(1, all, true);
    QVERIFY(attendee->isWorkshopEnded());
    QCOMPARE(ended.count(), 1);
    QCOMPARE(attendee->phase(), AttendeeSession::Phase::Ended);
    QVERIFY(flow->isActive());
    QVERIFY(!flow->isOpen(all.first()));
    QVERIFY(!flow->isOpen(all.last()));
    // The answers can be looked at, not changed.
    attendee->review();
    QCOMPARE(attendee->phase(), AttendeeSession::Phase::Rating);
    QCOMPARE(flow->answerFor(all.first()), 5);
    QVERIFY(flow->next());
    QVERIFY(!flow->answer(2));
    QVERIFY(!m_world.ratings().rating(flow->session().id, 1, all.at(1), flow->pseudonym()));
    flow->finish();
    QCOMPARE(attendee->phase(), AttendeeSession::Phase::Ended);

    // The moderator takes the workshop up again.
    attendee->followWorkshop(1, all, false);
    QVERIFY(!attendee->isWorkshopEnded());
    QCOMPARE(attendee->phase(), AttendeeSession::Phase::Rating);
    QVERIFY(flow->answer(2));
}

void TestAttendeeSession::endedWorkshopOnASharedDeviceShowsNoAnswers()
{
    AttendeeSession* attendee = m_world.attendee();
    QVERIFY(attendee->shared()->enable("2468"));
    QVERIFY(attendee->startLocal(m_world.rowOfCatalog("elternfeedback"), "parent"));
    QVERIFY(attendee->flow()->answer(4));
    attendee->followWorkshop(1, {}, true);
    QCOMPARE(attendee->phase(), AttendeeSession::Phase::Ended);
    QVERIFY(!attendee->flow()->isActive());
    QCOMPARE(attendee->overview()->rowCount(), 0);
    attendee->review();
    QCOMPARE(attendee->phase(), AttendeeSession::Phase::Ended);
    QVERIFY(attendee->isLocked());
    QVERIFY(!attendee->backToStart());
}

void TestAttendeeSession::backToStartOffersTheUsualRolesAgain()
{
    // A workshop of municipalities, as the sync client stores a joined one.
    const auto catalog = loadBuiltin("qualitaetsrahmen");
    QVERIFY(catalog.ok());
    QString error;
    const QList<Group> municipalities { { "dortmund", LocalizedText("Dortmund") },
        { "hagen", LocalizedText("Hagen") } };
    const auto session = m_world.sessions().createSession("Cluster 4", QDate(2026, 3, 18),
        catalog.catalog, municipalities, SessionRecord::Role::Attendee, &error);
    QVERIFY2(session, qPrintable(error));
    const auto participant = m_world.sessions().createParticipant(session->id, "hagen", &error);
    QVERIFY2(participant, qPrintable(error));
    AttendeeSession* attendee = m_world.attendee();
    QVERIFY(attendee->startJoined(session->id, participant->pseudonym));
    QCOMPARE(attendee->groups()->rowOf("hagen"), 2);
    QCOMPARE(attendee->groupName(), QStringLiteral("Hagen"));
    QVERIFY(attendee->storedParticipant(session->id, participant->pseudonym).has_value());
    QVERIFY(!attendee->storedParticipant(session->id, "someone-else").has_value());

    QVERIFY(attendee->backToStart());
    QCOMPARE(attendee->groups()->rowOf("hagen"), -1);
    QCOMPARE(attendee->groups()->rowOf("coordination"), 1);
    QVERIFY(attendee->startLocal(m_world.rowOfCatalog("qualitaetsrahmen"), "coordination"));
}

QTEST_GUILESS_MAIN(TestAttendeeSession)
#include "tst_attendeesession.moc"

#include "session/attendeesession.h"
#include "storage/database.h"
#include "storage/ratingstore.h"
#include "storage/sessionstore.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
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

private:
    void openAll();
    void closeAll();
    int rowOfCatalog(const QString& id) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SessionStore> m_sessions;
    std::unique_ptr<RatingStore> m_ratings;
    std::unique_ptr<AttendeeSession> m_attendee;
};

void TestAttendeeSession::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(QDir(m_dir->path()).mkpath("catalogs"));
    openAll();
}

void TestAttendeeSession::cleanup()
{
    closeAll();
    m_dir.reset();
}

void TestAttendeeSession::openAll()
{
    m_db = std::make_unique<Database>();
    QString error;
    QVERIFY2(m_db->open(m_dir->filePath("test.sqlite"), &error), qPrintable(error));
    m_sessions = std::make_unique<SessionStore>(*m_db);
    m_ratings = std::make_unique<RatingStore>(*m_db);
    m_attendee = std::make_unique<AttendeeSession>(*m_sessions, *m_ratings,
        m_dir->filePath("state.ini"), m_dir->filePath("catalogs"), QString());
    new QAbstractItemModelTester(m_attendee->catalogs(),
        QAbstractItemModelTester::FailureReportingMode::QtTest, m_attendee.get());
    new QAbstractItemModelTester(m_attendee->groups(),
        QAbstractItemModelTester::FailureReportingMode::QtTest, m_attendee.get());
    new QAbstractItemModelTester(m_attendee->overview(),
        QAbstractItemModelTester::FailureReportingMode::QtTest, m_attendee.get());
}

void TestAttendeeSession::closeAll()
{
    m_attendee.reset();
    m_ratings.reset();
    m_sessions.reset();
    m_db.reset();
}

int TestAttendeeSession::rowOfCatalog(const QString& id) const
{
    CatalogListModel* catalogs = m_attendee->catalogs();
    for (int row = 0; row < catalogs->rowCount(); ++row) {
        if (catalogs->index(row).data(CatalogListModel::CatalogIdRole).toString() == id)
            return row;
    }
    return -1;
}

void TestAttendeeSession::offersBuiltinCatalogsAndDefaultGroups()
{
    QCOMPARE(m_attendee->phase(), AttendeeSession::Phase::Start);
    QVERIFY(!m_attendee->canResume());
    QVERIFY(rowOfCatalog("qualitaetsrahmen") >= 0);
    QVERIFY(rowOfCatalog("elternfeedback") >= 0);
    const QModelIndex framework = m_attendee->catalogs()->index(rowOfCatalog("qualitaetsrahmen"));
    QCOMPARE(framework.data(CatalogListModel::BuiltinRole).toBool(), true);
    QCOMPARE(framework.data(CatalogListModel::ValidRole).toBool(), true);
    QCOMPARE(framework.data(CatalogListModel::DimensionCountRole).toInt(), 9);
    GroupListModel* groups = m_attendee->groups();
    QCOMPARE(groups->rowCount(), 6);
    QCOMPARE(groups->groupIdAt(0), QString());
    QCOMPARE(groups->rowOf("parent"), 5);
    QCOMPARE(groups->nameOf("coordination"), QStringLiteral("Netzwerkkoordination"));
}

void TestAttendeeSession::finishOnPersonalDeviceKeepsAnswersReviewable()
{
    QVERIFY(m_attendee->startLocal(rowOfCatalog("qualitaetsrahmen"), QString()));
    RatingFlow* flow = m_attendee->flow();
    QVERIFY(flow->answer(2));
    flow->finish();
    QCOMPARE(m_attendee->phase(), AttendeeSession::Phase::Finished);
    QVERIFY(flow->isActive());
    m_attendee->review();
    QCOMPARE(m_attendee->phase(), AttendeeSession::Phase::Rating);
    QCOMPARE(flow->answerFor(flow->statements().first().id), 2);
    m_attendee->backToStart();
    QCOMPARE(m_attendee->phase(), AttendeeSession::Phase::Start);
    QVERIFY(m_attendee->canResume());
    QVERIFY(!m_attendee->resumeTitle().isEmpty());
}

void TestAttendeeSession::sharedDeviceResetShowsNothingOfThePreviousRespondent()
{
    m_attendee->setSharedDevice(true);
    QVERIFY(m_attendee->startLocal(rowOfCatalog("elternfeedback"), "parent"));
    RatingFlow* flow = m_attendee->flow();
    QCOMPARE(flow->scaleOptions()->kind(), QStringLiteral("pictogram"));
    QCOMPARE(flow->scaleOptions()->index(0).data(ScaleOptionModel::PictogramRole).toString(),
        QStringLiteral("very-sad"));
    const QString sessionId = flow->session().id;
    const QString firstPseudonym = flow->pseudonym();
    QVERIFY(flow->answer(5));
    QVERIFY(flow->next());
    QVERIFY(flow->answer(CannotJudgeAnswer));
    QCOMPARE(m_attendee->respondentNumber(), 1);

    flow->finish();
    QCOMPARE(m_attendee->phase(), AttendeeSession::Phase::ThankYou);
    QVERIFY(!flow->isActive());
    QCOMPARE(flow->statementText(), QString());
    QCOMPARE(m_attendee->overview()->rowCount(), 0);

    QVERIFY(m_attendee->nextRespondent());
    QCOMPARE(m_attendee->phase(), AttendeeSession::Phase::Rating);
    QVERIFY(flow->pseudonym() != firstPseudonym);
    QVERIFY(!flow->pseudonym().isEmpty());
    QCOMPARE(flow->index(), 0);
    QCOMPARE(flow->answeredCount(), 0);
    QCOMPARE(flow->currentAnswer(), ScaleOptionModel::NoSelection);
    QCOMPARE(m_attendee->overview()->answeredCount(), 0);
    for (int row = 0; row < m_attendee->overview()->rowCount(); ++row)
        QCOMPARE(
            m_attendee->overview()->index(row).data(OverviewModel::AnsweredRole).toBool(), false);
    QCOMPARE(m_attendee->groupId(), QStringLiteral("parent"));
    QCOMPARE(m_attendee->respondentNumber(), 2);
    // the first respondent's answers are still stored, just no longer shown
    QCOMPARE(m_ratings->ratingsOf(sessionId, firstPseudonym, 1).size(), 2);
}

void TestAttendeeSession::resumeAfterReopeningTheDatabase()
{
    QVERIFY(m_attendee->startLocal(rowOfCatalog("qualitaetsrahmen"), "management"));
    RatingFlow* flow = m_attendee->flow();
    const QString pseudonym = flow->pseudonym();
    const QString sessionId = flow->session().id;
    QVERIFY(flow->answer(6));
    QVERIFY(flow->next());
    QVERIFY(flow->answer(CannotJudgeAnswer));
    closeAll();

    openAll();
    QCOMPARE(m_attendee->phase(), AttendeeSession::Phase::Start);
    QVERIFY(m_attendee->canResume());
    QVERIFY(m_attendee->resume());
    flow = m_attendee->flow();
    QCOMPARE(m_attendee->phase(), AttendeeSession::Phase::Rating);
    QCOMPARE(flow->session().id, sessionId);
    QCOMPARE(flow->pseudonym(), pseudonym);
    QCOMPARE(flow->answeredCount(), 2);
    QCOMPARE(flow->index(), 2); // continues at the first open statement
    QCOMPARE(m_attendee->groupId(), QStringLiteral("management"));
    QVERIFY(flow->goTo(0));
    QCOMPARE(flow->currentAnswer(), 6);
    QCOMPARE(m_attendee->overview()->index(1).data(OverviewModel::CannotJudgeRole).toBool(), true);
}

void TestAttendeeSession::sharedDeviceResumeStartsANewRespondent()
{
    m_attendee->setSharedDevice(true);
    QVERIFY(m_attendee->startLocal(rowOfCatalog("elternfeedback"), "parent"));
    const QString first = m_attendee->flow()->pseudonym();
    QVERIFY(m_attendee->flow()->answer(4));
    closeAll();

    openAll();
    QVERIFY(m_attendee->sharedDevice());
    QVERIFY(m_attendee->resume());
    QVERIFY(m_attendee->flow()->pseudonym() != first);
    QCOMPARE(m_attendee->flow()->answeredCount(), 0);
    QCOMPARE(m_attendee->groupId(), QStringLiteral("parent"));
}

void TestAttendeeSession::corruptCatalogFileIsListedWithReasonAndRefused()
{
    QFile bad(m_dir->filePath("catalogs/kaputt.json"));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("{ \"format\": \"dialogpunkte-catalog\", \"dimensions\": [ ");
    bad.close();
    m_attendee->catalogs()->refresh();
    int badRow = -1;
    for (int row = 0; row < m_attendee->catalogs()->rowCount(); ++row) {
        const QModelIndex index = m_attendee->catalogs()->index(row);
        if (index.data(CatalogListModel::PathRole).toString().endsWith("kaputt.json"))
            badRow = row;
    }
    QVERIFY(badRow >= 0);
    const QModelIndex index = m_attendee->catalogs()->index(badRow);
    QCOMPARE(index.data(CatalogListModel::ValidRole).toBool(), false);
    QVERIFY(!index.data(CatalogListModel::ErrorRole).toString().isEmpty());
    QCOMPARE(index.data(CatalogListModel::TitleRole).toString(), QStringLiteral("kaputt.json"));

    QSignalSpy errors(m_attendee.get(), &AttendeeSession::errorMessageChanged);
    QVERIFY(!m_attendee->startLocal(badRow, QString()));
    QCOMPARE(errors.count(), 1);
    QVERIFY(m_attendee->errorMessage().contains("kaputt.json"));
    QCOMPARE(m_attendee->phase(), AttendeeSession::Phase::Start);
    QCOMPARE(m_sessions->sessions().size(), 0);
    // the broken file is left exactly as it was
    QVERIFY(bad.open(QIODevice::ReadOnly));
    QVERIFY(bad.readAll().endsWith("[ "));
}

void TestAttendeeSession::addFileReportsUnreadableFiles()
{
    CatalogListModel* catalogs = m_attendee->catalogs();
    const int before = catalogs->rowCount();
    QCOMPARE(catalogs->addFile(m_dir->filePath("missing.json")), -1);
    QVERIFY(!catalogs->errorMessage().isEmpty());
    QCOMPARE(catalogs->addFile(QString()), -1);
    QCOMPARE(catalogs->rowCount(), before);

    // a valid copy of a built-in catalog, passed as a file:// URL, is added and can be started
    QFile source(":/catalogs/elternfeedback.json");
    QVERIFY(source.open(QIODevice::ReadOnly));
    const QString path = QDir(m_dir->path()).filePath("eltern-kopie.json");
    QFile copy(path);
    QVERIFY(copy.open(QIODevice::WriteOnly));
    copy.write(source.readAll());
    copy.close();
    const int row = catalogs->addFile(QUrl::fromLocalFile(path).toString());
    QCOMPARE(row, before);
    QVERIFY(catalogs->errorMessage().isEmpty());
    QCOMPARE(catalogs->rowCount(), before + 1);
    QCOMPARE(catalogs->addFile(path), row); // adding again does not duplicate
    QVERIFY(m_attendee->startLocal(row, QString()));
}

void TestAttendeeSession::unknownGroupIsRefused()
{
    QVERIFY(!m_attendee->startLocal(rowOfCatalog("qualitaetsrahmen"), "astronauts"));
    QVERIFY(m_attendee->errorMessage().contains("astronauts"));
    QCOMPARE(m_sessions->sessions().size(), 0);
    QVERIFY(!m_attendee->startLocal(-1, QString()));
    QVERIFY(!m_attendee->errorMessage().isEmpty());
}

void TestAttendeeSession::refusedDatabaseIsReportedNotTouched()
{
    Database closed;
    SessionStore sessions(closed);
    RatingStore ratings(closed);
    const QString reason = QStringLiteral("The file is not a Dialogpunkte database.");
    AttendeeSession attendee(
        sessions, ratings, m_dir->filePath("other-state.ini"), m_dir->filePath("catalogs"), reason);
    QVERIFY(!attendee.isAvailable());
    QCOMPARE(attendee.errorMessage(), reason);
    QVERIFY(!attendee.canResume());
    QVERIFY(!attendee.startLocal(0, QString()));
    QVERIFY(!attendee.resume());
    QVERIFY(!attendee.nextRespondent());
    QCOMPARE(attendee.errorMessage(), reason);
    QCOMPARE(attendee.phase(), AttendeeSession::Phase::Start);
}

QTEST_GUILESS_MAIN(TestAttendeeSession)
#include "tst_attendeesession.moc"

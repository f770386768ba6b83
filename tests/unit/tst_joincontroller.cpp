// Joining a workshop from the attendee's app against a real hub on 127.0.0.1: the session is
// stored, ratings are sent and acknowledged, and failures are explained in plain words.
#include "workshophub.h"

#include "catalog/builtincatalogs.h"
#include "session/answerservice.h"
#include "session/attendeesession.h"
#include "session/defaultgroups.h"
#include "session/joincontroller.h"
#include "storage/database.h"
#include "storage/ratingstore.h"
#include "storage/sessionstore.h"
#include "sync/sessionhost.h"
#include "sync/syncclient.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace dp;

namespace {

const QString RoomCode = test::WorkshopHub::RoomCode;

/// The moderator's hub with its own database: the generic roles unless told otherwise.
struct Hub : test::WorkshopHub
{
    Hub(const QString& path, quint16 port = 0, const QList<Group>& groups = defaultGroups())
        : WorkshopHub(path, port, groups)
    {
    }
};

quint16 unusedPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        qFatal("no free port");
    return probe.serverPort();
}

} // namespace

class TestJoinController : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void joinWithTheRightCodeStoresTheSessionAndAcknowledges();
    void joinLinkWithGroup();
    void joiningOffersTheWorkshopsOwnGroups();
    void workshopWithoutGroupsStartsRightAway();
    void rejoiningKeepsParticipantAndGroup();
    void refusedGroupIsChosenAgain();
    void cancelDuringTheGroupChoiceLeavesNothingJoined();
    void endedWorkshopIsSaidAndTakesNoAnswers();
    void nextRespondentOnASharedTabletReachesTheHub();
    void wrongRoomCodeIsExplained();
    void unreachableHostGivesTheLikelyCause();
    void badAddressAndLinkAreRefused();
    void ratingContinuesOfflineAndArrivesAfterReconnect();
    void nextRoundReachesTheRunningFlow();

private:
    bool joinAndWait(const QString& address, const QString& groupId = {});
    /// Joins and waits until the workshop's groups are offered.
    bool joinUntilGroupChoice();
    std::optional<Participant> hubParticipant(const QString& pseudonym) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Hub> m_hub;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SessionStore> m_sessions;
    std::unique_ptr<AnswerService> m_answers;
    std::unique_ptr<AttendeeSession> m_attendee;
    std::unique_ptr<SyncClient> m_client;
    std::unique_ptr<JoinController> m_join;
};

void TestJoinController::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_hub = std::make_unique<Hub>(m_dir->filePath("hub.sqlite"));
    m_db = std::make_unique<Database>();
    QString error;
    QVERIFY2(m_db->open(m_dir->filePath("tablet.sqlite"), &error), qPrintable(error));
    m_sessions = std::make_unique<SessionStore>(*m_db);
    m_answers = std::make_unique<AnswerService>(*m_db);
    m_attendee = std::make_unique<AttendeeSession>(*m_sessions, *m_answers,
        m_dir->filePath("attendee.ini"), m_dir->filePath("catalogs"), QString());
    SyncClient::Options options;
    options.connectTimeoutMs = 1000;
    options.minBackoffMs = 50;
    options.maxBackoffMs = 200;
    options.seed = 7;
    m_client = std::make_unique<SyncClient>(*m_db, *m_answers, options);
    m_join = std::make_unique<JoinController>(*m_attendee, *m_client, m_dir->filePath("join.ini"));
}

void TestJoinController::cleanup()
{
    m_join.reset();
    m_client.reset();
    m_attendee.reset();
    m_answers.reset();
    m_sessions.reset();
    m_db.reset();
    m_hub.reset();
    m_dir.reset();
}

bool TestJoinController::joinAndWait(const QString& address, const QString& groupId)
{
    QSignalSpy joined(m_join.get(), &JoinController::joined);
    if (!m_join->joinAddress(address, RoomCode))
        return false;
    // The hub's workshop has groups: the person is asked for one before rating.
    if (!QTest::qWaitFor([this] { return m_join->groupChoice()->isOpen(); }, 5000))
        return false;
    if (!m_join->groupChoice()->choose(groupId))
        return false;
    return joined.count() == 1 || joined.wait(5000);
}

bool TestJoinController::joinUntilGroupChoice()
{
    return m_join->joinAddress(QStringLiteral("127.0.0.1:%1").arg(m_hub->port()), RoomCode)
        && QTest::qWaitFor([this] { return m_join->groupChoice()->isOpen(); }, 5000);
}

std::optional<Participant> TestJoinController::hubParticipant(const QString& pseudonym) const
{
    return SessionStore(m_hub->database).participant(m_hub->host->sessionId(), pseudonym);
}

void TestJoinController::joinWithTheRightCodeStoresTheSessionAndAcknowledges()
{
    QVERIFY(joinAndWait(QStringLiteral("127.0.0.1:%1").arg(m_hub->port())));
    QVERIFY(m_join->errorText().isEmpty());
    QVERIFY(!m_join->isBusy());
    QVERIFY(m_join->isOnline());
    QCOMPARE(m_join->connectionText(), QStringLiteral("Connected"));

    const auto stored = m_sessions->session(m_hub->host->sessionId());
    QVERIFY(stored.has_value());
    QCOMPARE(stored->role, SessionRecord::Role::Attendee);
    QCOMPARE(stored->title, QStringLiteral("Werkstatt Nord"));
    QCOMPARE(m_attendee->phase(), AttendeeSession::Phase::Rating);
    RatingFlow* flow = m_attendee->flow();
    QCOMPARE(flow->session().id, m_hub->host->sessionId());
    // "No group" is stored as an empty text, never as NULL.
    const auto participant = m_sessions->participant(stored->id, flow->pseudonym());
    QVERIFY(participant.has_value());
    QCOMPARE(participant->groupId, QString());

    QAbstractItemModelTester tester(m_attendee->overview());
    const QString statement = flow->statementId();
    QVERIFY(flow->answer(3));
    QCOMPARE(flow->saveState(), RatingFlow::SaveState::SavedLocally);
    QTRY_VERIFY(flow->isAcknowledged(statement));
    QCOMPARE(flow->saveState(), RatingFlow::SaveState::Acknowledged);
    QVERIFY(m_answers->ratings().isAcknowledged(stored->id, 1, statement, flow->pseudonym()));
    const int row = m_attendee->overview()->rowOf(statement);
    QVERIFY(m_attendee->overview()
                ->data(m_attendee->overview()->index(row), OverviewModel::AcknowledgedRole)
                .toBool());
    QCOMPARE(m_join->pendingCount(), 0);
    // The hub holds the answer under the same pseudonym.
    QTRY_COMPARE(RatingStore(m_hub->database).ratings(stored->id).size(), 1);
}

void TestJoinController::joinLinkWithGroup()
{
    QSignalSpy joined(m_join.get(), &JoinController::joined);
    const QString link
        = JoinTarget { QStringLiteral("127.0.0.1"), m_hub->port(), RoomCode }.toUrl();
    QVERIFY(m_join->joinUrl(link));
    QVERIFY(m_join->isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(m_join->groupChoice()->isOpen(), 5000);
    QVERIFY(!m_join->isBusy());
    QCOMPARE(joined.count(), 0);
    QVERIFY(m_join->groupChoice()->choose(QStringLiteral("coordination")));
    QCOMPARE(joined.count(), 1);
    QCOMPARE(m_attendee->groupId(), QStringLiteral("coordination"));
    const auto participant
        = m_sessions->participant(m_hub->host->sessionId(), m_attendee->flow()->pseudonym());
    QCOMPARE(participant->groupId, QStringLiteral("coordination"));
    QTRY_VERIFY(hubParticipant(participant->pseudonym).has_value());
    QCOMPARE(hubParticipant(participant->pseudonym)->groupId, QStringLiteral("coordination"));
}

void TestJoinController::joiningOffersTheWorkshopsOwnGroups()
{
    m_hub.reset();
    m_hub = std::make_unique<Hub>(m_dir->filePath("cluster.sqlite"), 0, test::municipalities());
    QVERIFY(joinUntilGroupChoice());
    GroupChoice* choice = m_join->groupChoice();
    GroupListModel* groups = choice->groups();
    QAbstractItemModelTester tester(groups);
    QCOMPARE(choice->workshopTitle(), QStringLiteral("Werkstatt Nord"));
    // "No answer" and the workshop's municipalities, none of the generic roles.
    QCOMPARE(groups->rowCount(), 4);
    QCOMPARE(groups->groupIdAt(0), QString());
    QCOMPARE(groups->nameOf(QStringLiteral("hagen")), QStringLiteral("Hagen"));
    QCOMPARE(groups->rowOf(QStringLiteral("coordination")), -1);
    QCOMPARE(m_attendee->phase(), AttendeeSession::Phase::Start);
    QVERIFY(m_sessions->participants(m_hub->host->sessionId()).isEmpty());

    // A group the workshop does not have is refused and asked again, never stored as none.
    QVERIFY(!choice->choose(QStringLiteral("coordination")));
    QVERIFY(choice->isOpen());
    QVERIFY2(choice->errorText().contains(QStringLiteral("coordination")),
        qPrintable(choice->errorText()));
    QVERIFY(m_sessions->participants(m_hub->host->sessionId()).isEmpty());

    QSignalSpy joined(m_join.get(), &JoinController::joined);
    QVERIFY(choice->choose(QStringLiteral("hagen")));
    QVERIFY(!choice->isOpen());
    QVERIFY(choice->errorText().isEmpty());
    QCOMPARE(joined.count(), 1);
    QCOMPARE(m_attendee->phase(), AttendeeSession::Phase::Rating);
    QCOMPARE(m_attendee->groupName(), QStringLiteral("Hagen"));
    const QString pseudonym = m_attendee->flow()->pseudonym();
    QCOMPARE(m_sessions->participant(m_hub->host->sessionId(), pseudonym)->groupId,
        QStringLiteral("hagen"));
    QTRY_VERIFY(hubParticipant(pseudonym).has_value());
    QCOMPARE(hubParticipant(pseudonym)->groupId, QStringLiteral("hagen"));
}

void TestJoinController::workshopWithoutGroupsStartsRightAway()
{
    m_hub.reset();
    m_hub = std::make_unique<Hub>(m_dir->filePath("plain.sqlite"), 0, QList<Group>());
    QSignalSpy joined(m_join.get(), &JoinController::joined);
    QVERIFY(m_join->joinAddress(QStringLiteral("127.0.0.1:%1").arg(m_hub->port()), RoomCode));
    QVERIFY(joined.wait(5000));
    QVERIFY(!m_join->groupChoice()->isOpen());
    QCOMPARE(m_attendee->groupId(), QString());
}

void TestJoinController::rejoiningKeepsParticipantAndGroup()
{
    const QString address = QStringLiteral("127.0.0.1:%1").arg(m_hub->port());
    QVERIFY(joinAndWait(address, QStringLiteral("volunteer")));
    const QString pseudonym = m_attendee->flow()->pseudonym();
    QVERIFY(m_attendee->flow()->answer(4));
    QVERIFY(m_attendee->backToStart());

    // Joining the same workshop again asks nothing and continues as the same person.
    QSignalSpy joined(m_join.get(), &JoinController::joined);
    QVERIFY(m_join->joinAddress(address, RoomCode));
    QVERIFY(joined.wait(5000));
    QVERIFY(!m_join->groupChoice()->isOpen());
    QCOMPARE(m_attendee->flow()->pseudonym(), pseudonym);
    QCOMPARE(m_attendee->groupId(), QStringLiteral("volunteer"));
    QCOMPARE(m_attendee->flow()->answeredCount(), 1);
    QCOMPARE(m_sessions->participant(m_hub->host->sessionId(), pseudonym)->groupId,
        QStringLiteral("volunteer"));
}

void TestJoinController::refusedGroupIsChosenAgain()
{
    QVERIFY(joinAndWait(QStringLiteral("127.0.0.1:%1").arg(m_hub->port()), "parent"));
    RatingFlow* flow = m_attendee->flow();
    const QString pseudonym = flow->pseudonym();
    QVERIFY(flow->answer(3));

    // The device's copy of the workshop lists a group the hub does not know (a stale copy):
    // the hub refuses it and the device asks the person again instead of storing no group.
    QSqlQuery stale(m_db->connection());
    QVERIFY(stale.exec(
        QStringLiteral("UPDATE sessions SET groups_json = json_insert(groups_json, '$[#]', "
                       "json_object('id', 'no-such-group', 'name', json_object('en', 'Gone')))")));
    QVERIFY(stale.numRowsAffected() > 0);
    GroupChoice* choice = m_join->groupChoice();
    QVERIFY(!choice->isOpen());
    QVERIFY(!m_client->registerParticipant(QStringLiteral("no-such-group"), pseudonym).isEmpty());
    QTRY_VERIFY(choice->isOpen());
    QVERIFY2(choice->errorText().contains(QStringLiteral("does not know the group")),
        qPrintable(choice->errorText()));
    // The person keeps their answers: cancelling is not offered while rating.
    m_join->cancel();
    QVERIFY(choice->isOpen());
    QVERIFY(choice->choose(QStringLiteral("management")));
    QCOMPARE(flow->pseudonym(), pseudonym);
    QCOMPARE(flow->answeredCount(), 1);
    QCOMPARE(m_attendee->groupId(), QStringLiteral("management"));
    QCOMPARE(m_sessions->participant(m_hub->host->sessionId(), pseudonym)->groupId,
        QStringLiteral("management"));
    QTRY_COMPARE(hubParticipant(pseudonym)->groupId, QStringLiteral("management"));
}

void TestJoinController::cancelDuringTheGroupChoiceLeavesNothingJoined()
{
    QVERIFY(joinUntilGroupChoice());
    m_join->cancel();
    QVERIFY(!m_join->groupChoice()->isOpen());
    QCOMPARE(m_client->status(), SyncClient::Status::Stopped);
    QCOMPARE(m_attendee->phase(), AttendeeSession::Phase::Start);
    QVERIFY(!m_join->groupChoice()->choose(QString()));
    QVERIFY(m_sessions->participants(m_hub->host->sessionId()).isEmpty());
}

void TestJoinController::endedWorkshopIsSaidAndTakesNoAnswers()
{
    QVERIFY(joinAndWait(QStringLiteral("127.0.0.1:%1").arg(m_hub->port())));
    RatingFlow* flow = m_attendee->flow();
    const QString first = flow->statementId();
    QVERIFY(flow->answer(5));
    QTRY_VERIFY(flow->isAcknowledged(first));
    QCOMPARE(m_join->connectionShortText(), QStringLiteral("Online"));

    m_hub->host->setPhase(QStringLiteral("finished"));
    QTRY_COMPARE(m_attendee->phase(), AttendeeSession::Phase::Ended);
    QVERIFY(m_attendee->isWorkshopEnded());
    QCOMPARE(m_join->connectionText(), QStringLiteral("The workshop has ended"));
    QCOMPARE(m_join->connectionShortText(), QStringLiteral("Ended"));
    m_attendee->review();
    QCOMPARE(flow->answerFor(first), 5);
    QVERIFY(!flow->answer(2));
    QCOMPARE(
        m_answers->ratings().rating(flow->session().id, 1, first, flow->pseudonym())->answer, 5);

    // A hub that merely stops changes nothing about the workshop: offline, retrying.
    m_hub->host->setPhase(QStringLiteral("rating"));
    QTRY_VERIFY(!m_attendee->isWorkshopEnded());
    m_hub.reset();
    QTRY_VERIFY(!m_join->isOnline());
    QVERIFY(!m_attendee->isWorkshopEnded());
    QCOMPARE(m_join->connectionShortText(), QStringLiteral("Offline"));
    QVERIFY(m_join->connectionText().contains(QStringLiteral("retrying")));
    QVERIFY(flow->answer(2));
}

void TestJoinController::nextRespondentOnASharedTabletReachesTheHub()
{
    QVERIFY(m_attendee->shared()->enable(QStringLiteral("2468")));
    QVERIFY(joinAndWait(QStringLiteral("127.0.0.1:%1").arg(m_hub->port()), "parent"));
    const QString first = m_attendee->flow()->pseudonym();
    QVERIFY(m_attendee->flow()->answer(2));
    m_attendee->flow()->finish();
    QCOMPARE(m_attendee->phase(), AttendeeSession::Phase::ThankYou);
    QVERIFY(m_attendee->nextRespondent());
    const QString next = m_attendee->flow()->pseudonym();
    QVERIFY(next != first);
    // Announced at once with the tablet's group, not only with its first answer.
    QTRY_VERIFY(hubParticipant(next).has_value());
    QCOMPARE(hubParticipant(next)->groupId, QStringLiteral("parent"));
}

void TestJoinController::wrongRoomCodeIsExplained()
{
    QSignalSpy busy(m_join.get(), &JoinController::busyChanged);
    QVERIFY(m_join->joinAddress(
        QStringLiteral("127.0.0.1:%1").arg(m_hub->port()), QStringLiteral("ZZZZ")));
    QTRY_VERIFY(!m_join->isBusy());
    QVERIFY2(m_join->errorText().startsWith(QStringLiteral("Wrong room code")),
        qPrintable(m_join->errorText()));
    QCOMPARE(m_attendee->phase(), AttendeeSession::Phase::Start);
    QVERIFY(m_sessions->sessions().isEmpty());
    QVERIFY(!m_join->isActive());
}

void TestJoinController::unreachableHostGivesTheLikelyCause()
{
    const quint16 port = unusedPort();
    QVERIFY(m_join->joinAddress(QStringLiteral("127.0.0.1:%1").arg(port), RoomCode));
    QTRY_VERIFY(!m_join->isBusy());
    const QString error = m_join->errorText();
    QVERIFY2(error.contains(QStringLiteral("127.0.0.1:%1").arg(port)), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("refused")), qPrintable(error));
    // Before joining nothing is "saved on this device" yet: only the cause is shown.
    QVERIFY2(!error.startsWith(QStringLiteral("Offline")), qPrintable(error));
    QCOMPARE(m_client->status(), SyncClient::Status::Stopped);
    QCOMPARE(m_attendee->phase(), AttendeeSession::Phase::Start);
}

void TestJoinController::badAddressAndLinkAreRefused()
{
    QVERIFY(!m_join->joinAddress(QStringLiteral("no port here"), RoomCode));
    QVERIFY(m_join->errorText().contains(QStringLiteral("host:port")));
    QVERIFY(!m_join->joinAddress(QStringLiteral("127.0.0.1:47110"), QStringLiteral("  ")));
    QVERIFY(m_join->errorText().contains(QStringLiteral("room code")));
    QVERIFY(!m_join->joinUrl(QStringLiteral("https://example.org/?room=K7Q2")));
    QVERIFY(m_join->errorText().startsWith(QStringLiteral("This is not a workshop link")));
    QVERIFY(!m_join->joinNearby(0, RoomCode));
    QVERIFY(!m_join->isBusy());

    // A link the app was opened with is offered only when it is a workshop's link.
    m_join->clearError();
    m_join->offerLink(QStringLiteral("https://example.org/?room=K7Q2"));
    QVERIFY(m_join->offeredLink().isEmpty());
    QVERIFY(m_join->errorText().startsWith(QStringLiteral("This is not a workshop link")));
    const QString link = JoinTarget { QStringLiteral("10.0.0.5"), 47800, RoomCode }.toUrl();
    m_join->offerLink(link);
    QCOMPARE(m_join->offeredLink(), link);

    QString host;
    quint16 port = 0;
    QString error;
    QVERIFY(
        JoinController::parseAddress(QStringLiteral(" [fe80::1]:47110 "), &host, &port, &error));
    QCOMPARE(host, QStringLiteral("fe80::1"));
    QCOMPARE(port, quint16(47110));
    QVERIFY(!JoinController::parseAddress(QStringLiteral("10.0.0.5"), &host, &port, &error));
}

void TestJoinController::ratingContinuesOfflineAndArrivesAfterReconnect()
{
    const quint16 port = m_hub->port();
    QVERIFY(joinAndWait(QStringLiteral("127.0.0.1:%1").arg(port)));
    RatingFlow* flow = m_attendee->flow();
    const QString sessionId = flow->session().id;

    m_hub.reset(); // the moderator's device goes away
    QTRY_VERIFY(!m_join->isOnline());
    QVERIFY(m_join->isActive());
    QCOMPARE(m_join->connectionText(),
        QStringLiteral("Offline – retrying, answers are saved on this device"));
    const QString statement = flow->statementId();
    QVERIFY(flow->answer(5));
    QCOMPARE(flow->saveState(), RatingFlow::SaveState::SavedLocally);
    QCOMPARE(m_join->pendingCount(), 1);

    m_hub = std::make_unique<Hub>(m_dir->filePath("hub.sqlite"), port);
    QCOMPARE(m_hub->host->sessionId(), sessionId);
    QTRY_VERIFY_WITH_TIMEOUT(m_join->isOnline(), 5000);
    QTRY_VERIFY(flow->isAcknowledged(statement));
    QCOMPARE(m_join->pendingCount(), 0);
}

void TestJoinController::nextRoundReachesTheRunningFlow()
{
    QVERIFY(joinAndWait(QStringLiteral("127.0.0.1:%1").arg(m_hub->port())));
    RatingFlow* flow = m_attendee->flow();
    QAbstractItemModelTester tester(m_attendee->overview());
    const QString sessionId = flow->session().id;
    const QString pseudonym = flow->pseudonym();
    QCOMPARE(flow->round(), 1);
    const QString first = flow->statementId();
    QVERIFY(flow->answer(2));
    QVERIFY(flow->next());
    QVERIFY(flow->answer(5));
    QTRY_VERIFY(flow->isAcknowledged(first) && m_join->pendingCount() == 0);
    const QList<Rating> roundOne = m_answers->ratings().ratingsOf(sessionId, pseudonym, 1);
    QCOMPARE(roundOne.size(), 2);

    // The moderator closes the last statement and starts round 2 while the person is rating.
    const QList<Statement> statements = flow->statements();
    m_hub->host->closeStatement(statements.last().id);
    m_hub->host->startNextRound();
    QTRY_COMPARE(flow->round(), 2);
    QVERIFY2(m_attendee->roundNotice().contains(QStringLiteral("Round 2")),
        qPrintable(m_attendee->roundNotice()));
    QCOMPARE(m_attendee->phase(), AttendeeSession::Phase::Rating);
    QCOMPARE(flow->answeredCount(), 0);
    QCOMPARE(flow->index(), 0);
    QVERIFY(!m_attendee->overview()
                 ->data(m_attendee->overview()->index(0), OverviewModel::AnsweredRole)
                 .toBool());
    QVERIFY(!flow->isOpen(statements.last().id));
    QVERIFY(flow->isOpen(first));

    QVERIFY(flow->answer(4));
    const auto stored = m_answers->ratings().rating(sessionId, 2, first, pseudonym);
    QVERIFY(stored.has_value());
    QCOMPARE(stored->answer, 4);
    QTRY_VERIFY(flow->isAcknowledged(first));
    QCOMPARE(flow->saveState(), RatingFlow::SaveState::Acknowledged);
    RatingStore hubRatings(m_hub->database);
    QTRY_VERIFY(hubRatings.rating(sessionId, 2, first, pseudonym).has_value());
    QCOMPARE(hubRatings.rating(sessionId, 2, first, pseudonym)->answer, 4);
    // Round 1 stays as it was, on the tablet and at the hub.
    QCOMPARE(m_answers->ratings().ratingsOf(sessionId, pseudonym, 1).size(), 2);
    for (const Rating& rating : roundOne) {
        QCOMPARE(m_answers->ratings().rating(sessionId, 1, rating.statementId, pseudonym)->answer,
            rating.answer);
        QCOMPARE(
            hubRatings.rating(sessionId, 1, rating.statementId, pseudonym)->answer, rating.answer);
    }
    // The closed statement cannot be answered in the new round.
    QVERIFY(flow->goTo(int(statements.size()) - 1));
    QVERIFY(!flow->isStatementOpen());
    QVERIFY(!flow->answer(3));
    QVERIFY(
        !m_answers->ratings().rating(sessionId, 2, statements.last().id, pseudonym).has_value());
}

QTEST_GUILESS_MAIN(TestJoinController)

#include "tst_joincontroller.moc"

// VotingControl: opening and closing statements (alone, by dimension, all) and starting rounds
// acts on the hosted workshop's session host, and does nothing while nothing is hosted; a close
// can be undone for a while, reopening exactly what it shut.
#include "moderation/votingcontrol.h"
#include "moderation/workshophosting.h"
#include "storage/database.h"
#include "storage/sessionlifecycle.h"
#include "sync/sessionhost.h"
#include "testcatalog.h"
#include "testdatabase.h"

#include <QTest>

#include <algorithm>

using namespace dp;

namespace {

QStringList sorted(QStringList ids)
{
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace

class VotingControlTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // Hosts a new workshop of the test catalog (dimensions netzwerk: n1 n2, planung: p1).
    void host(Database& database, WorkshopHosting& hosting)
    {
        test::openPerTestDatabase(database, m_dir);
        QString error;
        const auto session
            = SessionLifecycle(database).createSession(QStringLiteral("Test"), QDate(2026, 11, 23),
                test::testCatalog(), {}, {}, SessionRecord::Role::Moderator, 5, &error);
        QVERIFY2(session, qPrintable(error));
        QVERIFY2(hosting.start(session->id, QHostAddress::LocalHost, 0, QStringLiteral("127.0.0.1"),
                     false, &error),
            qPrintable(error));
    }

private slots:
    void doesNothingWhileNothingIsHosted()
    {
        Database database;
        test::openPerTestDatabase(database, m_dir);
        WorkshopHosting hosting(database);
        VotingControl voting(hosting);
        QCOMPARE(voting.round(), 1);
        QCOMPARE(voting.openStatements(), QStringList());
        voting.setOpen(QStringLiteral("n1"), true);
        voting.setOpen(QStringList { "n1", "p1" }, true);
        voting.setAllOpen(true);
        voting.nextRound();
        QVERIFY(!voting.isOpen(QStringLiteral("n1")));
        QCOMPARE(voting.round(), 1);
    }

    void opensAndClosesOnTheHost()
    {
        Database database;
        WorkshopHosting hosting(database);
        host(database, hosting);
        if (QTest::currentTestFailed())
            return;
        VotingControl voting(hosting);
        // Hosted for the first time: every statement is open.
        QCOMPARE(sorted(voting.openStatements()), (QStringList { "n1", "n2", "p1" }));
        voting.setOpen(QStringLiteral("n2"), false);
        QVERIFY(!voting.isOpen(QStringLiteral("n2")));
        QVERIFY(voting.isOpen(QStringLiteral("n1")));
        QCOMPARE(hosting.host()->openStatements(), voting.openStatements());
        voting.setOpen(QStringLiteral("n2"), true);
        voting.setOpen(QStringLiteral("unknown"), true);
        QCOMPARE(sorted(voting.openStatements()), (QStringList { "n1", "n2", "p1" }));
    }

    void closesADimensionExactly()
    {
        Database database;
        WorkshopHosting hosting(database);
        host(database, hosting);
        if (QTest::currentTestFailed())
            return;
        VotingControl voting(hosting);
        voting.setOpen(QStringList { "n1", "n2" }, false);
        QCOMPARE(voting.openStatements(), QStringList { "p1" });
        voting.setOpen(QStringList { "n1", "n2" }, true);
        QCOMPARE(sorted(voting.openStatements()), (QStringList { "n1", "n2", "p1" }));
        voting.setAllOpen(false);
        QCOMPARE(voting.openStatements(), QStringList());
        QVERIFY(!voting.isOpen(QStringLiteral("p1")));
        voting.setAllOpen(true);
        QCOMPARE(sorted(voting.openStatements()), (QStringList { "n1", "n2", "p1" }));
    }

    void startsTheNextRound()
    {
        Database database;
        WorkshopHosting hosting(database);
        host(database, hosting);
        if (QTest::currentTestFailed())
            return;
        VotingControl voting(hosting);
        QCOMPARE(voting.round(), 1);
        voting.nextRound();
        QCOMPARE(voting.round(), 2);
        QCOMPARE(hosting.host()->currentRound(), 2);
        hosting.stop();
        QCOMPARE(voting.round(), 1); // nothing hosted any more
        QCOMPARE(voting.openStatements(), QStringList());
    }

    void undoReopensExactlyWhatTheCloseShut()
    {
        Database database;
        WorkshopHosting hosting(database);
        host(database, hosting);
        if (QTest::currentTestFailed())
            return;
        VotingControl voting(hosting);
        QVERIFY(!voting.canUndoClose());
        QVERIFY(!voting.undoClose());
        voting.setOpen(QStringLiteral("p1"), false); // closed before: not reopened by the undo
        voting.setOpen(QStringList { "n1", "n2", "p1" }, false);
        QCOMPARE(voting.undoableClose(), (QStringList { "n1", "n2" }));
        QVERIFY(voting.undoClose());
        QCOMPARE(sorted(voting.openStatements()), (QStringList { "n1", "n2" }));
        QVERIFY(!voting.canUndoClose());
        QVERIFY(!voting.undoClose()); // once only

        voting.setAllOpen(true);
        voting.setAllOpen(false);
        QCOMPARE(voting.openStatements(), QStringList());
        QCOMPARE(sorted(voting.undoableClose()), (QStringList { "n1", "n2", "p1" }));
        QVERIFY(voting.undoClose());
        QCOMPARE(sorted(voting.openStatements()), (QStringList { "n1", "n2", "p1" }));
        QCOMPARE(sorted(hosting.host()->openStatements()), (QStringList { "n1", "n2", "p1" }));
    }

    void anyOtherChangeEndsTheUndo()
    {
        Database database;
        WorkshopHosting hosting(database);
        host(database, hosting);
        if (QTest::currentTestFailed())
            return;
        VotingControl voting(hosting);
        voting.setOpen(QStringLiteral("n1"), false);
        voting.setOpen(QStringLiteral("p1"), true);
        QVERIFY(!voting.undoClose());
        QVERIFY(!voting.isOpen(QStringLiteral("n1")));

        voting.setOpen(QStringLiteral("n2"), false);
        voting.nextRound();
        QVERIFY(!voting.undoClose());
        QVERIFY(!voting.isOpen(QStringLiteral("n2")));

        voting.setOpen(QStringLiteral("p1"), false);
        hosting.stop();
        QVERIFY(!voting.canUndoClose());
        QVERIFY(!voting.undoClose());
    }

    void undoWindowRunsOut()
    {
        Database database;
        WorkshopHosting hosting(database);
        host(database, hosting);
        if (QTest::currentTestFailed())
            return;
        VotingControl voting(hosting, std::chrono::milliseconds(60));
        voting.setOpen(QStringLiteral("n1"), false);
        QVERIFY(voting.canUndoClose());
        QTest::qWait(120);
        QVERIFY(!voting.canUndoClose());
        QVERIFY(!voting.undoClose());
        QVERIFY(!voting.isOpen(QStringLiteral("n1")));
    }
};

QTEST_GUILESS_MAIN(VotingControlTest)
#include "tst_votingcontrol.moc"

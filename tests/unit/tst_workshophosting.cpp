// WorkshopHosting: a workshop keeps its room code for life, so tablets that joined it find it
// again after the moderator's app was closed and opened again.
#include "moderation/workshophosting.h"
#include "storage/database.h"
#include "storage/sessionlifecycle.h"
#include "storage/sessionsyncstore.h"
#include "sync/joinurl.h"
#include "testcatalog.h"
#include "testdatabase.h"

#include <QTest>

#include <optional>

using namespace dp;

namespace {

QString roomCodeOf(const WorkshopHosting& hosting)
{
    JoinTarget target;
    QString error;
    if (!JoinTarget::parse(hosting.joinUrl(), &target, &error))
        return {};
    return target.roomCode;
}

} // namespace

class WorkshopHostingTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void roomCodeSurvivesARestartOfTheApp()
    {
        Database database;
        test::openPerTestDatabase(database, m_dir);
        QString error;
        const auto session
            = SessionLifecycle(database).createSession(QStringLiteral("Test"), QDate(2026, 11, 23),
                test::testCatalog(), {}, {}, SessionRecord::Role::Moderator, 5, &error);
        QVERIFY2(session, qPrintable(error));
        QString first;
        {
            WorkshopHosting hosting(database);
            QVERIFY2(hosting.start(session->id, QHostAddress::LocalHost, 0,
                         QStringLiteral("127.0.0.1"), false, &error),
                qPrintable(error));
            first = roomCodeOf(hosting);
            QCOMPARE(first.size(), 6);
            QCOMPARE(SessionSyncStore(database).roomCode(session->id), first);
        } // the app closes
        for (int restart = 0; restart < 3; ++restart) {
            WorkshopHosting again(database);
            QVERIFY2(again.start(session->id, QHostAddress::LocalHost, 0,
                         QStringLiteral("127.0.0.1"), false, &error),
                qPrintable(error));
            QCOMPARE(roomCodeOf(again), first);
        }
    }
};

QTEST_GUILESS_MAIN(WorkshopHostingTest)
#include "tst_workshophosting.moc"

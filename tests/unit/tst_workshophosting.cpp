// WorkshopHosting: a workshop keeps its room code for life, so tablets that joined it find it
// again after the moderator's app was closed and opened again. Ending a workshop tells the
// tablets it has ended; the browser's join link names the same place as the app's.
#include "moderation/workshophosting.h"
#include "storage/database.h"
#include "storage/sessionlifecycle.h"
#include "storage/sessionsyncstore.h"
#include "sync/joinurl.h"
#include "sync/sessionhost.h"
#include "syncworld.h"
#include "testcatalog.h"
#include "testdatabase.h"

#include <QJsonDocument>
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

    std::optional<SessionRecord> prepare(Database& database)
    {
        test::openPerTestDatabase(database, m_dir);
        QString error;
        auto session
            = SessionLifecycle(database).createSession(QStringLiteral("Test"), QDate(2026, 11, 23),
                test::testCatalog(), {}, {}, SessionRecord::Role::Moderator, 5, &error);
        if (!session)
            qWarning("%s", qPrintable(error));
        return session;
    }

private slots:
    void webJoinUrlNamesTheSamePlace()
    {
        Database database;
        const auto session = prepare(database);
        QVERIFY(session);
        WorkshopHosting hosting(database);
        QString error;
        QVERIFY2(hosting.start(session->id, QHostAddress::LocalHost, 0, QStringLiteral("10.0.0.7"),
                     false, &error),
            qPrintable(error));
        const QString expected = QStringLiteral("http://10.0.0.7:%1/?room=%2")
                                     .arg(hosting.host()->port())
                                     .arg(hosting.host()->roomCode());
        QCOMPARE(hosting.webJoinUrl(), expected);
        QCOMPARE(hosting.joinUrl(), QString(expected).replace("http:", "dialogpunkte:"));
        hosting.stop();
        QCOMPARE(hosting.webJoinUrl(), QString());
    }

    void endingTellsTheTabletsAndHostingAgainOpensIt()
    {
        Database database;
        const auto session = prepare(database);
        QVERIFY(session);
        WorkshopHosting hosting(database);
        QString error;
        QVERIFY2(hosting.start(session->id, QHostAddress::LocalHost, 0, QStringLiteral("127.0.0.1"),
                     false, &error),
            qPrintable(error));
        hosting.host()->setRoomCode(test::SyncRoomCode);
        test::RawClient tablet(quint16(hosting.host()->port()));
        QTRY_VERIFY(tablet.socket.state() == QAbstractSocket::ConnectedState);
        tablet.hello();
        QTRY_VERIFY(!tablet.firstOfType(QStringLiteral("state")).isEmpty());

        hosting.end();
        QVERIFY(!hosting.isHosting());
        QTRY_VERIFY(tablet.closed);
        bool toldEnded = false;
        for (const QString& text : std::as_const(tablet.received)) {
            const QJsonObject message = QJsonDocument::fromJson(text.toUtf8()).object();
            if (message.value("type") == QLatin1String("state"))
                toldEnded = message.value("phase").toString() == QLatin1String("finished");
        }
        QVERIFY2(toldEnded, "the last state a tablet got says the workshop has finished");

        QVERIFY2(hosting.start(session->id, QHostAddress::LocalHost, 0, QStringLiteral("127.0.0.1"),
                     false, &error),
            qPrintable(error));
        QCOMPARE(hosting.host()->phase(), QStringLiteral("rating"));
    }

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

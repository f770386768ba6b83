#include "attendeesteps.h"
#include "browseranswers.h"
#include "browsertestcase.h"
#include "hubprocess.h"
#include "webworld.h"

#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <vector>

using namespace dp::test;

// A mixed room on one real hub: 40 tablets of `dialogpunkte-cli simulate` (the app's own sync
// code) and 10 phones in the browser, voting at the same time. The hub's export holds exactly
// what they made: the simulator's answer log and the answers given in the browsers.
class TestWebMixedRoom : public BrowserTestCase
{
    Q_OBJECT

    static constexpr int Tablets = 40;
    static constexpr int Phones = 10;
    static constexpr int AnswersPerPhone = 6;

private slots:
    void tabletsAndPhonesTogether()
    {
        QElapsedTimer clock;
        clock.start();
        HubProcess hub;
        QString error;
        QVERIFY2(hub.start(&error), qPrintable(error));

        // The phones join first (a browser's start is the slow part on two cores) ...
        const QStringList groups { QStringLiteral("parent"), QStringLiteral("professional"),
            QStringLiteral("volunteer"), QStringLiteral("management"), QString() };
        std::vector<std::unique_ptr<BrowserPage>> phones;
        std::vector<BrowserAnswers> given(Phones);
        for (int i = 0; i < Phones; ++i) {
            phones.push_back(openPage(*m_browser, hub.joinLink(), 390, 844, &error));
            QVERIFY2(phones.back(), qPrintable(error));
            QVERIFY2(startRating(*phones.back(), groups.at(i % groups.size())),
                qPrintable(phones.back()->lastError()));
        }
        qInfo() << Phones << "phones joined after" << clock.elapsed() << "ms";

        // ... then the tablets start rating while the phones do.
        QTemporaryDir simulation;
        QVERIFY(simulation.isValid());
        const QString log = QDir(simulation.path()).filePath(QStringLiteral("answers.csv"));
        QProcess tablets;
        tablets.setProcessChannelMode(QProcess::ForwardedChannels);
        tablets.start(QStringLiteral(DP_CLI),
            dp::e2e::simulateArgs(hub.port(),
                QDir(simulation.path()).filePath(QStringLiteral("devices")), Tablets, 11, log,
                150));
        QVERIFY2(tablets.waitForStarted(10000), qPrintable(tablets.errorString()));

        for (int step = 0; step < AnswersPerPhone; ++step) {
            for (int i = 0; i < Phones; ++i) {
                BrowserPage& phone = *phones.at(i);
                QVERIFY2(
                    given.at(i).answer(phone, 1 + (i + step) % 6), qPrintable(phone.lastError()));
                QVERIFY2(nextStatement(phone), qPrintable(phone.lastError()));
            }
        }
        // Some change their mind about the first statement.
        for (int i = 0; i < Phones; i += 3) {
            BrowserPage& phone = *phones.at(i);
            QVERIFY2(openStatement(phone, 0), qPrintable(phone.lastError()));
            QVERIFY2(given.at(i).answer(phone, 6 - i % 6), qPrintable(phone.lastError()));
        }
        // Not a check (it depends on the machine's speed), but the point of the room: said.
        qInfo() << "phones answered after" << clock.elapsed() << "ms; the tablets"
                << (tablets.state() == QProcess::Running ? "were still voting" : "had finished");

        QVERIFY2(tablets.waitForFinished(180000), "the simulated tablets did not finish");
        QCOMPARE(tablets.exitStatus(), QProcess::NormalExit);
        QCOMPARE(tablets.exitCode(), 0);
        for (auto& phone : phones)
            QVERIFY2(waitUntilAllArrived(*phone), "a phone's answers stayed in its outbox");
        qInfo() << "everything acknowledged after" << clock.elapsed() << "ms";

        QList<dp::e2e::Row> made = dp::e2e::readCsv(log, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const qsizetype fromTablets = made.size();
        for (const BrowserAnswers& phone : given)
            made += phone.rows();
        QList<dp::e2e::Row> exported;
        QVERIFY2(hub.stop(&error), qPrintable(error));
        QVERIFY2(hub.exportRows(&exported, &error), qPrintable(error));
        qInfo() << "export:" << exported.size() << "answers; made:" << fromTablets
                << "by tablets and" << made.size() - fromTablets
                << "in browsers (changes included)";
        const QString differs = dp::e2e::compareExportWithLog(exported, made);
        QVERIFY2(differs.isEmpty(), qPrintable(differs));
        for (auto& phone : phones)
            QVERIFY2(phone->activity().cspViolations().isEmpty(),
                qPrintable(phone->activity().cspViolations().join('\n')));
    }
};

QTEST_GUILESS_MAIN(TestWebMixedRoom)
#include "tst_web_mixedroom.moc"

// 50 simulated tablets rate the default catalog through a real hub process; the hub's export
// must equal the simulators' logs exactly (last answer per key), without duplicates.
#include "e2esupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace dp::e2e;

class TestE2eSync : public QObject
{
    Q_OBJECT

private:
    void runAndCompare(int devices, int seed, const QStringList& extraSimulateArgs)
    {
        QTemporaryDir dir;
        const quint16 port = freePort();
        QProcess hub;
        QString error;
        QVERIFY2(startHub(hub, dir.filePath("hub"), port, &error), qPrintable(error));
        QProcess simulate;
        simulate.setProcessChannelMode(QProcess::ForwardedChannels);
        simulate.start(DP_CLI,
            simulateArgs(port, dir.filePath("sim"), devices, seed, dir.filePath("log.csv"), 20)
                + extraSimulateArgs);
        QVERIFY(simulate.waitForFinished(300000));
        QCOMPARE(simulate.exitCode(), 0);
        QVERIFY2(stopHub(hub, &error), qPrintable(error));

        QList<Row> exported;
        QVERIFY2(exportCsv(dir.filePath("hub"), dir.filePath("export.csv"), &exported, &error),
            qPrintable(error));
        const QList<Row> logged = readCsv(dir.filePath("log.csv"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(logged.size() > exported.size()); // some answers were changed later
        const QString mismatch = compareExportWithLog(exported, logged);
        QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
        QCOMPARE(exported.size(), devices * 46);
    }

private slots:
    void fiftyTabletsExportEqualsLogs() { runAndCompare(50, 11, {}); }

    void tripleShuffledDeliveryEndsIdentical() { runAndCompare(10, 12, { "--chaos" }); }

    void jsonExportHasOneRowPerAnswer()
    {
        QTemporaryDir dir;
        const quint16 port = freePort();
        QProcess hub;
        QString error;
        QVERIFY2(startHub(hub, dir.filePath("hub"), port, &error), qPrintable(error));
        QProcess simulate;
        simulate.start(
            DP_CLI, simulateArgs(port, dir.filePath("sim"), 3, 5, dir.filePath("log.csv"), 5));
        QVERIFY(simulate.waitForFinished(120000));
        QCOMPARE(simulate.exitCode(), 0);
        QVERIFY2(stopHub(hub, &error), qPrintable(error));
        QProcess exporter;
        exporter.start(DP_CLI,
            { "export", "--data-dir", dir.filePath("hub"), "--session", "latest", "--format",
                "json-raw", "--out", dir.filePath("e.json") });
        QVERIFY(exporter.waitForFinished(30000));
        QCOMPARE(exporter.exitCode(), 0);
        QFile file(dir.filePath("e.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(root.value("rows").toArray().size(), 3 * 46);
        const QJsonObject first = root.value("rows").toArray().first().toObject();
        for (const char* field :
            { "session", "round", "statement", "pseudonym", "group", "answer" })
            QVERIFY2(first.contains(field), field);
        // Nothing per device: no sequence, no device id.
        QCOMPARE(first.size(), 6);
    }

    void badCommandLinesFailClearly_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("hub without room code") << QStringList { "hub", "--data-dir", "x",
            "--catalog", "qualitaetsrahmen", "--port", "1234" }
                                               << "missing option --room-code";
        QTest::newRow("hub with unknown catalog") << QStringList { "hub", "--data-dir", "x",
            "--catalog", "nope", "--port", "1234", "--room-code", "A" }
                                                  << "cannot load catalog";
        QTest::newRow("simulate with bad hub") << QStringList { "simulate", "--hub", "localhost",
            "--room-code", "A", "--devices", "1", "--seed", "1", "--data-dir", "x" }
                                               << "HOST:PORT";
        QTest::newRow("export of missing session") << QStringList { "export", "--data-dir", "EMPTY",
            "--session", "latest", "--format", "csv", "--out", "x.csv" }
                                                   << "no database";
        QTest::newRow("export in unknown format") << QStringList { "export", "--data-dir", "x",
            "--session", "latest", "--format", "xml", "--out", "x.csv" }
                                                  << "unknown format \"xml\"";
    }

    void badCommandLinesFailClearly()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        QTemporaryDir dir;
        for (QString& arg : args) {
            if (arg == QLatin1String("x") || arg == QLatin1String("EMPTY")
                || arg == QLatin1String("x.csv"))
                arg = dir.filePath(arg);
        }
        QProcess process;
        process.start(DP_CLI, args);
        QVERIFY(process.waitForFinished(30000));
        QVERIFY(process.exitCode() != 0);
        const QString stderrText = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(stderrText.contains(message), qPrintable(stderrText));
    }
};

QTEST_GUILESS_MAIN(TestE2eSync)
#include "tst_e2e_sync.moc"

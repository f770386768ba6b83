// Runs `dialogpunkte-cli export` for every format on a workshop that five simulated tablets
// answered through a real hub, and checks that each file exists and is valid for its format.
#include "e2esupport.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace dp::e2e;

namespace {

struct CliResult
{
    int exitCode = -1;
    QString stderrText;
};

CliResult runExport(const QStringList& args)
{
    QProcess process;
    // No display: pdf and png must render offscreen on their own.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(DP_CLI), QStringList { QStringLiteral("export") } + args);
    if (!process.waitForFinished(120000))
        return {};
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAllStandardError()) };
}

} // namespace

class TestE2eExport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString hubDir() const { return m_dir.filePath(QStringLiteral("hub")); }
    QStringList base(const QString& format, const QString& out) const
    {
        return { "--data-dir", hubDir(), "--session", "latest", "--format", format, "--out", out };
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const quint16 port = freePort();
        QProcess hub;
        QString error;
        QVERIFY2(startHub(hub, hubDir(), port, &error), qPrintable(error));
        QProcess simulate;
        simulate.setProcessChannelMode(QProcess::ForwardedChannels);
        simulate.start(
            DP_CLI, simulateArgs(port, m_dir.filePath("sim"), 5, 21, m_dir.filePath("log.csv"), 5));
        QVERIFY(simulate.waitForFinished(120000));
        QCOMPARE(simulate.exitCode(), 0);
        QVERIFY2(stopHub(hub, &error), qPrintable(error));

        // A moderator's note, written the way NotesStore stores it, for the PDF report.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), "notes");
            db.setDatabaseName(QDir(hubDir()).filePath("dialogpunkte.sqlite"));
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec("INSERT INTO notes SELECT s.id, r.statement_id, "
                               "'Kita und Jugendamt sehen das anders', '2026-01-01T00:00:00Z' "
                               "FROM sessions s JOIN ratings r ON r.session_id = s.id LIMIT 1"));
            QCOMPARE(query.numRowsAffected(), 1);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("notes"));
    }

    void csvIsForGermanExcel()
    {
        const QString out = m_dir.filePath("answers.csv");
        const CliResult result = runExport(base("csv", out));
        QVERIFY2(result.exitCode == 0, qPrintable(result.stderrText));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray data = file.readAll();
        QVERIFY(data.startsWith("\xEF\xBB\xBF"));
        const QList<QByteArray> lines = data.mid(3).split('\n');
        QVERIFY2(lines.first().startsWith("Sitzung-ID;Sitzung;Runde;"), lines.first().constData());
        QCOMPARE(lines.size() - 2, 5 * 46); // header, rows, empty rest after the last CRLF
        QVERIFY(QFile::exists(m_dir.filePath("answers-kennzahlen.csv")));
    }

    void csvRawRows()
    {
        const QString out = m_dir.filePath("raw.csv");
        const CliResult result = runExport(base("csv-raw", out));
        QVERIFY2(result.exitCode == 0, qPrintable(result.stderrText));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(
            lines.first().trimmed(), QByteArray("session,round,statement,pseudonym,group,answer"));
        QCOMPARE(lines.size() - 2, 5 * 46); // header, rows, empty rest after the last CRLF
    }

    void separatorIsGone()
    {
        const CliResult result
            = runExport(base("csv", m_dir.filePath("s.csv")) + QStringList { "--separator", ";" });
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.stderrText.contains("csv-comma"), qPrintable(result.stderrText));
    }

    void json()
    {
        const QString out = m_dir.filePath("answers.json");
        const CliResult result = runExport(base("json-raw", out));
        QVERIFY2(result.exitCode == 0, qPrintable(result.stderrText));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(file.readAll()).object().value("rows").toArray().size(),
            5 * 46);
        const CliResult full = runExport(base("json", m_dir.filePath("full.json")));
        QVERIFY2(full.exitCode == 0, qPrintable(full.stderrText));
        QFile fullFile(m_dir.filePath("full.json"));
        QVERIFY(fullFile.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(fullFile.readAll()).object().value("format").toString(),
            QStringLiteral("dialogpunkte-export"));
    }

    void xlsxIsAWorkbook()
    {
        const QString unzip = QStandardPaths::findExecutable(QStringLiteral("unzip"));
        if (unzip.isEmpty())
            QSKIP("unzip is not installed");
        const QString out = m_dir.filePath("answers.xlsx");
        const CliResult result = runExport(base("xlsx", out) + QStringList { "--language", "en" });
        QVERIFY2(result.exitCode == 0, qPrintable(result.stderrText));
        QProcess list;
        list.start(unzip, { "-l", out });
        QVERIFY(list.waitForFinished(30000));
        QCOMPARE(list.exitCode(), 0);
        const QByteArray entries = list.readAllStandardOutput();
        QVERIFY2(entries.contains("xl/workbook.xml"), entries.constData());
        QVERIFY(entries.contains("xl/worksheets/sheet2.xml")); // answers and figures
    }

    void pdfIsAReport()
    {
        const QString out = m_dir.filePath("report.pdf");
        const CliResult result = runExport(base("pdf", out));
        QVERIFY2(result.exitCode == 0, qPrintable(result.stderrText));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray data = file.readAll();
        QVERIFY(data.startsWith("%PDF-"));
        QVERIFY(data.trimmed().endsWith("%%EOF"));
        QVERIFY2(data.size() > 10000, QByteArray::number(data.size()).constData());
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (pdftotext.isEmpty())
            QSKIP("pdftotext is not installed: the note in the report is not checked");
        QProcess text;
        text.start(pdftotext, { out, "-" });
        QVERIFY(text.waitForFinished(30000));
        const QString report = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY(report.contains("Kita und Jugendamt sehen das anders"));
    }

    void pngOneImagePerStatement()
    {
        const QString folder = m_dir.filePath("plots");
        const CliResult result = runExport(base("png", folder));
        QVERIFY2(result.exitCode == 0, qPrintable(result.stderrText));
        const QStringList files = QDir(folder).entryList({ "*.png" }, QDir::Files);
        QCOMPARE(files.size(), 46); // every statement was answered in round 1
        for (const QString& name : files) {
            QVERIFY2(name.endsWith("-round1.png"), qPrintable(name));
            const QImage image(QDir(folder).filePath(name));
            QVERIFY2(!image.isNull(), qPrintable(name));
            QCOMPARE(image.size(), QSize(1920, 1080));
        }
    }

    void errorsAreClear_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString out = m_dir.filePath("x.out");
        QTest::newRow("unknown format") << base("docx", out) << 2 << "unknown format \"docx\"";
        QTest::newRow("unknown language")
            << base("xlsx", out) + QStringList { "--language", "fr" } << 2 << "--language";
        QStringList unknownSession = base("pdf", out);
        unknownSession[3] = QStringLiteral("no-such-session");
        QTest::newRow("unknown session") << unknownSession << 1 << "no session \"no-such-session\"";
        const QString blocked = m_dir.filePath("answers.csv") + "/inside";
        QTest::newRow("unwritable xlsx") << base("xlsx", blocked + ".xlsx") << 1 << "inside";
        QTest::newRow("unwritable pdf") << base("pdf", blocked + ".pdf") << 1 << "inside";
        QTest::newRow("unwritable png") << base("png", blocked) << 1 << "inside";
        QTest::newRow("unwritable csv") << base("csv", blocked + ".csv") << 1 << "inside";
    }

    void errorsAreClear()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const CliResult result = runExport(args);
        QCOMPARE(result.exitCode, exitCode);
        QVERIFY2(result.stderrText.contains(message), qPrintable(result.stderrText));
    }
};

QTEST_GUILESS_MAIN(TestE2eExport)
#include "tst_e2e_export.moc"

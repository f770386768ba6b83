// The app's export (SessionExports) and `dialogpunkte-cli export` write the same bytes for the
// same session and format, and the CLI finds the moderator's workshops in the app's data folder.
#include "exportfixture.h"

#include "sessionexports.h"

#include "export/exportformats.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QRegularExpression>

using namespace dp;
using namespace dp::testing;

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

struct CliRun
{
    int exitCode = -1;
    QString stderrText;
};

CliRun runCli(const QStringList& args)
{
    QProcess process;
    process.start(QStringLiteral(DP_CLI), args);
    if (!process.waitForFinished(120000))
        return {};
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAllStandardError()) };
}

/// Every file below `folder` by its path relative to it.
QMap<QString, QByteArray> filesBelow(const QString& folder)
{
    QMap<QString, QByteArray> files;
    const QDir dir(folder);
    for (const QString& name : dir.entryList(QDir::Files, QDir::Name))
        files.insert(name, readAll(dir.filePath(name)));
    return files;
}

} // namespace

class TestExportAppCli : public QObject
{
    Q_OBJECT

    ExportFixture m_fixture;

private slots:
    void initTestCase()
    {
        // Laid out as the app keeps it: <data folder>/moderator/dialogpunkte.sqlite.
        QVERIFY(m_fixture.setUp(QStringLiteral("data/moderator/dialogpunkte.sqlite")));
        QVERIFY(m_fixture.rateGrundidee1());
        QVERIFY(m_fixture.rate(m_fixture.people.at(0), 1, QStringLiteral("grundidee-2"), 3));
        QVERIFY(m_fixture.rate(m_fixture.people.at(1), 2, QStringLiteral("grundidee-1"), 1));
    }

    void sameBytes_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("language");
        // xlsx and pdf carry the time they were written, so they cannot match byte for byte;
        // both are written by the same ExportService call.
        for (const QString& format : exportFormatNames()) {
            if (format == QLatin1String("xlsx") || format == QLatin1String("pdf"))
                continue;
            QTest::newRow(qPrintable(format + "-de")) << format << "de";
            QTest::newRow(qPrintable(format + "-en")) << format << "en";
        }
    }

    void sameBytes()
    {
        QFETCH(QString, format);
        QFETCH(QString, language);
        const QDir root(m_fixture.dir.filePath(format + QLatin1Char('-') + language));
        QVERIFY(root.mkpath("app") && root.mkpath("cli"));
        const auto info = exportFormatNamed(format);
        QVERIFY(info);
        const QString name = info->extension.isEmpty() ? QStringLiteral("plots")
                                                       : QStringLiteral("out.") + info->extension;

        const QString cliOut = QDir(root.filePath("cli")).filePath(name);
        const CliRun cli = runCli({ "export", "--data-dir", m_fixture.dir.filePath("data"),
            "--session", m_fixture.session.id, "--format", format, "--out", cliOut, "--language",
            language });
        QVERIFY2(cli.exitCode == 0, qPrintable(cli.stderrText));

        SessionExports exports(m_fixture.database);
        if (info->offeredInApp) {
            QVERIFY2(exports.exportSession(m_fixture.session.id, format,
                         QDir(root.filePath("app")).filePath(name), language),
                qPrintable(exports.errorText()));
        } else {
            QVERIFY(!exports.exportSession(
                m_fixture.session.id, format, QDir(root.filePath("app")).filePath(name), language));
            QVERIFY(!SessionExports::formats().contains(format));
            return;
        }
        const bool folder = info->extension.isEmpty();
        const auto appFiles
            = filesBelow(folder ? QDir(root.filePath("app")).filePath(name) : root.filePath("app"));
        const auto cliFiles
            = filesBelow(folder ? QDir(root.filePath("cli")).filePath(name) : root.filePath("cli"));
        QVERIFY(!appFiles.isEmpty());
        QCOMPARE(appFiles.keys(), cliFiles.keys());
        for (auto it = appFiles.cbegin(); it != appFiles.cend(); ++it) {
            QVERIFY2(!it.value().isEmpty(), qPrintable(it.key()));
            QVERIFY2(it.value() == cliFiles.value(it.key()), qPrintable(it.key()));
        }
        if (format == QLatin1String("csv")) {
            // German Excel: BOM, ';' and decimal commas
            const QByteArray figures = appFiles.value(language == QLatin1String("de")
                    ? QStringLiteral("out-kennzahlen.csv")
                    : QStringLiteral("out-figures.csv"));
            QVERIFY(figures.startsWith("\xEF\xBB\xBF"));
            const QString text = QString::fromUtf8(figures);
            QVERIFY2(text.contains(QRegularExpression(QStringLiteral(";\\d+,\\d+;"))),
                figures.constData());
            QVERIFY(!text.contains(QRegularExpression(QStringLiteral("\\d\\.\\d"))));
        }
    }

    void cliFindsTheAppsDataFolder_data()
    {
        QTest::addColumn<QString>("dataDir");
        QTest::newRow("the app's data folder") << "data";
        QTest::newRow("its moderator folder") << "data/moderator";
    }

    void cliFindsTheAppsDataFolder()
    {
        QFETCH(QString, dataDir);
        const QString out = m_fixture.dir.filePath(QStringLiteral("latest.json"));
        const CliRun cli = runCli({ "export", "--data-dir", m_fixture.dir.filePath(dataDir),
            "--session", "latest", "--format", "json-raw", "--out", out });
        QVERIFY2(cli.exitCode == 0, qPrintable(cli.stderrText));
        QVERIFY(readAll(out).contains(m_fixture.session.id.toUtf8()));
    }

    void cliHelpNamesEveryFormat()
    {
        const CliRun cli = runCli({ "--help" });
        QCOMPARE(cli.exitCode, 0);
        for (const QString& format : exportFormatNames())
            QVERIFY2(cli.stderrText.contains(format), qPrintable(format));
        QVERIFY(cli.stderrText.contains(QStringLiteral("app's data folder")));
    }
};

QTEST_MAIN(TestExportAppCli)

#include "tst_export_app_cli.moc"

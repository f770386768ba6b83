// Exports from inside the app: every format written and read back, the session's own k and
// notes, and failures that leave nothing behind.
#include "exportfixture.h"

#include "sessionexports.h"

#include "storage/notesstore.h"
#include "storage/sessionlifecycle.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>

using namespace dp;
using namespace dp::testing;

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Staging folders left behind would be half-written exports.
QStringList leftovers(const QString& folder)
{
    return QDir(folder).entryList({ QStringLiteral(".dialogpunkte-export-*") },
        QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot);
}

bool rateMore(ExportFixture& f)
{
    return f.rateGrundidee1() && f.rate(f.people.at(0), 1, QStringLiteral("grundidee-2"), 3)
        && f.rate(f.people.at(1), 1, QStringLiteral("grundidee-2"), 4);
}

} // namespace

class TestSessionExports : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void eachFormat_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("files");
        QTest::newRow("pdf") << "pdf"
                             << "report.pdf" << 1;
        QTest::newRow("xlsx") << "xlsx"
                              << "answers.xlsx" << 1;
        QTest::newRow("csv") << "csv"
                             << "answers.csv" << 2;
        QTest::newRow("csv-comma") << "csv-comma"
                                   << "answers.csv" << 2;
        QTest::newRow("json") << "json"
                              << "answers.json" << 1;
        QTest::newRow("png") << "png"
                             << "plots" << 2;
    }

    void eachFormat()
    {
        QFETCH(QString, format);
        QFETCH(QString, name);
        QFETCH(int, files);
        ExportFixture f;
        QVERIFY(f.setUp());
        QVERIFY(rateMore(f));
        SessionExports exports(f.database);
        const QString out = f.dir.filePath(QStringLiteral("out"));
        QVERIFY(QDir().mkpath(out));
        const QString path = QDir(out).filePath(name);
        QVERIFY2(exports.exportSession(f.session.id, format, path, QStringLiteral("de")),
            qPrintable(exports.errorText()));
        QVERIFY(exports.succeeded());
        QVERIFY(exports.errorText().isEmpty());
        QCOMPARE(exports.lastFiles().size(), files);
        for (const QString& file : exports.lastFiles())
            QVERIFY2(QFileInfo(file).size() > 0, qPrintable(file));
        QVERIFY2(exports.lastResult().contains(QDir::toNativeSeparators(
                     format == "png" ? path : exports.lastFiles().first())),
            qPrintable(exports.lastResult()));
        QVERIFY(leftovers(out).isEmpty());

        const QByteArray data = format == "png" ? QByteArray() : readAll(path);
        if (format.startsWith("csv")) {
            QVERIFY(data.startsWith("\xEF\xBB\xBF"));
            const QByteArray header = data.mid(3, data.indexOf('\n') - 3);
            // "csv" is the German Excel file, "csv-comma" the one for other spreadsheets
            const char separator = format == "csv" ? ';' : ',';
            const char other = format == "csv" ? ',' : ';';
            QVERIFY2(header.count(separator) >= 5, header.constData());
            QCOMPARE(header.count(other), 0);
            // The message names the answers file first and the figures file second.
            const QString figuresPath
                = QDir(out).filePath(QStringLiteral("answers-kennzahlen.csv"));
            QCOMPARE(exports.lastFiles(), QStringList({ path, figuresPath }));
            QCOMPARE(exports.lastResult(),
                QStringLiteral("Saved the answers to %1 and the figures to %2")
                    .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(figuresPath)));
            QVERIFY(readAll(figuresPath).contains(format == "csv" ? "Median;" : "Median,"));
            const QByteArray figures = readAll(exports.lastFiles().at(1));
            QVERIFY(figures.startsWith("\xEF\xBB\xBF"));
            // 16 answers of grundidee-1 and 2 of grundidee-2, one line each after the header
            QCOMPARE(data.count("\r\n"), 1 + 18);
        } else if (format == "xlsx") {
            QVERIFY(data.startsWith("PK"));
            const QByteArray listing
                = runTool(QStringLiteral("unzip"), { QStringLiteral("-l"), path });
            if (listing.isNull())
                QSKIP("unzip not installed");
            QVERIFY2(listing.contains("xl/worksheets/sheet1.xml"), listing.constData());
            QVERIFY2(listing.contains("xl/worksheets/sheet2.xml"), listing.constData());
        } else if (format == "pdf") {
            QVERIFY(data.startsWith("%PDF"));
            const QByteArray info = runTool(QStringLiteral("pdfinfo"), { path });
            if (info.isNull())
                QSKIP("pdfinfo not installed");
            const auto pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)"))
                                   .match(QString::fromUtf8(info));
            QVERIFY(pages.hasMatch());
            QVERIFY2(pages.captured(1).toInt() > 1, info.constData());
        } else if (format == "json") {
            QJsonParseError error;
            const QJsonDocument document = QJsonDocument::fromJson(data, &error);
            QVERIFY2(!document.isNull(), qPrintable(error.errorString()));
            QCOMPARE(document.object().value("answers").toArray().size(), 18);
        } else {
            const QStringList images
                = QDir(path).entryList({ QStringLiteral("*.png") }, QDir::Files);
            QCOMPARE(images, QStringList({ "grundidee-1-round1.png", "grundidee-2-round1.png" }));
            QCOMPARE(QImage(QDir(path).filePath(images.first())).size(), QSize(1920, 1080));
            QVERIFY(exports.lastResult().contains(QStringLiteral("2")));
        }
    }

    void sessionThresholdIsRespected()
    {
        ExportFixture f;
        QVERIFY(f.setUp());
        QVERIFY(f.rateGrundidee1());
        SessionExports exports(f.database);
        const auto groupsShown = [&](const QString& path) {
            if (!exports.exportSession(f.session.id, "json", path, "de"))
                return QJsonObject();
            return QJsonDocument::fromJson(readAll(path)).object();
        };
        // k = 5 (default): a (6) and b (5) shown, c (2) and d (3) only as "other"
        QJsonObject five = groupsShown(f.dir.filePath("five.json"));
        QVERIFY2(!five.isEmpty(), qPrintable(exports.errorText()));
        QCOMPARE(five.value("minimumGroupSize").toInt(), 5);
        QCOMPARE(
            five.value("figures").toArray().at(0).toObject().value("groups").toArray().size(), 3);
        // k = 6 set for this session: b is hidden as well
        QString error;
        QVERIFY2(SessionLifecycle(f.database).setAnonymityThreshold(f.session.id, 6, &error),
            qPrintable(error));
        QJsonObject six = groupsShown(f.dir.filePath("six.json"));
        QVERIFY2(!six.isEmpty(), qPrintable(exports.errorText()));
        QCOMPARE(six.value("minimumGroupSize").toInt(), 6);
        const QJsonArray groups
            = six.value("figures").toArray().at(0).toObject().value("groups").toArray();
        QCOMPARE(groups.size(), 2);
        QCOMPARE(groups.at(0).toObject().value("groupId").toString(), QStringLiteral("a"));
        QCOMPARE(groups.at(1).toObject().value("series").toString(), QStringLiteral("other"));
    }

    void notesGoIntoTheReport()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext not installed");
        ExportFixture f;
        QVERIFY(f.setUp());
        QVERIFY(f.rateGrundidee1());
        QString error;
        QVERIFY2(NotesStore(f.database)
                     .setNote(f.session.id, "grundidee-1", "Jugendamt lädt zum Runden Tisch ein",
                         &error),
            qPrintable(error));
        SessionExports exports(f.database);
        const QString path = f.dir.filePath("report.pdf");
        QVERIFY2(exports.exportSession(f.session.id, "pdf", path, "de"),
            qPrintable(exports.errorText()));
        const QString text = QString::fromUtf8(runTool("pdftotext", { path, "-" })).simplified();
        QVERIFY2(text.contains(QStringLiteral("Jugendamt lädt zum Runden Tisch ein")),
            qPrintable(text.left(400)));
    }

    void unwritablePathWritesNothing_data()
    {
        QTest::addColumn<QString>("format");
        for (const char* format : { "pdf", "xlsx", "csv", "json", "png" })
            QTest::newRow(format) << format;
    }

    void unwritablePathWritesNothing()
    {
        QFETCH(QString, format);
        ExportFixture f;
        QVERIFY(f.setUp());
        QVERIFY(f.rateGrundidee1());
        // A file where a folder should be: unwritable even for root.
        const QString blocker = f.dir.filePath("blocker");
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write("keep") == 4);
        file.close();
        SessionExports exports(f.database);
        QSignalSpy result(&exports, &SessionExports::resultChanged);
        QVERIFY(!exports.exportSession(f.session.id, format, blocker + "/sub/out." + format, "de"));
        QCOMPARE(result.count(), 1);
        QVERIFY(!exports.succeeded());
        QVERIFY(!exports.errorText().isEmpty());
        QVERIFY(exports.lastResult().contains(exports.errorText()));
        QVERIFY(exports.lastFiles().isEmpty());
        QCOMPARE(readAll(blocker), QByteArray("keep"));
        // besides the database (and SQLite's journal files) only the blocker is there
        QStringList entries
            = QDir(f.dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        entries.removeIf([](const QString& name) { return name.startsWith("t.sqlite"); });
        QCOMPARE(entries, QStringList({ "blocker" }));
    }

    void failureKeepsTheOlderExport()
    {
        ExportFixture f;
        QVERIFY(f.setUp()); // nobody answered yet
        const QString folder = f.dir.filePath("plots");
        QVERIFY(QDir().mkpath(folder));
        QFile old(QDir(folder).filePath("grundidee-1-round1.png"));
        QVERIFY(old.open(QIODevice::WriteOnly) && old.write("old") == 3);
        old.close();
        SessionExports exports(f.database);
        QVERIFY(!exports.exportSession(f.session.id, "png", folder, "de"));
        QVERIFY2(exports.errorText().contains("answers"), qPrintable(exports.errorText()));
        QCOMPARE(QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
            QStringList({ "grundidee-1-round1.png" }));
        QCOMPARE(readAll(old.fileName()), QByteArray("old"));

        // an unknown session or format never touches an existing file
        const QString report = f.dir.filePath("report.pdf");
        QFile previous(report);
        QVERIFY(previous.open(QIODevice::WriteOnly) && previous.write("previous") == 8);
        previous.close();
        QVERIFY(!exports.exportSession("no-such-session", "pdf", report, "de"));
        QVERIFY(!exports.exportSession(f.session.id, "docx", report, "de"));
        QVERIFY(exports.errorText().contains("docx"));
        QVERIFY(!exports.exportSession(f.session.id, "pdf", "", "de"));
        QCOMPARE(readAll(report), QByteArray("previous"));
        QVERIFY(leftovers(f.dir.path()).isEmpty());
    }

    void suggestedPaths()
    {
        ExportFixture f;
        QVERIFY(f.setUp());
        SessionExports exports(f.database);
        QVERIFY(!exports.baseFolder().isEmpty());
        exports.setBaseFolder(f.dir.filePath("docs"));
        const QString base = QDir(f.dir.filePath("docs"))
                                 .filePath("Werkstatt-Netzwerk-Nord-2024-Tag-1_2024-03-12");
        QCOMPARE(exports.suggestedPath(f.session.id, "pdf", "de"), base + ".pdf");
        QCOMPARE(exports.suggestedPath(f.session.id, "csv", "de"), base + ".csv");
        QCOMPARE(exports.suggestedPath(f.session.id, "csv-comma", "de"), base + ".csv");
        QCOMPARE(exports.suggestedPath(f.session.id, "xlsx", "en"), base + ".xlsx");
        QCOMPARE(exports.suggestedPath(f.session.id, "png", "de"), base + "_Grafiken");
        QCOMPARE(exports.suggestedPath(f.session.id, "png", "en"), base + "_plots");
        QCOMPARE(exports.suggestedPlotPath(f.session.id, "grundidee-1"), base + "_grundidee-1.png");
        // A folder the moderator chose survives switching the format and the language.
        const QDir chosen(f.dir.filePath("chosen"));
        const QString name = QFileInfo(base).fileName();
        QCOMPARE(exports.pathForFormat(chosen.filePath("Bericht.pdf"), f.session.id, "xlsx", "de"),
            chosen.filePath(name + ".xlsx"));
        QCOMPARE(exports.pathForFormat(chosen.filePath(name + ".xlsx"), f.session.id, "png", "en"),
            chosen.filePath(name + "_plots"));
        QCOMPARE(exports.pathForFormat(chosen.filePath(name + "_plots"), f.session.id, "csv", "en"),
            chosen.filePath(name + ".csv"));
        QCOMPARE(exports.pathForFormat("", f.session.id, "pdf", "de"), base + ".pdf");
        QCOMPARE(exports.pathInFolder(chosen.path(), f.session.id, "json", "de"),
            chosen.filePath(name + ".json"));
        // the suggestion works as it is, creating the folder
        QVERIFY(f.rateGrundidee1());
        QVERIFY2(exports.exportSession(
                     f.session.id, "pdf", exports.suggestedPath(f.session.id, "pdf", "de"), "de"),
            qPrintable(exports.errorText()));
        QVERIFY(QFileInfo::exists(base + ".pdf"));
    }

    void onePlotImage()
    {
        ExportFixture f;
        QVERIFY(f.setUp());
        QVERIFY(rateMore(f));
        SessionExports exports(f.database);
        const QString path = f.dir.filePath("focus/grundidee-2.png");
        QVERIFY2(exports.savePlotImage(f.session.id, "grundidee-2", 0, path, "de"),
            qPrintable(exports.errorText()));
        QCOMPARE(QImage(path).size(), QSize(1920, 1080));
        QCOMPARE(exports.lastFiles(), QStringList({ path }));
        QVERIFY(exports.lastResult().contains(QDir::toNativeSeparators(path)));
        // a statement nobody answered yet gives a reason and no file
        const QString none = f.dir.filePath("focus/grundidee-3.png");
        QVERIFY(!exports.savePlotImage(f.session.id, "grundidee-3", 0, none, "de"));
        QVERIFY(!QFileInfo::exists(none));
        QVERIFY(!exports.savePlotImage(f.session.id, "grundidee-2", 2, none, "de"));
        QCOMPARE(QDir(f.dir.filePath("focus"))
                     .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
            QStringList({ "grundidee-2.png" }));
    }

    // A full workshop (16 people, every statement of the framework answered): prints how long
    // each export blocks the GUI thread, the figure behind exporting synchronously.
    void fullWorkshopTimings()
    {
        ExportFixture f;
        QVERIFY(f.setUp());
        const auto statements = f.session.catalog.allStatements();
        int answer = 0;
        for (const Participant& who : f.people) {
            for (const Statement& statement : statements)
                QVERIFY(f.rate(who, 1, statement.id, answer++ % 7));
        }
        SessionExports exports(f.database);
        for (const char* format : { "pdf", "xlsx", "csv", "json", "png" }) {
            QElapsedTimer timer;
            timer.start();
            const QString path = f.dir.filePath(QStringLiteral("full/out.") + format);
            QVERIFY2(exports.exportSession(f.session.id, format, path, "de"),
                qPrintable(exports.errorText()));
            qInfo("%s: %lld ms for %d statements x %d people, %d file(s)", format, timer.elapsed(),
                int(statements.size()), int(f.people.size()), int(exports.lastFiles().size()));
        }
        QCOMPARE(exports.lastFiles().size(), statements.size());
    }

    void imagesOnAWorkerThread()
    {
        ExportFixture f;
        QVERIFY(f.setUp());
        SessionExports exports(f.database);
        QSignalSpy finished(&exports, &SessionExports::finished);
        const QString folder = f.dir.filePath("images");
        // nobody answered yet: a reason, and the folder created for it is gone again
        exports.startExport(f.session.id, "png", folder, "de");
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.takeFirst().at(0).toBool(), false);
        QVERIFY2(exports.errorText().contains("answers"), qPrintable(exports.errorText()));
        QVERIFY(!QFileInfo::exists(folder));

        QVERIFY(rateMore(f));
        exports.startExport(f.session.id, "png", folder, "en");
        QVERIFY(exports.busy());
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.takeFirst().at(0).toBool(), true);
        QVERIFY(!exports.busy());
        QCOMPARE(exports.lastFiles().size(), 2);
        QCOMPARE(QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
            QStringList({ "grundidee-1-round1.png", "grundidee-2-round1.png" }));
        const QImage painted(exports.lastFiles().first());
        QCOMPARE(painted.size(), QSize(1920, 1080));
        QVERIFY(exports.lastResult().contains(QDir::toNativeSeparators(folder)));
        // the worker thread paints exactly what the GUI thread paints, text included
        const QString same = f.dir.filePath("same");
        QVERIFY2(exports.exportSession(f.session.id, "png", same, "en"),
            qPrintable(exports.errorText()));
        QCOMPARE(painted, QImage(QDir(same).filePath("grundidee-1-round1.png")));
    }

    void startExportShowsBusy()
    {
        ExportFixture f;
        QVERIFY(f.setUp());
        QVERIFY(f.rateGrundidee1());
        SessionExports exports(f.database);
        QSignalSpy finished(&exports, &SessionExports::finished);
        const QString path = f.dir.filePath("async.xlsx");
        exports.startExport(f.session.id, "xlsx", path, "en");
        QVERIFY(exports.busy());
        // a second request while busy is refused, the first one still finishes
        exports.startExport(f.session.id, "xlsx", f.dir.filePath("second.xlsx"), "en");
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.at(1).at(0).toBool(), true);
        QVERIFY(!exports.busy());
        QVERIFY(QFileInfo::exists(path));
        QVERIFY(!QFileInfo::exists(f.dir.filePath("second.xlsx")));
    }
};

QTEST_MAIN(TestSessionExports)
#include "tst_sessionexports.moc"

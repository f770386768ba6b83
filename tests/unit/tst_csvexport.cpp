// CSV export: parsed back with an RFC 4180 parser written here and cross-checked with Python's.
#include "../report/exportfixture.h"

#include "export/csvexport.h"
#include "export/exporter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace dp;
using namespace dp::testing;

namespace {

using Table = QList<QStringList>;

/// A strict RFC 4180 reader: fails on a stray quote or an unterminated quoted field.
bool parseCsv(const QString& text, QChar separator, Table* out)
{
    Table rows;
    QStringList row;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field.append(c);
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field.append(c);
            }
            continue;
        }
        if (c == QLatin1Char('"')) {
            if (fieldStarted)
                return false; // a quote inside an unquoted field
            quoted = true;
            fieldStarted = true;
        } else if (c == separator) {
            row.append(field);
            field.clear();
            fieldStarted = false;
        } else if (c == QLatin1Char('\r')) {
            if (i + 1 >= text.size() || text.at(i + 1) != QLatin1Char('\n'))
                return false; // lines must end with CRLF
            row.append(field);
            rows.append(row);
            row.clear();
            field.clear();
            fieldStarted = false;
            ++i;
        } else if (c == QLatin1Char('\n')) {
            return false; // a bare LF outside quotes
        } else {
            field.append(c);
            fieldStarted = true;
        }
    }
    if (quoted || fieldStarted || !row.isEmpty())
        return false; // the last line must be terminated too
    *out = rows;
    return true;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// Rows of a CSV file without its BOM, as maps from header to value.
QList<QHash<QString, QString>> records(const QByteArray& bytes, QChar separator)
{
    Table table;
    if (!bytes.startsWith("\xEF\xBB\xBF")
        || !parseCsv(QString::fromUtf8(bytes.mid(3)), separator, &table))
        return {};
    QList<QHash<QString, QString>> result;
    for (int r = 1; r < table.size(); ++r) {
        QHash<QString, QString> record;
        if (table.at(r).size() != table.first().size())
            return {};
        for (int c = 0; c < table.first().size(); ++c)
            record.insert(table.first().at(c), table.at(r).at(c));
        result.append(record);
    }
    return result;
}

} // namespace

class CsvExportTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void parserRejectsBrokenInput()
    {
        Table t;
        QVERIFY(parseCsv(QStringLiteral("a,\"b\"\"c\"\r\n"), QLatin1Char(','), &t));
        QCOMPARE(t, Table({ { "a", "b\"c" } }));
        QVERIFY(!parseCsv(QStringLiteral("a,b\"c\r\n"), QLatin1Char(','), &t));
        QVERIFY(!parseCsv(QStringLiteral("a,\"b\r\n"), QLatin1Char(','), &t));
        QVERIFY(!parseCsv(QStringLiteral("a,b\n"), QLatin1Char(','), &t));
    }

    void fieldQuoting()
    {
        QCOMPARE(csvField(QStringLiteral("plain"), QLatin1Char(',')), QStringLiteral("plain"));
        QCOMPARE(csvField(QStringLiteral("a,b"), QLatin1Char(',')), QStringLiteral("\"a,b\""));
        QCOMPARE(csvField(QStringLiteral("a,b"), QLatin1Char(';')), QStringLiteral("a,b"));
        QCOMPARE(csvField(QStringLiteral("a;b"), QLatin1Char(';')), QStringLiteral("\"a;b\""));
        QCOMPARE(csvField(QStringLiteral("say \"hi\""), QLatin1Char(',')),
            QStringLiteral("\"say \"\"hi\"\"\""));
        QCOMPARE(csvField(QStringLiteral("a\nb"), QLatin1Char(',')), QStringLiteral("\"a\nb\""));
        QCOMPARE(csvField(QStringLiteral("a\rb"), QLatin1Char(',')), QStringLiteral("\"a\rb\""));
    }

    void answersRoundTrip()
    {
        ExportFixture f;
        QVERIFY(f.setUp());
        QVERIFY(f.rateGrundidee1());
        QVERIFY(f.rate(f.people.first(), 2, QStringLiteral("netzwerk-1"), 6));

        const QString path = f.dir.filePath(QStringLiteral("antworten.csv"));
        ExportOptions options;
        options.language = QStringLiteral("de");
        const ExportResult result = Exporter(f.database).exportSession(f.session.id, path, options);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.files.size(), 2);

        const QByteArray bytes = readAll(path);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(bytes.contains("\r\n"));
        const auto rows = records(bytes, QLatin1Char(','));
        QCOMPARE(rows.size(), f.ratings->ratingCount(f.session.id));
        QCOMPARE(rows.size(), 17);

        for (const Rating& stored : f.ratings->ratings(f.session.id)) {
            const auto match = std::find_if(rows.cbegin(), rows.cend(), [&](const auto& row) {
                return row.value("Pseudonym") == stored.pseudonym
                    && row.value("Aussage-ID") == stored.statementId
                    && row.value("Runde") == QString::number(stored.round);
            });
            QVERIFY2(match != rows.cend(), qPrintable(stored.pseudonym));
            QCOMPARE(match->value("Sitzung"), ExportFixture::title()); // quotes, comma, ; and LF
            QCOMPARE(match->value("Sitzung-ID"), f.session.id);
            // Nothing per device: no sequence, no device id.
            QVERIFY(!match->contains("Sequenz"));
            QVERIFY(!match->contains("Gerät"));
            const bool cannotJudge = stored.answer == CannotJudgeAnswer;
            QCOMPARE(match->value("kann ich nicht einschätzen"), cannotJudge ? "1" : "0");
            QCOMPARE(
                match->value("Antwort"), cannotJudge ? QString() : QString::number(stored.answer));
            const Scale* scale
                = f.session.catalog.scaleFor(*f.session.catalog.statement(stored.statementId));
            QCOMPARE(match->value("Antworttext"), scale->labelFor(stored.answer, "de"));
            QCOMPARE(match->value("Aussage"),
                f.session.catalog.statement(stored.statementId)->text.text("de"));
            const Participant who = *f.sessions->participant(f.session.id, stored.pseudonym);
            QCOMPARE(match->value("Gruppen-ID"), who.groupId);
        }
    }

    void englishHeadersAndTexts()
    {
        ExportFixture f;
        QVERIFY(f.setUp());
        QVERIFY(f.rateGrundidee1());
        const QString path = f.dir.filePath(QStringLiteral("answers.csv"));
        ExportOptions options;
        options.language = QStringLiteral("en");
        QVERIFY(Exporter(f.database).exportSession(f.session.id, path, options).ok);
        const auto rows = records(readAll(path), QLatin1Char(','));
        QCOMPARE(rows.size(), 16);
        QCOMPARE(rows.first().value("statement"),
            f.session.catalog.statement("grundidee-1")->text.text("en"));
        QVERIFY(QFile::exists(f.dir.filePath(QStringLiteral("answers-figures.csv"))));
    }

    void figuresWithSuppression()
    {
        ExportFixture f;
        QVERIFY(f.setUp());
        QVERIFY(f.rateGrundidee1());
        const QString path = f.dir.filePath(QStringLiteral("a.csv"));
        ExportOptions options;
        options.separator = QLatin1Char(';');
        const ExportResult result = Exporter(f.database).exportSession(f.session.id, path, options);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.files.at(1), f.dir.filePath(QStringLiteral("a-kennzahlen.csv")));
        const QByteArray bytes = readAll(result.files.at(1));
        QVERIFY(bytes.contains(';'));
        const auto rows = records(bytes, QLatin1Char(';'));
        QVERIFY(!rows.isEmpty());

        QList<QHash<QString, QString>> cells;
        for (const auto& row : rows) {
            if (row.value("Aussage-ID") == "grundidee-1" && row.value("Runde") == "1")
                cells.append(row);
        }
        // all, Stadt A, Kreis B, and C + D merged; C (2) and D (3) never appear on their own.
        QCOMPARE(cells.size(), 4);
        const auto total = cells.at(0);
        QCOMPARE(total.value("Reihe"), "total");
        QCOMPARE(total.value("n"), "16");
        QCOMPARE(total.value("auf der Skala"), "13");
        QCOMPARE(total.value("Anzahl 2"), "5");
        QCOMPARE(total.value("Anzahl 4"), "2");
        QCOMPARE(total.value("Anzahl 5"), "6");
        QCOMPARE(total.value("Anzahl 1"), "0");
        QCOMPARE(total.value("kann ich nicht einschätzen"), "3");
        QCOMPARE(total.value("Anteil kann ich nicht einschätzen"), "0,188"); // 3/16, decimal comma
        // sorted: 2 2 2 2 2 4 4 5 5 5 5 5 5 -> 7th = 4; 4th = 2; 10th = 5
        QCOMPARE(total.value("Median"), "4");
        QCOMPARE(total.value("unteres Quartil"), "2");
        QCOMPARE(total.value("oberes Quartil"), "5");
        QVERIFY(!total.value("Konsens").isEmpty());

        QCOMPARE(cells.at(1).value("Gruppen-ID"), "a");
        QCOMPARE(cells.at(1).value("n"), "6");
        QCOMPARE(cells.at(1).value("Konsens"), "1"); // everybody in A answered 5
        QCOMPARE(cells.at(2).value("Gruppen-ID"), "b");
        QCOMPARE(cells.at(3).value("Reihe"), "other");
        QCOMPARE(cells.at(3).value("n"), "5");
        QCOMPARE(cells.at(3).value("kann ich nicht einschätzen"), "3");
        for (const auto& row : rows) {
            QVERIFY(row.value("Gruppen-ID") != "c");
            QVERIFY(row.value("Gruppen-ID") != "d");
        }

        // A statement nobody answered: n = 0 and no median instead of a made-up 0.
        const auto unanswered = std::find_if(rows.cbegin(), rows.cend(),
            [](const auto& row) { return row.value("Aussage-ID") == "grundidee-2"; });
        QVERIFY(unanswered != rows.cend());
        QCOMPARE(unanswered->value("n"), "0");
        QCOMPARE(unanswered->value("Median"), QString());
    }

    void pythonReadsTheSameTable()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("python3")).isEmpty())
            QSKIP("python3 is not installed; the cross-check with Python's csv module is skipped");
        ExportFixture f;
        QVERIFY(f.setUp());
        QVERIFY(f.rateGrundidee1());
        const QString path = f.dir.filePath(QStringLiteral("p.csv"));
        ExportOptions options;
        options.separator = QLatin1Char(';');
        QVERIFY(Exporter(f.database).exportSession(f.session.id, path, options).ok);
        const QByteArray out = runTool(QStringLiteral("python3"),
            { QStringLiteral("-c"),
                QStringLiteral(
                    "import csv,sys,json\n"
                    "rows=list(csv.reader(open(sys.argv[1],encoding='utf-8-sig',newline=''),"
                    "delimiter=';'))\n"
                    "print(json.dumps([len(rows), rows[1][1], len({len(r) for r in rows})]))"),
                path });
        QVERIFY(!out.isNull());
        const QJsonArray parsed = QJsonDocument::fromJson(out).array();
        QCOMPARE(parsed.at(0).toInt(), 17);
        QCOMPARE(parsed.at(1).toString(), ExportFixture::title());
        QCOMPARE(parsed.at(2).toInt(), 1); // every row has the same number of fields
    }

    void errors()
    {
        ExportFixture f;
        QVERIFY(f.setUp());
        QVERIFY(f.rateGrundidee1());
        Exporter exporter(f.database);
        ExportResult unknown = exporter.exportSession(
            QStringLiteral("no-such-session"), f.dir.filePath("x.csv"), {});
        QVERIFY(!unknown.ok);
        QVERIFY2(unknown.error.contains("no-such-session"), qPrintable(unknown.error));

        const QString unwritable = f.dir.filePath(QStringLiteral("missing/dir/x.csv"));
        ExportResult failed = exporter.exportSession(f.session.id, unwritable, {});
        QVERIFY(!failed.ok);
        QVERIFY2(failed.error.contains(unwritable), qPrintable(failed.error));

        ExportOptions tab;
        tab.separator = QLatin1Char('\t');
        QVERIFY(!exporter.exportSession(f.session.id, f.dir.filePath("t.csv"), tab).ok);

        // A failed export leaves an earlier file as it was.
        const QString existing = f.dir.filePath(QStringLiteral("keep.csv"));
        {
            QFile file(existing);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("earlier export");
        }
        QVERIFY(!exporter.exportSession(QStringLiteral("no-such-session"), existing, {}).ok);
        QCOMPARE(readAll(existing), QByteArray("earlier export"));
        QCOMPARE(f.ratings->ratingCount(f.session.id), 16); // exporting never touches the data
    }
};

QTEST_GUILESS_MAIN(CsvExportTest)
#include "tst_csvexport.moc"

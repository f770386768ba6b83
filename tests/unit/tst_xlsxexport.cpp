// XLSX export: the workbook is unzipped and its sheet XML read back cell by cell.
#include "../report/exportfixture.h"

#include "export/exporter.h"

#include <QXmlStreamReader>

using namespace dp;
using namespace dp::testing;

namespace {

QByteArray unzipEntry(const QString& archive, const QString& entry)
{
    return runTool(QStringLiteral("unzip"), { QStringLiteral("-p"), archive, entry });
}

QStringList sharedStrings(const QByteArray& xml)
{
    QStringList strings;
    QXmlStreamReader reader(xml);
    QString current;
    bool inItem = false;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == QLatin1String("si")) {
            inItem = true;
            current.clear();
        } else if (inItem && reader.isStartElement() && reader.name() == QLatin1String("t")) {
            current += reader.readElementText();
        } else if (reader.isEndElement() && reader.name() == QLatin1String("si")) {
            strings.append(current);
            inItem = false;
        }
    }
    return strings;
}

/// Cell texts by row, resolving shared strings; "A1" style references give the column.
QList<QStringList> sheetRows(const QByteArray& xml, const QStringList& strings)
{
    QList<QStringList> rows;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == QLatin1String("row")) {
            rows.append(QStringList());
        } else if (reader.isStartElement() && reader.name() == QLatin1String("c")) {
            const QString ref = reader.attributes().value(QLatin1String("r")).toString();
            const QString type = reader.attributes().value(QLatin1String("t")).toString();
            int column = 0;
            for (QChar ch : ref) {
                if (!ch.isLetter())
                    break;
                column = column * 26 + (ch.unicode() - 'A' + 1);
            }
            QString value;
            while (!(reader.isEndElement() && reader.name() == QLatin1String("c"))) {
                reader.readNext();
                if (reader.isStartElement() && reader.name() == QLatin1String("v"))
                    value = reader.readElementText();
            }
            if (type == QLatin1String("s"))
                value = strings.value(value.toInt());
            QStringList& row = rows.last();
            while (row.size() < column)
                row.append(QString());
            row[column - 1] = value;
        }
    }
    return rows;
}

} // namespace

class XlsxExportTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty())
            QSKIP("unzip is not installed (.ci/install-deps installs it); cannot read XLSX back");
    }

    void sheetsAndCells()
    {
        ExportFixture f;
        QVERIFY(f.setUp());
        QVERIFY(f.rateGrundidee1());
        const QString path = f.dir.filePath(QStringLiteral("w.xlsx"));
        ExportOptions options;
        options.format = ExportOptions::Format::Xlsx;
        const ExportResult result = Exporter(f.database).exportSession(f.session.id, path, options);
        QVERIFY2(result.ok, qPrintable(result.error));

        const QByteArray workbook = unzipEntry(path, QStringLiteral("xl/workbook.xml"));
        QVERIFY(workbook.contains("name=\"Antworten\""));
        QVERIFY(workbook.contains("name=\"Kennzahlen\""));

        const QStringList strings
            = sharedStrings(unzipEntry(path, QStringLiteral("xl/sharedStrings.xml")));
        const auto answers
            = sheetRows(unzipEntry(path, QStringLiteral("xl/worksheets/sheet1.xml")), strings);
        QCOMPARE(answers.size(), 17); // header + 16 answers
        const QStringList header = answers.first();
        const int pseudonym = header.indexOf("Pseudonym");
        const int answer = header.indexOf("Antwort");
        const int title = header.indexOf("Sitzung");
        QVERIFY(pseudonym >= 0 && answer >= 0 && title >= 0);
        for (int r = 1; r < answers.size(); ++r) {
            const QStringList row = answers.at(r);
            const auto stored = f.ratings->rating(
                f.session.id, 1, QStringLiteral("grundidee-1"), row.value(pseudonym));
            QVERIFY2(stored, qPrintable(row.value(pseudonym)));
            QCOMPARE(row.value(answer),
                stored->answer == CannotJudgeAnswer ? QString() : QString::number(stored->answer));
            QCOMPARE(row.value(title), ExportFixture::title());
        }

        const auto figures
            = sheetRows(unzipEntry(path, QStringLiteral("xl/worksheets/sheet2.xml")), strings);
        const int statement = figures.first().indexOf("Aussage-ID");
        const int n = figures.first().indexOf("n");
        const int median = figures.first().indexOf("Median");
        const int group = figures.first().indexOf("Gruppen-ID");
        QList<QStringList> cell;
        for (const QStringList& row : figures) {
            if (row.value(statement) == "grundidee-1")
                cell.append(row);
            QVERIFY(row.value(group) != "c" && row.value(group) != "d");
        }
        QCOMPARE(cell.size(), 4);
        QCOMPARE(cell.first().value(n), "16");
        QCOMPARE(cell.first().value(median), "4");
    }

    void englishSheetNames()
    {
        ExportFixture f;
        QVERIFY(f.setUp());
        const QString path = f.dir.filePath(QStringLiteral("e.xlsx"));
        ExportOptions options;
        options.format = ExportOptions::Format::Xlsx;
        options.language = QStringLiteral("en");
        QVERIFY(Exporter(f.database).exportSession(f.session.id, path, options).ok);
        const QByteArray workbook = unzipEntry(path, QStringLiteral("xl/workbook.xml"));
        QVERIFY(workbook.contains("name=\"Answers\""));
        QVERIFY(workbook.contains("name=\"Figures\""));
    }

    void unwritablePath()
    {
        ExportFixture f;
        QVERIFY(f.setUp());
        ExportOptions options;
        options.format = ExportOptions::Format::Xlsx;
        const QString path = f.dir.filePath(QStringLiteral("nope/w.xlsx"));
        const ExportResult result = Exporter(f.database).exportSession(f.session.id, path, options);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(path), qPrintable(result.error));
    }
};

QTEST_GUILESS_MAIN(XlsxExportTest)
#include "tst_xlsxexport.moc"

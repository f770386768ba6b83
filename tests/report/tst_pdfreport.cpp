// PDF report: page count, extracted text and rendered pages checked with poppler's tools.
#include "exportfixture.h"

#include "report.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QRegularExpression>

using namespace dp;
using namespace dp::testing;

namespace {

int pageCount(const QString& pdf)
{
    const QByteArray info = runTool(QStringLiteral("pdfinfo"), { pdf });
    const auto match
        = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(QString::fromUtf8(info));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

/// Pixels that are clearly not white on a page rendered at 50 dpi.
int inkOnPage(const QString& pdf, int pageNumber, const QString& scratch)
{
    const QString prefix = QDir(scratch).filePath(QStringLiteral("page"));
    const QString number = QString::number(pageNumber);
    if (runTool(QStringLiteral("pdftoppm"),
            { QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("50"),
                QStringLiteral("-f"), number, QStringLiteral("-l"), number,
                QStringLiteral("-singlefile"), pdf, prefix })
            .isNull())
        return -1;
    const QImage image(prefix + QStringLiteral(".png"));
    int ink = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            ink += qGray(image.pixel(x, y)) < 200 ? 1 : 0;
    }
    return ink;
}

} // namespace

class PdfReportTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void germanReport()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP(
                "poppler-utils (pdftotext, pdfinfo, pdftoppm) not installed; see .ci/install-deps");
        ExportFixture f;
        QVERIFY(f.setUp());
        QVERIFY(f.rateGrundidee1());
        for (const Participant& p : f.people) // a second round with everybody at 6
            QVERIFY(f.rate(p, 2, QStringLiteral("grundidee-1"), 6));
        QVERIFY(f.rate(f.people.first(), 1, QStringLiteral("netzwerk-1"), 3));

        ReportOptions options;
        options.notes.insert(QStringLiteral("grundidee-1"),
            QStringLiteral("Klärungsbedarf zwischen Stadt A und Kreis B"));
        const QString pdf = f.dir.filePath(QStringLiteral("bericht.pdf"));
        QString error;
        QVERIFY2(writePdfReport(f.database, f.session.id, pdf, options, &error), qPrintable(error));

        if (qEnvironmentVariableIsSet("DP_SHOTS_DIR")) // for looking at it by eye
            QFile::copy(pdf, QDir(qEnvironmentVariable("DP_SHOTS_DIR")).filePath("bericht.pdf"));
        // Title page, "Grundidee" (two rounds, so it runs over a page), "Netzwerk"; the seven
        // dimensions without answers are left out rather than filling pages with empty plots.
        const int pages = pageCount(pdf);
        QVERIFY2(pages >= 3 && pages <= 5, qPrintable(QString::number(pages)));
        const QString text
            = QString::fromUtf8(runTool(QStringLiteral("pdftotext"),
                                    { QStringLiteral("-layout"), pdf, QStringLiteral("-") }))
                  .simplified();
        QVERIFY2(
            text.contains(QStringLiteral("Werkstatt \"Netzwerk\", Nord; 2024")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Runde 1: 16 Teilnehmende, 17 Antworten")));
        QVERIFY(text.contains(QStringLiteral("Runde 2: 16 Teilnehmende, 16 Antworten")));
        QVERIFY(text.contains(QStringLiteral("Stadt A")));
        QVERIFY(!text.contains(QStringLiteral("Gemeinde C"))); // suppressed: never named
        QVERIFY(text.contains(
            f.session.catalog.statement("grundidee-1")->text.text("de").simplified()));
        QVERIFY(text.contains(QStringLiteral("n = 16 · Median 4 · Quartile 2–5")));
        QVERIFY(text.contains(QStringLiteral("Vergleich Runde 1 → Runde 2")));
        // figures by the report's language: decimal commas in German
        QVERIFY2(text.contains(QRegularExpression(QStringLiteral("Konsens 0,\\d\\d"))),
            qPrintable(text));
        QVERIFY2(text.contains(QRegularExpression(QStringLiteral("\\(\\+\\d,\\d\\)"))),
            qPrintable(text));
        QVERIFY(!text.contains(QRegularExpression(QStringLiteral("\\d\\.\\d"))));
        QVERIFY(text.contains(QStringLiteral("Klärungsbedarf zwischen Stadt A und Kreis B")));
        QVERIFY(text.contains(QStringLiteral("Seite %1").arg(pages)));
        QVERIFY(!text.contains(f.session.catalog.dimension("zielbestimmung")->title.text("de")));

        const int plotPage = inkOnPage(pdf, 2, f.dir.path());
        const int lastPage = inkOnPage(pdf, pages, f.dir.path());
        QVERIFY2(plotPage > 2000, qPrintable(QString::number(plotPage)));
        QVERIFY2(lastPage > 500, qPrintable(QString::number(lastPage)));
        QVERIFY(plotPage > lastPage); // two plots with 32 dots against one plot with one dot
    }

    void englishAndPageBreaks()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("poppler-utils (pdftotext, pdfinfo) not installed; see .ci/install-deps");
        ExportFixture f;
        QVERIFY(f.setUp());
        // Every statement of "Grundidee" answered: more plots than fit on one page.
        const Dimension* grundidee = f.session.catalog.dimension(QStringLiteral("grundidee"));
        QVERIFY(grundidee && grundidee->statements.size() >= 4);
        for (const Statement& s : grundidee->statements) {
            for (int i = 0; i < f.people.size(); ++i)
                QVERIFY(f.rate(f.people.at(i), 1, s.id, 1 + i % 6));
        }
        ReportOptions options;
        options.language = QStringLiteral("en");
        const QString pdf = f.dir.filePath(QStringLiteral("report.pdf"));
        QString error;
        QVERIFY2(writePdfReport(f.database, f.session.id, pdf, options, &error), qPrintable(error));
        QVERIFY(pageCount(pdf) >= 3);
        const QString text
            = QString::fromUtf8(runTool(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") }))
                  .simplified();
        QVERIFY(text.contains(QStringLiteral("Results report")));
        QVERIFY2(text.contains(QRegularExpression(QStringLiteral("consensus 0\\.\\d\\d"))),
            qPrintable(text));
        QVERIFY(!text.contains(QRegularExpression(QStringLiteral("consensus 0,"))));
        for (const Statement& s : grundidee->statements) // none lost at a page break
            QVERIFY2(text.contains(s.text.text("en").simplified()), qPrintable(s.id));
    }

    /// Many statements in two rounds: a round's heading never ends a page without its plot,
    /// and every page with a plot carries the statement it belongs to.
    void statementBlocksStayTogether()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("poppler-utils (pdftotext, pdfinfo) not installed; see .ci/install-deps");
        ExportFixture f;
        QVERIFY(f.setUp());
        const auto statements = f.session.catalog.allStatements();
        QStringList texts;
        for (const Statement& s : statements) {
            texts.append(s.text.text("de").normalized(QString::NormalizationForm_KC).simplified());
            for (int i = 0; i < f.people.size(); ++i) {
                QVERIFY(f.rate(f.people.at(i), 1, s.id, 1 + i % 6));
                QVERIFY(f.rate(f.people.at(i), 2, s.id, 1 + (i + 2) % 6));
            }
        }
        const QString pdf = f.dir.filePath(QStringLiteral("lang.pdf"));
        QString error;
        QVERIFY2(writePdfReport(f.database, f.session.id, pdf, ReportOptions(), &error),
            qPrintable(error));
        const int pages = pageCount(pdf);
        QVERIFY(pages > 10);
        int continued = 0;
        for (int number = 2; number <= pages; ++number) {
            const QString page = QString::fromUtf8(runTool(QStringLiteral("pdftotext"),
                { QStringLiteral("-f"), QString::number(number), QStringLiteral("-l"),
                    QString::number(number), pdf, QStringLiteral("-") }));
            const QStringList lines = page.split(QLatin1Char('\n'));
            // NFKC: pdftotext gives ligatures such as "ﬁ" as one character
            const QString flat = page.normalized(QString::NormalizationForm_KC).simplified();
            continued += flat.count(QStringLiteral("(Fortsetzung)"));
            // every round heading is followed by its plot's figures on the same page
            for (int i = 0; i < lines.size(); ++i) {
                if (!QRegularExpression(QStringLiteral("^Runde \\d+$"))
                         .match(lines.at(i).trimmed())
                         .hasMatch())
                    continue;
                bool figures = false;
                for (int j = i + 1; j < lines.size() && !figures; ++j)
                    figures = lines.at(j).startsWith(QStringLiteral("n = "));
                QVERIFY2(figures, qPrintable(QStringLiteral("page %1: %2").arg(number).arg(flat)));
            }
            // a page with a plot begins with (or holds before it) a statement's text
            const qsizetype firstFigures = flat.indexOf(QStringLiteral("n = "));
            if (firstFigures < 0)
                continue;
            const QString before = flat.left(firstFigures);
            const bool hasStatement = std::any_of(texts.cbegin(), texts.cend(),
                [&](const QString& text) { return before.contains(text.left(40)); });
            QVERIFY2(hasStatement, qPrintable(QStringLiteral("page %1: %2").arg(number).arg(flat)));
        }
        QVERIFY(continued > 0); // two rounds of a statement do not always fit on one page
    }

    void errors()
    {
        ExportFixture f;
        QVERIFY(f.setUp());
        QString error;
        QVERIFY(!writePdfReport(
            f.database, QStringLiteral("nope"), f.dir.filePath("r.pdf"), {}, &error));
        QVERIFY(error.contains(QStringLiteral("nope")));
        const QString unwritable = f.dir.filePath(QStringLiteral("no/such/dir/r.pdf"));
        QVERIFY(!writePdfReport(f.database, f.session.id, unwritable, {}, &error));
        QVERIFY2(error.contains(unwritable), qPrintable(error));
    }
};

QTEST_MAIN(PdfReportTest)
#include "tst_pdfreport.moc"

#include "dotplotpainter.h"
#include "pdfpage.h"
#include "report.h"
#include "reporttexts.h"

#include "export/exportdata.h"
#include "stats/numberformat.h"
#include "stats/roundcomparison.h"

#include <QFileInfo>
#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTemporaryDir>

#include <cmath>

namespace dp {

namespace {

constexpr double PlotHeightMm = 52.0;

void titlePage(PdfPage& page, const ExportData& data, const ReportTexts& t)
{
    const QLocale locale(data.language == QLatin1String("de") ? QLocale::German : QLocale::English);
    page.advance(page.mm(30));
    page.text(t.reportTitle, page.font(14));
    page.advance(page.mm(3));
    page.text(data.session.title, page.font(22, true));
    page.advance(page.mm(8));
    page.text(QStringLiteral("%1: %2").arg(
                  t.date, locale.toString(data.session.date, QLocale::LongFormat)),
        page.font(11));
    page.text(
        QStringLiteral("%1: %2").arg(t.catalog, data.session.catalog.title.text(data.language)),
        page.font(11));
    page.advance(page.mm(6));
    for (int round : data.rounds) {
        page.text(QStringLiteral("%1 %2: %3 %4, %5 %6")
                      .arg(t.round)
                      .arg(round)
                      .arg(data.participantsPerRound.value(round))
                      .arg(t.participants)
                      .arg(data.answersPerRound.value(round))
                      .arg(t.answers),
            page.font(11));
    }
    page.advance(page.mm(6));
    // Groups shown anywhere in the report: only those that passed the suppression somewhere.
    QStringList shown;
    for (const ExportedStatement& f : data.figures) {
        for (const SeriesFigures& s : f.groups) {
            if (s.kind == SeriesFigures::Kind::Group && !shown.contains(s.groupName))
                shown.append(s.groupName);
        }
    }
    page.text(QStringLiteral("%1: %2").arg(t.groupsShown,
                  shown.isEmpty() ? t.noGroupsShown : shown.join(QStringLiteral(", "))),
        page.font(11));
    page.advance(page.mm(2));
    page.text(t.suppressionNote.arg(data.minimumGroupSize), page.font(9));
}

void comparison(PdfPage& page, const ExportedStatement& before, const ExportedStatement& after,
    const ReportTexts& t, const QLocale& locale)
{
    const RoundShift shift = compareRounds(
        before.info.id, before.total.distribution, after.total.distribution, before.info.kind);
    QStringList parts;
    if (shift.comparable) {
        parts << QStringLiteral("%1 %2 → %3 (%4)")
                     .arg(t.medianShift, numbers::compact(shift.before.median, 2, locale),
                         numbers::compact(shift.after.median, 2, locale),
                         numbers::signedFixed(shift.medianShift, 1, locale))
              << QStringLiteral("%1 %2 → %3 (%4)")
                     .arg(t.consensusShift, numbers::fixed(shift.before.consensus, 2, locale),
                         numbers::fixed(shift.after.consensus, 2, locale),
                         numbers::signedFixed(shift.consensusShift, 2, locale));
    }
    parts << QStringLiteral("%1 %2 % → %3 %")
                 .arg(t.cannotJudgeShare)
                 .arg(std::lround(shift.before.cannotJudgeShare * 100))
                 .arg(std::lround(shift.after.cannotJudgeShare * 100));
    page.text(QStringLiteral("%1: %2").arg(t.roundComparison.arg(before.round).arg(after.round),
                  parts.join(QStringLiteral(" · "))),
        page.font(9, true));
}

void statementBlock(PdfPage& page, QPainter& painter, const ExportData& data,
    const QString& statementId, const ReportOptions& options, const ReportTexts& t)
{
    QList<const ExportedStatement*> rounds;
    for (int round : data.rounds) {
        if (const ExportedStatement* f = data.figuresFor(statementId, round))
            rounds.append(f);
    }
    if (rounds.isEmpty())
        return;
    int answeredRounds = 0;
    for (const ExportedStatement* f : rounds)
        answeredRounds += f->total.summary.total > 0 ? 1 : 0;

    const QFont heading = page.font(10.5, true);
    const double width = page.content().width();
    const QString& statement = rounds.first()->text;
    const auto roundHeading = [&](const ExportedStatement& f) {
        if (rounds.size() == 1)
            return QString();
        return f.total.summary.total > 0
            ? QStringLiteral("%1 %2").arg(t.round).arg(f.round)
            : QStringLiteral("%1 %2: %3").arg(t.round).arg(f.round).arg(t.noAnswers);
    };
    // A round's block: its heading, plot and figures, never split across pages.
    const auto blockHeight = [&](const ExportedStatement& f) {
        const QString title = roundHeading(f);
        double height = title.isEmpty() ? 0.0 : page.textHeight(title, page.font(9, true), width);
        if (f.total.summary.total > 0) {
            height += page.mm(PlotHeightMm + 1)
                + page.textHeight(
                    DotPlotPainter::keyFigures(f.total, options.language), page.font(9), width)
                + page.mm(2);
        }
        return height;
    };

    // Keep the statement together with its first block.
    const double textHeight = page.textHeight(statement, heading, width) + page.mm(2);
    page.ensure(textHeight
        + (answeredRounds == 0 ? page.textHeight(t.noAnswers, page.font(9), width)
                               : blockHeight(*rounds.first())));
    page.text(statement, heading);
    page.advance(page.mm(2));
    if (answeredRounds == 0)
        page.text(t.noAnswers, page.font(9));

    const DotPlotPainter plot(page.unit());
    for (const ExportedStatement* f : std::as_const(rounds)) {
        if (answeredRounds == 0)
            break;
        // A block that goes on on the next page carries its statement with it.
        if (page.ensure(blockHeight(*f))) {
            page.text(QStringLiteral("%1 %2").arg(statement, t.continued), heading);
            page.advance(page.mm(2));
        }
        const QString title = roundHeading(*f);
        if (!title.isEmpty())
            page.text(title, page.font(9, true));
        if (f->total.summary.total == 0)
            continue;
        plot.paint(painter,
            QRectF(page.content().left(), page.y(), page.content().width(), page.mm(PlotHeightMm)),
            *f);
        page.advance(page.mm(PlotHeightMm + 1));
        page.text(DotPlotPainter::keyFigures(f->total, options.language), page.font(9));
        page.advance(page.mm(2));
    }
    // Only rounds in which somebody answered can be compared.
    for (int i = 1; i < rounds.size(); ++i) {
        if (rounds.at(i - 1)->total.summary.total > 0 && rounds.at(i)->total.summary.total > 0)
            comparison(
                page, *rounds.at(i - 1), *rounds.at(i), t, numbers::localeFor(options.language));
    }

    const QString note = options.notes.value(statementId).trimmed();
    if (!note.isEmpty()) {
        page.advance(page.mm(1));
        page.text(t.notes + QLatin1Char(':'), page.font(9, true));
        page.text(note, page.font(9), page.mm(3));
    }
    page.advance(page.mm(6));
}

bool anyAnswers(const ExportData& data, const Dimension& dimension)
{
    for (const Statement& statement : dimension.statements) {
        for (int round : data.rounds) {
            const ExportedStatement* f = data.figuresFor(statement.id, round);
            if (f && f->total.summary.total > 0)
                return true;
        }
    }
    return false;
}

} // namespace

bool writePdfReport(Database& database, const QString& sessionId, const QString& path,
    const ReportOptions& options, QString* error)
{
    const auto data
        = loadExportData(database, sessionId, options.language, options.minimumGroupSize, error);
    if (!data)
        return false;
    const ReportTexts t = ReportTexts::forLanguage(options.language);

    // QPdfWriter reports no write errors; draw into a scratch file, then replace the target.
    QTemporaryDir scratch;
    const QString scratchFile = scratch.filePath(QStringLiteral("report.pdf"));
    {
        QPdfWriter writer(scratchFile);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setResolution(300);
        writer.setTitle(data->session.title);
        writer.setCreator(QStringLiteral("Dialogpunkte"));
        QPainter painter;
        if (!scratch.isValid() || !painter.begin(&writer)) {
            if (error)
                *error = QStringLiteral("Cannot create the PDF.");
            return false;
        }
        PdfPage page(writer, painter, data->session.title, t.page);
        titlePage(page, *data, t);
        for (const Dimension& dimension : data->session.catalog.dimensions) {
            if (!anyAnswers(*data, dimension))
                continue; // the report documents what was assessed
            page.newPage();
            page.text(dimension.title.text(options.language), page.font(16, true));
            page.advance(page.mm(5));
            for (const Statement& statement : dimension.statements)
                statementBlock(page, painter, *data, statement.id, options, t);
        }
        page.finish();
        painter.end();
    }
    QFile built(scratchFile);
    QSaveFile target(path);
    if (!built.open(QIODevice::ReadOnly) || !target.open(QIODevice::WriteOnly)
        || target.write(built.readAll()) != built.size() || !target.commit()) {
        if (error)
            *error = QStringLiteral("Cannot write \"%1\": %2").arg(path, target.errorString());
        return false;
    }
    return true;
}

} // namespace dp

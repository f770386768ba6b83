#include "dotplotpainter.h"
#include "report.h"
#include "reporttexts.h"

#include "export/exportdata.h"

#include <QDir>
#include <QImage>
#include <QPainter>
#include <QSaveFile>

namespace dp {

namespace {

constexpr int ImageWidth = 1920;
constexpr int ImageHeight = 1080;
constexpr double Unit = 10.0; // pixels per "mm" of the shared painter code: fills a projector

QImage renderPlot(const ExportedStatement& figures, const QString& language)
{
    QImage image(ImageWidth, ImageHeight, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    const double margin = 6 * Unit;
    const ReportTexts t = ReportTexts::forLanguage(language);

    QFont font = painter.font();
    font.setPixelSize(static_cast<int>(2.6 * Unit));
    painter.setFont(font);
    painter.setPen(Qt::black);
    painter.drawText(QRectF(margin, margin * 0.6, ImageWidth - 2 * margin, 4 * Unit),
        Qt::AlignLeft | Qt::AlignVCenter,
        QStringLiteral("%1 · %2 %3").arg(figures.dimensionTitle, t.round).arg(figures.round));
    font.setPixelSize(static_cast<int>(4.2 * Unit));
    font.setBold(true);
    painter.setFont(font);
    const QRectF titleBox(margin, margin * 0.6 + 4 * Unit, ImageWidth - 2 * margin, 11 * Unit);
    painter.drawText(titleBox, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, figures.text);
    font.setBold(false);
    font.setPixelSize(static_cast<int>(2.8 * Unit));
    painter.setFont(font);
    painter.drawText(QRectF(margin, titleBox.bottom(), ImageWidth - 2 * margin, 4.5 * Unit),
        Qt::AlignLeft | Qt::AlignVCenter, DotPlotPainter::keyFigures(figures.total, language));

    const QRectF plot(margin, titleBox.bottom() + 7 * Unit, ImageWidth - 2 * margin,
        ImageHeight - titleBox.bottom() - 7 * Unit - margin * 0.6);
    DotPlotPainter(Unit).paint(painter, plot, figures);
    return image;
}

bool saveImage(const QImage& image, const QString& path, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit()) {
        if (error)
            *error = QStringLiteral("Cannot write \"%1\": %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace

bool writePlotImages(Database& database, const QString& sessionId, const QString& folder,
    const ReportOptions& options, QStringList* files, QString* error)
{
    const auto data
        = loadExportData(database, sessionId, options.language, options.minimumGroupSize, error);
    return data && writePlotImages(*data, folder, files, error);
}

bool writePlotImages(
    const ExportData& data, const QString& folder, QStringList* files, QString* error)
{
    if (!QDir().mkpath(folder)) {
        if (error)
            *error = QStringLiteral("Cannot create the folder \"%1\".").arg(folder);
        return false;
    }
    const QDir dir(folder);
    for (const ExportedStatement& figures : data.figures) {
        if (figures.total.summary.total == 0)
            continue;
        const QString path = dir.filePath(
            QStringLiteral("%1-round%2.png").arg(figures.info.id).arg(figures.round));
        if (!saveImage(renderPlot(figures, data.language), path, error))
            return false;
        if (files)
            files->append(path);
    }
    return true;
}

bool writePlotImage(Database& database, const QString& sessionId, const QString& statementId,
    int round, const QString& path, const ReportOptions& options, QString* error)
{
    const auto data
        = loadExportData(database, sessionId, options.language, options.minimumGroupSize, error);
    if (!data)
        return false;
    const ExportedStatement* chosen = nullptr;
    for (const ExportedStatement& figures : data->figures) {
        const bool answered = figures.total.summary.total > 0;
        if (figures.info.id == statementId && answered && (round <= 0 || figures.round == round))
            chosen = &figures; // figures are in round order: the last match is the latest round
    }
    if (!chosen) {
        if (error)
            *error = QStringLiteral("The statement \"%1\" has no answers in this session yet.")
                         .arg(statementId);
        return false;
    }
    return saveImage(renderPlot(*chosen, options.language), path, error);
}

} // namespace dp

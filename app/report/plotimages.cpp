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

QImage renderPlot(const StatementFigures& figures, const QString& language)
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

} // namespace

bool writePlotImages(Database& database, const QString& sessionId, const QString& folder,
    const ReportOptions& options, QStringList* files, QString* error)
{
    const auto data
        = loadExportData(database, sessionId, options.language, options.minimumGroupSize, error);
    if (!data)
        return false;
    if (!QDir().mkpath(folder)) {
        if (error)
            *error = QStringLiteral("Cannot create the folder \"%1\".").arg(folder);
        return false;
    }
    const QDir dir(folder);
    for (const StatementFigures& figures : data->figures) {
        if (figures.total.summary.total == 0)
            continue;
        const QString path = dir.filePath(
            QStringLiteral("%1-round%2.png").arg(figures.info.id).arg(figures.round));
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly)
            || !renderPlot(figures, options.language).save(&file, "PNG") || !file.commit()) {
            if (error)
                *error = QStringLiteral("Cannot write \"%1\": %2").arg(path, file.errorString());
            return false;
        }
        if (files)
            files->append(path);
    }
    return true;
}

} // namespace dp

#include "dotplotpainter.h"

#include "reporttexts.h"

#include "export/exportdata.h"
#include "stats/dotlayout.h"
#include "stats/numberformat.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>

#include <algorithm>
#include <cmath>

namespace dp {

DotPlotPainter::DotPlotPainter(double unit)
    : m_unit(unit)
{
}

plotstyle::SeriesStyle DotPlotPainter::styleFor(const SeriesFigures& series)
{
    switch (series.kind) {
    case SeriesFigures::Kind::Total:
        return plotstyle::total();
    case SeriesFigures::Kind::Group:
        return plotstyle::forGroup(series.groupIndex); // "no group" has -1: grey
    case SeriesFigures::Kind::Other:
        break;
    }
    return plotstyle::forGroup(-1);
}

QColor DotPlotPainter::colorFor(const SeriesFigures& series)
{
    const plotstyle::Rgb fill = styleFor(series).fill;
    return QColor(fill.red, fill.green, fill.blue);
}

DotPlotPainter::Shape DotPlotPainter::shapeFor(const SeriesFigures& series)
{
    return styleFor(series).shape;
}

void DotPlotPainter::drawMarker(
    QPainter& painter, const QPointF& c, double diameter, Shape shape, const QColor& fill)
{
    const double r = diameter / 2.0;
    const plotstyle::Rgb dark = plotstyle::outline();
    painter.setBrush(fill);
    QPen pen(QColor(dark.red, dark.green, dark.blue));
    pen.setWidthF(std::max(1.0, diameter * 0.08));
    painter.setPen(pen);
    if (shape == Shape::Circle) {
        painter.drawEllipse(c, r, r);
        return;
    }
    // The projector's outline of the shape (DotStyle draws the same polygon).
    const plotstyle::Outline o = plotstyle::outlineOf(shape);
    QPolygonF polygon;
    for (int i = 0; i < o.corners; ++i) {
        const double angle = (o.startDegrees + 360.0 * i / o.corners) * M_PI / 180.0;
        polygon << QPointF(c.x() + r * o.radius * std::cos(angle),
            c.y() + r * (o.shiftY + o.radius * std::sin(angle)));
    }
    painter.drawPolygon(polygon);
}

QString DotPlotPainter::keyFigures(const SeriesFigures& series, const QString& language)
{
    const ReportTexts t = ReportTexts::forLanguage(language);
    const QLocale locale = numbers::localeFor(language);
    const auto number = [&](double value) { return numbers::compact(value, 2, locale); };
    const Summary& s = series.summary;
    if (s.total == 0)
        return t.noAnswers;
    QStringList parts { QStringLiteral("n = %1").arg(s.total) };
    if (s.hasValues) {
        parts << QStringLiteral("%1 %2").arg(t.median, number(s.median))
              << QStringLiteral("%1 %2–%3")
                     .arg(t.quartiles, number(s.lowerQuartile), number(s.upperQuartile))
              << QStringLiteral("%1 %2").arg(t.consensus, numbers::fixed(s.consensus, 2, locale));
    }
    parts << QStringLiteral("%1 %2 %")
                 .arg(t.cannotJudgeShare)
                 .arg(std::lround(s.cannotJudgeShare * 100));
    return parts.join(QStringLiteral(" · "));
}

void DotPlotPainter::paint(
    QPainter& painter, const QRectF& area, const ExportedStatement& figures) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    QFont font = painter.font();
    font.setPixelSize(std::max(1, static_cast<int>(mm(2.6))));
    painter.setFont(font);
    const QFontMetricsF metrics(font);

    // Series to draw: groups when there are any shown or merged, else everybody in one colour.
    QList<const SeriesFigures*> series;
    for (const SeriesFigures& group : figures.groups)
        series.append(&group);
    const bool byGroup = series.size() > 1;
    if (!byGroup)
        series = { &figures.total };

    // Legend on top.
    double top = area.top();
    if (byGroup) {
        double x = area.left();
        const double d = mm(3.0);
        for (const SeriesFigures* s : series) {
            const QString label = QStringLiteral("%1 (%2)").arg(s->groupName).arg(s->summary.total);
            const double width = d + mm(1.5) + metrics.horizontalAdvance(label) + mm(4);
            if (x + width > area.right() && x > area.left()) {
                x = area.left();
                top += mm(4.5);
            }
            drawMarker(painter, QPointF(x + d / 2, top + mm(2)), d, shapeFor(*s), colorFor(*s));
            painter.setPen(Qt::black);
            painter.drawText(QPointF(x + d + mm(1.5), top + mm(2) + metrics.ascent() / 2.5), label);
            x += width;
        }
        top += mm(6);
    }

    const int points = figures.info.points;
    const bool cannotJudgeColumn
        = figures.allowCannotJudge || figures.total.summary.cannotJudge > 0;
    const double labelHeight = metrics.lineSpacing() * 3 + mm(1);
    // The projector's layout (stats/dotlayout.h) for the dots and the marker band below them.
    const QRectF plotArea(area.left(), top, area.width(), area.bottom() - labelHeight - top);
    int fullest = 0;
    for (int value = cannotJudgeColumn ? 0 : 1; value <= points; ++value)
        fullest = std::max(fullest, figures.total.distribution.count(value));
    const DotLayout layout(plotArea.size(), points, cannotJudgeColumn, fullest);
    const QPointF origin = plotArea.topLeft();
    const double columnWidth = layout.columnWidth();
    const double baseline = origin.y() + layout.baseline();
    const auto centreOf = [&](int value) { return origin.x() + layout.columnCentre(value); };
    const auto xOf = [&](double value) { return origin.x() + layout.xForValue(value); };

    // Axis and column separators.
    QPen axis(Qt::black);
    axis.setWidthF(mm(0.3));
    painter.setPen(axis);
    painter.drawLine(QPointF(origin.x(), baseline), QPointF(xOf(points + 0.5), baseline));
    if (cannotJudgeColumn) {
        const double left = centreOf(0) - columnWidth / 2;
        painter.drawLine(QPointF(left, baseline), QPointF(left + columnWidth, baseline));
        QPen dashed(Qt::gray, mm(0.2), Qt::DashLine);
        painter.setPen(dashed);
        const double separator = origin.x() + layout.separatorX();
        painter.drawLine(QPointF(separator, top), QPointF(separator, baseline));
    }

    // Dots: per column, series after series, so each group forms a block like sticky dots.
    for (int value = 0; value <= points; ++value) {
        if (value == 0 && !cannotJudgeColumn)
            continue;
        int index = 0;
        for (const SeriesFigures* s : series) {
            for (int k = 0; k < s->distribution.count(value); ++k, ++index)
                drawMarker(painter, origin + layout.dotCentre(value, index), layout.dotSize(),
                    shapeFor(*s), colorFor(*s));
        }
    }

    // Quartile strip in the marker band: a bar from Q1 to Q3 with the median as a diamond.
    const Summary& summary = figures.total.summary;
    const double quartileHeight = layout.markerBandHeight();
    const double stripY = baseline + quartileHeight / 2;
    if (summary.hasValues) {
        QPen bar(Qt::black, mm(0.9), Qt::SolidLine, Qt::FlatCap);
        painter.setPen(bar);
        const double q1 = xOf(summary.lowerQuartile);
        const double q3 = xOf(summary.upperQuartile);
        painter.drawLine(QPointF(q1, stripY), QPointF(std::max(q3, q1 + mm(0.3)), stripY));
        painter.setPen(QPen(Qt::black, mm(0.4)));
        painter.drawLine(QPointF(q1, stripY - mm(1.5)), QPointF(q1, stripY + mm(1.5)));
        painter.drawLine(QPointF(q3, stripY - mm(1.5)), QPointF(q3, stripY + mm(1.5)));
        drawMarker(painter, QPointF(xOf(summary.median), stripY), std::min(mm(3.4), quartileHeight),
            Shape::Diamond, Qt::white);
    }

    // Point labels: number and the scale's words, wrapped to the column.
    painter.setPen(Qt::black);
    const double labelTop = baseline + quartileHeight;
    for (int value = 0; value <= points; ++value) {
        if (value == 0 && !cannotJudgeColumn)
            continue;
        const QString label = value == 0
            ? figures.cannotJudgeLabel
            : QStringLiteral("%1 %2").arg(value).arg(figures.pointLabels.value(value - 1));
        const double width = value == 0 ? columnWidth * 1.3 : columnWidth;
        const QRectF box(centreOf(value) - width / 2, labelTop, width - mm(0.5), labelHeight);
        painter.drawText(box, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, label);
    }
    painter.restore();
}

} // namespace dp

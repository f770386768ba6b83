#pragma once

#include "stats/plotstyle.h"

#include <QColor>
#include <QRectF>
#include <QString>

class QPainter;

namespace dp {

struct ExportedStatement;
struct SeriesFigures;

/// Draws a statement's answers as sticky dots: one dot per answer, stacked per scale point,
/// "cannot judge" in its own column at the side, median and quartiles marked below the axis.
/// Groups differ by shape and Okabe–Ito colour, so the plot stays readable in black and white;
/// colours and shapes are the projector's (stats/plotstyle.h).
/// Used for the PDF report and the projector images alike; `unit` is device pixels per mm.
class DotPlotPainter
{
public:
    using Shape = plotstyle::Shape;

    explicit DotPlotPainter(double unit);

    void paint(QPainter& painter, const QRectF& area, const ExportedStatement& figures) const;

    /// A figure line such as "n = 16 · median 4 · quartiles 2–5 · consensus 0.62 · ...".
    static QString keyFigures(const SeriesFigures& series, const QString& language);
    /// Colour and shape of a series; groups keep theirs in every plot of a session, on paper
    /// as on the projector.
    static plotstyle::SeriesStyle styleFor(const SeriesFigures& series);
    static QColor colorFor(const SeriesFigures& series);
    static Shape shapeFor(const SeriesFigures& series);
    static void drawMarker(
        QPainter& painter, const QPointF& centre, double diameter, Shape shape, const QColor& fill);

private:
    double mm(double millimetres) const { return millimetres * m_unit; }

    double m_unit;
};

} // namespace dp

#pragma once

#include "stats/plotstyle.h"

#include <QColor>
#include <QPointF>

namespace dp {

class TriangleBatch;

/// Colour and shape of a group's dots on screen, from the style the report shares
/// (stats/plotstyle.h): Okabe–Ito colours paired with distinct shapes.
struct DotStyle
{
    using Shape = plotstyle::Shape;

    QColor fill;
    Shape shape = Shape::Circle;

    /// Style of group `index` (0-based, stable per session); negative: neutral "other".
    static DotStyle forIndex(int index);
    static QColor outlineColor();
    static QColor toColor(plotstyle::Rgb rgb) { return QColor(rgb.red, rgb.green, rgb.blue); }

    /// Adds one dot (dark outline, then fill) of diameter `size` centred on `centre`.
    void draw(TriangleBatch& batch, const QPointF& centre, qreal size, qreal opacity = 1.0) const;
};

} // namespace dp

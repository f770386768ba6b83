#pragma once

#include <QColor>
#include <QPointF>

namespace dp {

class TriangleBatch;

/// Colour and shape of a group's dots: Okabe–Ito colours (readable with colour-blindness)
/// paired with distinct shapes, so the plot also works printed in black and white.
struct DotStyle
{
    enum class Shape { Circle, Square, TriangleUp, Diamond, TriangleDown, Hexagon, Pentagon };

    QColor fill;
    Shape shape = Shape::Circle;

    /// Style of group `index` (0-based, stable per session); negative: neutral "other".
    static DotStyle forIndex(int index);
    static QColor outlineColor() { return QColor(0x1a, 0x1a, 0x1a); }

    /// Adds one dot (dark outline, then fill) of diameter `size` centred on `centre`.
    void draw(TriangleBatch& batch, const QPointF& centre, qreal size, qreal opacity = 1.0) const;
};

} // namespace dp

#include "dotstyle.h"

#include "trianglebatch.h"

#include <QList>

#include <array>
#include <cmath>
#include <numbers>

namespace dp {

namespace {

QList<QPointF> regularPolygon(const QPointF& centre, qreal radius, int corners, qreal startDegrees)
{
    QList<QPointF> rim;
    rim.reserve(corners);
    for (int i = 0; i < corners; ++i) {
        const qreal angle = (startDegrees + 360.0 * i / corners) * std::numbers::pi / 180.0;
        rim.append(centre + QPointF(radius * std::cos(angle), radius * std::sin(angle)));
    }
    return rim;
}

/// Outline of `shape` for radius 1 around the origin; radii are chosen so all shapes look
/// about equally big. Computed once: no trigonometry per dot.
const QList<QPointF>& unitOutline(DotStyle::Shape shape, qreal radius)
{
    static const std::array<QList<QPointF>, 8> outlines = [] {
        std::array<QList<QPointF>, 8> shapes;
        for (int i = 0; i < plotstyle::ShapeCount; ++i) {
            const plotstyle::Outline o = plotstyle::outlineOf(static_cast<DotStyle::Shape>(i));
            shapes.at(static_cast<std::size_t>(i))
                = regularPolygon(QPointF(0, o.shiftY), o.radius, o.corners, o.startDegrees);
        }
        // small circle: 12 corners look round below ~12 px
        shapes.at(7) = regularPolygon(QPointF(0, 0), 1.0, 12, 0);
        return shapes;
    }();
    if (shape == DotStyle::Shape::Circle && radius < 6)
        return outlines.at(7);
    return outlines.at(static_cast<std::size_t>(shape));
}

} // namespace

DotStyle DotStyle::forIndex(int index)
{
    const plotstyle::SeriesStyle style = plotstyle::forGroup(index);
    return { toColor(style.fill), style.shape };
}

QColor DotStyle::outlineColor()
{
    return toColor(plotstyle::outline());
}

void DotStyle::draw(TriangleBatch& batch, const QPointF& centre, qreal size, qreal opacity) const
{
    const qreal radius = size / 2.0;
    const qreal border = qMax(1.0, size * 0.09);
    QColor dark = outlineColor();
    dark.setAlphaF(static_cast<float>(opacity));
    QColor body = fill;
    body.setAlphaF(static_cast<float>(opacity));
    // The fill's scale is measured on the shape's own outline, so thin corners keep a border.
    const QList<QPointF>& rim = unitOutline(shape, radius);
    const int count = static_cast<int>(rim.size());
    batch.addScaledPolygon(rim.constData(), count, centre, radius, dark);
    batch.addScaledPolygon(rim.constData(), count, centre, radius - border, body);
}

} // namespace dp

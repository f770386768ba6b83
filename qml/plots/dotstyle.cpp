#include "dotstyle.h"

#include "trianglebatch.h"

#include <QList>

#include <array>
#include <cmath>
#include <numbers>

namespace dp {

namespace {

// Okabe & Ito (2008) without black, which is kept for axes and markers. The order puts the
// colours that are far apart first, and yellow (weak on white) last.
constexpr std::array<QRgb, 7> Palette { 0xff0072b2, 0xffe69f00, 0xff009e73, 0xffd55e00, 0xff56b4e9,
    0xffcc79a7, 0xfff0e442 };
constexpr std::array<DotStyle::Shape, 7> Shapes { DotStyle::Shape::Circle, DotStyle::Shape::Square,
    DotStyle::Shape::TriangleUp, DotStyle::Shape::Diamond, DotStyle::Shape::TriangleDown,
    DotStyle::Shape::Hexagon, DotStyle::Shape::Pentagon };

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
        const QPointF o(0, 0);
        return std::array<QList<QPointF>, 8> {
            regularPolygon(o, 1.0, 24, 0), // circle
            regularPolygon(o, 1.2, 4, 45), // square
            // A triangle's centroid sits 1/3 below the apex; shift so it looks centred.
            regularPolygon(QPointF(0, 0.2), 1.35, 3, -90), // triangle up
            regularPolygon(o, 1.3, 4, 0), // diamond
            regularPolygon(QPointF(0, -0.2), 1.35, 3, 90), // triangle down
            regularPolygon(o, 1.08, 6, 0), // hexagon
            regularPolygon(o, 1.12, 5, -90), // pentagon
            regularPolygon(o, 1.0, 12, 0), // small circle: 12 corners look round below ~12 px
        };
    }();
    if (shape == DotStyle::Shape::Circle && radius < 6)
        return outlines.at(7);
    return outlines.at(static_cast<std::size_t>(shape));
}

} // namespace

DotStyle DotStyle::forIndex(int index)
{
    if (index < 0)
        return { QColor(0x99, 0x99, 0x99), Shape::Circle };
    const auto colour = static_cast<std::size_t>(index) % Palette.size();
    // After seven groups the shapes shift by one, so colour+shape pairs stay unique for 49.
    const auto shape = (colour + static_cast<std::size_t>(index) / Palette.size()) % Shapes.size();
    return { QColor::fromRgba(Palette.at(colour)), Shapes.at(shape) };
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

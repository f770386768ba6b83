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

/// Outline of `shape` with radius `r`; radii are chosen so all shapes look about equally big.
QList<QPointF> outline(DotStyle::Shape shape, const QPointF& c, qreal r)
{
    switch (shape) {
    case DotStyle::Shape::Circle:
        return regularPolygon(c, r, r < 5 ? 10 : r < 14 ? 18 : 28, 0);
    case DotStyle::Shape::Square:
        return regularPolygon(c, r * 1.2, 4, 45);
    case DotStyle::Shape::TriangleUp:
        // Centroid sits 1/3 below the apex; shift down so the triangle looks centred.
        return regularPolygon(c + QPointF(0, r * 0.2), r * 1.35, 3, -90);
    case DotStyle::Shape::Diamond:
        return regularPolygon(c, r * 1.3, 4, 0);
    case DotStyle::Shape::TriangleDown:
        return regularPolygon(c - QPointF(0, r * 0.2), r * 1.35, 3, 90);
    case DotStyle::Shape::Hexagon:
        return regularPolygon(c, r * 1.08, 6, 0);
    case DotStyle::Shape::Pentagon:
        return regularPolygon(c, r * 1.12, 5, -90);
    }
    return {};
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
    batch.addConvexPolygon(centre, outline(shape, centre, radius), dark);
    batch.addConvexPolygon(centre, outline(shape, centre, radius - border), body);
}

} // namespace dp

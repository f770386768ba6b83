#include "plotstyle.h"

#include <array>

namespace dp::plotstyle {

namespace {

constexpr std::array<Rgb, PaletteSize> Palette { Rgb { 0x00, 0x72, 0xb2 }, Rgb { 0xe6, 0x9f, 0x00 },
    Rgb { 0x00, 0x9e, 0x73 }, Rgb { 0xd5, 0x5e, 0x00 }, Rgb { 0x56, 0xb4, 0xe9 },
    Rgb { 0xcc, 0x79, 0xa7 }, Rgb { 0xf0, 0xe4, 0x42 } };
constexpr std::array<Shape, ShapeCount> Shapes { Shape::Circle, Shape::Square, Shape::TriangleUp,
    Shape::Diamond, Shape::TriangleDown, Shape::Hexagon, Shape::Pentagon };

} // namespace

SeriesStyle forGroup(int index)
{
    if (index < 0)
        return { Rgb { 0x99, 0x99, 0x99 }, Shape::Circle };
    const auto colour = static_cast<std::size_t>(index) % Palette.size();
    const auto shape = (colour + static_cast<std::size_t>(index) / Palette.size()) % Shapes.size();
    return { Palette.at(colour), Shapes.at(shape) };
}

Outline outlineOf(Shape shape)
{
    switch (shape) {
    case Shape::Circle:
        return { 1.0, 24, 0, 0 };
    case Shape::Square:
        return { 1.2, 4, 45, 0 };
    case Shape::TriangleUp: // a triangle's centroid sits 1/3 below the apex
        return { 1.35, 3, -90, 0.2 };
    case Shape::Diamond:
        return { 1.3, 4, 0, 0 };
    case Shape::TriangleDown:
        return { 1.35, 3, 90, -0.2 };
    case Shape::Hexagon:
        return { 1.08, 6, 0, 0 };
    case Shape::Pentagon:
        return { 1.12, 5, -90, 0 };
    }
    return {};
}

Rgb outline()
{
    return { 0x1a, 0x1a, 0x1a };
}

SeriesStyle total()
{
    return forGroup(0);
}

} // namespace dp::plotstyle

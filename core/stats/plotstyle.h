#pragma once

#include <cstdint>

namespace dp {

/// The one look of a dot plot's series, shared by the scene-graph plot on the projector
/// (qml/plots: DotStyle) and the QPainter report (PDF, PNG: DotPlotPainter), so a group has the
/// same colour and shape on the wall and on paper. Plain RGB values: the core links no QtGui.
namespace plotstyle {

/// Dot shapes; every group gets one besides its colour, so plots also work in black and white.
enum class Shape : std::uint8_t {
    Circle,
    Square,
    TriangleUp,
    Diamond,
    TriangleDown,
    Hexagon,
    Pentagon
};

struct Rgb
{
    std::uint8_t red = 0;
    std::uint8_t green = 0;
    std::uint8_t blue = 0;

    bool operator==(const Rgb&) const = default;
};

struct SeriesStyle
{
    Rgb fill;
    Shape shape = Shape::Circle;

    bool operator==(const SeriesStyle&) const = default;
};

inline constexpr int PaletteSize = 7;
inline constexpr int ShapeCount = 7;

/// A shape as a regular polygon around a dot's centre, for a dot of radius 1: radii chosen so
/// all shapes look about equally big, triangles shifted so they look centred.
struct Outline
{
    double radius = 1.0;
    int corners = 24;
    double startDegrees = 0.0;
    double shiftY = 0.0; ///< downwards, in radii
};
Outline outlineOf(Shape shape);

/// Style of group `index` (0-based, its place in the session's groups, stable per session):
/// Okabe & Ito's colour-blind-safe colours without black, far-apart colours first and the
/// weak yellow last; after seven groups the shapes shift by one, so colour and shape pairs
/// stay unique for 49 groups. A negative index: the neutral grey circle of merged small groups
/// and "no group".
SeriesStyle forGroup(int index);
/// The dark outline of every dot, the axes and the markers.
Rgb outline();
/// The dots of "everybody" when a plot shows no groups.
SeriesStyle total();

} // namespace plotstyle

} // namespace dp

#pragma once

#include "reusedimage.h"

#include <QColor>
#include <QList>
#include <QPointF>
#include <QRectF>

class QQuickWindow;
class QSGNode;

namespace dp {

class DotStamp;

/// A dot dropping in: where it is in this frame, its group style and how opaque it is yet.
struct DroppingDot
{
    QPointF centre;
    int style = 0;
    qreal opacity = 1.0;
};

/// A filled axis-aligned rectangle of a plot: the axis, a separator dash, a marker.
struct ColoredRect
{
    QRectF rect;
    QColor color;

    bool operator==(const ColoredRect& other) const = default;
};

/// The nodes of a dot plot on the software renderer, which cannot draw geometry nodes: three
/// images, each changed only when its content changes: the settled dots (the whole plot), the
/// dots dropping in (only the box around them, painted every frame) and the axis and markers.
/// The renderer repaints the pixels of a changed image only, so a frame with a few dots
/// dropping in costs the few boxes around them, not whole plots.
class SoftwarePlotNodes
{
public:
    /// Makes `root` show the images; nullptr for `settled` or `markers` means that what is
    /// shown is still right.
    void update(QQuickWindow* window, QSGNode* root, const QSizeF& size, const QImage* settled,
        const QList<DroppingDot>& dropping, DotStamp& stamp, const QList<ColoredRect>* markers);

private:
    ReusedImage m_markers;
};

} // namespace dp

#pragma once

#include "dotstamp.h"
#include "reusedimage.h"
#include "softwareplotnodes.h"
#include "trianglebatch.h"

#include <QList>
#include <QSizeF>

#include <functional>

class QQuickWindow;
class QSGNode;

namespace dp {

class DotLayout;

/// One sticker of a dot plot: its series, when it arrived (for the drop-in) and whether it is
/// already part of the settled layer.
struct PlotDot
{
    int series = 0;
    qint64 bornMs = -1; ///< -1: placed without animation
    bool baked = false;
};

/// The scene-graph content of a DotPlot, drawn so that a live plot stays cheap: dots that have
/// settled are kept (vertex data, or an image for the software renderer) and new ones are only
/// added to it; just the dots still dropping in and the axis/markers are drawn anew per frame.
/// Anything that moves settled dots (a withdrawn answer, a new layout) calls invalidate().
class DotLayers
{
public:
    /// What one frame needs to know about the plot.
    struct Frame
    {
        const DotLayout* layout = nullptr;
        QList<QList<PlotDot>>* columns = nullptr; ///< baked flags are updated here
        int firstColumn = 0; ///< 1 when "cannot judge" is hidden
        std::function<int(int)> styleOf; ///< style index of a series
        qint64 nowMs = 0;
        int animationMs = 250;
        qreal drop = 0; ///< how far a new dot falls
        QList<ColoredRect> markers; ///< axis, separator, quartiles and median
    };

    void invalidate() { m_valid = false; }
    /// Only the dots of column `value` moved (an answer there was withdrawn).
    void invalidateColumn(int value) { m_dirtyColumns |= 1u << value; }

    /// Makes `root` show the dots and markers of `frame`; returns `root`.
    QSGNode* update(QQuickWindow* window, QSGNode* root, const QSizeF& size, Frame& frame);

    /// Dots drawn into the settled layer since it was last rebuilt from scratch (for tests).
    int bakedSinceRebuild() const { return m_bakedSinceRebuild; }
    /// How often the settled layer was rebuilt from scratch (for tests and the benchmark).
    int rebuilds() const { return m_rebuilds; }
    /// How often the settled dots were handed to the renderer anew (a new image or new vertex
    /// data): once per settled answer, not once per frame of a drop-in.
    int settledUpdates() const { return m_settledUpdates; }
    /// Dots still dropping in, drawn anew in the last frame.
    int droppingDots() const { return m_droppingDots; }

private:
    void rebuild(bool software, const QSize& pixels, qreal dpr, Frame& frame);
    QSGNode* updateGeometry(QSGNode* root, const QList<DroppingDot>& dropping, qreal dotSize,
        const QList<ColoredRect>& markers, bool settledChanged);

    void clearColumns(const DotLayout& layout, QList<QList<PlotDot>>& columns);

    bool m_valid = false;
    bool m_software = false;
    quint32 m_dirtyColumns = 0; ///< bit per column whose settled dots must be drawn again
    QList<TriangleBatch> m_settled; ///< baked dots per column (geometry path)
    /// Per column, how many dots from the bottom are all baked: new dots are put on top and
    /// settle in the order they came, so a frame looks at the dots above these only.
    QList<int> m_bakedPrefix;
    ReusedImage m_settledImage; ///< every baked dot (software path)
    SoftwarePlotNodes m_softwareNodes;
    DotStamp m_stamp; ///< paints them
    int m_bakedSinceRebuild = 0;
    int m_rebuilds = 0;
    int m_droppingDots = 0;
    int m_settledUpdates = 0;
    QList<ColoredRect> m_shownMarkers; ///< software path: what the markers image shows
};

} // namespace dp

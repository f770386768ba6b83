#include "dotlayers.h"

#include "dotstyle.h"
#include "stats/dotlayout.h"

#include <QPainter>
#include <QQuickWindow>
#include <QSGRendererInterface>

#include <optional>

namespace dp {

namespace {
// Children of the root on the geometry path: a group node each, so the settled layer keeps its
// nodes (and its uploaded vertex buffers) while the moving dots and markers change.
enum Group { Settled, Moving, Markers, GroupCount };
} // namespace

QSGNode* DotLayers::update(QQuickWindow* window, QSGNode* root, const QSizeF& size, Frame& frame)
{
    const bool software
        = window && window->rendererInterface()->graphicsApi() == QSGRendererInterface::Software;
    if (software != m_software) {
        m_software = software;
        m_valid = false;
        removeNodesFrom(root, 0);
    }
    QSize pixels;
    qreal dpr = 1.0;
    if (software) {
        dpr = window->effectiveDevicePixelRatio();
        pixels = QSize(qCeil(size.width() * dpr), qCeil(size.height() * dpr));
        const QImage& settled = m_settledImage.image();
        if (settled.size() != pixels || settled.devicePixelRatio() != dpr)
            m_valid = false;
    }
    const DotLayout& layout = *frame.layout;
    if (m_settled.size() != frame.columns->size()) {
        m_settled = QList<TriangleBatch>(frame.columns->size());
        m_bakedPrefix = QList<int>(frame.columns->size(), 0);
        m_valid = false;
    }
    if (!m_valid)
        rebuild(software, pixels, dpr, frame);

    bool settledChanged = !m_valid || m_dirtyColumns != 0;
    if (m_dirtyColumns != 0)
        clearColumns(layout, *frame.columns);

    // New settled dots go into the settled layer once; the rest is drawn for this frame only.
    std::optional<QPainter> settledPainter; // software: stamped onto the settled image
    QList<DroppingDot> dropping;
    m_stamp.prepare(layout.dotSize(), dpr);
    for (int value = frame.firstColumn; value < frame.columns->size(); ++value) {
        QList<PlotDot>& column = (*frame.columns)[value];
        int& prefix = m_bakedPrefix[value];
        prefix = qMin(prefix, static_cast<int>(column.size()));
        for (int i = prefix; i < column.size(); ++i) {
            PlotDot& dot = column[i];
            if (dot.baked)
                continue;
            QPointF centre = layout.dotCentre(value, i);
            const qint64 age = dot.bornMs < 0 ? frame.animationMs : frame.nowMs - dot.bornMs;
            const int styleIndex = frame.styleOf(dot.series);
            const DotStyle style = DotStyle::forIndex(styleIndex);
            if (age >= frame.animationMs) {
                if (!software) {
                    style.draw(m_settled[value], centre, layout.dotSize());
                } else {
                    if (!settledPainter)
                        settledPainter.emplace(&m_settledImage.edit());
                    m_stamp.stamp(*settledPainter, centre, styleIndex);
                }
                dot.baked = true;
                settledChanged = true;
                ++m_bakedSinceRebuild;
                continue;
            }
            const qreal t = qMax<qreal>(0.0, static_cast<qreal>(age) / frame.animationMs);
            const qreal eased = 1.0 - (1.0 - t) * (1.0 - t) * (1.0 - t);
            centre.ry() -= (1.0 - eased) * frame.drop;
            dropping.append({ centre, styleIndex, 0.2 + 0.8 * t });
        }
        while (prefix < column.size() && column.at(prefix).baked)
            ++prefix;
    }
    const bool markersChanged = !m_valid || frame.markers != m_shownMarkers;
    m_settledUpdates += settledChanged ? 1 : 0;
    m_valid = true;
    m_droppingDots = static_cast<int>(dropping.size());
    if (!software)
        return updateGeometry(root, dropping, layout.dotSize(), frame.markers, settledChanged);
    settledPainter.reset();
    if (markersChanged)
        m_shownMarkers = frame.markers;
    m_softwareNodes.update(window, root, size, settledChanged ? &m_settledImage.image() : nullptr,
        dropping, m_stamp, markersChanged ? &m_shownMarkers : nullptr);
    return root;
}

void DotLayers::rebuild(bool software, const QSize& pixels, qreal dpr, Frame& frame)
{
    for (TriangleBatch& batch : m_settled)
        batch.clear();
    m_dirtyColumns = 0;
    if (software)
        m_settledImage.clear(pixels, dpr);
    for (QList<PlotDot>& column : *frame.columns)
        for (PlotDot& dot : column)
            dot.baked = false;
    m_bakedPrefix.fill(0);
    m_bakedSinceRebuild = 0;
    ++m_rebuilds;
}

void DotLayers::clearColumns(const DotLayout& layout, QList<QList<PlotDot>>& columns)
{
    // Columns do not overlap (dots use at most 90 % of a column's width), so one column can be
    // wiped and drawn again while the others stay.
    for (int value = 0; value < columns.size(); ++value) {
        if (!(m_dirtyColumns & (1u << value)))
            continue;
        for (PlotDot& dot : columns[value])
            dot.baked = false;
        m_bakedPrefix[value] = 0;
        m_settled[value].clear();
        if (m_software) {
            QPainter painter(&m_settledImage.edit());
            painter.setCompositionMode(QPainter::CompositionMode_Source);
            const qreal half = layout.columnWidth() / 2;
            painter.fillRect(
                QRectF(layout.columnCentre(value) - half, 0, half * 2, layout.baseline() + 1),
                Qt::transparent);
        }
    }
    m_dirtyColumns = 0;
}

QSGNode* DotLayers::updateGeometry(QSGNode* root, const QList<DroppingDot>& dropping, qreal dotSize,
    const QList<ColoredRect>& markers, bool settledChanged)
{
    while (root->childCount() < GroupCount)
        root->appendChildNode(new QSGNode);
    if (settledChanged) {
        QSGNode* settled = root->childAtIndex(Settled);
        int next = 0;
        for (const TriangleBatch& column : m_settled)
            next = column.writeNodes(settled, next);
        removeNodesFrom(settled, next);
    }
    TriangleBatch moving;
    for (const DroppingDot& dot : dropping)
        DotStyle::forIndex(dot.style).draw(moving, dot.centre, dotSize, dot.opacity);
    TriangleBatch lines;
    for (const ColoredRect& rect : markers)
        lines.addRect(rect.rect, rect.color);
    removeNodesFrom(root->childAtIndex(Moving), moving.writeNodes(root->childAtIndex(Moving), 0));
    removeNodesFrom(root->childAtIndex(Markers), lines.writeNodes(root->childAtIndex(Markers), 0));
    return root;
}

} // namespace dp

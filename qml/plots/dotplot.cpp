#include "dotplot.h"

#include "dotstyle.h"

#include "stats/ordinalstats.h"

#include <QQuickWindow>
#include <QSGNode>

namespace dp {

DotPlot::DotPlot(QQuickItem* parent)
    : QQuickItem(parent)
{
    setFlag(ItemHasContents);
    m_clock.start();
    m_animationTimer.setInterval(16);
    connect(&m_animationTimer, &QTimer::timeout, this, &DotPlot::onAnimationTick);
    m_columns.resize(m_points + 1);
}

void DotPlot::setPoints(int points)
{
    points = qBound(1, points, 20);
    if (m_points == points)
        return;
    m_points = points;
    m_columns.clear(); // dots of another scale do not carry over
    m_columns.resize(m_points + 1);
    m_layers.invalidate();
    const QList<QList<int>> series = m_series;
    m_series.clear();
    applyCounts(series);
    emit pointsChanged();
}

void DotPlot::setCounts(const QVariantList& counts)
{
    QList<QList<int>> series;
    for (const QVariant& entry : counts) {
        QList<int> values;
        for (const QVariant& value : entry.toList())
            values.append(qMax(0, value.toInt()));
        series.append(values);
    }
    m_countsProperty = counts;
    // Views hand every plot its counts again on each refresh; most of them did not change.
    if (series != m_series)
        applyCounts(series);
}

void DotPlot::setDistribution(const QList<QList<int>>& series)
{
    if (series == m_series && !m_countsProperty.isEmpty())
        return;
    m_countsProperty.clear();
    for (const QList<int>& values : series) {
        QVariantList entry;
        for (int value : values)
            entry.append(value);
        m_countsProperty.append(QVariant(entry));
    }
    applyCounts(series);
}

void DotPlot::applyCounts(const QList<QList<int>>& series)
{
    const int before = dotCount();
    const qint64 now = m_animated ? m_clock.elapsed() : -1;
    if (series.size() != m_series.size()) {
        // The series changed meaning (e.g. a group became visible): restack without
        // pretending that every dot is new, unless the plot was empty.
        const bool wasEmpty = before == 0;
        for (QList<PlotDot>& column : m_columns)
            column.clear();
        m_layers.invalidate();
        for (int s = 0; s < series.size(); ++s)
            for (int value = 0; value <= m_points && value < series.at(s).size(); ++value)
                m_columns[value].append(
                    QList<PlotDot>(series.at(s).at(value), PlotDot { s, wasEmpty ? now : -1 }));
        if (wasEmpty)
            m_youngestMs = now;
    } else {
        // Poster logic: a new answer is stuck on top of its column, a withdrawn one is taken
        // off, everything else stays where it is.
        for (int value = 0; value <= m_points; ++value) {
            QList<PlotDot>& column = m_columns[value];
            for (int s = 0; s < series.size(); ++s) {
                const int wanted = value < series.at(s).size() ? series.at(s).at(value) : 0;
                int have = 0;
                for (const PlotDot& dot : column)
                    have += dot.series == s ? 1 : 0;
                for (; have < wanted; ++have) {
                    column.append(PlotDot { s, now });
                    m_youngestMs = now;
                }
                for (qsizetype i = column.size() - 1; i >= 0 && have > wanted; --i) {
                    if (column.at(i).series == s) {
                        column.remove(i);
                        --have;
                        m_layers.invalidateColumn(value); // the dots above move down
                    }
                }
            }
        }
    }
    m_series = series;
    updateSummary();
    relayout();
    if (m_animated && dotCount() > 0 && !m_animationTimer.isActive()) {
        m_animationTimer.start();
        emit animatingChanged();
    }
    emit countsChanged();
    if (dotCount() != before)
        emit dotCountChanged();
    update();
}

void DotPlot::setSeriesStyles(const QVariantList& styles)
{
    if (m_seriesStyles == styles)
        return;
    m_seriesStyles = styles;
    m_layers.invalidate();
    emit seriesStylesChanged();
    update();
}

void DotPlot::setShowCannotJudge(bool show)
{
    if (m_showCannotJudge == show)
        return;
    m_showCannotJudge = show;
    m_layers.invalidate();
    relayout();
    emit showCannotJudgeChanged();
    emit dotCountChanged();
    update();
}

void DotPlot::setShowMarkers(bool show)
{
    if (m_showMarkers == show)
        return;
    m_showMarkers = show;
    emit showMarkersChanged();
    update();
}

void DotPlot::setAnimated(bool animated)
{
    if (m_animated == animated)
        return;
    m_animated = animated;
    emit animatedChanged();
}

void DotPlot::setAxisColor(const QColor& color)
{
    if (m_axisColor == color)
        return;
    m_axisColor = color;
    emit axisColorChanged();
    update();
}

int DotPlot::dotCount() const
{
    int count = 0;
    for (int value = m_showCannotJudge ? 0 : 1; value < m_columns.size(); ++value)
        count += static_cast<int>(m_columns.at(value).size());
    return count;
}

QVariantList DotPlot::columnCenters() const
{
    QVariantList centres;
    for (int value = 0; value <= m_points; ++value)
        centres.append(m_layout.columnCentre(value));
    return centres;
}

int DotPlot::styleOf(int series) const
{
    return series < m_seriesStyles.size() ? m_seriesStyles.at(series).toInt() : series;
}

void DotPlot::updateSummary()
{
    QList<int> total(m_points + 1, 0);
    for (int value = 0; value <= m_points; ++value)
        total[value] = static_cast<int>(m_columns.at(value).size());
    const Summary summary = summarize(Distribution::fromCounts(total));
    m_hasValues = summary.hasValues;
    m_median = summary.median;
    m_lowerQuartile = summary.lowerQuartile;
    m_upperQuartile = summary.upperQuartile;
}

void DotPlot::relayout()
{
    int fullest = 0;
    for (int value = m_showCannotJudge ? 0 : 1; value < m_columns.size(); ++value)
        fullest = qMax(fullest, static_cast<int>(m_columns.at(value).size()));
    DotLayout layout(size(), m_points, m_showCannotJudge, fullest);
    if (layout == m_layout)
        return; // most answers land without moving any other dot
    m_layout = layout;
    m_layers.invalidate();
    emit layoutChanged();
}

void DotPlot::geometryChange(const QRectF& newGeometry, const QRectF& oldGeometry)
{
    QQuickItem::geometryChange(newGeometry, oldGeometry);
    if (newGeometry.size() != oldGeometry.size()) {
        relayout();
        update();
    }
}

void DotPlot::onAnimationTick()
{
    if (m_youngestMs < 0 || m_clock.elapsed() - m_youngestMs > AnimationMs) {
        m_animationTimer.stop();
        emit animatingChanged();
    }
    update();
}

QList<ColoredRect> DotPlot::markerRects() const
{
    const DotLayout& layout = m_layout;
    QList<ColoredRect> markers;
    const auto addRect = [&markers](const QRectF& rect, const QColor& color) {
        markers.append({ rect, color });
    };
    const qreal line = qMax(2.0, height() * 0.005);
    const qreal scaleRight = layout.xForValue(m_points + 0.5);
    addRect(QRectF(0, layout.baseline(), scaleRight, line), m_axisColor);
    if (m_showCannotJudge) {
        const qreal left = layout.columnCentre(0) - layout.columnWidth() / 2;
        addRect(QRectF(left, layout.baseline(), layout.columnWidth(), line), m_axisColor);
        // Dashed separator: "cannot judge" is not a point of the scale.
        QColor grey(0x70, 0x70, 0x70);
        const qreal dash = qMax(4.0, height() * 0.02);
        const qreal x = layout.separatorX() - line / 2;
        for (qreal y = layout.baseline() * 0.04; y < layout.baseline(); y += dash * 2)
            addRect(QRectF(x, y, line, qMin(dash, layout.baseline() - y)), grey);
    }
    if (m_showMarkers && m_hasValues) {
        const qreal band = layout.markerBandHeight();
        const qreal barHeight = band * 0.28;
        const qreal barTop = layout.baseline() + line + band * 0.3;
        qreal left = layout.xForValue(m_lowerQuartile);
        qreal right = layout.xForValue(m_upperQuartile);
        if (right - left < line * 2) {
            left -= line;
            right += line;
        }
        QColor quartile = m_axisColor;
        quartile.setAlphaF(0.45f);
        addRect(QRectF(left, barTop, right - left, barHeight), quartile);
        const qreal medianWidth = qMax(3.0, layout.columnWidth() * 0.05);
        const qreal medianX = layout.xForValue(m_median);
        addRect(QRectF(medianX - medianWidth / 2, layout.baseline() + line, medianWidth,
                    band * 0.85 - line),
            m_axisColor);
    }
    return markers;
}

QSGNode* DotPlot::updatePaintNode(QSGNode* oldNode, UpdatePaintNodeData*)
{
    QSGNode* root = oldNode;
    if (!root) {
        // A new scene (another window, or the old one's nodes were released): nothing of the
        // plot is on it yet.
        root = new QSGNode;
        m_layers.invalidate();
    }
    if (width() <= 0 || height() <= 0) {
        removeNodesFrom(root, 0);
        m_layers.invalidate();
        return root;
    }
    const DotLayout& layout = m_layout;
    DotLayers::Frame frame;
    frame.layout = &layout;
    frame.columns = &m_columns;
    frame.firstColumn = m_showCannotJudge ? 0 : 1;
    frame.styleOf = [this](int series) { return styleOf(series); };
    frame.nowMs = m_clock.elapsed();
    frame.animationMs = AnimationMs;
    frame.drop = qMax(layout.dotSize() * 2.0, height() * 0.08);
    frame.markers = markerRects();
    return m_layers.update(window(), root, size(), frame);
}

} // namespace dp

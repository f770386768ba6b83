#pragma once

#include <QList>
#include <QPointF>
#include <QRectF>

namespace dp {

/// Where the columns, the baseline and each stacked dot of a dot plot go, for a given size:
/// the one layout of the projector's scene-graph plot and the report's painter.
///
/// Scale points 1..points sit side by side; "cannot judge" (column 0) gets its own column to
/// the right, set apart by a gap. All columns share one dot size, chosen as large as the
/// fullest column allows, so dots compare across columns like stickers on a poster.
class DotLayout
{
public:
    DotLayout() = default;
    DotLayout(const QSizeF& size, int points, bool cannotJudgeColumn, int fullestColumn);

    qreal columnWidth() const { return m_columnWidth; }
    /// Centre x of column `value` (1..points), or of the "cannot judge" column for 0.
    qreal columnCentre(int value) const;
    /// x of a (possibly fractional) scale value such as a median of 3.5.
    qreal xForValue(qreal value) const { return (value - 0.5) * m_columnWidth; }
    qreal baseline() const { return m_baseline; }
    qreal markerBandHeight() const { return m_markerBand; }
    /// x where the gap before the "cannot judge" column is centred.
    qreal separatorX() const { return (m_points + GapColumns / 2.0) * m_columnWidth; }
    qreal dotSize() const { return m_dotSize; }
    int dotsPerRow() const { return m_perRow; }
    /// Centre of the `index`-th dot (0-based, bottom row first) in column `value`.
    QPointF dotCentre(int value, int index) const;

    /// Same layout: no dot of a plot moves when it is replaced by an equal one.
    bool operator==(const DotLayout& other) const = default;

    static constexpr qreal GapColumns = 0.6;

private:
    QSizeF m_size;
    int m_points = 0;
    bool m_cannotJudgeColumn = false;
    qreal m_columnWidth = 0;
    qreal m_baseline = 0;
    qreal m_markerBand = 0;
    qreal m_dotSize = 0;
    qreal m_cell = 0;
    int m_perRow = 1;
};

} // namespace dp

#include "dotlayout.h"

#include <cmath>

namespace dp {

DotLayout::DotLayout(const QSizeF& size, int points, bool cannotJudgeColumn, int fullestColumn)
    : m_size(size)
    , m_points(qMax(1, points))
    , m_cannotJudgeColumn(cannotJudgeColumn)
{
    const qreal columns = m_points + (cannotJudgeColumn ? 1.0 + GapColumns : 0.0);
    m_columnWidth = size.width() / columns;
    m_markerBand = qBound(12.0, size.height() * 0.09, 64.0);
    m_baseline = size.height() - m_markerBand;
    const qreal top = m_baseline * 0.04; // a little air so the fullest column does not touch
    const qreal stackHeight = qMax(0.0, m_baseline - top);
    const qreal usableWidth = m_columnWidth * 0.9;

    // Largest cell (dot plus gap) for which the fullest column fits, trying 1, 2, 3 ...
    // dots per row. A few dots must not become huge: cap at a share of column and height.
    const int most = qMax(1, fullestColumn);
    qreal best = 0;
    int bestPerRow = 1;
    for (int perRow = 1; perRow <= most; ++perRow) {
        const int rows = (most + perRow - 1) / perRow;
        const qreal cell = qMin(usableWidth / perRow, stackHeight / rows);
        if (cell > best) {
            best = cell;
            bestPerRow = perRow;
        }
        if (usableWidth / perRow < best)
            break; // more per row only makes cells smaller from here on
    }
    m_cell = qMin(best, qMin(m_columnWidth * 0.3, stackHeight / 6.0));
    // As few dots per row as fit: with few dots one tidy vertical stack reads best.
    const int rowsThatFit = qMax(1, static_cast<int>(stackHeight / qMax(m_cell, 0.001) + 1e-6));
    m_perRow = qBound(1, (most + rowsThatFit - 1) / rowsThatFit, bestPerRow);
    m_dotSize = m_cell * 0.86;
}

qreal DotLayout::columnCentre(int value) const
{
    if (value == 0)
        return (m_points + GapColumns + 0.5) * m_columnWidth;
    return xForValue(value);
}

QPointF DotLayout::dotCentre(int value, int index) const
{
    const int row = index / m_perRow;
    const int slot = index % m_perRow;
    const qreal x = columnCentre(value) + (slot - (m_perRow - 1) / 2.0) * m_cell;
    const qreal y = m_baseline - m_cell * (row + 0.5) - m_cell * 0.1;
    return { x, y };
}

} // namespace dp

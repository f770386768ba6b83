#pragma once

#include <QHash>
#include <QImage>
#include <QPointF>

class QPainter;

namespace dp {

/// Paints dots onto the software renderer's settled image by copying one picture per group
/// style, painted once per dot size: many times faster than filling each dot's outline and
/// body with antialiasing, which matters when a new layout redraws a plot's 500 dots.
class DotStamp
{
public:
    /// Paints a dot of `style` and diameter `dotSize` centred (to the nearest device pixel,
    /// so the picture is copied, not resampled) on `centre`.
    void stamp(QPainter& painter, const QPointF& centre, int style, qreal dotSize, qreal dpr);

private:
    const QImage& picture(int style);

    QHash<int, QImage> m_pictures;
    qreal m_dotSize = -1;
    qreal m_dpr = 0;
    int m_side = 0;
};

} // namespace dp

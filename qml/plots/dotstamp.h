#pragma once

#include <QHash>
#include <QImage>
#include <QPointF>
#include <QRect>

class QPainter;

namespace dp {

/// Paints dots for the software renderer by copying one picture per group style, painted once
/// per dot size: many times faster than filling each dot's outline and body with
/// antialiasing, which matters when a new layout redraws a plot's 500 dots and while dozens
/// of dots drop in at once.
class DotStamp
{
public:
    /// Dots from now on have diameter `dotSize` on a screen with `dpr` device pixels per point.
    void prepare(qreal dotSize, qreal dpr);
    /// The device pixels a dot centred on `centre` covers: its picture sits on whole device
    /// pixels, so it is copied, not resampled (at most half a pixel from `centre`).
    QRect deviceRect(const QPointF& centre) const;
    /// Paints a dot of `style` centred on `centre`, with the painter's opacity.
    void stamp(QPainter& painter, const QPointF& centre, int style);

private:
    const QImage& picture(int style);

    QHash<int, QImage> m_pictures;
    qreal m_dotSize = -1;
    qreal m_dpr = 0;
    int m_side = 0;
};

} // namespace dp

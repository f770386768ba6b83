#include "dotstamp.h"

#include "dotstyle.h"
#include "trianglebatch.h"

#include <QPainter>

#include <cmath>

namespace dp {

void DotStamp::prepare(qreal dotSize, qreal dpr)
{
    if (dotSize == m_dotSize && dpr == m_dpr)
        return;
    m_pictures.clear();
    m_dotSize = dotSize;
    m_dpr = dpr;
    // DotStyle's shapes reach out to 1.35 × the radius; a pixel for antialiasing all round.
    m_side = static_cast<int>(std::ceil(dotSize * 1.4 * dpr)) + 2;
}

QRect DotStamp::deviceRect(const QPointF& centre) const
{
    const auto x = static_cast<int>(std::round(centre.x() * m_dpr - m_side / 2.0));
    const auto y = static_cast<int>(std::round(centre.y() * m_dpr - m_side / 2.0));
    return QRect(x, y, m_side, m_side);
}

void DotStamp::stamp(QPainter& painter, const QPointF& centre, int style)
{
    const QRect rect = deviceRect(centre);
    painter.drawImage(QPointF(rect.x() / m_dpr, rect.y() / m_dpr), picture(style));
}

const QImage& DotStamp::picture(int style)
{
    auto found = m_pictures.constFind(style);
    if (found != m_pictures.constEnd())
        return *found;
    QImage image(m_side, m_side, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(m_dpr);
    image.fill(Qt::transparent);
    TriangleBatch batch(true);
    const qreal middle = m_side / m_dpr / 2.0;
    DotStyle::forIndex(style).draw(batch, QPointF(middle, middle), m_dotSize);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    batch.paint(painter);
    painter.end();
    return *m_pictures.insert(style, image);
}

} // namespace dp

#include "reusedimage.h"

#include <cstring>
#include <utility>

namespace dp {

QImage& ReusedImage::clear(const QSize& pixels, qreal dpr)
{
    if (!m_front.isDetached() || m_front.size() != pixels) {
        prepareBack(pixels, dpr);
        std::swap(m_front, m_back);
    }
    m_front.setDevicePixelRatio(dpr);
    m_front.fill(Qt::transparent);
    if (m_back.size() != pixels) {
        // Made and touched now, with the rest of a new plot, not in the frame of the first dot
        // that settles, where 60 plots taking fresh memory at once cost several milliseconds.
        m_back = QImage(pixels, QImage::Format_ARGB32_Premultiplied);
        m_back.fill(Qt::transparent);
    }
    return m_front;
}

QImage& ReusedImage::edit()
{
    if (m_front.isNull() || m_front.isDetached())
        return m_front; // no texture holds it yet
    prepareBack(m_front.size(), m_front.devicePixelRatio());
    std::memcpy(m_back.bits(), m_front.constBits(), static_cast<size_t>(m_front.sizeInBytes()));
    std::swap(m_front, m_back);
    return m_front;
}

void ReusedImage::prepareBack(const QSize& pixels, qreal dpr)
{
    // The renderer drops the texture of the older picture when it gets a newer one, so the
    // back buffer is normally free again by the time it is needed.
    if (m_back.size() != pixels || !m_back.isDetached())
        m_back = QImage(pixels, QImage::Format_ARGB32_Premultiplied);
    m_back.setDevicePixelRatio(dpr);
}

} // namespace dp

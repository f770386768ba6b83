#pragma once

#include <QImage>

namespace dp {

/// An image that is painted again and again while the renderer still shows its last state.
///
/// A QImage handed to the software renderer is shared with the texture made from it, so
/// painting on it afterwards copies it into fresh memory first: one allocation of a whole
/// plot per new dot. This keeps two buffers that take turns instead: the one being painted
/// on is never the one a texture holds, and new memory is only taken when the size changes.
class ReusedImage
{
public:
    /// Makes the image `pixels` large at `dpr` and transparent; returns it for painting.
    QImage& clear(const QSize& pixels, qreal dpr);
    /// The image for painting, holding what was painted so far.
    QImage& edit();
    /// What was painted so far; hand this to the renderer.
    const QImage& image() const { return m_front; }

private:
    /// Makes the back buffer `pixels` large at `dpr`, not shared with any texture.
    void prepareBack(const QSize& pixels, qreal dpr);

    QImage m_front;
    QImage m_back;
};

} // namespace dp

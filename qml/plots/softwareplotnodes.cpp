#include "softwareplotnodes.h"

#include "dotstamp.h"
#include "trianglebatch.h"

#include <QImage>
#include <QPainter>
#include <QQuickWindow>
#include <QSGImageNode>
#include <QSGNode>

#include <cmath>

namespace dp {

namespace {

enum Child { Settled, Dropping, Markers, ChildCount };

QImage transparentImage(const QSize& pixels, qreal dpr)
{
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(Qt::transparent);
    return image;
}

/// The dots dropping in, painted into an image of just the box around them.
QImage droppingImage(const QList<DroppingDot>& dots, DotStamp& stamp, const QRect& box, qreal dpr)
{
    QImage image = transparentImage(box.size(), dpr);
    QPainter painter(&image);
    painter.translate(-box.left() / dpr, -box.top() / dpr);
    for (const DroppingDot& dot : dots) {
        painter.setOpacity(dot.opacity);
        stamp.stamp(painter, dot.centre, dot.style);
    }
    return image;
}

void show(QQuickWindow* window, QSGNode* node, const QImage& image, const QRectF& rect)
{
    auto* imageNode = static_cast<QSGImageNode*>(node);
    imageNode->setTexture(window->createTextureFromImage(image));
    if (imageNode->rect() != rect)
        imageNode->setRect(rect);
}

} // namespace

void SoftwarePlotNodes::update(QQuickWindow* window, QSGNode* root, const QSizeF& size,
    const QImage* settled, const QList<DroppingDot>& dropping, DotStamp& stamp,
    const QList<ColoredRect>* markers)
{
    const qreal dpr = window->effectiveDevicePixelRatio();
    const QRectF whole(QPointF(0, 0), size);
    if (root->childCount() != ChildCount) {
        removeNodesFrom(root, 0);
        for (int child = 0; child < ChildCount; ++child) {
            // Complete before it joins the scene: the renderer reads a node when it is added.
            QSGImageNode* image = window->createImageNode();
            image->setOwnsTexture(true);
            image->setTexture(window->createTextureFromImage(transparentImage(QSize(1, 1), dpr)));
            image->setRect(QRectF());
            root->appendChildNode(image);
        }
    }
    if (settled)
        show(window, root->childAtIndex(Settled), *settled, whole);

    QRect box;
    for (const DroppingDot& dot : dropping)
        box |= stamp.deviceRect(dot.centre);
    auto* droppingNode = static_cast<QSGImageNode*>(root->childAtIndex(Dropping));
    if (!box.isEmpty()) {
        show(window, droppingNode, droppingImage(dropping, stamp, box, dpr),
            QRectF(box.left() / dpr, box.top() / dpr, box.width() / dpr, box.height() / dpr));
    } else if (!droppingNode->rect().isEmpty()) {
        droppingNode->setRect(QRectF());
    }

    if (markers) {
        TriangleBatch rects(true);
        for (const ColoredRect& rect : *markers)
            rects.addRect(rect.rect, rect.color);
        const QSize pixels(qCeil(size.width() * dpr), qCeil(size.height() * dpr));
        QPainter painter(&m_markers.clear(pixels, dpr));
        painter.setRenderHint(QPainter::Antialiasing);
        rects.paint(painter);
        painter.end();
        show(window, root->childAtIndex(Markers), m_markers.image(), whole);
    }
}

} // namespace dp

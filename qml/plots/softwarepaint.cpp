#include "softwarepaint.h"

#include "trianglebatch.h"

#include <QImage>
#include <QPainter>
#include <QQuickWindow>
#include <QSGImageNode>
#include <QSGTexture>

#include <cmath>

namespace dp {

QSGNode* paintedNode(QQuickWindow* window, QSGNode* root, const QSizeF& size,
    const QList<const TriangleBatch*>& batches)
{
    auto* node
        = root->childCount() == 1 ? dynamic_cast<QSGImageNode*>(root->firstChild()) : nullptr;
    if (!node) {
        removeNodesFrom(root, 0);
        node = window->createImageNode();
        node->setOwnsTexture(true);
        root->appendChildNode(node);
    }
    const qreal dpr = window->effectiveDevicePixelRatio();
    QImage image(
        qCeil(size.width() * dpr), qCeil(size.height() * dpr), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        for (const TriangleBatch* batch : batches)
            batch->paint(painter);
    }
    node->setTexture(window->createTextureFromImage(image));
    node->setRect(QRectF(QPointF(0, 0), size));
    node->markDirty(QSGNode::DirtyMaterial);
    return root;
}

} // namespace dp

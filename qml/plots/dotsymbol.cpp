#include "dotsymbol.h"

#include "dotstyle.h"
#include "softwarepaint.h"
#include "trianglebatch.h"

#include <QQuickWindow>
#include <QSGNode>
#include <QSGRendererInterface>

namespace dp {

DotSymbol::DotSymbol(QQuickItem* parent)
    : QQuickItem(parent)
{
    setFlag(ItemHasContents);
    setImplicitWidth(24);
    setImplicitHeight(24);
}

void DotSymbol::setStyleIndex(int index)
{
    if (m_styleIndex == index)
        return;
    m_styleIndex = index;
    emit styleIndexChanged();
    update();
}

void DotSymbol::geometryChange(const QRectF& newGeometry, const QRectF& oldGeometry)
{
    QQuickItem::geometryChange(newGeometry, oldGeometry);
    update();
}

QSGNode* DotSymbol::updatePaintNode(QSGNode* oldNode, UpdatePaintNodeData*)
{
    QSGNode* root = oldNode ? oldNode : new QSGNode;
    const bool software = window()
        && window()->rendererInterface()->graphicsApi() == QSGRendererInterface::Software;
    TriangleBatch batch(software);
    const qreal diameter = qMin(width(), height()) * 0.8;
    if (diameter > 0)
        DotStyle::forIndex(m_styleIndex).draw(batch, boundingRect().center(), diameter);
    if (software)
        return paintedNode(window(), root, size(), { &batch });
    removeNodesFrom(root, batch.writeNodes(root, 0));
    return root;
}

} // namespace dp

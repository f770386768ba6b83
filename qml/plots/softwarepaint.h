#pragma once

#include <QList>
#include <QSizeF>

class QQuickWindow;
class QSGNode;

namespace dp {

class TriangleBatch;

/// For the software scene graph (no GPU, e.g. offscreen or old devices), which ignores
/// geometry nodes: paints the batches into an image and shows it as the only child of `root`.
QSGNode* paintedNode(QQuickWindow* window, QSGNode* root, const QSizeF& size,
    const QList<const TriangleBatch*>& batches);

} // namespace dp

#include "trianglebatch.h"

#include <QPainter>
#include <QSGGeometryNode>
#include <QSGVertexColorMaterial>

#include <cstring>

namespace dp {

namespace {
// Stay below 2^16 so 16-bit indices work on every GPU (GLES 2 has no 32-bit indices).
constexpr int MaxVerticesPerChunk = 60000;
} // namespace

int TriangleBatch::vertexCount() const
{
    int count = 0;
    for (const Chunk& chunk : m_chunks)
        count += static_cast<int>(chunk.vertices.size());
    return count;
}

TriangleBatch::Chunk& TriangleBatch::chunkFor(int vertices)
{
    if (m_chunks.isEmpty() || m_chunks.last().vertices.size() + vertices > MaxVerticesPerChunk)
        m_chunks.append(Chunk());
    return m_chunks.last();
}

void TriangleBatch::setVertex(
    QSGGeometry::ColoredPoint2D& vertex, const QPointF& point, const QColor& color)
{
    // QSGVertexColorMaterial expects premultiplied alpha.
    const float alpha = color.alphaF();
    vertex.set(static_cast<float>(point.x()), static_cast<float>(point.y()),
        static_cast<uchar>(color.red() * alpha), static_cast<uchar>(color.green() * alpha),
        static_cast<uchar>(color.blue() * alpha), static_cast<uchar>(color.alpha()));
}

void TriangleBatch::addConvexPolygon(
    const QPointF& centre, const QList<QPointF>& rim, const QColor& color)
{
    if (rim.size() < 3 || color.alpha() == 0)
        return;
    if (m_keepPolygons)
        m_polygons.append({ QPolygonF(rim), color });
    const int rimCount = static_cast<int>(rim.size());
    Chunk& chunk = chunkFor(rimCount + 1);
    const auto base = static_cast<quint16>(chunk.vertices.size());
    chunk.vertices.resize(chunk.vertices.size() + rimCount + 1);
    QSGGeometry::ColoredPoint2D* vertex = chunk.vertices.data() + base;
    setVertex(vertex[0], centre, color);
    for (int i = 0; i < rimCount; ++i)
        setVertex(vertex[i + 1], rim.at(i), color);
    for (int i = 0; i < rimCount; ++i) {
        chunk.indices.append(base);
        chunk.indices.append(static_cast<quint16>(base + 1 + i));
        chunk.indices.append(static_cast<quint16>(base + 1 + (i + 1) % rimCount));
    }
}

void TriangleBatch::addScaledPolygon(
    const QPointF* unitRim, int count, const QPointF& centre, qreal scale, const QColor& color)
{
    if (count < 3 || color.alpha() == 0)
        return;
    if (m_keepPolygons) {
        QPolygonF polygon(count);
        for (int i = 0; i < count; ++i)
            polygon[i] = centre + unitRim[i] * scale;
        m_polygons.append({ polygon, color });
    }
    Chunk& chunk = chunkFor(count + 1);
    const auto base = static_cast<quint16>(chunk.vertices.size());
    chunk.vertices.resize(chunk.vertices.size() + count + 1);
    QSGGeometry::ColoredPoint2D* vertex = chunk.vertices.data() + base;
    // Premultiply once per polygon, not per vertex.
    const float alpha = color.alphaF();
    const auto r = static_cast<uchar>(color.red() * alpha);
    const auto g = static_cast<uchar>(color.green() * alpha);
    const auto b = static_cast<uchar>(color.blue() * alpha);
    const auto a = static_cast<uchar>(color.alpha());
    const auto cx = static_cast<float>(centre.x());
    const auto cy = static_cast<float>(centre.y());
    const auto s = static_cast<float>(scale);
    vertex[0].set(cx, cy, r, g, b, a);
    for (int i = 0; i < count; ++i)
        vertex[i + 1].set(cx + static_cast<float>(unitRim[i].x()) * s,
            cy + static_cast<float>(unitRim[i].y()) * s, r, g, b, a);
    const qsizetype firstIndex = chunk.indices.size();
    chunk.indices.resize(firstIndex + 3 * count);
    quint16* index = chunk.indices.data() + firstIndex;
    for (int i = 0; i < count; ++i) {
        *index++ = base;
        *index++ = static_cast<quint16>(base + 1 + i);
        *index++ = static_cast<quint16>(base + 1 + (i + 1) % count);
    }
}

void TriangleBatch::addRect(const QRectF& rect, const QColor& color)
{
    addConvexPolygon(rect.center(),
        { rect.topLeft(), rect.topRight(), rect.bottomRight(), rect.bottomLeft() }, color);
}

int TriangleBatch::writeNodes(QSGNode* parent, int first) const
{
    int index = first;
    for (const Chunk& chunk : m_chunks) {
        auto* node = static_cast<QSGGeometryNode*>(
            index < parent->childCount() ? parent->childAtIndex(index) : nullptr);
        if (!node) {
            node = new QSGGeometryNode;
            auto* geometry = new QSGGeometry(QSGGeometry::defaultAttributes_ColoredPoint2D(), 0, 0,
                QSGGeometry::UnsignedShortType);
            geometry->setDrawingMode(QSGGeometry::DrawTriangles);
            node->setGeometry(geometry);
            node->setFlag(QSGNode::OwnsGeometry);
            node->setMaterial(new QSGVertexColorMaterial);
            node->setFlag(QSGNode::OwnsMaterial);
            parent->appendChildNode(node);
        }
        QSGGeometry* geometry = node->geometry();
        geometry->allocate(
            static_cast<int>(chunk.vertices.size()), static_cast<int>(chunk.indices.size()));
        std::memcpy(geometry->vertexDataAsColoredPoint2D(), chunk.vertices.constData(),
            chunk.vertices.size() * sizeof(QSGGeometry::ColoredPoint2D));
        std::memcpy(geometry->indexDataAsUShort(), chunk.indices.constData(),
            chunk.indices.size() * sizeof(quint16));
        node->markDirty(QSGNode::DirtyGeometry);
        ++index;
    }
    return index;
}

void TriangleBatch::paint(QPainter& painter) const
{
    painter.setPen(Qt::NoPen);
    for (const auto& [polygon, color] : m_polygons) {
        painter.setBrush(color);
        painter.drawConvexPolygon(polygon);
    }
}

void removeNodesFrom(QSGNode* parent, int from)
{
    while (parent->childCount() > from) {
        QSGNode* node = parent->lastChild();
        parent->removeChildNode(node);
        delete node;
    }
}

} // namespace dp

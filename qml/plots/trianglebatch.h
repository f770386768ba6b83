#pragma once

#include <QColor>
#include <QList>
#include <QPointF>
#include <QPolygonF>
#include <QSGGeometry>

class QPainter;
class QSGNode;

namespace dp {

/// Coloured triangles collected on the GUI thread's sync step and written into as few
/// scene-graph geometry nodes as 16-bit indices allow (vertex colours, one material).
class TriangleBatch
{
public:
    /// With `keepPolygons` the polygons are also kept for paint() (software renderer).
    explicit TriangleBatch(bool keepPolygons = false)
        : m_keepPolygons(keepPolygons)
    {
    }

    /// Starts a convex polygon fan around `centre`; returns false if nothing was added.
    void addConvexPolygon(const QPointF& centre, const QList<QPointF>& rim, const QColor& color);
    /// Adds the convex polygon `unitRim` (around the origin) scaled by `scale` and moved to
    /// `centre`, without allocating: the hot path of drawing hundreds of dots.
    void addScaledPolygon(
        const QPointF* unitRim, int count, const QPointF& centre, qreal scale, const QColor& color);
    void addRect(const QRectF& rect, const QColor& color);
    bool isEmpty() const { return m_chunks.isEmpty(); }
    int vertexCount() const;
    void clear()
    {
        m_chunks.clear();
        m_polygons.clear();
    }
    /// Paints the kept polygons in order, for the software scene graph, which cannot draw
    /// geometry nodes.
    void paint(QPainter& painter) const;

    /// Makes `parent` hold exactly one QSGGeometryNode per chunk, starting at child `first`,
    /// reusing existing nodes. Returns the index after the last node used.
    int writeNodes(QSGNode* parent, int first) const;

private:
    struct Chunk
    {
        QList<QSGGeometry::ColoredPoint2D> vertices;
        QList<quint16> indices;
    };
    Chunk& chunkFor(int vertices);
    static void setVertex(
        QSGGeometry::ColoredPoint2D& vertex, const QPointF& point, const QColor& color);

    QList<Chunk> m_chunks;
    bool m_keepPolygons = false;
    QList<QPair<QPolygonF, QColor>> m_polygons;
};

/// Removes the children of `parent` from index `from` on (nodes owned by the parent).
void removeNodesFrom(QSGNode* parent, int from);

} // namespace dp

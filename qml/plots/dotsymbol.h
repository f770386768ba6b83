#pragma once

#include <QQuickItem>

namespace dp {

/// One dot in a group's colour and shape, for legends next to a DotPlot.
class DotSymbol : public QQuickItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int styleIndex READ styleIndex WRITE setStyleIndex NOTIFY styleIndexChanged)

public:
    explicit DotSymbol(QQuickItem* parent = nullptr);

    int styleIndex() const { return m_styleIndex; }
    void setStyleIndex(int index);

signals:
    void styleIndexChanged();

protected:
    QSGNode* updatePaintNode(QSGNode* oldNode, UpdatePaintNodeData* data) override;
    void geometryChange(const QRectF& newGeometry, const QRectF& oldGeometry) override;

private:
    int m_styleIndex = 0;
};

} // namespace dp

#include "qrcodeitem.h"

#include <QPainter>

namespace dp {

QrCodeItem::QrCodeItem(QQuickItem* parent)
    : QQuickPaintedItem(parent)
{
    setAntialiasing(false);
    setOpaquePainting(false);
}

void QrCodeItem::setText(const QString& text)
{
    if (m_text == text)
        return;
    m_text = text;
    m_error.clear();
    m_code = text.isEmpty() ? QrCode()
                            : QrCode::encode(text, QrCode::ErrorCorrection::Medium, &m_error);
    emit textChanged();
    emit modulePixelsChanged();
    update();
}

int QrCodeItem::modulePixels() const
{
    if (m_code.isNull())
        return 0;
    const int side = int(std::min(width(), height()));
    return side / (m_code.size() + 2 * QuietZone);
}

void QrCodeItem::geometryChange(const QRectF& newGeometry, const QRectF& oldGeometry)
{
    QQuickPaintedItem::geometryChange(newGeometry, oldGeometry);
    emit modulePixelsChanged();
    update();
}

void QrCodeItem::paint(QPainter* painter)
{
    const int unit = modulePixels();
    if (unit == 0)
        return;
    const int side = unit * (m_code.size() + 2 * QuietZone);
    const int left = int(width() - side) / 2;
    const int top = int(height() - side) / 2;
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->fillRect(left, top, side, side, Qt::white);
    const int origin = QuietZone * unit;
    for (int y = 0; y < m_code.size(); ++y) {
        for (int x = 0; x < m_code.size(); ++x) {
            if (m_code.isDark(x, y))
                painter->fillRect(
                    left + origin + x * unit, top + origin + y * unit, unit, unit, Qt::black);
        }
    }
}

} // namespace dp

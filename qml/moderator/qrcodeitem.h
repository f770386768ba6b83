#pragma once

#include "moderation/qrcode.h"

#include <QQuickPaintedItem>
#include <QtQml/qqmlregistration.h>

namespace dp {

/// Draws the QR code of `text` black on white, every module a whole number of pixels and the
/// quiet zone of four modules around it, centred in the item: sharp at any size, so a camera
/// at the back of the room can read it off a projector.
class QrCodeItem : public QQuickPaintedItem
{
    Q_OBJECT
    QML_NAMED_ELEMENT(QrCode)
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY textChanged)
    /// Modules a side without the quiet zone; 0 when nothing could be encoded.
    Q_PROPERTY(int modules READ modules NOTIFY textChanged)
    /// Pixels a module is drawn with (0 when the item is too small to draw it at all).
    Q_PROPERTY(int modulePixels READ modulePixels NOTIFY modulePixelsChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY textChanged)

public:
    static constexpr int QuietZone = 4;

    explicit QrCodeItem(QQuickItem* parent = nullptr);

    QString text() const { return m_text; }
    void setText(const QString& text);
    int modules() const { return m_code.size(); }
    int modulePixels() const;
    QString errorString() const { return m_error; }

    void paint(QPainter* painter) override;

signals:
    void textChanged();
    void modulePixelsChanged();

protected:
    void geometryChange(const QRectF& newGeometry, const QRectF& oldGeometry) override;

private:
    QString m_text;
    QrCode m_code;
    QString m_error;
};

} // namespace dp

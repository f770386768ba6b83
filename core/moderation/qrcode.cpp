#include "qrcode.h"

#include <QCoreApplication>

#include <qrencode.h>

#include <cerrno>
#include <memory>

namespace dp {

namespace {

QRecLevel recLevel(QrCode::ErrorCorrection level)
{
    switch (level) {
    case QrCode::ErrorCorrection::Low:
        return QR_ECLEVEL_L;
    case QrCode::ErrorCorrection::Medium:
        return QR_ECLEVEL_M;
    case QrCode::ErrorCorrection::Quartile:
        return QR_ECLEVEL_Q;
    case QrCode::ErrorCorrection::High:
        return QR_ECLEVEL_H;
    }
    return QR_ECLEVEL_M;
}

QString tr(const char* text)
{
    return QCoreApplication::translate("QrCode", text);
}

} // namespace

QrCode QrCode::encode(const QString& text, ErrorCorrection level, QString* error)
{
    const QByteArray bytes = text.toUtf8();
    if (bytes.isEmpty()) {
        if (error)
            *error = tr("There is nothing to put into a QR code.");
        return {};
    }
    // Byte mode: libqrencode may not hold NUL bytes and reads up to the length given.
    errno = 0;
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeData(int(bytes.size()), reinterpret_cast<const unsigned char*>(bytes.data()),
            0, recLevel(level)),
        &QRcode_free);
    if (!code) {
        if (error) {
            *error = errno == ERANGE
                ? tr("The text is too long for a QR code (%1 bytes).").arg(bytes.size())
                : tr("The QR code could not be made.");
        }
        return {};
    }
    QrCode result;
    result.m_size = code->width;
    result.m_version = code->version;
    result.m_modules.resize(qsizetype(code->width) * code->width);
    for (int i = 0; i < result.m_modules.size(); ++i)
        result.m_modules[i] = char(code->data[i] & 1); // bit 0: dark; the others are internal
    return result;
}

bool QrCode::isDark(int x, int y) const
{
    if (x < 0 || y < 0 || x >= m_size || y >= m_size)
        return false;
    return m_modules.at(qsizetype(y) * m_size + x) != 0;
}

} // namespace dp

#pragma once

#include <QByteArray>
#include <QString>

namespace dp {

/// A QR code (ISO/IEC 18004) of a text, made by libqrencode: a square of modules, dark or light,
/// without the quiet zone around it (drawing adds that). Knows nothing of pixels or QtGui, so
/// the room's screen and any other drawing read the same matrix.
class QrCode
{
public:
    enum class ErrorCorrection { Low, Medium, Quartile, High };

    /// The smallest code that holds `text` (UTF-8, byte mode) at `level`. A null code with
    /// `error` set when the text is empty or too long for any QR code.
    static QrCode encode(
        const QString& text, ErrorCorrection level = ErrorCorrection::Medium, QString* error = {});

    bool isNull() const { return m_size == 0; }
    /// Modules per side: 21 for version 1, 4 more per version, 177 for version 40.
    int size() const { return m_size; }
    int version() const { return m_version; }
    bool isDark(int x, int y) const;
    /// size() × size() bytes row by row, 1 for a dark module and 0 for a light one.
    QByteArray modules() const { return m_modules; }

private:
    int m_size = 0;
    int m_version = 0;
    QByteArray m_modules;
};

} // namespace dp

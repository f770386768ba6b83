#pragma once

#include <QFont>
#include <QRectF>
#include <QString>

class QPainter;
class QPdfWriter;

namespace dp {

/// A top-to-bottom cursor over the pages of a PDF: text flows and page breaks with a footer.
class PdfPage
{
public:
    PdfPage(QPdfWriter& writer, QPainter& painter, const QString& footer, const QString& pageLabel);

    double unit() const { return m_unit; } ///< device pixels per millimetre
    double mm(double millimetres) const { return millimetres * m_unit; }
    const QRectF& content() const { return m_content; }
    double y() const { return m_y; }
    void advance(double height) { m_y += height; }
    double remaining() const { return m_content.bottom() - m_y; }

    /// Starts a new page unless `height` still fits on this one (or the page is empty); true
    /// when it did.
    bool ensure(double height);
    void newPage();
    void finish();

    QFont font(double points, bool bold = false) const;
    double textHeight(const QString& text, const QFont& font, double width) const;
    /// Draws wrapped text at the cursor over the full width (minus `indent`) and advances.
    void text(const QString& text, const QFont& font, double indent = 0.0);

private:
    void drawFooter();

    QPdfWriter& m_writer;
    QPainter& m_painter;
    QString m_footer;
    QString m_pageLabel;
    double m_unit = 1.0;
    QRectF m_content;
    double m_y = 0.0;
    int m_page = 1;
};

} // namespace dp

#include "pdfpage.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>

namespace dp {

PdfPage::PdfPage(
    QPdfWriter& writer, QPainter& painter, const QString& footer, const QString& pageLabel)
    : m_writer(writer)
    , m_painter(painter)
    , m_footer(footer)
    , m_pageLabel(pageLabel)
    , m_unit(writer.resolution() / 25.4)
{
    // Margins are ours, not the writer's, so the footer can sit below the content.
    m_content = QRectF(mm(18), mm(16), writer.width() - mm(36), writer.height() - mm(16 + 22));
    m_y = m_content.top();
}

bool PdfPage::ensure(double height)
{
    if (m_y <= m_content.top() || m_y + height <= m_content.bottom())
        return false;
    newPage();
    return true;
}

void PdfPage::newPage()
{
    drawFooter();
    m_writer.newPage();
    ++m_page;
    m_y = m_content.top();
}

void PdfPage::finish()
{
    drawFooter();
}

QFont PdfPage::font(double points, bool bold) const
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(qMax(1, qRound(mm(points * 25.4 / 72.0))));
    font.setBold(bold);
    return font;
}

double PdfPage::textHeight(const QString& text, const QFont& font, double width) const
{
    const QFontMetricsF metrics(font, &m_writer);
    return metrics.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, text).height();
}

void PdfPage::text(const QString& text, const QFont& font, double indent)
{
    const double width = m_content.width() - indent;
    const double height = textHeight(text, font, width);
    ensure(height);
    m_painter.setFont(font);
    m_painter.setPen(Qt::black);
    m_painter.drawText(QRectF(m_content.left() + indent, m_y, width, height),
        Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, text);
    m_y += height;
}

void PdfPage::drawFooter()
{
    m_painter.save();
    m_painter.setFont(font(8));
    m_painter.setPen(Qt::black);
    const QRectF footer(m_content.left(), m_content.bottom() + mm(8), m_content.width(), mm(6));
    m_painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, m_footer);
    m_painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter, m_pageLabel.arg(m_page));
    m_painter.restore();
}

} // namespace dp

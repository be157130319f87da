#include "app/print/PrintGeometry.h"

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QTextLayout>

namespace {
// The paper form's geometry in millimetres (A4 portrait).
constexpr qreal MarginSide = 15;
constexpr qreal MarginTop = 10;
constexpr qreal MarginBottom = 9;
constexpr qreal HeaderHeight = 25;
constexpr qreal FooterHeight = 22;
constexpr qreal BannerHeight = 9;
constexpr qreal Gap = 3; // between header/footer and content
} // namespace

PrintGeometry::PrintGeometry(QPaintDevice *device) : m_device(device)
{
    m_unitsPerMm = device->logicalDpiY() / 25.4;
}

QRectF PrintGeometry::pageRect() const
{
    return QRectF(0, 0, m_device->width(), m_device->height());
}

QRectF PrintGeometry::headerRect() const
{
    const QRectF page = pageRect();
    return QRectF(mm(MarginSide), mm(MarginTop), page.width() - 2 * mm(MarginSide),
                  mm(HeaderHeight));
}

QRectF PrintGeometry::footerRect() const
{
    const QRectF page = pageRect();
    return QRectF(mm(MarginSide), page.height() - mm(MarginBottom) - mm(FooterHeight),
                  page.width() - 2 * mm(MarginSide), mm(FooterHeight));
}

QRectF PrintGeometry::contentRect(const PrintForm &form) const
{
    const QRectF header = headerRect();
    qreal top = header.bottom() + mm(Gap);
    if (!form.superseded.isEmpty())
        top += mm(BannerHeight) + mm(Gap);
    const qreal bottom = footerRect().top() - mm(Gap);
    return QRectF(header.left(), top, header.width(), bottom - top);
}

qreal PrintGeometry::lineHeight(PrintFonts::Role role) const
{
    return QFontMetricsF(PrintFonts::font(role), m_device).lineSpacing();
}

QStringList PrintGeometry::wrap(const QString &text, PrintFonts::Role role, qreal width) const
{
    QStringList lines;
    const QFont font = PrintFonts::font(role);
    QString normalized = text;
    normalized.replace(QLatin1Char('\t'), QLatin1String("    "));
    normalized.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    for (const QString &paragraph : normalized.split(QLatin1Char('\n'))) {
        if (paragraph.trimmed().isEmpty()) {
            lines << QString();
            continue;
        }
        // QTextLayout knows where Chinese may break (between any two ideographs, never before
        // closing punctuation) and where Latin words end.
        QTextLayout layout(paragraph, font, m_device);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        layout.beginLayout();
        for (QTextLine l = layout.createLine(); l.isValid(); l = layout.createLine()) {
            l.setLineWidth(width);
            QString piece = paragraph.mid(l.textStart(), l.textLength());
            while (piece.endsWith(QLatin1Char(' ')))
                piece.chop(1);
            lines << piece;
        }
        layout.endLayout();
    }
    while (lines.size() > 1 && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

qreal PrintGeometry::textWidth(const QString &text, PrintFonts::Role role) const
{
    return QFontMetricsF(PrintFonts::font(role), m_device).horizontalAdvance(text);
}

QString PrintGeometry::elided(const QString &text, PrintFonts::Role role, qreal width) const
{
    return QFontMetricsF(PrintFonts::font(role), m_device).elidedText(text, Qt::ElideRight, width);
}

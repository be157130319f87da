#include "ui/widgets/SvgIconEngine.h"

#include <QCryptographicHash>
#include <QGuiApplication>
#include <QPainter>
#include <QPalette>
#include <QPixmapCache>
#include <QSvgRenderer>

SvgIconEngine::SvgIconEngine(const QByteArray &svg) : m_svg(svg) {}

QByteArray SvgIconEngine::coloured(QIcon::Mode mode) const
{
    const QPalette palette = QGuiApplication::palette();
    QColor colour;
    switch (mode) {
    case QIcon::Selected:
        colour = palette.color(QPalette::Active, QPalette::HighlightedText);
        break;
    case QIcon::Disabled:
        colour = palette.color(QPalette::Disabled, QPalette::WindowText);
        break;
    case QIcon::Normal:
    case QIcon::Active:
        colour = palette.color(QPalette::Active, QPalette::WindowText);
        // A little softer than text, so icons do not outweigh the words next to them.
        colour.setAlphaF(0.78f);
        break;
    }
    QByteArray svg = m_svg;
    svg.replace("currentColor", colour.name(QColor::HexRgb).toLatin1());
    if (colour.alphaF() < 1.0f)
        svg.replace("<svg ",
                    "<svg opacity=\"" + QByteArray::number(colour.alphaF(), 'f', 2) + "\" ");
    return svg;
}

void SvgIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode,
                          QIcon::State state)
{
    Q_UNUSED(state);
    QSvgRenderer renderer(coloured(mode));
    renderer.render(painter, rect);
}

QPixmap SvgIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    return scaledPixmap(size, mode, state, 1.0);
}

QPixmap SvgIconEngine::scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state,
                                    qreal scale)
{
    const QSize device = size * scale;
    const QByteArray svg = coloured(mode);
    const QString cacheKey =
        QStringLiteral("fdicon:%1:%2x%3")
            .arg(QString::fromLatin1(
                QCryptographicHash::hash(svg, QCryptographicHash::Sha1).toHex()))
            .arg(device.width())
            .arg(device.height());
    QPixmap pm;
    if (!QPixmapCache::find(cacheKey, &pm)) {
        pm = QPixmap(device);
        pm.fill(Qt::transparent);
        QPainter painter(&pm);
        QSvgRenderer(svg).render(&painter, QRectF(QPointF(0, 0), QSizeF(device)));
        painter.end();
        QPixmapCache::insert(cacheKey, pm);
    }
    pm.setDevicePixelRatio(scale);
    Q_UNUSED(state);
    return pm;
}

QIconEngine *SvgIconEngine::clone() const
{
    return new SvgIconEngine(m_svg);
}

QString SvgIconEngine::key() const
{
    return QStringLiteral("FieldDeskSvgIconEngine");
}

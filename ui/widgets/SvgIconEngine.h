#pragma once

#include <QByteArray>
#include <QIconEngine>

// Renders one of our monochrome SVG icons (drawn with "currentColor") in the palette's colour
// for the icon's mode — text colour normally, highlighted-text colour when selected, the
// disabled colour when disabled — sharp at every size and device pixel ratio.
class SvgIconEngine : public QIconEngine
{
public:
    explicit SvgIconEngine(const QByteArray &svg);

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state,
                         qreal scale) override;
    QIconEngine *clone() const override;
    QString key() const override;

private:
    QByteArray coloured(QIcon::Mode mode) const;

    QByteArray m_svg;
};

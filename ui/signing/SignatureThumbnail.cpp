#include "ui/signing/SignatureThumbnail.h"

#include "ui/widgets/SignaturePad.h"

#include <QPainter>

SignatureThumbnail::SignatureThumbnail(const SignatureStrokes &strokes, const QString &caption,
                                       QWidget *parent)
    : QWidget(parent), m_strokes(strokes), m_caption(caption)
{
    setObjectName(QStringLiteral("signatureThumbnail"));
    setFixedSize(sizeHint());
    setToolTip(caption);
    setAccessibleName(caption);
}

void SignatureThumbnail::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QRectF ink(2, 2, width() - 4, height() - 34);
    p.fillRect(ink, palette().base());
    p.setPen(palette().mid().color());
    p.drawRect(ink.adjusted(0, 0, -1, -1));
    SignaturePad::paintStrokes(&p, ink.adjusted(3, 3, -3, -3), m_strokes, 1.2);
    p.setPen(palette().text().color());
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 0.85);
    p.setFont(f);
    p.drawText(QRectF(0, height() - 32, width(), 32),
               Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, m_caption);
}

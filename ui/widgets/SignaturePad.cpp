#include "ui/widgets/SignaturePad.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QTabletEvent>
#include <QTouchEvent>

SignaturePad::SignaturePad(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("signaturePad"));
    setAttribute(Qt::WA_AcceptTouchEvents);
    setAttribute(Qt::WA_StaticContents);
    setCursor(Qt::CrossCursor);
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(tr("Signature pad"));
    setToolTip(tr("Sign here with the mouse, a pen or a finger."));
}

SignatureStrokes SignaturePad::strokes() const
{
    SignatureStrokes s;
    s.width = Width;
    s.height = Height;
    s.strokes = m_strokes;
    return s;
}

QRectF SignaturePad::padRect() const
{
    // The pad keeps its aspect ratio inside the widget, centred.
    const QRectF area = QRectF(rect()).adjusted(4, 4, -4, -4);
    const double scale = qMin(area.width() / Width, area.height() / Height);
    QRectF r(0, 0, Width * scale, Height * scale);
    r.moveCenter(area.center());
    return r;
}

QPointF SignaturePad::toPad(const QPointF &widgetPos) const
{
    const QRectF r = padRect();
    const double x = (widgetPos.x() - r.left()) * Width / r.width();
    const double y = (widgetPos.y() - r.top()) * Height / r.height();
    return QPointF(qBound(0.0, x, Width), qBound(0.0, y, Height));
}

void SignaturePad::begin(const QPointF &widgetPos)
{
    // A stroke ends at the pad's limit: SignatureStrokes refuses more.
    if (m_strokes.size() >= SignatureStrokes::MaxStrokes)
        return;
    m_drawing = true;
    m_strokes.append(QPolygonF({toPad(widgetPos)}));
    update();
}

void SignaturePad::extend(const QPointF &widgetPos)
{
    if (!m_drawing || m_strokes.isEmpty() || strokes().pointCount() >= SignatureStrokes::MaxPoints)
        return;
    const QPointF p = toPad(widgetPos);
    QPolygonF &stroke = m_strokes.last();
    // Sub-unit moves add points without ink.
    if (QLineF(stroke.last(), p).length() < 0.5)
        return;
    stroke.append(p);
    update();
}

void SignaturePad::end()
{
    if (!m_drawing)
        return;
    m_drawing = false;
    emit changed();
}

void SignaturePad::clear()
{
    m_strokes.clear();
    m_drawing = false;
    update();
    emit changed();
}

void SignaturePad::undo()
{
    if (m_strokes.isEmpty())
        return;
    m_strokes.removeLast();
    m_drawing = false;
    update();
    emit changed();
}

void SignaturePad::paintStrokes(QPainter *painter, const QRectF &target, const SignatureStrokes &s,
                                double penWidth)
{
    if (s.width <= 0 || s.height <= 0)
        return;
    const double scale = qMin(target.width() / s.width, target.height() / s.height);
    const QPointF origin(target.center().x() - s.width * scale / 2,
                         target.center().y() - s.height * scale / 2);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(
        QPen(QColor(0x1a, 0x23, 0x7e), penWidth, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    for (const QPolygonF &stroke : s.strokes) {
        QPolygonF scaled;
        for (const QPointF &p : stroke)
            scaled << origin + p * scale;
        if (scaled.size() == 1)
            painter->drawPoint(scaled.first());
        else
            painter->drawPolyline(scaled);
    }
    painter->restore();
}

void SignaturePad::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QRectF r = padRect();
    p.fillRect(rect(), palette().base());
    p.setPen(QPen(palette().mid().color(), 1, Qt::SolidLine));
    p.drawRect(r.adjusted(0, 0, -1, -1));
    // The signing line, as on paper.
    p.setPen(QPen(palette().mid().color(), 1, Qt::DashLine));
    const double lineY = r.top() + r.height() * 0.78;
    p.drawLine(QPointF(r.left() + 16, lineY), QPointF(r.right() - 16, lineY));
    if (m_strokes.isEmpty()) {
        p.setPen(palette().placeholderText().color());
        p.drawText(r.adjusted(0, 0, 0, -r.height() * 0.3), Qt::AlignCenter, tr("Sign here"));
    }
    paintStrokes(&p, r, strokes(), 2.2);
}

void SignaturePad::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        begin(event->position());
}

void SignaturePad::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton)
        extend(event->position());
}

void SignaturePad::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        extend(event->position());
        end();
    }
}

void SignaturePad::tabletEvent(QTabletEvent *event)
{
    // A pen is handled here (accepted), so Qt does not also synthesise mouse events.
    switch (event->type()) {
    case QEvent::TabletPress:
        begin(event->position());
        break;
    case QEvent::TabletMove:
        if (event->pressure() > 0 || event->buttons())
            extend(event->position());
        break;
    case QEvent::TabletRelease:
        extend(event->position());
        end();
        break;
    default:
        break;
    }
    event->accept();
}

bool SignaturePad::event(QEvent *event)
{
    switch (event->type()) {
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TouchEnd: {
        // One finger signs; the first touch point is the pen.
        auto *touch = static_cast<QTouchEvent *>(event);
        if (touch->points().isEmpty())
            return true;
        const QEventPoint &point = touch->points().first();
        if (event->type() == QEvent::TouchBegin)
            begin(point.position());
        else
            extend(point.position());
        if (event->type() == QEvent::TouchEnd || point.state() == QEventPoint::Released)
            end();
        event->accept();
        return true;
    }
    default:
        return QWidget::event(event);
    }
}

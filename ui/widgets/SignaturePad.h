#pragma once

#include "app/signing/SignatureStrokes.h"

#include <QWidget>

class QPainter;

// Where a person signs: mouse, pen (tablet events with pressure-free strokes) and touch all
// draw strokes, kept in the pad's own units (Width × Height, whatever size the widget has on
// screen) so the print scales them into its signature block. Clear and undo the last stroke;
// hasEnoughInk() tells a signature from a stray tap (SignatureStrokes::MinInkWidths).
class SignaturePad : public QWidget
{
    Q_OBJECT
public:
    static constexpr double Width = 400;
    static constexpr double Height = 150;

    explicit SignaturePad(QWidget *parent = nullptr);

    SignatureStrokes strokes() const;
    bool isEmpty() const { return m_strokes.isEmpty(); }
    bool hasEnoughInk() const { return strokes().hasEnoughInk(); }

    // Draws strokes scaled into target keeping their aspect ratio (thumbnails, the pad).
    static void paintStrokes(QPainter *painter, const QRectF &target,
                             const SignatureStrokes &strokes, double penWidth = 2.0);

    QSize sizeHint() const override { return QSize(420, 158); }
    QSize minimumSizeHint() const override { return QSize(300, 112); }

public slots:
    void clear();
    void undo();

signals:
    void changed();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void tabletEvent(QTabletEvent *event) override;
    bool event(QEvent *event) override;

private:
    QPointF toPad(const QPointF &widgetPos) const;
    QRectF padRect() const;
    void begin(const QPointF &widgetPos);
    void extend(const QPointF &widgetPos);
    void end();

    QList<QPolygonF> m_strokes;
    bool m_drawing = false;
};

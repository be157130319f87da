#pragma once

#include "app/print/PrintDocument.h"
#include "app/print/PrintFonts.h"

#include <QRectF>

class QPaintDevice;

// The paper form's page (A4 portrait) in the device units of a paged device — printer, PDF
// writer or preview — so a layout does not depend on the screen: margins, header, footer and
// content area, millimetres to device units, and text measured with the device's metrics
// (line heights; long Chinese and Latin text wrapped by QTextLayout; one-line texts elided).
class PrintGeometry
{
public:
    explicit PrintGeometry(QPaintDevice *device);

    QPaintDevice *device() const { return m_device; }
    qreal mm(qreal millimetres) const { return millimetres * m_unitsPerMm; }
    QRectF pageRect() const;
    QRectF headerRect() const;
    QRectF footerRect() const;
    // Where blocks go on a page of form (below the superseded banner when there is one).
    QRectF contentRect(const PrintForm &form) const;

    qreal lineHeight(PrintFonts::Role role) const;
    qreal textWidth(const QString &text, PrintFonts::Role role) const;
    // Lines no wider than width; an empty line for each blank line of text.
    QStringList wrap(const QString &text, PrintFonts::Role role, qreal width) const;
    QString elided(const QString &text, PrintFonts::Role role, qreal width) const;

private:
    QPaintDevice *m_device;
    qreal m_unitsPerMm = 1;
};

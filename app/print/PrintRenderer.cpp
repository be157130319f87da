#include "app/print/PrintRenderer.h"

#include "app/signing/PaperCode.h"

#include "app/print/QrCode.h"

#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>

namespace {
// The company's name as on its letterhead, the same in every language.
const QString CompanyName = QStringLiteral("利特拉 Lithera");
constexpr qreal QrSide = 19; // mm; scans from a 300 dpi copy
} // namespace

void PrintRenderer::prepare(QPagedPaintDevice *device)
{
    device->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                      QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
}

bool PrintRenderer::render(const QList<PrintDocument> &documents, QPagedPaintDevice *device,
                           Error *error, const Progress &progress,
                           QList<PrintPaginator::Placement> *placements, int *pageCount)
{
    prepare(device);
    QPainter painter;
    if (!painter.begin(device))
        return Error::set(error, Error::Code::Failure,
                          tr("Cannot start printing: the printer or PDF file is not available."));
    const bool ok = paint(documents, device, &painter, error, progress, placements, pageCount);
    painter.end();
    return ok;
}

bool PrintRenderer::paint(const QList<PrintDocument> &documents, QPagedPaintDevice *device,
                          QPainter *painter, Error *error, const Progress &progress,
                          QList<PrintPaginator::Placement> *placements, int *pageCount)
{
    PrintPaginator paginator(device);
    paginator.paginate(documents);
    if (placements)
        *placements = paginator.placements();
    const QList<PrintPaginator::Page> &pages = paginator.pages();
    if (pageCount)
        *pageCount = pages.size();
    painter->setRenderHint(QPainter::Antialiasing, true);
    for (int i = 0; i < pages.size(); ++i) {
        if (i > 0 && !device->newPage())
            return Error::set(
                error, Error::Code::Failure,
                tr("Cannot start page %1: the printer or PDF file failed.").arg(i + 1));
        const PrintPaginator::Page &page = pages.at(i);
        paintPage(painter, paginator, page, documents.at(page.document),
                  paginator.pageCountOf(page.document));
        if (progress && !progress(i + 1, pages.size()))
            return Error::set(error, Error::Code::Usage, tr("Printing was cancelled."));
    }
    return true;
}

void PrintRenderer::paintPage(QPainter *painter, const PrintPaginator &paginator,
                              const PrintPaginator::Page &page, const PrintDocument &document,
                              int pagesInDocument)
{
    const PrintForm &form = document.forms.at(page.form);
    if (!form.superseded.isEmpty()) {
        // A watermark across the page under the content, and a framed banner under the header:
        // a superseded copy must not pass for the current one, even as a single page.
        painter->save();
        const QRectF pageRect = paginator.pageRect();
        painter->translate(pageRect.center());
        painter->rotate(-35);
        QFont mark = PrintFonts::font(PrintFonts::Role::Title);
        mark.setPointSizeF(40);
        painter->setFont(mark);
        painter->setPen(QColor(215, 215, 215));
        painter->drawText(
            QRectF(-pageRect.width(), -paginator.mm(20), 2 * pageRect.width(), paginator.mm(40)),
            Qt::AlignCenter, form.superseded);
        painter->restore();
    }
    paintHeader(painter, paginator, form);
    for (const PrintPaginator::Op &op : page.ops)
        paintOp(painter, paginator, op);
    paintFooter(painter, paginator, form, document, page.number, pagesInDocument);
}

void PrintRenderer::paintHeader(QPainter *painter, const PrintPaginator &paginator,
                                const PrintForm &form)
{
    const QRectF h = paginator.headerRect();
    const auto mm = [&](qreal v) {
        return paginator.mm(v);
    };
    painter->setPen(Qt::black);
    painter->setFont(PrintFonts::font(PrintFonts::Role::Company));
    painter->drawText(QRectF(h.left(), h.top(), h.width() / 2, mm(6)),
                      Qt::AlignLeft | Qt::AlignVCenter, CompanyName);
    painter->setFont(PrintFonts::font(PrintFonts::Role::Label));
    painter->drawText(QRectF(h.center().x(), h.top(), h.width() / 2, mm(6)),
                      Qt::AlignRight | Qt::AlignVCenter, tr("Form %1").arg(form.formCode));
    painter->setFont(PrintFonts::font(PrintFonts::Role::Title));
    painter->drawText(QRectF(h.left(), h.top() + mm(6), h.width(), mm(10)), Qt::AlignCenter,
                      form.title);
    painter->setFont(PrintFonts::font(PrintFonts::Role::Body));
    const QRectF info(h.left(), h.top() + mm(16.5), h.width(), mm(6));
    painter->drawText(info, Qt::AlignLeft | Qt::AlignVCenter, tr("No. %1").arg(form.recordNumber));
    painter->drawText(info, Qt::AlignRight | Qt::AlignVCenter,
                      tr("Revision %1").arg(form.revision));
    painter->setPen(QPen(Qt::black, mm(0.6)));
    painter->drawLine(QLineF(h.left(), h.bottom() - mm(0.3), h.right(), h.bottom() - mm(0.3)));
    painter->setPen(QPen(Qt::black, mm(0.2)));
    painter->drawLine(QLineF(h.left(), h.bottom() - mm(1.3), h.right(), h.bottom() - mm(1.3)));
    if (!form.superseded.isEmpty()) {
        const QRectF banner(h.left(), h.bottom() + mm(3), h.width(), mm(9));
        painter->setPen(QPen(Qt::black, mm(0.8)));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(banner);
        painter->setFont(PrintFonts::font(PrintFonts::Role::Heading));
        painter->drawText(
            banner, Qt::AlignCenter,
            tr("%1 — kept for the archive only, not valid for use").arg(form.superseded));
    }
}

void PrintRenderer::paintFooter(QPainter *painter, const PrintPaginator &paginator,
                                const PrintForm &form, const PrintDocument &document, int page,
                                int pages)
{
    const QRectF f = paginator.footerRect();
    const auto mm = [&](qreal v) {
        return paginator.mm(v);
    };
    painter->setPen(QPen(Qt::black, mm(0.3)));
    painter->drawLine(QLineF(f.left(), f.top(), f.right(), f.top()));
    const qreal textWidth = f.width() - mm(QrSide) - mm(4);
    const qreal small = paginator.lineHeight(PrintFonts::Role::Small);
    qreal y = f.top() + mm(1.5);
    painter->setPen(Qt::black);
    painter->setFont(PrintFonts::font(PrintFonts::Role::Label));
    const qreal label = paginator.lineHeight(PrintFonts::Role::Label);
    painter->drawText(QRectF(f.left(), y, textWidth, label), Qt::AlignLeft | Qt::AlignVCenter,
                      tr("Page %1 of %2").arg(page).arg(pages));
    painter->drawText(QRectF(f.left(), y, textWidth, label), Qt::AlignRight | Qt::AlignVCenter,
                      form.retention);
    y += label + mm(0.5);
    painter->setFont(PrintFonts::font(PrintFonts::Role::Small));
    // A signed paper's QR carries its signatures too; the line under it stays the short code a
    // person can type (record, revision, short hash).
    PaperCode typed;
    const QString typedCode =
        PaperCode::parse(form.paperCode, &typed)
            ? PaperCode{typed.recordId, typed.revision, typed.shortHash, {}, {}}.toText()
            : form.paperCode;
    const QStringList lines = {
        tr("Printed %1 by %2").arg(document.printedAt, document.printedBy),
        tr("Content hash %1 · revision %2").arg(form.shortHash).arg(form.revision),
        typedCode,
    };
    for (const QString &line : lines) {
        painter->drawText(QRectF(f.left(), y, textWidth, small), Qt::AlignLeft | Qt::AlignVCenter,
                          line);
        y += small;
    }
    QrCode qr;
    if (qr.encode(form.paperCode)) {
        const QRectF square(f.right() - mm(QrSide), f.top() + mm(1.5), mm(QrSide), mm(QrSide));
        painter->save();
        painter->translate(square.topLeft());
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->setPen(Qt::NoPen);
        painter->setBrush(Qt::black);
        painter->drawPath(qr.path(square.width()));
        painter->restore();
    }
}

void PrintRenderer::paintOp(QPainter *painter, const PrintPaginator &paginator,
                            const PrintPaginator::Op &op)
{
    using K = PrintPaginator::Op::Kind;
    switch (op.kind) {
    case K::Text:
        painter->setPen(op.color);
        painter->setFont(PrintFonts::font(op.font));
        painter->drawText(op.rect, op.flags | Qt::TextSingleLine, op.text);
        return;
    case K::Line:
        painter->setPen(QPen(op.color, paginator.mm(0.25)));
        painter->drawLine(op.line);
        return;
    case K::Fill:
        painter->fillRect(op.rect, op.color);
        return;
    case K::Frame:
        painter->setPen(QPen(Qt::black, paginator.mm(0.2)));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(op.rect);
        return;
    case K::Strokes: {
        // Scale the pad into the box keeping its proportions, centred.
        const qreal scale =
            qMin(op.rect.width() / op.padSize.width(), op.rect.height() / op.padSize.height());
        const QSizeF drawn = op.padSize * scale;
        painter->save();
        painter->translate(op.rect.left() + (op.rect.width() - drawn.width()) / 2,
                           op.rect.top() + (op.rect.height() - drawn.height()) / 2);
        painter->scale(scale, scale);
        QPen pen(QColor(20, 30, 90), paginator.mm(0.45) / scale);
        pen.setCapStyle(Qt::RoundCap);
        pen.setJoinStyle(Qt::RoundJoin);
        painter->setPen(pen);
        for (const QPolygonF &stroke : op.strokes)
            painter->drawPolyline(stroke);
        painter->restore();
        return;
    }
    }
}

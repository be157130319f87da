#include "app/print/PrintPaginator.h"

#include <cmath>

namespace {
// The layout's measures in millimetres.
constexpr qreal BlockGap = 2.5; // after a block
constexpr qreal CellPadX = 1.6; // inside table and field cells
constexpr qreal CellPadY = 1.0;
constexpr qreal SignatureArea = 16; // the height the strokes are scaled into
const QColor Shade(232, 232, 232);
constexpr qreal ChartHeight = 42; // a chart's plot and its labels, below the caption
const QColor ChartBar(70, 110, 170);
const QColor ChartTarget(200, 40, 40);
const QColor ChartGrid(190, 190, 190);
} // namespace

PrintPaginator::PrintPaginator(QPaintDevice *device) : m_geometry(device) {}

void PrintPaginator::paginate(const QList<PrintDocument> &documents)
{
    m_pages.clear();
    m_placements.clear();
    m_pagesPerDocument.clear();
    for (int d = 0; d < documents.size(); ++d) {
        m_document = d;
        m_pageInDocument = 0;
        const PrintDocument &doc = documents.at(d);
        for (int f = 0; f < doc.forms.size(); ++f)
            layoutForm(d, f, doc.forms.at(f));
        m_pagesPerDocument << m_pageInDocument;
    }
}

int PrintPaginator::pageCountOf(int document) const
{
    return m_pagesPerDocument.value(document);
}

void PrintPaginator::layoutForm(int document, int formIndex, const PrintForm &form)
{
    m_document = document;
    m_form = formIndex;
    const QRectF content = contentRect(form);
    m_top = content.top();
    m_bottom = content.bottom();
    m_left = content.left();
    m_width = content.width();
    m_tableOnPage = nullptr;
    newPage();
    for (int i = 0; i < form.blocks.size(); ++i) {
        const PrintBlock &b = form.blocks.at(i);
        switch (b.kind) {
        case PrintBlock::Kind::Heading: {
            // A heading never ends a page: it goes with the start of its section.
            qreal next = i + 1 < form.blocks.size() ? minimumHeight(form.blocks.at(i + 1)) : 0;
            // A short fields row opening a section (the risk level above the PPE list) goes
            // with what follows it too.
            if (i + 2 < form.blocks.size() &&
                form.blocks.at(i + 1).kind == PrintBlock::Kind::Fields &&
                form.blocks.at(i + 1).fields.size() <= form.blocks.at(i + 1).fieldColumns &&
                form.blocks.at(i + 2).kind != PrintBlock::Kind::Heading)
                next += minimumHeight(form.blocks.at(i + 2));
            if (!fits(minimumHeight(b) + next) && !pageIsFresh())
                newPage();
            layoutHeading(i, b);
            break;
        }
        case PrintBlock::Kind::Fields:
            layoutFields(i, b);
            break;
        case PrintBlock::Kind::Paragraph:
            layoutParagraph(i, b, PrintFonts::Role::Body);
            break;
        case PrintBlock::Kind::Note:
            layoutParagraph(i, b, PrintFonts::Role::Label);
            break;
        case PrintBlock::Kind::Table:
            layoutTable(i, b);
            break;
        case PrintBlock::Kind::Signatures:
            layoutSignatures(i, b);
            break;
        case PrintBlock::Kind::Chart:
            layoutChart(i, b);
            break;
        }
    }
}

void PrintPaginator::newPage()
{
    Page page;
    page.document = m_document;
    page.form = m_form;
    page.number = ++m_pageInDocument;
    m_pages << page;
    m_y = m_top;
}

void PrintPaginator::place(int block, qreal top)
{
    Placement p;
    p.document = m_document;
    p.form = m_form;
    p.block = block;
    p.page = m_pages.size() - 1;
    p.rect = QRectF(m_left, top, m_width, m_y - top);
    m_placements << p;
}

qreal PrintPaginator::minimumHeight(const PrintBlock &b) const
{
    const qreal body = lineHeight(PrintFonts::Role::Body);
    switch (b.kind) {
    case PrintBlock::Kind::Heading:
        return lineHeight(PrintFonts::Role::Heading) + 2 * mm(CellPadY + 0.4) + mm(1);
    case PrintBlock::Kind::Fields:
    case PrintBlock::Kind::Note:
        return body + 2 * mm(CellPadY);
    case PrintBlock::Kind::Paragraph:
        return 2 * body; // no single orphan line under a heading
    case PrintBlock::Kind::Table: {
        // A short table (the PPE list, a scores row) stays whole; a long one needs its header
        // and a first row.
        const qreal whole = tableHeight(b);
        return whole <= (m_bottom - m_top) / 3 ? whole : 2 * (body + 2 * mm(CellPadY));
    }
    case PrintBlock::Kind::Signatures:
        return signatureBlockHeight(b);
    case PrintBlock::Kind::Chart:
        return mm(ChartHeight) + lineHeight(PrintFonts::Role::Label);
    }
    return body;
}

void PrintPaginator::layoutHeading(int block, const PrintBlock &b)
{
    const qreal top = m_y;
    const qreal height = lineHeight(PrintFonts::Role::Heading) + 2 * mm(CellPadY + 0.4);
    const QRectF bar(m_left, m_y, m_width, height);
    fill(bar, Shade);
    frame(bar);
    text(bar.adjusted(mm(2), 0, -mm(2), 0), b.text, PrintFonts::Role::Heading,
         Qt::AlignLeft | Qt::AlignVCenter);
    m_y += height + mm(1);
    place(block, top);
}

void PrintPaginator::layoutFields(int block, const PrintBlock &b)
{
    const int columns = b.fieldColumns;
    const qreal pairWidth = m_width / columns;
    const qreal labelWidth = qMin(mm(columns == 1 ? 38 : 30), pairWidth * 0.42);
    const qreal valueWidth = pairWidth - labelWidth;
    const qreal body = lineHeight(PrintFonts::Role::Body);
    qreal top = m_y;
    for (int start = 0; start < b.fields.size(); start += columns) {
        QList<QStringList> labels, values;
        int lines = 1;
        for (int c = 0; c < columns && start + c < b.fields.size(); ++c) {
            const auto &pair = b.fields.at(start + c);
            labels << wrap(pair.first, PrintFonts::Role::Label, labelWidth - 2 * mm(CellPadX));
            values << wrap(pair.second, PrintFonts::Role::Body, valueWidth - 2 * mm(CellPadX));
            lines = qMax(lines, int(qMax(labels.last().size(), values.last().size())));
        }
        const qreal height = lines * body + 2 * mm(CellPadY);
        if (!fits(height) && !pageIsFresh()) {
            place(block, top);
            newPage();
            top = m_y;
        }
        for (int c = 0; c < columns; ++c) {
            const qreal x = m_left + c * pairWidth;
            const QRectF labelCell(x, m_y, labelWidth, height);
            const QRectF valueCell(x + labelWidth, m_y, valueWidth, height);
            fill(labelCell, Shade);
            frame(labelCell);
            frame(valueCell);
            if (c >= labels.size())
                continue;
            for (int l = 0; l < labels.at(c).size(); ++l)
                text(QRectF(labelCell.left() + mm(CellPadX), m_y + mm(CellPadY) + l * body,
                            labelWidth - 2 * mm(CellPadX), body),
                     labels.at(c).at(l), PrintFonts::Role::Label, Qt::AlignLeft | Qt::AlignVCenter);
            for (int l = 0; l < values.at(c).size(); ++l)
                text(QRectF(valueCell.left() + mm(CellPadX), m_y + mm(CellPadY) + l * body,
                            valueWidth - 2 * mm(CellPadX), body),
                     values.at(c).at(l), PrintFonts::Role::Body, Qt::AlignLeft | Qt::AlignVCenter);
        }
        m_y += height;
    }
    m_y += mm(BlockGap);
    place(block, top);
}

void PrintPaginator::layoutParagraph(int block, const PrintBlock &b, PrintFonts::Role role)
{
    const qreal lh = lineHeight(role);
    const QStringList lines = wrap(b.text, role, m_width - 2 * mm(2));
    // Keep two lines together at a page break (no widow or orphan line) when there are more.
    if (!fits(qMin(lines.size(), 2) * lh) && !pageIsFresh())
        newPage();
    qreal top = m_y;
    for (int i = 0; i < lines.size(); ++i) {
        if (!fits(lh) && !pageIsFresh()) {
            place(block, top);
            newPage();
            top = m_y;
        }
        text(QRectF(m_left + mm(2), m_y, m_width - 2 * mm(2), lh), lines.at(i), role,
             Qt::AlignLeft | Qt::AlignVCenter);
        m_y += lh;
    }
    m_y += mm(BlockGap);
    place(block, top);
}

QList<qreal> PrintPaginator::columnWidths(const PrintBlock &b) const
{
    const int n = b.headers.size();
    QList<qreal> weights = b.columnWeights;
    while (weights.size() < n)
        weights << 1;
    qreal sum = 0;
    for (int c = 0; c < n; ++c)
        sum += weights.at(c);
    QList<qreal> widths;
    for (int c = 0; c < n; ++c)
        widths << m_width * weights.at(c) / sum;
    return widths;
}

qreal PrintPaginator::tableHeight(const PrintBlock &b) const
{
    const QList<qreal> widths = columnWidths(b);
    QList<QStringList> rows = b.rows;
    rows.prepend(b.headers);
    if (!b.totalRow.isEmpty())
        rows << b.totalRow;
    qreal height = 0;
    for (const QStringList &row : rows) {
        QList<QStringList> lines;
        for (int c = 0; c < widths.size(); ++c)
            lines << wrap(row.value(c), PrintFonts::Role::Body, widths.at(c) - 2 * mm(CellPadX));
        height += tableRowHeight(lines);
    }
    return height;
}

qreal PrintPaginator::tableRowHeight(const QList<QStringList> &cellLines) const
{
    int lines = 1;
    for (const QStringList &cell : cellLines)
        lines = qMax(lines, int(cell.size()));
    return lines * lineHeight(PrintFonts::Role::Body) + 2 * mm(CellPadY);
}

void PrintPaginator::emitTableRow(const QStringList &cells, const QList<qreal> &widths,
                                  const QList<int> &rightAligned, bool header, bool bold,
                                  const QList<QStringList> &lines, qreal height)
{
    Q_UNUSED(cells)
    const PrintFonts::Role role = header || bold ? PrintFonts::Role::Label : PrintFonts::Role::Body;
    const qreal lh = lineHeight(PrintFonts::Role::Body);
    qreal x = m_left;
    for (int c = 0; c < widths.size(); ++c) {
        const QRectF cell(x, m_y, widths.at(c), height);
        if (header)
            fill(cell, Shade);
        frame(cell);
        const int align = header                     ? Qt::AlignHCenter
                          : rightAligned.contains(c) ? Qt::AlignRight
                                                     : Qt::AlignLeft;
        const QStringList cellLines = lines.value(c);
        for (int l = 0; l < cellLines.size(); ++l)
            text(QRectF(x + mm(CellPadX), m_y + mm(CellPadY) + l * lh,
                        widths.at(c) - 2 * mm(CellPadX), lh),
                 cellLines.at(l), role, align | Qt::AlignVCenter);
        x += widths.at(c);
    }
    m_y += height;
}

void PrintPaginator::layoutTable(int block, const PrintBlock &b)
{
    const QList<qreal> widths = columnWidths(b);
    const auto wrapRow = [&](const QStringList &cells, PrintFonts::Role role) {
        QList<QStringList> out;
        for (int c = 0; c < widths.size(); ++c)
            out << wrap(cells.value(c), role, widths.at(c) - 2 * mm(CellPadX));
        return out;
    };
    const QList<QStringList> headerLines = wrapRow(b.headers, PrintFonts::Role::Label);
    const qreal headerHeight = tableRowHeight(headerLines);
    const qreal lh = lineHeight(PrintFonts::Role::Body);

    QList<QStringList> rows = b.rows;
    if (!b.totalRow.isEmpty())
        rows << b.totalRow;
    if (!fits(minimumHeight(b)) && !pageIsFresh())
        newPage();
    qreal top = m_y;
    emitTableRow(b.headers, widths, {}, true, false, headerLines, headerHeight);
    for (int r = 0; r < rows.size(); ++r) {
        const bool total = !b.totalRow.isEmpty() && r == rows.size() - 1;
        QList<QStringList> lines =
            wrapRow(rows.at(r), total ? PrintFonts::Role::Label : PrintFonts::Role::Body);
        while (true) {
            const qreal height = tableRowHeight(lines);
            if (fits(height)) {
                emitTableRow(rows.at(r), widths, b.rightAligned, false, total, lines, height);
                break;
            }
            // The row goes to the next page whole when it fits on one; a row taller than a
            // page is cut between lines, the rest continuing under the repeated header.
            const qreal pageSpace = m_bottom - m_top - headerHeight;
            const int room = int(std::floor((m_bottom - m_y - 2 * mm(CellPadY)) / lh));
            if (height <= pageSpace || room < 1) {
                place(block, top);
                newPage();
                top = m_y;
                emitTableRow(b.headers, widths, {}, true, false, headerLines, headerHeight);
                continue;
            }
            QList<QStringList> now, later;
            for (const QStringList &cell : lines) {
                now << cell.mid(0, room);
                later << cell.mid(room);
            }
            emitTableRow(rows.at(r), widths, b.rightAligned, false, total, now,
                         tableRowHeight(now));
            lines = later;
        }
    }
    m_y += mm(BlockGap);
    place(block, top);
}

// Boxes side by side: up to four in one row (a service report with two engineers, the CTO and
// the customer), three per row beyond that.
static int signaturesPerRow(int count)
{
    return count <= 4 ? qMax(1, count) : 3;
}

qreal PrintPaginator::signatureBlockHeight(const PrintBlock &b) const
{
    const int perRow = signaturesPerRow(b.signatures.size());
    const int rows = (qMax(1, int(b.signatures.size())) + perRow - 1) / perRow;
    const qreal box = lineHeight(PrintFonts::Role::Label) + mm(SignatureArea) +
                      2 * lineHeight(PrintFonts::Role::Body) + 3 * mm(CellPadY);
    return rows * box + (rows - 1) * mm(2) + mm(BlockGap);
}

void PrintPaginator::layoutSignatures(int block, const PrintBlock &b)
{
    // A signature block is one piece: moved to the next page whole, never cut.
    const qreal height = signatureBlockHeight(b);
    if (!fits(height) && !pageIsFresh())
        newPage();
    const qreal top = m_y;
    const int perRow = signaturesPerRow(b.signatures.size());
    const qreal gap = mm(4);
    const qreal boxWidth = (m_width - (perRow - 1) * gap) / perRow;
    const qreal labelH = lineHeight(PrintFonts::Role::Label);
    const qreal body = lineHeight(PrintFonts::Role::Body);
    const qreal boxHeight = labelH + mm(SignatureArea) + 2 * body + 3 * mm(CellPadY);
    for (int i = 0; i < b.signatures.size(); ++i) {
        const PrintSignature &s = b.signatures.at(i);
        const int row = i / perRow;
        const int col = i % perRow;
        const QRectF box(m_left + col * (boxWidth + gap), m_y + row * (boxHeight + mm(2)), boxWidth,
                         boxHeight);
        frame(box);
        const qreal inner = box.width() - 2 * mm(CellPadX);
        qreal y = box.top() + mm(CellPadY);
        // One line each in a box: what does not fit is elided, never cut through a glyph.
        const auto fitted = [&](const QString &line, PrintFonts::Role role) {
            return m_geometry.elided(line, role, inner);
        };
        text(QRectF(box.left() + mm(CellPadX), y, inner, labelH),
             fitted(s.role, PrintFonts::Role::Label), PrintFonts::Role::Label,
             Qt::AlignLeft | Qt::AlignVCenter);
        y += labelH;
        const QRectF area(box.left() + mm(CellPadX), y, inner, mm(SignatureArea));
        if (s.isCaptured()) {
            Op op;
            op.kind = Op::Kind::Strokes;
            op.rect = area.adjusted(0, mm(1), 0, -mm(1));
            op.padSize = s.padSize;
            op.strokes = s.strokes;
            m_pages.last().ops << op;
        } else {
            // The line for ink.
            line(QLineF(area.left() + mm(2), area.bottom() - mm(2), area.right() - mm(2),
                        area.bottom() - mm(2)));
        }
        y += mm(SignatureArea) + mm(CellPadY);
        const QRectF nameRow(box.left() + mm(CellPadX), y, inner, body);
        text(nameRow, fitted(tr("Name: %1").arg(s.name), PrintFonts::Role::Body),
             PrintFonts::Role::Body, Qt::AlignLeft | Qt::AlignVCenter);
        y += body;
        const QRectF dateRow(box.left() + mm(CellPadX), y, inner, body);
        const QString dateLabel = tr("Date:");
        text(dateRow, s.date.isEmpty() ? dateLabel : dateLabel + QLatin1Char(' ') + s.date,
             PrintFonts::Role::Body, Qt::AlignLeft | Qt::AlignVCenter);
        if (s.date.isEmpty()) {
            // Written by hand on the paper: a line after the label.
            const qreal labelWidth = m_geometry.textWidth(dateLabel, PrintFonts::Role::Body);
            line(QLineF(dateRow.left() + labelWidth + mm(2), dateRow.bottom() - mm(0.8),
                        dateRow.left() + qMin(inner, labelWidth + mm(40)),
                        dateRow.bottom() - mm(0.8)));
        }
    }
    m_y += height;
    place(block, top);
}

void PrintPaginator::text(const QRectF &rect, const QString &text, PrintFonts::Role role, int flags)
{
    if (text.isEmpty())
        return;
    Op op;
    op.kind = Op::Kind::Text;
    op.rect = rect;
    op.text = text;
    op.font = role;
    op.flags = flags;
    m_pages.last().ops << op;
}

void PrintPaginator::layoutChart(int block, const PrintBlock &b)
{
    const qreal caption = lineHeight(PrintFonts::Role::Label);
    const qreal small = lineHeight(PrintFonts::Role::Small);
    const qreal height = caption + mm(ChartHeight);
    if (!fits(height) && !pageIsFresh())
        newPage();
    const qreal top = m_y;
    text(QRectF(m_left, m_y, m_width, caption), b.text, PrintFonts::Role::Label,
         Qt::AlignLeft | Qt::AlignVCenter);
    // The plot: value labels above the bars, category labels below, a scale on the left.
    const qreal axisWidth = mm(12);
    const QRectF plot(m_left + axisWidth, m_y + caption + small, m_width - axisWidth,
                      mm(ChartHeight) - 2 * small - mm(2));
    qreal low = 0, high = 0;
    bool any = false;
    for (qreal v : b.chartValues) {
        if (std::isnan(v))
            continue;
        low = any ? qMin(low, v) : qMin<qreal>(0, v);
        high = any ? qMax(high, v) : qMax<qreal>(0, v);
        any = true;
    }
    if (b.chartHasTarget) {
        low = qMin(low, b.chartTarget);
        high = qMax(high, b.chartTarget);
    }
    if (high - low < 1e-9)
        high = low + 1;
    // Grid lines at round steps (0, 25, 50, 75, 100 %), about four of them; counts keep whole
    // steps. The plot then gets room above for the value labels, which has no scale mark.
    bool whole = true;
    for (qreal v : b.chartValues)
        whole = whole && (std::isnan(v) || v == std::floor(v));
    const qreal raw = (high - low) / 4;
    const qreal magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const qreal f = raw / magnitude;
    qreal step = (f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10) * magnitude;
    if (whole)
        step = qMax<qreal>(step, 1);
    const qreal scaleTop = high;
    high += (high - low) * 0.08;
    const auto yOf = [&](qreal v) {
        return plot.bottom() - (v - low) / (high - low) * plot.height();
    };
    const auto roundAt = [step](qreal scale) {
        return std::abs(step * scale - std::round(step * scale)) < 1e-9;
    };
    const int decimals = roundAt(1) ? 0 : roundAt(10) ? 1 : 2;
    for (qreal v = std::ceil(low / step - 1e-9) * step; v <= scaleTop + step * 1e-6; v += step) {
        const qreal y = yOf(v);
        line(QLineF(plot.left(), y, plot.right(), y), ChartGrid);
        text(QRectF(m_left, y - small / 2, axisWidth - mm(1), small),
             QString::number(std::abs(v) < step * 1e-6 ? 0 : v, 'f', decimals),
             PrintFonts::Role::Small, Qt::AlignRight | Qt::AlignVCenter);
    }
    line(QLineF(plot.bottomLeft(), plot.topLeft()));
    const int n = b.chartLabels.size();
    const qreal slot = n > 0 ? plot.width() / n : plot.width();
    for (int i = 0; i < n; ++i) {
        const qreal x = plot.left() + i * slot;
        const qreal v = b.chartValues.value(i, std::nan(""));
        const QRectF labelRect(x, plot.bottom() + mm(1), slot, small);
        text(labelRect, b.chartLabels.at(i), PrintFonts::Role::Small, Qt::AlignCenter);
        const QString valueText = b.chartValueTexts.value(i);
        if (std::isnan(v)) {
            text(QRectF(x, yOf(0) - small - mm(0.5), slot, small), valueText,
                 PrintFonts::Role::Small, Qt::AlignCenter);
            continue;
        }
        const qreal y0 = yOf(0), y1 = yOf(v);
        const QRectF bar(x + slot * 0.2, qMin(y0, y1), slot * 0.6, qMax(std::abs(y1 - y0), 0.5));
        fill(bar, ChartBar);
        text(QRectF(x, qMin(y0, y1) - small - mm(0.3), slot, small), valueText,
             PrintFonts::Role::Small, Qt::AlignCenter);
    }
    if (b.chartHasTarget) {
        // A dashed target line: short vector segments across the plot.
        const qreal y = yOf(b.chartTarget);
        const qreal dash = mm(2), gap = mm(1.2);
        for (qreal x = plot.left(); x < plot.right(); x += dash + gap)
            line(QLineF(x, y, qMin(x + dash, plot.right()), y), ChartTarget);
    }
    m_y = top + height + mm(BlockGap);
    place(block, top);
}

void PrintPaginator::line(const QLineF &l, const QColor &color)
{
    Op op;
    op.kind = Op::Kind::Line;
    op.line = l;
    op.color = color;
    m_pages.last().ops << op;
}

void PrintPaginator::fill(const QRectF &rect, const QColor &color)
{
    Op op;
    op.kind = Op::Kind::Fill;
    op.rect = rect;
    op.color = color;
    m_pages.last().ops << op;
}

void PrintPaginator::frame(const QRectF &rect)
{
    Op op;
    op.kind = Op::Kind::Frame;
    op.rect = rect;
    m_pages.last().ops << op;
}

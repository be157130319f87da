#pragma once

#include "app/print/PrintDocument.h"
#include "app/print/PrintFonts.h"
#include "app/print/PrintGeometry.h"

#include <QColor>
#include <QCoreApplication>
#include <QLineF>
#include <QRectF>

class QPaintDevice;

// Lays printed forms out on A4 pages in the device units of the paged device (printer, PDF
// writer, preview; PrintGeometry), so the result does not depend on the screen: breaks
// paragraphs and tables across pages (repeating the header row), keeps a heading with what
// follows it, keeps short tables whole and never splits a fields row or a signature block. The
// result is a list of pages of drawing operations that PrintRenderer paints, plus where each block
// landed (placements) so tests can check the pagination without reading pixels. Every form starts
// on a new page; page numbers count per document (a dossier numbers all its forms together).
class PrintPaginator
{
    Q_DECLARE_TR_FUNCTIONS(PrintPaginator)
public:
    struct Op
    {
        enum class Kind { Text, Line, Fill, Frame, Strokes };
        Kind kind = Kind::Text;
        QRectF rect;
        QString text;
        PrintFonts::Role font = PrintFonts::Role::Body;
        int flags = 0; // Qt::Alignment for Text
        QLineF line;
        QColor color = Qt::black;
        QSizeF padSize; // Strokes: the pad, scaled into rect keeping its proportions
        QList<QPolygonF> strokes;
    };
    struct Page
    {
        int document = 0;
        int form = 0;
        int number = 1; // within its document
        QList<Op> ops;
    };
    // Where one block (or one piece of a block broken across pages) was placed.
    struct Placement
    {
        int document = 0;
        int form = 0;
        int block = 0;
        int page = 0; // index into pages()
        QRectF rect;
    };

    explicit PrintPaginator(QPaintDevice *device);

    void paginate(const QList<PrintDocument> &documents);
    const QList<Page> &pages() const { return m_pages; }
    const QList<Placement> &placements() const { return m_placements; }
    int pageCountOf(int document) const;

    // The page and text measures of the device (see PrintGeometry).
    const PrintGeometry &geometry() const { return m_geometry; }
    qreal mm(qreal millimetres) const { return m_geometry.mm(millimetres); }
    QRectF pageRect() const { return m_geometry.pageRect(); }
    QRectF headerRect() const { return m_geometry.headerRect(); }
    QRectF footerRect() const { return m_geometry.footerRect(); }
    QRectF contentRect(const PrintForm &form) const { return m_geometry.contentRect(form); }
    QStringList wrap(const QString &text, PrintFonts::Role role, qreal width) const
    {
        return m_geometry.wrap(text, role, width);
    }
    qreal lineHeight(PrintFonts::Role role) const { return m_geometry.lineHeight(role); }

private:
    void layoutForm(int document, int formIndex, const PrintForm &form);
    void newPage();
    bool fits(qreal height) const { return m_y + height <= m_bottom + 0.01; }
    bool pageIsFresh() const { return m_y <= m_top + 0.01; }
    qreal minimumHeight(const PrintBlock &block) const;
    void place(int block, qreal top);

    void layoutHeading(int block, const PrintBlock &b);
    void layoutFields(int block, const PrintBlock &b);
    void layoutParagraph(int block, const PrintBlock &b, PrintFonts::Role role);
    void layoutTable(int block, const PrintBlock &b);
    void layoutSignatures(int block, const PrintBlock &b);
    void layoutChart(int block, const PrintBlock &b);

    QList<qreal> columnWidths(const PrintBlock &b) const;
    qreal tableRowHeight(const QList<QStringList> &cellLines) const;
    qreal tableHeight(const PrintBlock &b) const; // header, rows and total, unbroken
    void emitTableRow(const QStringList &cells, const QList<qreal> &widths,
                      const QList<int> &rightAligned, bool header, bool bold,
                      const QList<QStringList> &lines, qreal height);
    qreal signatureBlockHeight(const PrintBlock &b) const;

    void text(const QRectF &rect, const QString &text, PrintFonts::Role role, int flags);
    void line(const QLineF &line, const QColor &color = Qt::black);
    void fill(const QRectF &rect, const QColor &color);
    void frame(const QRectF &rect);

    PrintGeometry m_geometry;
    QList<Page> m_pages;
    QList<Placement> m_placements;
    QList<int> m_pagesPerDocument;
    // The state while laying out one form.
    int m_document = 0;
    int m_form = 0;
    int m_pageInDocument = 0;
    qreal m_top = 0;
    qreal m_bottom = 0;
    qreal m_left = 0;
    qreal m_width = 0;
    qreal m_y = 0;
    // Table header to repeat when a table continues on a new page.
    const PrintBlock *m_tableOnPage = nullptr;
};

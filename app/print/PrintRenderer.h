#pragma once

#include "app/print/PrintPaginator.h"
#include "db/Error.h"

#include <QCoreApplication>

#include <functional>

class QPagedPaintDevice;
class QPainter;

// The one rendering path of printouts: the print preview, the printer and the PDF writer all
// paint through it, so what the preview shows is what the archive gets. Paginates with
// PrintPaginator, then paints each page with the paper form's header (company, form code,
// title, record number, revision), a superseded mark when a newer revision exists, the page's
// blocks and the footer (page x of y, retention, printed at/by, short content hash and the QR
// code of the PaperCode, drawn as vector squares).
class PrintRenderer
{
    Q_DECLARE_TR_FUNCTIONS(PrintRenderer)
public:
    // Called after each page with (pages done, pages in all); returning false cancels.
    using Progress = std::function<bool(int done, int total)>;

    // Paints documents onto device (A4, no margins: the layout has its own) with a painter of
    // its own. False with Error::Failure when the device cannot be painted on, or with
    // Error::Usage ("cancelled") when progress returned false.
    static bool render(const QList<PrintDocument> &documents, QPagedPaintDevice *device,
                       Error *error, const Progress &progress = Progress(),
                       QList<PrintPaginator::Placement> *placements = nullptr,
                       int *pageCount = nullptr);
    // The same onto a painter that is already active on device (the print preview's printer).
    static bool paint(const QList<PrintDocument> &documents, QPagedPaintDevice *device,
                      QPainter *painter, Error *error, const Progress &progress = Progress(),
                      QList<PrintPaginator::Placement> *placements = nullptr,
                      int *pageCount = nullptr);
    // Makes device an A4 portrait page without margins.
    static void prepare(QPagedPaintDevice *device);

private:
    static void paintPage(QPainter *painter, const PrintPaginator &paginator,
                          const PrintPaginator::Page &page, const PrintDocument &document,
                          int pagesInDocument);
    static void paintHeader(QPainter *painter, const PrintPaginator &paginator,
                            const PrintForm &form);
    static void paintFooter(QPainter *painter, const PrintPaginator &paginator,
                            const PrintForm &form, const PrintDocument &document, int page,
                            int pages);
    static void paintOp(QPainter *painter, const PrintPaginator &paginator,
                        const PrintPaginator::Op &op);
};

#pragma once

#include "app/print/BatchPrintJob.h"

#include <QCoreApplication>
#include <QString>

class Database;
class QWidget;

// The desktop's ways to print a record: the print preview (QPrintPreviewDialog painting the
// same PrintRenderer output as the PDF and the printer; printing from it is logged), saving a
// PDF and running a batch job with a progress dialog that can cancel it. The PDF and batch
// work runs in BatchPrintJob's thread, so the window never freezes.
class PrintDialogs
{
    Q_DECLARE_TR_FUNCTIONS(PrintDialogs)
public:
    // Opens the preview of recordId (a task: its dossier). False (and a message box) when the
    // record cannot be printed.
    static bool preview(QWidget *parent, Database &db, const QString &recordId);
    // Asks where to save and writes the PDF in the background.
    static void saveAsPdf(QWidget *parent, Database &db, const QString &recordId);
    // Runs request in the background with a cancellable progress dialog; the result goes into
    // a message box. Returns the job (deleted when it has finished).
    static BatchPrintJob *run(QWidget *parent, Database &db, const BatchPrintJob::Request &request);
    // The name of the person at this desk (Settings), printed as "printed by" on every footer;
    // empty when none is chosen (the printout then names the database's actor).
    static QString printedBy(Database &db);
};

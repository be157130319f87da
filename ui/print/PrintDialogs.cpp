#include "ui/print/PrintDialogs.h"

#include "app/catalog/RecordKind.h"
#include "app/models/RecordLookup.h"
#include "app/models/ReferenceOptions.h"
#include "app/print/PrintLog.h"
#include "app/print/PrintRecord.h"
#include "app/print/PrintRenderer.h"
#include "app/print/RecordPrinter.h"
#include "app/utils/AppSettings.h"
#include "db/Database.h"

#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPointer>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QRegularExpression>
#include <QStandardPaths>

bool PrintDialogs::preview(QWidget *parent, Database &db, const QString &recordId)
{
    PrintDocument document;
    Error error;
    RecordPrinter printer(db);
    printer.setPrintedBy(printedBy(db));
    if (!printer.document(recordId, &document, &error)) {
        QMessageBox::warning(parent, tr("Print"), error.message);
        return false;
    }
    QPrinter device(QPrinter::HighResolution);
    device.setDocName(document.title);
    PrintRenderer::prepare(&device);
    device.setFullPage(true);
    QPrintPreviewDialog dialog(&device, parent);
    dialog.setWindowTitle(tr("Print preview — %1").arg(document.title));
    const QList<PrintDocument> documents{document};
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&documents, parent](QPrinter *target) {
                         Error paintError;
                         if (!PrintRenderer::render(documents, target, &paintError))
                             QMessageBox::warning(parent, tr("Print"), paintError.message);
                     });
    dialog.resize(900, 1000);
    // The dialog is accepted when its Print button has printed: that is a paper copy to log.
    if (dialog.exec() != QDialog::Accepted)
        return true;
    const bool pdf = device.outputFormat() == QPrinter::PdfFormat;
    if (!PrintLog(db).logDocuments(
            documents, pdf ? PrintLog::Target::Pdf : PrintLog::Target::Printer,
            pdf ? QDir::toNativeSeparators(device.outputFileName()) : device.printerName(),
            device.copyCount(), &error))
        QMessageBox::warning(
            parent, tr("Print"),
            tr("Printed, but the print could not be logged: %1").arg(error.message));
    return true;
}

void PrintDialogs::saveAsPdf(QWidget *parent, Database &db, const QString &recordId)
{
    // Only the record itself here (the document is built in the background): its kind and
    // its label name the file.
    PrintRecord record(db);
    Error error;
    if (!record.load(recordId, &error)) {
        QMessageBox::warning(parent, tr("Save as PDF"), error.message);
        return;
    }
    // Named as people know the record ("任务 LITH-FE-2026-0004"), not by its id.
    const QVariantMap stored = RecordLookup(db).record(record.kind().table, recordId);
    QString label = ReferenceOptions::labelOf(db, record.kind(), stored).simplified();
    if (label.isEmpty())
        label = recordId.left(8);
    QString name = QStringLiteral("%1 %2").arg(record.kind().translatedSingular(), label);
    name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]")), QStringLiteral("_"));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        parent, tr("Save as PDF"), QDir(folder).filePath(name + QStringLiteral(".pdf")),
        tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    BatchPrintJob::Request request;
    request.recordIds << recordId;
    request.pdfPath = path;
    run(parent, db, request);
}

BatchPrintJob *PrintDialogs::run(QWidget *parent, Database &db,
                                 const BatchPrintJob::Request &request)
{
    BatchPrintJob::Request stamped = request;
    if (stamped.printedBy.isEmpty())
        stamped.printedBy = printedBy(db);
    auto *progress = new QProgressDialog(tr("Preparing…"), tr("Cancel"), 0, 0, parent);
    progress->setWindowTitle(tr("Printing"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    BatchPrintJob *job = BatchPrintJob::start(db, stamped);
    QPointer<QProgressDialog> guard(progress);
    QObject::connect(job, &BatchPrintJob::progress, progress,
                     [guard](int done, int total, const QString &stage) {
                         if (!guard)
                             return;
                         guard->setMaximum(total);
                         guard->setValue(done);
                         guard->setLabelText(tr("%1: %2 of %3").arg(stage).arg(done).arg(total));
                     });
    // cancel() is thread-safe; the job stops at the next record or page.
    QObject::connect(
        progress, &QProgressDialog::canceled, job, [job] { job->cancel(); }, Qt::DirectConnection);
    QPointer<QWidget> owner(parent);
    QObject::connect(
        job, &BatchPrintJob::finished, progress,
        [guard, owner](bool ok, const QString &message, int pages, int forms) {
            if (guard)
                guard->close();
            if (!owner)
                return;
            // Not exec(): the result must not hold up whatever the user does next.
            auto *box = new QMessageBox(
                ok ? QMessageBox::Information : QMessageBox::Warning, tr("Printing"),
                ok ? tr("%1 %2 page(s), %3 form(s).").arg(message).arg(pages).arg(forms) : message,
                QMessageBox::Ok, owner);
            box->setObjectName(QStringLiteral("printResult"));
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        });
    return job;
}

QString PrintDialogs::printedBy(Database &db)
{
    return RecordLookup(db).personName(AppSettings().currentPersonId());
}

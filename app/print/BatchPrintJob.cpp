#include "app/print/BatchPrintJob.h"

#include "app/print/RecordPrinter.h"
#include "db/Database.h"

#include <QDir>
#include <QPrinter>
#include <QThread>

BatchPrintJob::BatchPrintJob(const Database &source, const Request &request)
    : m_source(source), m_request(request)
{}

BatchPrintJob::~BatchPrintJob() = default;

BatchPrintJob *BatchPrintJob::start(const Database &source, const Request &request)
{
    auto *thread = new QThread;
    auto *job = new BatchPrintJob(source, request);
    job->moveToThread(thread);
    QObject::connect(thread, &QThread::started, job, &BatchPrintJob::run);
    QObject::connect(job, &BatchPrintJob::finished, thread, &QThread::quit);
    QObject::connect(thread, &QThread::finished, job, &QObject::deleteLater);
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
    return job;
}

void BatchPrintJob::run()
{
    int pages = 0;
    int forms = 0;
    Error error;
    const bool ok = work(&pages, &forms, &error);
    QString message;
    if (ok && !m_request.pdfPath.isEmpty())
        message = tr("Wrote %1.").arg(QDir::toNativeSeparators(m_request.pdfPath));
    else if (ok)
        message = tr("Sent to the printer.");
    else
        message = error.message;
    emit finished(ok, message, pages, forms);
}

bool BatchPrintJob::work(int *pages, int *forms, Error *error)
{
    // The GUI thread's connection must not be used here: a sibling of our own.
    Database db;
    if (!db.openSibling(m_source, error))
        return false;
    db.setActor(m_source.actor());
    RecordPrinter printer(db);
    printer.setPrintedAt(m_request.printedAt.isValid() ? m_request.printedAt
                                                       : QDateTime::currentDateTime());
    if (!m_request.printedBy.isEmpty())
        printer.setPrintedBy(m_request.printedBy);
    QStringList ids = m_request.recordIds;
    if (!m_request.month.isEmpty()) {
        QStringList monthIds;
        if (!printer.serviceReportsOfMonth(m_request.month, &monthIds, error))
            return false;
        ids << monthIds;
    }
    if (ids.isEmpty())
        return Error::set(error, Error::Code::NotFound, tr("There is nothing to print."));
    const QString reading = tr("Reading records");
    QList<PrintDocument> documents;
    for (int i = 0; i < ids.size(); ++i) {
        if (m_cancelled)
            return Error::set(error, Error::Code::Usage, tr("Printing was cancelled."));
        emit progress(i, ids.size(), reading);
        PrintDocument document;
        if (!printer.document(ids.at(i), &document, error))
            return false;
        *forms += document.forms.size();
        documents << document;
    }
    const QString painting = tr("Printing");
    const PrintRenderer::Progress onPage = [this, &painting](int done, int total) {
        emit progress(done, total, painting);
        return !m_cancelled.load();
    };
    if (!m_request.pdfPath.isEmpty())
        return printer.writePdf(documents, m_request.pdfPath, error, onPage, nullptr, pages);
    QPrinter device(QPrinter::HighResolution);
    if (!m_request.printerName.isEmpty())
        device.setPrinterName(m_request.printerName);
    device.setCopyCount(qMax(1, m_request.copies));
    if (!device.isValid())
        return Error::set(error, Error::Code::Failure,
                          tr("The printer \"%1\" is not available.").arg(m_request.printerName));
    const bool ok = printer.print(documents, &device, error, onPage);
    return ok;
}

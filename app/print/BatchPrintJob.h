#pragma once

#include "db/Error.h"

#include <QDateTime>
#include <QObject>
#include <QStringList>

#include <atomic>

class Database;
class QThread;

// Batch printing off the GUI thread (quality.md: the UI never blocks, long work shows progress
// and can be cancelled): a month's service reports or a task dossier into one PDF, or onto a
// printer. The job opens its own connection to the desk's database in its thread
// (Database::openSibling), builds the documents, renders them through the one PrintRenderer
// and logs every form printed. Progress counts records read, then pages painted; cancel()
// stops at the next record or page and leaves no PDF behind.
class BatchPrintJob : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        QStringList recordIds; // each prints as its own document (a task: its dossier)
        QString month;         // or: every service report of this month ("2026-05")
        QString pdfPath;       // PDF target; when empty, the printer below
        QString printerName;   // empty: the system's default printer
        int copies = 1;
        QString printedBy;   // the person at the desk; default: the database's actor
        QDateTime printedAt; // default: when the job starts
    };

    // source stays open in its own thread; the job only borrows its file and key.
    BatchPrintJob(const Database &source, const Request &request);
    ~BatchPrintJob() override;

    // Starts the job in a new thread that ends (and deletes the job) when it has finished.
    static BatchPrintJob *start(const Database &source, const Request &request);

    // Thread-safe: asks the running job to stop.
    void cancel() { m_cancelled = true; }
    bool isCancelled() const { return m_cancelled; }

public slots:
    // Does the work in the calling thread (the job's thread after start(); tests call it
    // directly).
    void run();

signals:
    // Work done so far out of total, and what is being done ("Reading records", "Printing").
    void progress(int done, int total, const QString &stage);
    // ok false with the reason (cancelled: Error::Code::Usage and "Printing was cancelled.").
    void finished(bool ok, const QString &message, int pages, int forms);

private:
    bool work(int *pages, int *forms, Error *error);

    const Database &m_source;
    Request m_request;
    std::atomic<bool> m_cancelled{false};
};

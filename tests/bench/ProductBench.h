#pragma once

#include "db/Database.h"

#include <QList>
#include <QString>

#include <memory>

// One ten-year database of the benchmark (encrypted with a raw key, or plain as the baseline)
// and the product's own code timed on it: the import that fills it (InterchangeImporter, in a
// child process so its peak memory is its own), the start page's data (DeadlineWatch, the
// record counts, the audit chain, the task list), the daily report list (RecordTableModel +
// RecordFilterProxy), SearchIndex, RecordPrinter and AuditLog. Times are in milliseconds.
class ProductBench
{
public:
    ProductBench(Database::KeyKind kind, const QString &directory);
    ~ProductBench();

    bool isEncrypted() const { return m_kind != Database::KeyKind::None; }
    QString path() const { return m_path; }
    QString key() const { return m_key; }
    QString label() const
    {
        return isEncrypted() ? QStringLiteral("encrypted") : QStringLiteral("plain");
    }

    // fielddesk-bench --import-child: creates the database at path through the product's
    // migrations and imports json into it; prints "<ms> <peak KiB>" on stdout.
    static int importChild(const QString &path, const QString &json, Database::KeyKind kind,
                           const QString &key);
    // fielddesk-bench --memory-child: opens path, loads every list model and the start page,
    // searches; prints "<resident KiB> <peak KiB>".
    static int memoryChild(const QString &path, Database::KeyKind kind, const QString &key);

    bool importFile(const QString &json, double *ms, qint64 *peakKiB, QString *error);
    bool measureMemory(qint64 *residentKiB, qint64 *peakKiB, QString *error);
    qint64 fileSize() const;

    bool open(QString *error);
    void close();
    Database &db() { return *m_db; }

    // Database::open with the raw key (no KDF), then the data the start page shows and the task
    // list read by a BackgroundReader as the desktop does: startPageMs until all of it is
    // there, guiMs the calling (GUI) thread's CPU time meanwhile.
    bool openAndStartPage(double *openMs, double *startPageMs, double *guiMs, QString *error);
    // The full chain check (AuditLog::verify, streaming), then the check at unlock
    // (verifySinceCheckpoint) after `added` new entries.
    bool auditCheck(int added, double *fullMs, double *unlockMs, int *entries, QString *error);
    // The daily report list: loaded by a BackgroundReader (reloadMs until the rows are there,
    // guiMs the calling thread's CPU time meanwhile); a sort on the date column; one filter step
    // per key typed.
    bool dailyReportList(double *reloadMs, double *guiMs, double *sortMs,
                         QList<double> *filterKeyMs, int *rows, QString *error);
    bool search(const QString &text, double *ms, int *hits, QString *error);
    bool printServiceReport(const QString &pdf, double *ms, int *pages, QString *error);

private:
    static qint64 statusKiB(const char *field);
    bool runChild(const QStringList &arguments, QList<qint64> *numbers, QString *error);

    Database::KeyKind m_kind;
    QString m_path;
    QString m_key;
    std::unique_ptr<Database> m_db;
};

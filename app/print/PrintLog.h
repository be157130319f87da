#pragma once

#include "app/print/PrintDocument.h"
#include "db/Error.h"

#include <QCoreApplication>

class Database;

// Every print and PDF goes into the audit log (architecture.md "Printing"): action "print",
// the record printed, and a detail naming its revision, content hash, the number of copies,
// where it went (pdf or printer, with the file or printer name) and who printed it. A dossier
// or a batch logs one entry per form, so each record's paper trail is complete.
class PrintLog
{
    Q_DECLARE_TR_FUNCTIONS(PrintLog)
public:
    enum class Target { Pdf, Printer, Preview };

    explicit PrintLog(Database &db) : m_db(db) {}

    bool logForm(const PrintForm &form, Target target, const QString &destination, int copies,
                 Error *error);
    bool logDocuments(const QList<PrintDocument> &documents, Target target,
                      const QString &destination, int copies, Error *error);

    static QString targetName(Target target);

private:
    Database &m_db;
};

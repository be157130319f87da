#pragma once

#include "app/print/PrintDocument.h"
#include "db/Error.h"

#include <QCoreApplication>

class Database;
class PrintRecord;

// The print layouts of the paper forms (SOP-10 §9, product.md "The forms"): which record kinds
// print, and the document a record id prints as — a task its dossier (the task sheet, then its
// mission brief, daily reports, expense claims, service report and call-back, pages numbered
// together), any form its own QEF layout. The task-side layouts live here (task sheet,
// QEF-10-01 mission brief, QEF-10-04 NDA); the on-site and closing forms in SiteReportLayouts.
class PrintLayouts
{
    Q_DECLARE_TR_FUNCTIONS(PrintLayouts)
public:
    static bool hasLayout(const QString &table);
    // The document for id, printedAt/printedBy left for the caller. An expense line prints its
    // claim. False with NotFound for an unknown id, Failure for a kind without a paper form.
    static bool document(Database &db, const QString &id, PrintDocument *out, Error *error);
    static bool dossier(Database &db, const QString &taskId, PrintDocument *out, Error *error);
    // One form (not a task: use dossier()).
    static bool form(Database &db, const QString &id, PrintForm *out, Error *error);

    // Shared by the layouts.
    static QString taskNumber(const PrintRecord &task);
    static QStringList peopleNames(const PrintRecord &record, const QString &key);
    static QStringList childIds(Database &db, const QString &table, const QString &where,
                                const QString &value, const QString &orderBy);
    static QString orNone(const QString &text);

private:
    static bool taskSheet(const PrintRecord &task, PrintForm *out, Error *error);
    static bool briefing(const PrintRecord &brief, PrintForm *out, Error *error);
    static bool nda(const PrintRecord &nda, PrintForm *out, Error *error);
};

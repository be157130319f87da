#pragma once

#include "app/print/PrintLog.h"
#include "app/print/PrintRenderer.h"
#include "db/Error.h"

#include <QCoreApplication>
#include <QDateTime>

class Database;
class QPrinter;

// The way to put records on paper, for the form screens, the CLI and the batch job: builds the
// print documents (PrintLayouts) stamped with who prints and when, renders them through the one
// PrintRenderer to a PDF file or a printer, and logs every form printed (PrintLog). The
// print preview renders the same documents with PrintRenderer::paint and logs nothing.
class RecordPrinter
{
    Q_DECLARE_TR_FUNCTIONS(RecordPrinter)
public:
    explicit RecordPrinter(Database &db);

    // "Printed at" on the footers; default: now. Tests and the batch job pin it.
    void setPrintedAt(const QDateTime &at) { m_printedAt = at; }
    // The person printing; default: the database's actor.
    void setPrintedBy(const QString &name) { m_printedBy = name; }

    // The document for one record (a task: its dossier), stamped.
    bool document(const QString &recordId, PrintDocument *out, Error *error) const;
    // The ids of the service reports of a month ("2026-05"): signed that month, or unsigned
    // with the task's last on-site day in it; in order of signing.
    bool serviceReportsOfMonth(const QString &month, QStringList *ids, Error *error) const;

    // Renders documents into a PDF at path (written whole or not at all) and logs them. Never
    // over the database's own files (OutputFile); over another existing file only when
    // overwrite is true (the desktop's file dialog has asked; the CLI needs --force).
    bool writePdf(const QList<PrintDocument> &documents, const QString &path, Error *error,
                  const PrintRenderer::Progress &progress = PrintRenderer::Progress(),
                  QList<PrintPaginator::Placement> *placements = nullptr, int *pageCount = nullptr,
                  bool overwrite = true);
    // Renders documents on a configured printer and logs them with its name and copies.
    bool print(const QList<PrintDocument> &documents, QPrinter *printer, Error *error,
               const PrintRenderer::Progress &progress = PrintRenderer::Progress());
    // One record to a PDF: document + writePdf.
    bool recordToPdf(const QString &recordId, const QString &path, Error *error);

private:
    void stamp(PrintDocument *document) const;

    Database &m_db;
    QDateTime m_printedAt;
    QString m_printedBy;
};

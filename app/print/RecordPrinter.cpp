#include "app/print/RecordPrinter.h"

#include "app/print/PrintLayouts.h"
#include "app/utils/OutputFile.h"
#include "app/utils/RecordTime.h"
#include "db/Database.h"

#include <QDir>
#include <QPdfWriter>
#include <QPrinter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>

RecordPrinter::RecordPrinter(Database &db) : m_db(db) {}

void RecordPrinter::stamp(PrintDocument *document) const
{
    // In China time like every time on the form, whatever the computer's time zone: the paper
    // copies of one record printed on two desks must not disagree about the clock.
    const QDateTime at = m_printedAt.isValid() ? m_printedAt : QDateTime::currentDateTime();
    document->printedAt = RecordTime::text(RecordTime::china(at));
    document->printedBy = m_printedBy.isEmpty() ? m_db.actor() : m_printedBy;
}

bool RecordPrinter::document(const QString &recordId, PrintDocument *out, Error *error) const
{
    if (!PrintLayouts::document(m_db, recordId, out, error))
        return false;
    stamp(out);
    return true;
}

bool RecordPrinter::serviceReportsOfMonth(const QString &month, QStringList *ids,
                                          Error *error) const
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-(0[1-9]|1[0-2])$"));
    if (!pattern.match(month).hasMatch())
        return Error::set(
            error, Error::Code::Usage,
            tr("The month \"%1\" is not in the form YYYY-MM (e.g. 2026-05).").arg(month));
    QSqlQuery q(m_db.sql());
    q.prepare(
        QStringLiteral("SELECT r.id FROM service_reports r LEFT JOIN tasks t ON t.id = r.task_id "
                       "WHERE r.deleted = 0 AND (substr(r.signed_at, 1, 7) = ? OR "
                       "(r.signed_at IS NULL AND substr(t.onsite_end, 1, 7) = ?)) "
                       "ORDER BY COALESCE(r.signed_at, t.onsite_end), r.id"));
    q.addBindValue(month);
    q.addBindValue(month);
    if (!q.exec())
        return Error::set(error, Error::Code::Failure, q.lastError().text());
    ids->clear();
    while (q.next())
        *ids << q.value(0).toString();
    return true;
}

bool RecordPrinter::writePdf(const QList<PrintDocument> &documents, const QString &path,
                             Error *error, const PrintRenderer::Progress &progress,
                             QList<PrintPaginator::Placement> *placements, int *pageCount,
                             bool overwrite)
{
    if (documents.isEmpty())
        return Error::set(error, Error::Code::Usage, tr("There is nothing to print."));
    if (!OutputFile::check(
            path, m_db, overwrite ? OutputFile::Existing::Overwrite : OutputFile::Existing::Refuse,
            error))
        return false;
    // QSaveFile: a cancelled or failed run leaves no half-written PDF behind.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::set(
            error, Error::Code::Failure,
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    {
        QPdfWriter writer(&file);
        writer.setResolution(1200);
        writer.setTitle(documents.size() == 1 ? documents.first().title
                                              : tr("%n document(s)", nullptr, documents.size()));
        writer.setCreator(QStringLiteral("Lithera Field Desk"));
        if (!PrintRenderer::render(documents, &writer, error, progress, placements, pageCount)) {
            file.cancelWriting();
            return false;
        }
    }
    if (!file.commit())
        return Error::set(
            error, Error::Code::Failure,
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return PrintLog(m_db).logDocuments(documents, PrintLog::Target::Pdf,
                                       QDir::toNativeSeparators(path), 1, error);
}

bool RecordPrinter::print(const QList<PrintDocument> &documents, QPrinter *printer, Error *error,
                          const PrintRenderer::Progress &progress)
{
    if (documents.isEmpty())
        return Error::set(error, Error::Code::Usage, tr("There is nothing to print."));
    printer->setFullPage(true);
    printer->setDocName(documents.first().title);
    if (!PrintRenderer::render(documents, printer, error, progress))
        return false;
    const bool pdf = printer->outputFormat() == QPrinter::PdfFormat;
    return PrintLog(m_db).logDocuments(
        documents, pdf ? PrintLog::Target::Pdf : PrintLog::Target::Printer,
        pdf ? QDir::toNativeSeparators(printer->outputFileName()) : printer->printerName(),
        printer->copyCount(), error);
}

bool RecordPrinter::recordToPdf(const QString &recordId, const QString &path, Error *error)
{
    PrintDocument doc;
    return document(recordId, &doc, error) && writePdf({doc}, path, error);
}

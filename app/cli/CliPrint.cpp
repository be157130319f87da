// fielddesk-cli print: a record's paper form (a task: its dossier), or a month's service
// reports, or a month's review (SOP-10 §5.5), as one PDF. Every form printed is logged (PrintLog)
// by RecordPrinter.
#include "app/cli/CliApp.h"

#include "app/print/RecordPrinter.h"
#include "db/Database.h"
#include "app/kpi/MonthlyReview.h"

#include <QCommandLineParser>
#include <QDir>

int CliApp::cmdPrint()
{
    QString record = m_parser->value(QStringLiteral("record"));
    const QString month = m_parser->value(QStringLiteral("month"));
    const QString review = m_parser->value(QStringLiteral("review"));
    const QString pdf = m_parser->value(QStringLiteral("pdf"));
    if (int(!record.isEmpty()) + int(!month.isEmpty()) + int(!review.isEmpty()) != 1)
        return usage(tr("print needs one of --record ID, --month YYYY-MM or --review YYYY-MM."));
    if (!review.isEmpty() && KpiPeriod::fromKey(review).kind() != KpiPeriod::Kind::Month)
        return usage(tr("\"%1\" is not a month: write it as 2026-11.").arg(review));
    if (pdf.isEmpty())
        return usage(tr("print needs --pdf FILE: where to write the PDF."));
    if (!m_positional.isEmpty())
        return usage(tr("print takes no file arguments; use --pdf FILE."));
    Database db;
    Error error;
    if (!openDatabase(db, &error))
        return fail(error);
    if (!review.isEmpty()) {
        if (!MonthlyReview::findByMonth(db, review, &record, &error))
            return fail(error);
        if (record.isEmpty()) {
            m_err << tr("There is no monthly review for %1: create it under Review › Monthly "
                        "reviews first.")
                         .arg(review)
                  << Qt::endl;
            return Failure;
        }
    }
    RecordPrinter printer(db);
    QStringList ids;
    if (!record.isEmpty()) {
        ids << record;
    } else if (!printer.serviceReportsOfMonth(month, &ids, &error)) {
        return fail(error);
    } else if (ids.isEmpty()) {
        m_err << tr("There are no service reports in %1: nothing printed.").arg(month) << Qt::endl;
        return Failure;
    }
    QList<PrintDocument> documents;
    for (const QString &id : ids) {
        PrintDocument document;
        if (!printer.document(id, &document, &error))
            return fail(error);
        documents << document;
    }
    int pages = 0;
    if (!printer.writePdf(documents, pdf, &error, {}, nullptr, &pages,
                          m_parser->isSet(QStringLiteral("force"))))
        return fail(error);
    int forms = 0;
    for (const PrintDocument &document : documents)
        forms += document.forms.size();
    m_out << tr("Wrote %1: %n page(s)", nullptr, pages).arg(QDir::toNativeSeparators(pdf))
          << QLatin1String(", ") << tr("%n form(s).", nullptr, forms) << Qt::endl;
    return Ok;
}

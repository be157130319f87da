// fielddesk-cli print: a record's paper form (a task: its dossier), or a month's service
// reports, or a month's review (SOP-10 §5.5), as one PDF. Every form printed is logged (PrintLog)
// by RecordPrinter.
#include "app/cli/CliApp.h"

#include "app/kpi/MonthlyReview.h"
#include "app/print/RecordPrinter.h"
#include "app/utils/AppSettings.h"
#include "db/Database.h"

#include <QCommandLineParser>
#include <QDir>
#include <QSqlQuery>

namespace {

// The person --by names (by name or id), or the desk's person from the settings; empty when
// neither names a person of the database.
QString printingPerson(Database &db, const QString &by)
{
    QSqlQuery q(db.sql());
    if (!by.trimmed().isEmpty()) {
        q.prepare(QStringLiteral("SELECT name FROM people WHERE deleted = 0 AND (id = ? OR name = "
                                 "?) ORDER BY name LIMIT 1"));
        q.addBindValue(by.trimmed());
        q.addBindValue(by.trimmed());
    } else {
        const QString me = AppSettings().currentPersonId();
        if (me.isEmpty())
            return QString();
        q.prepare(QStringLiteral("SELECT name FROM people WHERE deleted = 0 AND id = ?"));
        q.addBindValue(me);
    }
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

} // namespace

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
    // The footer and the audit log name who printed: a person of the desk, never the
    // computer's account.
    const QString by = m_parser->value(QStringLiteral("by"));
    const QString person = printingPerson(db, by);
    if (person.isEmpty()) {
        if (!by.trimmed().isEmpty())
            return fail(Error{Error::Code::Validation,
                              tr("--by %1: there is no such person in the database; give a "
                                 "person's name as listed under People.")
                                  .arg(by.trimmed()),
                              QString(), QStringLiteral("by")});
        return usage(tr("print needs --by PERSON: the person printing (a name listed under "
                        "People), unless this computer's desk has its person set in Settings."));
    }
    db.setActor(person);
    RecordPrinter printer(db);
    printer.setPrintedBy(person);
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

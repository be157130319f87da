#include "app/print/SiteReportLayouts.h"

#include "app/catalog/RecordKind.h"
#include "app/print/PrintLayouts.h"
#include "app/print/PrintRecord.h"
#include "app/signing/RecordRevisions.h"
#include "app/workflow/DailyReportEntry.h"
#include "db/Database.h"

#include <QSqlQuery>

namespace {
const QString FormService = QStringLiteral("QEF-10-01");
const QString FormDaily = QStringLiteral("QEF-10-02");
const QString FormCallback = QStringLiteral("QEF-10-03");
const QString FormExpense = QStringLiteral("QEF-10-05");

QString key(const char *k)
{
    return QString::fromLatin1(k);
}
} // namespace

QList<QStringList> SiteReportLayouts::expenseRows(const PrintRecord &owner,
                                                  const QStringList &lineIds, bool full,
                                                  Error *error, bool *ok)
{
    QList<QStringList> rows;
    *ok = true;
    for (const QString &id : lineIds) {
        PrintRecord line(owner.database());
        if (!line.load(id, error)) {
            *ok = false;
            return {};
        }
        if (full)
            rows << QStringList{line.text(key("line_no")),
                                line.text(key("date")),
                                line.text(key("category")),
                                line.text(key("description")),
                                line.text(key("amount")),
                                line.text(key("paid_by")),
                                line.text(key("receipt")),
                                line.value(key("category")) == key("gift") ||
                                        line.value(key("category")) == key("hospitality")
                                    ? line.text(key("declaration_required"))
                                    : QString()};
        else
            rows << QStringList{line.text(key("category")), line.text(key("description")),
                                line.text(key("amount")), line.text(key("paid_by"))};
    }
    return rows;
}

bool SiteReportLayouts::dailyReport(const PrintRecord &report, PrintForm *out, Error *error)
{
    PrintRecord task(report.database());
    if (!task.load(report.value(key("task_id")).toString(), error))
        return false;
    const QString number =
        QStringLiteral("%1 / %2").arg(PrintLayouts::taskNumber(task), report.text(key("date")));
    PrintForm form = report.startForm(FormDaily, tr("Daily report"), number);
    // SOP-10 §5.3.3's example: 【任务】【派员】 then the five headed parts.
    QList<QPair<QString, QString>> head;
    head << qMakePair(tr("Task"), QStringLiteral("%1 — %2").arg(PrintLayouts::taskNumber(task),
                                                                task.text(key("customer_id"))));
    head << report.pair(key("date"));
    head << report.pair(key("engineer_id"));
    head << report.pair(key("submitted_at"));
    form.addFields(head);
    if (report.text(key("late")) == tr("Yes"))
        form.addNote(tr("Submitted after 17:00 of the report day (SOP-10 §5.3.3)."));
    for (const char *k : {"work", "findings", "plan", "support"}) {
        form.addHeading(report.label(key(k)));
        form.addParagraph(PrintLayouts::orNone(report.text(key(k))));
        if (QLatin1String(k) == QLatin1String("support") &&
            !report.isEmpty(key("support_from_ids")))
            form.addFields({report.pair(key("support_from_ids"))}, 1);
    }
    // The day's expenses: the lines that name this report (or a revision it replaced), else
    // the engineer's claim lines dated that day for the same task; current claims only.
    QStringList lineIds = DailyReportEntry(report.database()).expenseLineIds(report.id());
    if (lineIds.isEmpty()) {
        QSqlQuery q(report.database().sql());
        q.prepare(QStringLiteral(
                      "SELECT l.id FROM expense_lines l JOIN expense_claims c ON c.id = l.claim_id "
                      "WHERE c.task_id = ? AND c.claimant_id = ? AND l.date = ? AND l.deleted = 0 "
                      "AND c.deleted = 0 AND ") +
                  RecordRevisions::currentOnly(key("expense_claims"), QStringLiteral("c")) +
                  QStringLiteral(" ORDER BY c.submitted_at, l.line_no"));
        q.addBindValue(report.value(key("task_id")));
        q.addBindValue(report.value(key("engineer_id")));
        q.addBindValue(report.value(key("date")));
        if (q.exec()) {
            while (q.next())
                lineIds << q.value(0).toString();
        }
    }
    form.addHeading(tr("Expenses"));
    bool ok = true;
    const QList<QStringList> rows = expenseRows(report, lineIds, false, error, &ok);
    if (!ok)
        return false;
    if (rows.isEmpty())
        form.addParagraph(PrintRecord::noneText());
    else
        form.addTable({tr("Item"), tr("Description"), tr("Amount (RMB)"), tr("Paid by")}, rows,
                      {1.2, 4, 1.4, 1.2}, {2});
    form.addHeading(tr("Signatures"));
    form.addSignatures(
        report.signatureBlocks({{key("engineer"), {report.text(key("engineer_id"))}}}));
    *out = form;
    return true;
}

bool SiteReportLayouts::serviceReport(const PrintRecord &report, PrintForm *out, Error *error)
{
    PrintRecord task(report.database());
    if (!task.load(report.value(key("task_id")).toString(), error))
        return false;
    PrintForm form =
        report.startForm(FormService, tr("Field service report"), PrintLayouts::taskNumber(task));
    form.addHeading(tr("Task"));
    QList<QPair<QString, QString>> head = task.pairs(
        {key("number"), key("customer_id"), key("type"), key("site"), key("engineer_ids"),
         key("planned_start"), key("onsite_end"), key("report_due")});
    head << report.pairs({key("signed_at"), key("on_time")});
    form.addFields(head);
    // The seven sections of §5.4.1: every long text the report declares, in its order.
    for (const FieldSpec &field : report.kind().fields) {
        if (field.type != FieldSpec::Type::LongText)
            continue;
        form.addHeading(field.translatedLabel());
        if (field.key == QLatin1String("customer_feedback"))
            form.addFields({report.pair(key("satisfaction"))}, 1);
        if (field.key == QLatin1String("settlement"))
            form.addFields({report.pair(key("expenses_total"))}, 1);
        form.addParagraph(PrintLayouts::orNone(report.text(field.key)));
    }
    form.addHeading(tr("Signatures"));
    form.addSignatures(report.signatureBlocks(
        {{key("engineer"), PrintLayouts::peopleNames(task, key("engineer_ids"))}}));
    *out = form;
    return true;
}

bool SiteReportLayouts::callback(const PrintRecord &callback, PrintForm *out, Error *error)
{
    PrintRecord task(callback.database());
    if (!task.load(callback.value(key("task_id")).toString(), error))
        return false;
    PrintForm form = callback.startForm(FormCallback, tr("Customer call-back on the dispatch"),
                                        PrintLayouts::taskNumber(task));
    form.addHeading(tr("Call-back (SOP-10 §5.4.2)"));
    QList<QPair<QString, QString>> head =
        task.pairs({key("number"), key("customer_id"), key("engineer_ids"), key("onsite_end")});
    head << callback.pairs({key("called_at"), key("caller_id"), key("contact")});
    head << task.pair(key("callback_due"));
    form.addFields(head);
    form.addHeading(tr("Scores (SOP-15 §7.1)"));
    form.addTable({callback.label(key("satisfaction")), callback.label(key("nps")),
                   callback.label(key("nps_group")), callback.label(key("improvement_required"))},
                  {{callback.text(key("satisfaction")), callback.text(key("nps")),
                    callback.text(key("nps_group")), callback.text(key("improvement_required"))}});
    for (const char *k : {"engineer_performance", "further_needs", "suggestions"}) {
        form.addHeading(callback.label(key(k)));
        form.addParagraph(PrintLayouts::orNone(callback.text(key(k))));
    }
    form.addHeading(tr("Improvement plan (SOP-15 §7.3: score below 7, tracked 90 days)"));
    form.addParagraph(PrintLayouts::orNone(callback.text(key("improvement_plan"))));
    form.addFields(callback.pairs({key("improvement_due"), key("improvement_done_on")}));
    form.addHeading(tr("Signatures"));
    QStringList caller;
    if (!callback.isEmpty(key("caller_id")))
        caller << callback.text(key("caller_id"));
    form.addSignatures(callback.signatureBlocks({{key("caller"), caller}}));
    *out = form;
    return true;
}

bool SiteReportLayouts::expenseClaim(const PrintRecord &claim, PrintForm *out, Error *error)
{
    PrintRecord task(claim.database());
    if (!task.load(claim.value(key("task_id")).toString(), error))
        return false;
    PrintForm form =
        claim.startForm(FormExpense, tr("Dispatch expense claim"), PrintLayouts::taskNumber(task));
    form.addHeading(tr("Claim"));
    QList<QPair<QString, QString>> head = task.pairs({key("number"), key("customer_id")});
    head << claim.pairs({key("claimant_id"), key("submitted_at")});
    form.addFields(head);
    form.addHeading(tr("Expense lines (SOP-10 §5.3.1.3)"));
    const QStringList lineIds = PrintLayouts::childIds(claim.database(), key("expense_lines"),
                                                       key("claim_id"), claim.id(), key("line_no"));
    bool ok = true;
    const QList<QStringList> rows = expenseRows(claim, lineIds, true, error, &ok);
    if (!ok)
        return false;
    const RecordKind *lineKind = nullptr;
    if (!lineIds.isEmpty()) {
        PrintRecord first(claim.database());
        if (first.load(lineIds.first(), nullptr))
            lineKind = &first.kind();
    }
    const auto label = [&](const char *k) {
        const FieldSpec *f = lineKind ? lineKind->field(key(k)) : nullptr;
        return f ? f->translatedLabel() : QString::fromLatin1(k);
    };
    if (rows.isEmpty()) {
        form.addParagraph(tr("No expense lines."));
    } else {
        form.addTable({tr("No."), label("date"), label("category"), label("description"),
                       label("amount"), label("paid_by"), label("receipt"),
                       tr("Declare (> RMB 200)")},
                      rows, {10, 24, 22, 42, 22, 22, 18, 20}, {0, 4},
                      {QString(), QString(), QString(), claim.label(key("total")),
                       claim.text(key("total")), QString(), QString(), QString()});
    }
    form.addHeading(tr("Gift and hospitality declaration (SOP-10 §5.3.1.3)"));
    form.addFields(
        claim.pairs({key("declaration_pending"), key("declared_on"), key("declared_to_id")}), 3);
    if (claim.text(key("declaration_pending")) == tr("Yes"))
        form.addNote(tr("A gift or hospitality over RMB 200 is not yet declared to "
                        "administration."));
    if (!claim.isEmpty(key("notes"))) {
        form.addHeading(claim.label(key("notes")));
        form.addParagraph(claim.text(key("notes")));
    }
    form.addHeading(tr("Signatures"));
    form.addSignatures(
        claim.signatureBlocks({{key("claimant"), {claim.text(key("claimant_id"))}}}));
    *out = form;
    return true;
}

#include "app/print/PrintLayouts.h"

#include "app/catalog/EnumNames.h"
#include "app/catalog/FieldCodec.h"
#include "app/catalog/RecordKind.h"
#include "app/print/PrintRecord.h"
#include "app/print/ReviewLayouts.h"
#include "app/print/SiteReportLayouts.h"
#include "app/rules/KnowhowBoundary.h"
#include "app/rules/PpeRule.h"
#include "db/Database.h"

#include <QSqlQuery>

namespace {
const QString FormBrief = QStringLiteral("QEF-10-01");
const QString FormNda = QStringLiteral("QEF-10-04");
} // namespace

bool PrintLayouts::hasLayout(const QString &table)
{
    static const QStringList tables = {
        QStringLiteral("tasks"),
        QStringLiteral("briefings"),
        QStringLiteral("ndas"),
        QStringLiteral("daily_reports"),
        QStringLiteral("service_reports"),
        QStringLiteral("callbacks"),
        QStringLiteral("expense_claims"),
        QStringLiteral("expense_lines"),
        QStringLiteral("complaints"),
        QStringLiteral("knowhow_incidents"),
        QStringLiteral("monthly_reviews"),
    };
    return tables.contains(table);
}

QString PrintLayouts::orNone(const QString &text)
{
    return text.trimmed().isEmpty() ? PrintRecord::noneText() : text;
}

QString PrintLayouts::taskNumber(const PrintRecord &task)
{
    const QString number = task.text(QStringLiteral("number"));
    return number.isEmpty() ? tr("(not yet numbered)") : number;
}

QStringList PrintLayouts::peopleNames(const PrintRecord &record, const QString &key)
{
    QStringList names;
    for (const QString &id : FieldCodec::listValues(record.value(key)))
        names << record.titleOf(QStringLiteral("people"), id);
    return names;
}

QStringList PrintLayouts::childIds(Database &db, const QString &table, const QString &where,
                                   const QString &value, const QString &orderBy)
{
    // Table and column names come from the layouts' own constants, never from input.
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT id FROM %1 WHERE %2 = ? AND deleted = 0 ORDER BY %3, id")
                  .arg(table, where, orderBy));
    q.addBindValue(value);
    QStringList ids;
    if (q.exec()) {
        while (q.next())
            ids << q.value(0).toString();
    }
    return ids;
}

bool PrintLayouts::document(Database &db, const QString &id, PrintDocument *out, Error *error)
{
    PrintRecord record(db);
    if (!record.load(id, error))
        return false;
    const QString table = record.kind().table;
    if (table == QLatin1String("tasks"))
        return dossier(db, id, out, error);
    QString formId = id;
    if (table == QLatin1String("expense_lines"))
        formId = record.value(QStringLiteral("claim_id")).toString();
    PrintForm form;
    if (!PrintLayouts::form(db, formId, &form, error))
        return false;
    *out = PrintDocument();
    out->title = QStringLiteral("%1 %2 %3").arg(form.formCode, form.title, form.recordNumber);
    out->forms << form;
    return true;
}

bool PrintLayouts::form(Database &db, const QString &id, PrintForm *out, Error *error)
{
    PrintRecord record(db);
    if (!record.load(id, error))
        return false;
    const QString table = record.kind().table;
    if (table == QLatin1String("tasks"))
        return taskSheet(record, out, error);
    if (table == QLatin1String("briefings"))
        return briefing(record, out, error);
    if (table == QLatin1String("ndas"))
        return nda(record, out, error);
    if (table == QLatin1String("daily_reports"))
        return SiteReportLayouts::dailyReport(record, out, error);
    if (table == QLatin1String("service_reports"))
        return SiteReportLayouts::serviceReport(record, out, error);
    if (table == QLatin1String("callbacks"))
        return SiteReportLayouts::callback(record, out, error);
    if (table == QLatin1String("expense_claims"))
        return SiteReportLayouts::expenseClaim(record, out, error);
    if (table == QLatin1String("complaints"))
        return ReviewLayouts::complaint(record, out, error);
    if (table == QLatin1String("knowhow_incidents"))
        return ReviewLayouts::incident(record, out, error);
    if (table == QLatin1String("monthly_reviews"))
        return ReviewLayouts::monthlyReview(record, out, error);
    return Error::set(error, Error::Code::Failure,
                      tr("%1 %2 has no paper form to print; print its task instead.")
                          .arg(record.kind().translatedSingular(), id),
                      id);
}

bool PrintLayouts::dossier(Database &db, const QString &taskId, PrintDocument *out, Error *error)
{
    PrintRecord task(db);
    if (!task.load(taskId, error))
        return false;
    if (task.kind().table != QLatin1String("tasks"))
        return Error::set(error, Error::Code::Usage, tr("%1 is not a task.").arg(taskId), taskId);
    *out = PrintDocument();
    out->title = tr("Task dossier %1").arg(taskNumber(task));
    PrintForm sheet;
    if (!taskSheet(task, &sheet, error))
        return false;
    out->forms << sheet;
    // The forms of the task in the order of its life (SOP-10 §5.2-§5.4).
    const QList<QPair<QString, QString>> parts = {
        {QStringLiteral("briefings"), QStringLiteral("meeting_at")},
        {QStringLiteral("daily_reports"), QStringLiteral("date")},
        {QStringLiteral("expense_claims"), QStringLiteral("submitted_at")},
        {QStringLiteral("service_reports"), QStringLiteral("signed_at")},
        {QStringLiteral("callbacks"), QStringLiteral("called_at")},
    };
    for (const auto &part : parts) {
        for (const QString &id :
             childIds(db, part.first, QStringLiteral("task_id"), taskId, part.second)) {
            PrintForm form;
            if (!PrintLayouts::form(db, id, &form, error))
                return false;
            out->forms << form;
        }
    }
    return true;
}

bool PrintLayouts::taskSheet(const PrintRecord &task, PrintForm *out, Error *error)
{
    Q_UNUSED(error)
    PrintForm form = task.startForm(FormBrief, tr("Dispatch task sheet"), taskNumber(task));
    form.addHeading(tr("Request and registration (SOP-10 §5.2.1)"));
    form.addFields(
        task.pairs({QStringLiteral("number"), QStringLiteral("customer_id"), QStringLiteral("type"),
                    QStringLiteral("priority"), QStringLiteral("state"), QStringLiteral("site"),
                    QStringLiteral("requested_at"), QStringLiteral("registered_at")}));
    form.addFields(task.pairs({QStringLiteral("title")}), 1);
    form.addHeading(task.label(QStringLiteral("description")));
    form.addParagraph(orNone(task.text(QStringLiteral("description"))));

    form.addHeading(tr("Assessment (SOP-10 §5.2.2)"));
    form.addFields(task.pairs({QStringLiteral("complexity"), QStringLiteral("planned_days"),
                               QStringLiteral("knowhow_risk"), QStringLiteral("safety_risk"),
                               QStringLiteral("major_complaint"), QStringLiteral("nda_required")}));
    form.addFields(task.pairs({QStringLiteral("necessity"), QStringLiteral("commercial_value"),
                               QStringLiteral("remote_alternative")}),
                   1);

    form.addHeading(tr("Approval (SOP-10 §5.2.3)"));
    form.addFields(task.pairs({QStringLiteral("approval")}), 1);
    QList<QStringList> approvals;
    for (const QString &id :
         childIds(task.database(), QStringLiteral("approvals"), QStringLiteral("task_id"),
                  task.id(), QStringLiteral("decided_at"))) {
        PrintRecord a(task.database());
        if (!a.load(id, error))
            return false;
        approvals << QStringList{
            a.text(QStringLiteral("approver_id")), a.text(QStringLiteral("level")),
            a.text(QStringLiteral("decision")), a.text(QStringLiteral("decided_at")),
            a.text(QStringLiteral("comment"))};
    }
    if (approvals.isEmpty())
        form.addParagraph(tr("No approval decision recorded yet."));
    else
        form.addTable(
            {tr("Approver"), tr("Level"), tr("Decision"), tr("Decided at"), tr("Comment")},
            approvals, {1.2, 1.6, 1, 1.6, 3});

    form.addHeading(tr("Dispatch"));
    form.addFields(task.pairs({QStringLiteral("engineer_ids"), QStringLiteral("planned_start"),
                               QStringLiteral("planned_end"), QStringLiteral("onsite_end"),
                               QStringLiteral("report_due"), QStringLiteral("callback_due")}));
    if (!task.isEmpty(QStringLiteral("cancel_reason")))
        form.addFields({task.pair(QStringLiteral("cancel_reason"))}, 1);

    QList<QStringList> anomalies;
    for (const QString &id :
         childIds(task.database(), QStringLiteral("anomalies"), QStringLiteral("task_id"),
                  task.id(), QStringLiteral("occurred_at"))) {
        PrintRecord a(task.database());
        if (!a.load(id, error))
            return false;
        anomalies << QStringList{
            a.text(QStringLiteral("type")),        a.text(QStringLiteral("occurred_at")),
            a.text(QStringLiteral("notified_at")), a.text(QStringLiteral("notified_ids")),
            a.text(QStringLiteral("description")), a.text(QStringLiteral("action"))};
    }
    if (!anomalies.isEmpty()) {
        form.addHeading(tr("Anomalies (SOP-10 §5.3.4)"));
        form.addTable({tr("Type"), tr("Occurred at"), tr("Notified at"), tr("Who was told"),
                       tr("What happened"), tr("Action taken")},
                      anomalies, {1.7, 1.5, 1.5, 1.3, 2.6, 2.4});
    }
    *out = form;
    return true;
}

bool PrintLayouts::briefing(const PrintRecord &brief, PrintForm *out, Error *error)
{
    PrintRecord task(brief.database());
    if (!task.load(brief.value(QStringLiteral("task_id")).toString(), error))
        return false;
    PrintForm form = brief.startForm(FormBrief, tr("Mission brief"), taskNumber(task));
    form.addHeading(tr("Task"));
    QList<QPair<QString, QString>> head =
        task.pairs({QStringLiteral("number"), QStringLiteral("customer_id"), QStringLiteral("site"),
                    QStringLiteral("engineer_ids"), QStringLiteral("planned_start"),
                    QStringLiteral("planned_end")});
    head << brief.pairs({QStringLiteral("meeting_at"), QStringLiteral("departure_at")});
    form.addFields(head);
    form.addFields({brief.pair(QStringLiteral("attendee_ids"))}, 1);

    // The eight agenda items of §5.2.4, in the order the brief declares them.
    form.addHeading(tr("Briefing agenda (SOP-10 §5.2.4)"));
    const QStringList agenda = {QStringLiteral("background"),
                                QStringLiteral("objectives"),
                                QStringLiteral("schedule"),
                                QStringLiteral("knowhow_boundary"),
                                QStringLiteral("safety_notes"),
                                QStringLiteral("emergency_contacts"),
                                QStringLiteral("special_requirements"),
                                QStringLiteral("qa_notes")};
    QList<QStringList> rows;
    for (int i = 0; i < agenda.size(); ++i)
        rows << QStringList{QString::number(i + 1), brief.label(agenda.at(i)),
                            orNone(brief.text(agenda.at(i)))};
    form.addTable({tr("No."), tr("Agenda item"), tr("Content")}, rows, {0.5, 2.2, 6});

    form.addHeading(tr("Know-how boundary (SOP-10 §5.3.1.2)"));
    QList<QStringList> boundary;
    for (const KnowhowBoundary::Row &row : KnowhowBoundary::rows())
        boundary << QStringList{row.topic, row.maySay, row.mayNotSay};
    form.addTable({tr("Topic"), tr("May say"), tr("May not say")}, boundary, {1.4, 3, 3});
    form.addFields({brief.pair(QStringLiteral("knowhow_boundary_ack"))}, 1);

    form.addHeading(tr("Safety risk and PPE (SOP-10 §5.2.7)"));
    form.addFields({task.pair(QStringLiteral("safety_risk"))}, 1);
    QList<QStringList> ppe;
    const QStringList items =
        PpeRule::itemsFor(task.value(QStringLiteral("safety_risk")).toString());
    for (int i = 0; i < items.size(); ++i)
        ppe << QStringList{QString::number(i + 1), PpeRule::label(items.at(i)), QString()};
    if (ppe.isEmpty())
        form.addParagraph(tr("The task's safety risk is not assessed yet: no PPE list."));
    else
        form.addTable({tr("No."), tr("Equipment"), tr("Packed (tick by hand)")}, ppe, {0.5, 5, 2});

    form.addHeading(tr("Pre-trip confirmation (SOP-10 §5.2.8)"));
    form.addFields(brief.pairs({QStringLiteral("arrival"), QStringLiteral("site_conditions")}), 1);
    const FieldSpec *confirmations = brief.kind().field(QStringLiteral("pretrip_confirmed"));
    const QStringList done =
        FieldCodec::listValues(brief.value(QStringLiteral("pretrip_confirmed")));
    QList<QStringList> checks;
    for (const QString &value : confirmations ? confirmations->values : QStringList())
        checks << QStringList{EnumNames::text(QStringLiteral("pretrip_confirmed"), value),
                              done.contains(value) ? tr("Confirmed") : tr("Not confirmed")};
    form.addTable({tr("Check"), tr("Status")}, checks, {4, 2});
    form.addFields({brief.pair(QStringLiteral("pack_read_at"))}, 1);

    form.addHeading(tr("Signatures"));
    form.addSignatures(brief.signatureBlocks(
        {{QStringLiteral("engineer"), peopleNames(task, QStringLiteral("engineer_ids"))}}));
    *out = form;
    return true;
}

bool PrintLayouts::nda(const PrintRecord &nda, PrintForm *out, Error *error)
{
    Q_UNUSED(error)
    const QString number = QStringLiteral("%1 — %2").arg(
        nda.text(QStringLiteral("template_version")), nda.text(QStringLiteral("counterparty_id")));
    PrintForm form = nda.startForm(FormNda, tr("NDA record sheet"), number, true);
    form.addHeading(tr("Agreement (SOP-10 §5.2.5)"));
    QList<QPair<QString, QString>> fields =
        nda.pairs({QStringLiteral("counterparty_id"), QStringLiteral("scope"),
                   QStringLiteral("template_version"), QStringLiteral("signed_on"),
                   QStringLiteral("custodian_id")});
    fields << qMakePair(nda.label(QStringLiteral("attachment_id")),
                        nda.isEmpty(QStringLiteral("attachment_id"))
                            ? tr("Not attached yet: file the signed original and scan it.")
                            : tr("Attached, stored encrypted in the desk"));
    for (auto &pair : fields) {
        if (pair.second.isEmpty())
            pair.second = tr("(not yet)");
    }
    form.addFields(fields, 1);
    form.addHeading(nda.label(QStringLiteral("notes")));
    form.addParagraph(orNone(nda.text(QStringLiteral("notes"))));
    form.addNote(tr("Kept permanently (SOP-10 §9). The signed original is filed with this "
                    "sheet."));
    form.addHeading(tr("Signatures"));
    QStringList custodian;
    if (!nda.isEmpty(QStringLiteral("custodian_id")))
        custodian << nda.text(QStringLiteral("custodian_id"));
    form.addSignatures(nda.signatureBlocks({{QStringLiteral("custodian"), custodian}}));
    *out = form;
    return true;
}

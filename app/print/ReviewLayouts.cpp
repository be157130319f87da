#include "app/print/ReviewLayouts.h"

#include "app/kpi/KpiText.h"
#include "app/kpi/MonthlyReview.h"
#include "app/print/PrintLayouts.h"
#include "app/print/PrintRecord.h"

#include <cmath>

namespace {
const QString FormComplaint = QStringLiteral("QEF-15-05");
const QString FormIncident = QStringLiteral("SOP-17");
const QString FormReview = QStringLiteral("SOP-10 §5.5");

QString key(const char *k)
{
    return QString::fromLatin1(k);
}

// The rows of one kind of case: each record's fields as printed, in the given order.
bool rowsOf(Database &db, const QStringList &ids, const QStringList &keys, QList<QStringList> *rows,
            Error *error)
{
    for (const QString &id : ids) {
        PrintRecord r(db);
        if (!r.load(id, error))
            return false;
        QStringList row;
        for (const QString &k : keys)
            row << r.text(k);
        *rows << row;
    }
    return true;
}

} // namespace

bool ReviewLayouts::complaint(const PrintRecord &complaint, PrintForm *out, Error *error)
{
    Q_UNUSED(error)
    const QString number = QStringLiteral("%1 — %2").arg(complaint.text(key("customer_id")),
                                                         complaint.text(key("received_at")));
    PrintForm form = complaint.startForm(FormComplaint, tr("Customer complaint receipt"), number);
    form.addHeading(tr("Complaint (SOP-15 §10)"));
    form.addFields(complaint.pairs({key("received_at"), key("customer_id"), key("severity"),
                                    key("task_id"), key("response_due"), key("first_response_at"),
                                    key("response_overdue"), key("handled_by_id")}));
    form.addHeading(complaint.label(key("description")));
    form.addParagraph(PrintLayouts::orNone(complaint.text(key("description"))));
    form.addHeading(complaint.label(key("solution")));
    form.addParagraph(PrintLayouts::orNone(complaint.text(key("solution"))));
    form.addFields({complaint.pair(key("closed_on"))}, 1);
    form.addHeading(tr("Signatures"));
    QStringList handler;
    if (!complaint.isEmpty(key("handled_by_id")))
        handler << complaint.text(key("handled_by_id"));
    form.addSignatures(complaint.signatureBlocks({{key("handler"), handler}}));
    *out = form;
    return true;
}

bool ReviewLayouts::incident(const PrintRecord &incident, PrintForm *out, Error *error)
{
    Q_UNUSED(error)
    PrintForm form = incident.startForm(FormIncident, tr("Know-how incident record"),
                                        incident.text(key("found_on")));
    form.addHeading(tr("Incident (SOP-17)"));
    form.addFields(incident.pairs(
        {key("found_on"), key("level"), key("task_id"), key("reported_by_id"), key("closed_on")}));
    form.addHeading(incident.label(key("description")));
    form.addParagraph(PrintLayouts::orNone(incident.text(key("description"))));
    form.addHeading(incident.label(key("actions")));
    form.addParagraph(PrintLayouts::orNone(incident.text(key("actions"))));
    form.addHeading(tr("Signatures"));
    QStringList reporter;
    if (!incident.isEmpty(key("reported_by_id")))
        reporter << incident.text(key("reported_by_id"));
    form.addSignatures(incident.signatureBlocks({{key("reporter"), reporter}}));
    *out = form;
    return true;
}

bool ReviewLayouts::monthlyReview(const PrintRecord &review, PrintForm *out, Error *error)
{
    Database &db = review.database();
    MonthlyReview::Figures figures;
    if (!MonthlyReview::figuresOf(db, review.id(), &figures, error))
        return false;
    const QString month = review.text(key("month"));
    PrintForm form = review.startForm(FormReview, tr("Monthly dispatch case review"), month);
    form.addHeading(tr("KPI figures %1 (SOP-10 §7, SOP-15 §7)").arg(month));
    form.addNote(figures.frozen
                     ? tr("Figures as signed (computed %1); later edits of records do not change "
                          "them.")
                           .arg(PrintRecord::formatDateTime(figures.computedAt))
                     : tr("Draft: figures computed from the records at printing; they are frozen "
                          "when the review is signed."));
    QList<QStringList> rows;
    for (const KpiFigure &f : figures.kpis)
        rows << QStringList{KpiText::name(f.name), KpiText::value(f),  KpiText::target(f),
                            KpiText::fraction(f),  KpiText::status(f), KpiText::change(f)};
    form.addTable({tr("KPI"), tr("Value"), tr("Target"), tr("Basis"), tr("Status"), tr("Change")},
                  rows, {3, 1.3, 1.2, 1.6, 1, 1.8}, {1});

    form.addHeading(tr("NPS by customer tier"));
    QList<QStringList> nps;
    for (const char *name : {"nps", "nps_a", "nps_b"}) {
        const KpiFigure *f = figures.kpi(key(name));
        if (!f)
            continue;
        nps << QStringList{KpiText::name(f->name),
                           QString::number(f->promoters),
                           QString::number(f->passives),
                           QString::number(f->detractors),
                           QString::number(f->denominator),
                           KpiText::value(*f),
                           KpiText::target(*f)};
    }
    form.addTable({tr("Tier"), tr("Promoters (9-10)"), tr("Passives (7-8)"), tr("Detractors (0-6)"),
                   tr("Answers"), tr("NPS"), tr("Target")},
                  nps, {2, 1.3, 1.3, 1.3, 1, 1, 1}, {1, 2, 3, 4, 5});

    form.addHeading(tr("Trends: the last %n month(s)", nullptr, MonthlyReview::TrendMonths));
    for (const KpiFigure &f : figures.kpis) {
        const QList<KpiFigure> points = figures.trends.value(f.name);
        QStringList labels, texts;
        QList<qreal> values;
        for (const KpiFigure &p : points) {
            labels << p.period.mid(2); // "25-12": twelve labels fit under A4 bars
            values << (p.hasValue ? p.shownValue() : std::nan(""));
            texts << (p.hasValue ? KpiText::number(p, p.shownValue()) : QStringLiteral("–"));
        }
        form.addChart(QStringLiteral("%1 (%2 %3)")
                          .arg(KpiText::name(f.name), tr("target"), KpiText::target(f)),
                      labels, values, texts, true, f.target);
    }

    MonthlyReview::Cases cases;
    if (!MonthlyReview::cases(db, KpiPeriod::fromKey(month), &cases, error))
        return false;
    const auto section = [&](const QString &title, const QStringList &ids,
                             const QStringList &headers, const QStringList &keys,
                             const QList<qreal> &weights) {
        form.addHeading(title);
        QList<QStringList> caseRows;
        if (!rowsOf(db, ids, keys, &caseRows, error))
            return false;
        if (caseRows.isEmpty())
            form.addParagraph(tr("None in %1.").arg(month));
        else
            form.addTable(headers, caseRows, weights);
        return true;
    };
    if (!section(
            tr("Anomaly cases (SOP-10 §5.3.4)"), cases.anomalies,
            {tr("Task"), tr("Type"), tr("Occurred at"), tr("What happened"), tr("Action taken")},
            {key("task_id"), key("type"), key("occurred_at"), key("description"), key("action")},
            {1.6, 1.3, 1.5, 3, 3}) ||
        !section(tr("Customer complaints (QEF-15-05)"), cases.complaints,
                 {tr("Received at"), tr("Customer"), tr("Severity"), tr("Dispatch"),
                  tr("Complaint"), tr("Closed on")},
                 {key("received_at"), key("customer_id"), key("severity"), key("task_id"),
                  key("description"), key("closed_on")},
                 {1.5, 1.6, 0.8, 1.6, 3.2, 1.1}) ||
        !section(
            tr("Know-how incidents (SOP-17)"), cases.incidents,
            {tr("Found on"), tr("Level"), tr("Task"), tr("What leaked and how"), tr("Actions")},
            {key("found_on"), key("level"), key("task_id"), key("description"), key("actions")},
            {1.1, 1, 1.6, 3.3, 3}) ||
        !section(tr("Call-backs below 7 (SOP-15 §7.3)"), cases.lowCallbacks,
                 {tr("Task"), tr("Called at"), tr("Satisfaction"), tr("NPS"),
                  tr("Improvement plan"), tr("Follow-up due"), tr("Done on")},
                 {key("task_id"), key("called_at"), key("satisfaction"), key("nps"),
                  key("improvement_plan"), key("improvement_due"), key("improvement_done_on")},
                 {1.6, 1.5, 0.9, 0.6, 3.2, 1.1, 1.1}) ||
        !section(
            tr("Improvement plans still open (90-day follow-up)"), cases.openPlans,
            {tr("Task"), tr("Called at"), tr("Improvement plan"), tr("Follow-up due")},
            {key("task_id"), key("called_at"), key("improvement_plan"), key("improvement_due")},
            {1.6, 1.5, 4, 1.2}))
        return false;

    form.addHeading(review.label(key("notes")));
    form.addParagraph(PrintLayouts::orNone(review.text(key("notes"))));
    form.addHeading(review.label(key("decisions")));
    form.addParagraph(PrintLayouts::orNone(review.text(key("decisions"))));
    form.addNote(tr("Feeds the management review (SOP-20)."));
    form.addHeading(tr("Signatures"));
    form.addSignatures(review.signatureBlocks({{key("cto"), {}}}));
    *out = form;
    return true;
}

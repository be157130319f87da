#include "app/catalog/CatalogBuilder.h"

#include <QCoreApplication>

// The on-site and closing forms of SOP-10 §5.3-§5.5: daily reports (QEF-10-02), anomalies
// (§5.3.4), service reports (QEF-10-01 报告), call-backs (QEF-10-03, SOP-15 §7), expense claims
// (QEF-10-05) with their lines, and the know-how library.
QList<RecordKind> siteReportKinds()
{
    using B = CatalogBuilder;
    using T = FieldSpec::Type;
    const auto task = [] {
        return B::reference("task_id", T::Reference, QT_TRANSLATE_NOOP("Field", "Task"), "tasks",
                            true);
    };

    RecordKind daily = B::kind("daily_reports", QT_TRANSLATE_NOOP("RecordKind", "Daily report"),
                               QT_TRANSLATE_NOOP("RecordKind", "Daily reports"), "date");
    daily.fields = {
        task(),
        B::reference("engineer_id", T::Reference, QT_TRANSLATE_NOOP("Field", "Engineer"), "people",
                     true),
        B::typed("date", T::Date, QT_TRANSLATE_NOOP("Field", "Date"), true),
        B::typed("work", T::LongText, QT_TRANSLATE_NOOP("Field", "Today's work (time slots)")),
        B::typed("findings", T::LongText, QT_TRANSLATE_NOOP("Field", "Findings")),
        B::typed("plan", T::LongText, QT_TRANSLATE_NOOP("Field", "Tomorrow's plan")),
        B::typed("support", T::LongText, QT_TRANSLATE_NOOP("Field", "Support requested")),
        B::reference("support_from_ids", T::ReferenceList,
                     QT_TRANSLATE_NOOP("Field", "Support asked from"), "people"),
        B::typed("submitted_at", T::DateTime, QT_TRANSLATE_NOOP("Field", "Submitted at")),
        B::derived("late", T::Bool, QT_TRANSLATE_NOOP("Field", "Late (after 17:00)")),
        B::internal("revision_of", T::Reference, QT_TRANSLATE_NOOP("Field", "Corrects report"),
                    "daily_reports"),
    };
    daily.searchTitleFrom = QStringLiteral("task_id");
    daily.searchFields = {QStringLiteral("work"), QStringLiteral("findings"),
                          QStringLiteral("plan"), QStringLiteral("support")};

    RecordKind anomalies = B::kind("anomalies", QT_TRANSLATE_NOOP("RecordKind", "Anomaly"),
                                   QT_TRANSLATE_NOOP("RecordKind", "Anomalies"), "occurred_at");
    anomalies.fields = {
        task(),
        B::choice("type", T::Enum, QT_TRANSLATE_NOOP("Field", "Anomaly type"),
                  {QStringLiteral("safety"), QStringLiteral("complaint"),
                   QStringLiteral("commercial"), QStringLiteral("technical"),
                   QStringLiteral("general")},
                  true),
        B::typed("occurred_at", T::DateTime, QT_TRANSLATE_NOOP("Field", "Occurred at"), true),
        B::reference("reporter_id", T::Reference, QT_TRANSLATE_NOOP("Field", "Reported by"),
                     "people"),
        B::typed("notified_at", T::DateTime, QT_TRANSLATE_NOOP("Field", "Notified at")),
        B::reference("notified_ids", T::ReferenceList, QT_TRANSLATE_NOOP("Field", "Who was told"),
                     "people"),
        B::choice("channels", T::EnumList, QT_TRANSLATE_NOOP("Field", "How"),
                  {QStringLiteral("phone"), QStringLiteral("wechat"), QStringLiteral("platform"),
                   QStringLiteral("daily_report")}),
        B::typed("description", T::LongText, QT_TRANSLATE_NOOP("Field", "What happened")),
        B::typed("action", T::LongText, QT_TRANSLATE_NOOP("Field", "Action taken")),
        B::derived("notify_by", T::DateTime, QT_TRANSLATE_NOOP("Field", "Notify by")),
        B::derived("overdue", T::Bool, QT_TRANSLATE_NOOP("Field", "Notification overdue")),
    };

    RecordKind service =
        B::kind("service_reports", QT_TRANSLATE_NOOP("RecordKind", "Service report"),
                QT_TRANSLATE_NOOP("RecordKind", "Service reports"), "signed_at");
    service.fields = {
        task(),
        B::typed("summary", T::LongText,
                 QT_TRANSLATE_NOOP("Field", "1. Task summary (objectives vs achieved)")),
        B::typed("site_situation", T::LongText, QT_TRANSLATE_NOOP("Field", "2. Site situation")),
        B::typed("solutions", T::LongText,
                 QT_TRANSLATE_NOOP("Field", "3. Solutions and follow-ups")),
        B::typed("customer_feedback", T::LongText,
                 QT_TRANSLATE_NOOP("Field", "4. Customer feedback")),
        B::score("satisfaction", QT_TRANSLATE_NOOP("Field", "Satisfaction (1-10)"), 1, 10),
        B::typed("suggestions", T::LongText,
                 QT_TRANSLATE_NOOP("Field", "5. Improvement suggestions")),
        B::typed("knowhow_feedback", T::LongText,
                 QT_TRANSLATE_NOOP("Field", "6. Know-how feedback")),
        B::typed("settlement", T::LongText, QT_TRANSLATE_NOOP("Field", "7. Financial settlement")),
        B::typed("signed_at", T::DateTime, QT_TRANSLATE_NOOP("Field", "Signed at")),
        B::reference("signed_by_ids", T::ReferenceList, QT_TRANSLATE_NOOP("Field", "Signed by"),
                     "people"),
        B::derived("on_time", T::Bool, QT_TRANSLATE_NOOP("Field", "Signed within 3 working days")),
        B::derived("expenses_total", T::Money,
                   QT_TRANSLATE_NOOP("Field", "Expenses reimbursed (QEF-10-05)")),
    };
    service.searchTitleFrom = QStringLiteral("task_id");
    service.searchFields = {QStringLiteral("summary"),     QStringLiteral("site_situation"),
                            QStringLiteral("solutions"),   QStringLiteral("customer_feedback"),
                            QStringLiteral("suggestions"), QStringLiteral("knowhow_feedback"),
                            QStringLiteral("settlement")};

    RecordKind callbacks = B::kind("callbacks", QT_TRANSLATE_NOOP("RecordKind", "Call-back"),
                                   QT_TRANSLATE_NOOP("RecordKind", "Call-backs"), "called_at");
    callbacks.fields = {
        task(),
        B::typed("called_at", T::DateTime, QT_TRANSLATE_NOOP("Field", "Called at")),
        B::reference("caller_id", T::Reference, QT_TRANSLATE_NOOP("Field", "Called by"), "people"),
        B::text("contact", QT_TRANSLATE_NOOP("Field", "Customer contact")),
        B::score("satisfaction", QT_TRANSLATE_NOOP("Field", "Satisfaction (1-10)"), 1, 10),
        B::score("nps", QT_TRANSLATE_NOOP("Field", "Would recommend us (NPS 0-10)"), 0, 10),
        B::typed("engineer_performance", T::LongText,
                 QT_TRANSLATE_NOOP("Field", "Engineer performance")),
        B::typed("further_needs", T::LongText, QT_TRANSLATE_NOOP("Field", "Further needs")),
        B::typed("suggestions", T::LongText, QT_TRANSLATE_NOOP("Field", "Suggestions")),
        B::typed("improvement_plan", T::LongText, QT_TRANSLATE_NOOP("Field", "Improvement plan")),
        B::typed("improvement_due", T::Date,
                 QT_TRANSLATE_NOOP("Field", "Improvement follow-up due")),
        B::typed("improvement_done_on", T::Date,
                 QT_TRANSLATE_NOOP("Field", "Improvement completed on")),
        B::derived("nps_group", T::Text, QT_TRANSLATE_NOOP("Field", "NPS group")),
        B::derived("improvement_required", T::Bool,
                   QT_TRANSLATE_NOOP("Field", "Improvement plan required")),
    };

    RecordKind claims = B::kind("expense_claims", QT_TRANSLATE_NOOP("RecordKind", "Expense claim"),
                                QT_TRANSLATE_NOOP("RecordKind", "Expense claims"), "submitted_at");
    claims.fields = {
        task(),
        B::reference("claimant_id", T::Reference, QT_TRANSLATE_NOOP("Field", "Claimant"), "people",
                     true),
        B::typed("submitted_at", T::DateTime, QT_TRANSLATE_NOOP("Field", "Submitted at")),
        B::typed("declared_on", T::Date, QT_TRANSLATE_NOOP("Field", "Gifts declared on")),
        B::reference("declared_to_id", T::Reference, QT_TRANSLATE_NOOP("Field", "Declared to"),
                     "people"),
        B::typed("notes", T::LongText, QT_TRANSLATE_NOOP("Field", "Notes")),
        B::derived("total", T::Money, QT_TRANSLATE_NOOP("Field", "Total reimbursed")),
        B::derived("declaration_pending", T::Bool,
                   QT_TRANSLATE_NOOP("Field", "Gift declaration pending")),
    };

    // Lines are records of their own (edited, synced and summed one by one) but are written
    // inside their claim in the interchange format: expense_claims[].lines[].
    RecordKind lines = B::kind("expense_lines", QT_TRANSLATE_NOOP("RecordKind", "Expense line"),
                               QT_TRANSLATE_NOOP("RecordKind", "Expense lines"), "description");
    lines.parentArray = QStringLiteral("expense_claims");
    lines.nestedKey = QStringLiteral("lines");
    lines.parentField = QStringLiteral("claim_id");
    lines.orderField = QStringLiteral("line_no");
    // An amount means nothing without who paid it: the two merge as one unit.
    FieldSpec paidBy = B::choice("paid_by", T::Enum, QT_TRANSLATE_NOOP("Field", "Paid by"),
                                 {QStringLiteral("company"), QStringLiteral("customer")}, true);
    paidBy.mergeGroup = QStringLiteral("payment");
    lines.fields = {
        B::reference("claim_id", T::Reference, QT_TRANSLATE_NOOP("Field", "Expense claim"),
                     "expense_claims", true),
        B::score("line_no", QT_TRANSLATE_NOOP("Field", "Line"), 1, 9999, true),
        B::typed("date", T::Date, QT_TRANSLATE_NOOP("Field", "Date"), true),
        B::choice("category", T::Enum, QT_TRANSLATE_NOOP("Field", "Category"),
                  {QStringLiteral("transport"), QStringLiteral("lodging"), QStringLiteral("meals"),
                   QStringLiteral("hospitality"), QStringLiteral("gift"), QStringLiteral("other")},
                  true),
        B::text("description", QT_TRANSLATE_NOOP("Field", "Description"), false, 400),
        B::money("amount", QT_TRANSLATE_NOOP("Field", "Amount (RMB)"), true, "payment"),
        paidBy,
        B::typed("receipt", T::Bool, QT_TRANSLATE_NOOP("Field", "Receipt")),
        B::reference("daily_report_id", T::Reference, QT_TRANSLATE_NOOP("Field", "Daily report"),
                     "daily_reports"),
        B::derived("declaration_required", T::Bool,
                   QT_TRANSLATE_NOOP("Field", "Declaration required (> RMB 200)")),
    };

    RecordKind knowhow = B::kind("knowhow", QT_TRANSLATE_NOOP("RecordKind", "Know-how entry"),
                                 QT_TRANSLATE_NOOP("RecordKind", "Know-how"), "title");
    knowhow.fields = {
        B::text("title", QT_TRANSLATE_NOOP("Field", "Title"), true),
        B::choice("level", T::Enum, QT_TRANSLATE_NOOP("Field", "Level"),
                  {QStringLiteral("L1"), QStringLiteral("L2"), QStringLiteral("L3")}, true),
        B::typed("body", T::LongText, QT_TRANSLATE_NOOP("Field", "Content")),
        B::reference("task_ids", T::ReferenceList, QT_TRANSLATE_NOOP("Field", "Tasks"), "tasks"),
        B::reference("source_report_id", T::Reference, QT_TRANSLATE_NOOP("Field", "From report"),
                     "service_reports,daily_reports"),
    };
    knowhow.searchTitleFields = {QStringLiteral("title")};
    knowhow.searchFields = {QStringLiteral("body")};
    knowhow.searchExcludeField = QStringLiteral("level");
    knowhow.searchExcludeValues = {QStringLiteral("L3")};

    return {daily, anomalies, service, callbacks, claims, lines, knowhow};
}

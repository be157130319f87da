#include "app/catalog/CatalogBuilder.h"

#include <QCoreApplication>

// The review stage of SOP-10 (§5.5 经验沉淀): customer complaints (QEF-15-05 客诉接收单),
// know-how incidents (SOP-17) and the monthly review that Robert signs for the management
// review. The KPIs (app/kpi) read these with the tasks and call-backs.
QList<RecordKind> reviewKinds()
{
    using B = CatalogBuilder;
    using T = FieldSpec::Type;

    RecordKind complaints =
        B::kind("complaints", QT_TRANSLATE_NOOP("RecordKind", "Customer complaint"),
                QT_TRANSLATE_NOOP("RecordKind", "Customer complaints"), "received_at");
    complaints.fields = {
        B::typed("received_at", T::DateTime, QT_TRANSLATE_NOOP("Field", "Received at"), true),
        B::reference("customer_id", T::Reference, QT_TRANSLATE_NOOP("Field", "Customer"),
                     "customers", true),
        B::reference("task_id", T::Reference, QT_TRANSLATE_NOOP("Field", "Dispatch concerned"),
                     "tasks"),
        B::choice("severity", T::Enum, QT_TRANSLATE_NOOP("Field", "Severity"),
                  {QStringLiteral("major"), QStringLiteral("normal")}, true),
        B::typed("description", T::LongText, QT_TRANSLATE_NOOP("Field", "Complaint")),
        B::typed("first_response_at", T::DateTime, QT_TRANSLATE_NOOP("Field", "First response at")),
        B::reference("handled_by_id", T::Reference, QT_TRANSLATE_NOOP("Field", "Handled by"),
                     "people"),
        B::typed("solution", T::LongText, QT_TRANSLATE_NOOP("Field", "Solution")),
        B::typed("closed_on", T::Date, QT_TRANSLATE_NOOP("Field", "Closed on")),
        B::derived("response_due", T::DateTime,
                   QT_TRANSLATE_NOOP("Field", "First response due (4 h)")),
        B::derived("response_overdue", T::Bool,
                   QT_TRANSLATE_NOOP("Field", "First response overdue")),
    };
    complaints.searchTitleFrom = QStringLiteral("customer_id");
    complaints.searchFields = {QStringLiteral("description"), QStringLiteral("solution")};

    RecordKind incidents =
        B::kind("knowhow_incidents", QT_TRANSLATE_NOOP("RecordKind", "Know-how incident"),
                QT_TRANSLATE_NOOP("RecordKind", "Know-how incidents"), "found_on");
    incidents.fields = {
        B::typed("found_on", T::Date, QT_TRANSLATE_NOOP("Field", "Found on"), true),
        B::reference("task_id", T::Reference, QT_TRANSLATE_NOOP("Field", "Task"), "tasks"),
        B::choice("level", T::Enum, QT_TRANSLATE_NOOP("Field", "Level"),
                  {QStringLiteral("L1"), QStringLiteral("L2"), QStringLiteral("L3")}, true),
        B::typed("description", T::LongText, QT_TRANSLATE_NOOP("Field", "What leaked and how")),
        B::reference("reported_by_id", T::Reference, QT_TRANSLATE_NOOP("Field", "Reported by"),
                     "people"),
        B::typed("actions", T::LongText, QT_TRANSLATE_NOOP("Field", "Actions")),
        B::typed("closed_on", T::Date, QT_TRANSLATE_NOOP("Field", "Closed on")),
    };

    RecordKind reviews =
        B::kind("monthly_reviews", QT_TRANSLATE_NOOP("RecordKind", "Monthly review"),
                QT_TRANSLATE_NOOP("RecordKind", "Monthly reviews"), "month");
    FieldSpec month = B::text("month", QT_TRANSLATE_NOOP("Field", "Month"), true, 7);
    month.pattern = QStringLiteral("\\d{4}-(0[1-9]|1[0-2])");
    month.patternHint = QStringLiteral("2026-11");
    // The KPI figures as JSON, written by the program when the review is signed (MonthlyReview)
    // so that a signed review keeps the figures it was signed with.
    FieldSpec figures = B::typed("figures", T::LongText,
                                 QT_TRANSLATE_NOOP("Field", "Figures (frozen when signed)"));
    figures.internal = true;
    reviews.fields = {
        month,
        B::typed("notes", T::LongText, QT_TRANSLATE_NOOP("Field", "Notes")),
        B::typed("decisions", T::LongText, QT_TRANSLATE_NOOP("Field", "Decisions")),
        figures,
    };
    reviews.searchFields = {QStringLiteral("notes"), QStringLiteral("decisions")};
    reviews.searchTitleFields = {QStringLiteral("month")};

    return {complaints, incidents, reviews};
}

#include "app/catalog/CatalogBuilder.h"

#include <QCoreApplication>

// The task life of SOP-10 §5.1-§5.2: tasks, approval decisions, mission briefs (QEF-10-01
// 说明书) and NDAs (QEF-10-04).
QList<RecordKind> taskLifeKinds()
{
    using B = CatalogBuilder;
    using T = FieldSpec::Type;

    RecordKind ndas = B::kind("ndas", QT_TRANSLATE_NOOP("RecordKind", "NDA"),
                              QT_TRANSLATE_NOOP("RecordKind", "NDAs"), "template_version");
    ndas.fields = {
        B::reference("counterparty_id", T::Reference, QT_TRANSLATE_NOOP("Field", "Counterparty"),
                     "customers,people", true),
        B::choice("scope", T::EnumList, QT_TRANSLATE_NOOP("Field", "Scope"),
                  {QStringLiteral("customer"), QStringLiteral("lithera"), QStringLiteral("mutual")},
                  true),
        B::text("template_version", QT_TRANSLATE_NOOP("Field", "Template version"), true, 60),
        B::typed("signed_on", T::Date, QT_TRANSLATE_NOOP("Field", "Signed on")),
        B::reference("custodian_id", T::Reference, QT_TRANSLATE_NOOP("Field", "Custodian"),
                     "people"),
        // Not a catalog kind: files live in the attachments table (AttachmentStore).
        B::reference("attachment_id", T::Reference, QT_TRANSLATE_NOOP("Field", "Scanned copy"),
                     "attachments"),
        B::typed("notes", T::LongText, QT_TRANSLATE_NOOP("Field", "Notes")),
    };

    RecordKind tasks = B::kind("tasks", QT_TRANSLATE_NOOP("RecordKind", "Task"),
                               QT_TRANSLATE_NOOP("RecordKind", "Tasks"), "number");
    FieldSpec number = B::text("number", QT_TRANSLATE_NOOP("Field", "Task number"), false, 20);
    number.pattern = QStringLiteral("LITH-FE-\\d{4}-\\d{4}");
    number.patternHint = QStringLiteral("LITH-FE-2026-0001");
    // In a team the number is reserved on the share; offline the task waits for the next sync.
    number.emptyText = QT_TRANSLATE_NOOP("Field", "Pending number");
    tasks.fields = {
        number,
        B::reference("customer_id", T::Reference, QT_TRANSLATE_NOOP("Field", "Customer"),
                     "customers", true),
        B::choice("type", T::Enum, QT_TRANSLATE_NOOP("Field", "Type"),
                  {QStringLiteral("oem_mixing"), QStringLiteral("line_support"),
                   QStringLiteral("training"), QStringLiteral("urgent_complaint"),
                   QStringLiteral("product_trial"), QStringLiteral("audit"),
                   QStringLiteral("trade_show")},
                  true),
        B::choice("priority", T::Enum, QT_TRANSLATE_NOOP("Field", "Priority"),
                  {QStringLiteral("P0"), QStringLiteral("P1")}, true),
        B::choice("state", T::Enum, QT_TRANSLATE_NOOP("Field", "State"),
                  {QStringLiteral("registered"), QStringLiteral("assessed"),
                   QStringLiteral("approved"), QStringLiteral("rejected"),
                   QStringLiteral("briefed"), QStringLiteral("on_site"),
                   QStringLiteral("reporting"), QStringLiteral("callback"),
                   QStringLiteral("closed"), QStringLiteral("cancelled")},
                  true),
        B::text("title", QT_TRANSLATE_NOOP("Field", "Subject")),
        B::text("site", QT_TRANSLATE_NOOP("Field", "Site")),
        B::typed("description", T::LongText, QT_TRANSLATE_NOOP("Field", "Request")),
        B::typed("requested_at", T::DateTime, QT_TRANSLATE_NOOP("Field", "Requested at"), true),
        B::typed("registered_at", T::DateTime, QT_TRANSLATE_NOOP("Field", "Registered at"), true),
        B::typed("necessity", T::LongText, QT_TRANSLATE_NOOP("Field", "Necessity")),
        B::choice("complexity", T::Enum, QT_TRANSLATE_NOOP("Field", "Complexity"),
                  {QStringLiteral("simple"), QStringLiteral("medium"), QStringLiteral("complex")}),
        B::number("planned_days", QT_TRANSLATE_NOOP("Field", "Planned days"), 0, true, 365),
        B::choice("knowhow_risk", T::Enum, QT_TRANSLATE_NOOP("Field", "Know-how risk"),
                  {QStringLiteral("none"), QStringLiteral("normal"), QStringLiteral("core")}),
        B::choice("safety_risk", T::Enum, QT_TRANSLATE_NOOP("Field", "Safety risk"),
                  {QStringLiteral("low"), QStringLiteral("medium"), QStringLiteral("high"),
                   QStringLiteral("hf")}),
        B::typed("commercial_value", T::LongText, QT_TRANSLATE_NOOP("Field", "Commercial value")),
        B::typed("remote_alternative", T::LongText,
                 QT_TRANSLATE_NOOP("Field", "Remote alternative")),
        B::typed("major_complaint", T::Bool, QT_TRANSLATE_NOOP("Field", "Major complaint")),
        B::reference("engineer_ids", T::ReferenceList, QT_TRANSLATE_NOOP("Field", "Engineers"),
                     "people"),
        B::typed("planned_start", T::Date, QT_TRANSLATE_NOOP("Field", "Planned start")),
        B::typed("planned_end", T::Date, QT_TRANSLATE_NOOP("Field", "Planned end")),
        B::typed("arrived_at", T::DateTime, QT_TRANSLATE_NOOP("Field", "Arrived on site at")),
        B::typed("onsite_end", T::DateTime, QT_TRANSLATE_NOOP("Field", "Left the site at")),
        B::typed("proactive", T::Bool, QT_TRANSLATE_NOOP("Field", "Proactive dispatch")),
        B::typed("cancel_reason", T::LongText, QT_TRANSLATE_NOOP("Field", "Reason for cancelling")),
        B::derived("approval", T::Text, QT_TRANSLATE_NOOP("Field", "Approval required")),
        B::derived("report_due", T::Date, QT_TRANSLATE_NOOP("Field", "Service report due")),
        B::derived("callback_due", T::DateTime, QT_TRANSLATE_NOOP("Field", "Call-back due")),
        B::derived("nda_required", T::Bool, QT_TRANSLATE_NOOP("Field", "NDA required")),
        B::derived("committed_arrival", T::DateTime,
                   QT_TRANSLATE_NOOP("Field", "Committed arrival")),
        B::derived("on_time", T::Bool, QT_TRANSLATE_NOOP("Field", "Arrived on time")),
    };
    tasks.searchTitleFields = {QStringLiteral("number"), QStringLiteral("title")};
    tasks.searchFields = {QStringLiteral("description"), QStringLiteral("necessity")};

    RecordKind approvals = B::kind("approvals", QT_TRANSLATE_NOOP("RecordKind", "Approval"),
                                   QT_TRANSLATE_NOOP("RecordKind", "Approvals"), "decision");
    approvals.fields = {
        B::reference("task_id", T::Reference, QT_TRANSLATE_NOOP("Field", "Task"), "tasks", true),
        B::reference("approver_id", T::Reference, QT_TRANSLATE_NOOP("Field", "Approver"), "people",
                     true),
        B::choice("decision", T::Enum, QT_TRANSLATE_NOOP("Field", "Decision"),
                  {QStringLiteral("approve"), QStringLiteral("reject")}, true),
        B::choice("level", T::Enum, QT_TRANSLATE_NOOP("Field", "Approval level"),
                  {QStringLiteral("robert_self"), QStringLiteral("robert"),
                   QStringLiteral("robert_kc_informed"), QStringLiteral("kc"),
                   QStringLiteral("kc_charles")},
                  true),
        B::typed("comment", T::LongText, QT_TRANSLATE_NOOP("Field", "Comment")),
        B::typed("decided_at", T::DateTime, QT_TRANSLATE_NOOP("Field", "Decided at"), true),
        // The approver's personal-key signature of the decision (KeyProofs), set on deciding.
        B::internal("key_id", T::Text, QT_TRANSLATE_NOOP("Field", "Approver's key"), ""),
        B::internal("proof", T::Text, QT_TRANSLATE_NOOP("Field", "Approver's key signature"), ""),
    };

    RecordKind briefings = B::kind("briefings", QT_TRANSLATE_NOOP("RecordKind", "Mission brief"),
                                   QT_TRANSLATE_NOOP("RecordKind", "Mission briefs"), "meeting_at");
    briefings.fields = {
        B::reference("task_id", T::Reference, QT_TRANSLATE_NOOP("Field", "Task"), "tasks", true),
        B::typed("meeting_at", T::DateTime, QT_TRANSLATE_NOOP("Field", "Meeting at")),
        B::typed("departure_at", T::DateTime, QT_TRANSLATE_NOOP("Field", "Departure at")),
        B::reference("attendee_ids", T::ReferenceList, QT_TRANSLATE_NOOP("Field", "Attendees"),
                     "people"),
        B::typed("background", T::LongText,
                 QT_TRANSLATE_NOOP("Field", "Customer background and history")),
        B::typed("objectives", T::LongText, QT_TRANSLATE_NOOP("Field", "Measurable objectives")),
        B::typed("schedule", T::LongText, QT_TRANSLATE_NOOP("Field", "Schedule and itinerary")),
        B::typed("knowhow_boundary", T::LongText,
                 QT_TRANSLATE_NOOP("Field", "Know-how boundary notes")),
        B::typed("knowhow_boundary_ack", T::Bool,
                 QT_TRANSLATE_NOOP("Field", "Know-how boundary acknowledged")),
        B::typed("safety_notes", T::LongText, QT_TRANSLATE_NOOP("Field", "Safety risk and PPE")),
        B::typed("emergency_contacts", T::LongText,
                 QT_TRANSLATE_NOOP("Field", "Emergency contacts")),
        B::typed("special_requirements", T::LongText,
                 QT_TRANSLATE_NOOP("Field", "Customer special requirements")),
        B::typed("qa_notes", T::LongText, QT_TRANSLATE_NOOP("Field", "Q&A")),
        B::typed("arrival", T::LongText,
                 QT_TRANSLATE_NOOP("Field", "Arrival time, place and host")),
        B::typed("site_conditions", T::LongText,
                 QT_TRANSLATE_NOOP("Field", "Site PPE, entry procedure, safety training")),
        B::choice("pretrip_confirmed", T::EnumList,
                  QT_TRANSLATE_NOOP("Field", "Pre-trip confirmations"),
                  {QStringLiteral("arrival"), QStringLiteral("site_conditions"),
                   QStringLiteral("emergency_contact"), QStringLiteral("id_card"),
                   QStringLiteral("health_certificate"), QStringLiteral("entry_application")}),
        B::typed("pack_read_at", T::DateTime, QT_TRANSLATE_NOOP("Field", "Briefing pack read at")),
        B::derived("ppe", T::EnumList, QT_TRANSLATE_NOOP("Field", "PPE")),
    };
    briefings.searchTitleFrom = QStringLiteral("task_id");
    briefings.searchFields = {QStringLiteral("objectives"),
                              QStringLiteral("background"),
                              QStringLiteral("schedule"),
                              QStringLiteral("knowhow_boundary"),
                              QStringLiteral("safety_notes"),
                              QStringLiteral("special_requirements"),
                              QStringLiteral("emergency_contacts"),
                              QStringLiteral("qa_notes"),
                              QStringLiteral("arrival"),
                              QStringLiteral("site_conditions")};
    RecordKind holidays = B::kind("holidays", QT_TRANSLATE_NOOP("RecordKind", "Holiday"),
                                  QT_TRANSLATE_NOOP("RecordKind", "Holidays"), "date");
    holidays.fields = {
        B::typed("date", T::Date, QT_TRANSLATE_NOOP("Field", "Date"), true),
        B::choice("kind", T::Enum, QT_TRANSLATE_NOOP("Field", "Kind"),
                  {QStringLiteral("holiday"), QStringLiteral("workday")}, true),
        B::text("name", QT_TRANSLATE_NOOP("Field", "Name")),
    };
    return {holidays, ndas, tasks, approvals, briefings};
}

#include "ui/desk/AreaCatalog.h"

#include <QCoreApplication>
#include <QHash>

namespace {

Area info(const char *key, const char *group, const char *title, const char *icon,
          const char *formCode, const char *sop, const char *summary, const char *retention,
          const QList<AreaSection> &sections)
{
    Area a;
    a.key = QString::fromLatin1(key);
    a.page = Area::Page::Info;
    a.group = group;
    a.title = title;
    a.icon = QString::fromLatin1(icon);
    a.formCode = QString::fromLatin1(formCode);
    a.sop = sop;
    a.summary = summary;
    a.retention = retention;
    a.sections = sections;
    return a;
}

Area records(const char *key, const char *group, const char *title, const char *icon)
{
    Area a;
    a.key = a.recordArray = QString::fromLatin1(key);
    a.page = Area::Page::Records;
    a.group = group;
    a.title = title;
    a.icon = QString::fromLatin1(icon);
    return a;
}

} // namespace

QList<Area> AreaCatalog::buildAreas()
{
    const char *work = QT_TR_NOOP("Work");
    const char *forms = QT_TR_NOOP("Forms");
    const char *registers = QT_TR_NOOP("Registers");
    const char *review = QT_TR_NOOP("Review");
    QList<Area> areas;

    Area start;
    start.key = QStringLiteral("start");
    start.page = Area::Page::Start;
    start.title = QT_TR_NOOP("Start");
    start.icon = QStringLiteral("start");
    areas << start;

    areas << info(
        "tasks", work, QT_TR_NOOP("Tasks"), "tasks", "",
        QT_TR_NOOP("SOP-10 §5, §5.2.1–§5.2.3, §4.2"),
        QT_TR_NOOP(
            "Every dispatch is a task numbered LITH-FE-YYYY-NNNN, unique across all devices even "
            "when they work offline. The task list shows each task's state, customer, engineers "
            "and next deadline."),
        QT_TR_NOOP(
            "Kept 10 years with its forms. Registered by sales (盛转红), assessed by Robert."),
        {{QT_TR_NOOP("Life of a task"),
          {QT_TR_NOOP(
               "Registered → assessed → approved (or rejected) → briefed → on site → reporting → "
               "call-back → closed"),
           QT_TR_NOOP("Cancelled from any open state, with a reason")}},
         {QT_TR_NOOP("Intake, within 24 h of the request (§5.2.1)"),
          {QT_TR_NOOP(
               "Type: OEM mixing guidance, line support, customer training, urgent complaint "
               "(24 h / 48 h on site), new-product trial, audit accompaniment, trade-show Q&A"),
           QT_TR_NOOP("Priority P0 / P1, requested and registered times, customer and history")}},
         {QT_TR_NOOP("Assessment by Robert (§5.2.2)"),
          {QT_TR_NOOP("Necessity, complexity (simple / medium / complex), duration, know-how risk, "
                      "safety risk, commercial value, remote alternative")}},
         {QT_TR_NOOP("Approval, computed before anyone approves; the strictest row wins (§5.2.3)"),
          {QT_TR_NOOP("Up to half a day, simple consultation: Robert approves himself"),
           QT_TR_NOOP("Up to 3 days: Robert"),
           QT_TR_NOOP("More than 3 and up to 5 days: Robert proposes, KC is informed"),
           QT_TR_NOOP("More than 5 days, or core know-how: KC approves"),
           QT_TR_NOOP("Strategic customer or major complaint: KC and Charles approve")}},
         {QT_TR_NOOP("Engineer eligibility (§4.2, §11)"),
          {QT_TR_NOOP("24 h certification (courses 1–5 and 7) done, and the annual 8 h refresher "
                      "within 12 months; course 6 (HF first aid) for an HF site"),
           QT_TR_NOOP("External consultants: NDA and non-compete signed, assessment passed"),
           QT_TR_NOOP("Sales (盛转红) only for commercial accompaniment without core know-how"),
           QT_TR_NOOP("An ineligible engineer cannot be assigned; the screen says why")}}});

    areas << info(
        "briefing", forms, QT_TR_NOOP("Mission brief"), "briefing", "QEF-10-01",
        QT_TR_NOOP("SOP-10 §5.2.4–§5.2.8"),
        QT_TR_NOOP(
            "The record of the briefing Robert holds within 24 hours before departure: what the "
            "engineers must know, may say and must carry."),
        QT_TR_NOOP("Kept 10 years. Responsible: Robert."),
        {{QT_TR_NOOP("Header"),
          {QT_TR_NOOP("Task number, customer, site, engineers, dates"),
           QT_TR_NOOP("Meeting time (within 24 h before departure) and attendees")}},
         {QT_TR_NOOP("The 8 agenda items (§5.2.4)"),
          {QT_TR_NOOP("Customer background and transaction history"),
           QT_TR_NOOP("Measurable objectives"), QT_TR_NOOP("Schedule and itinerary"),
           QT_TR_NOOP("Know-how boundary"), QT_TR_NOOP("Safety risk and PPE"),
           QT_TR_NOOP("Emergency contacts"),
           QT_TR_NOOP("Customer special requirements (dress, gift customs, diet)"),
           QT_TR_NOOP("Q&A")}},
         {QT_TR_NOOP("Know-how boundary, acknowledged by the engineer (§5.3.1.2)"),
          {QT_TR_NOOP(
               "Product specification: the public specification — never the detailed formula"),
           QT_TR_NOOP("Operating advice: recommended ranges — never key parameters such as exact "
                      "temperatures"),
           QT_TR_NOOP("Troubleshooting: how to handle it — never reverse-engineering information"),
           QT_TR_NOOP("Supply chain: general raw materials — never key supplier names"),
           QT_TR_NOOP("Price: not discussed on site (left to sales)")}},
         {QT_TR_NOOP("PPE from the task's safety risk, cumulative (§5.2.7)"),
          {QT_TR_NOOP("Low: safety shoes, helmet, work clothes"),
           QT_TR_NOOP("Medium adds chemical gloves, goggles, respirator mask"),
           QT_TR_NOOP("High adds chemical suit, full-face respirator, emergency contact card"),
           QT_TR_NOOP("HF site adds the HF first-aid kit (25 % calcium gluconate gel)")}},
         {QT_TR_NOOP("Pre-trip confirmation, the day before (§5.2.8)"),
          {QT_TR_NOOP("Arrival time, place and host"),
           QT_TR_NOOP("Site PPE, entry procedure and safety training"),
           QT_TR_NOOP("Emergency contact"),
           QT_TR_NOOP("Documents: ID, health certificate, entry application")}},
         {QT_TR_NOOP("Pre-dispatch briefing pack (§5.2.6)"),
          {QT_TR_NOOP(
               "Contract, SDS and COA attachments; the customer's past tasks, complaints and "
               "service reports"),
           QT_TR_NOOP("Similar cases from the know-how library (full-text search)"),
           QT_TR_NOOP("Read-only and printable; that the engineer read it is recorded")}}});

    areas << info(
        "service_report", forms, QT_TR_NOOP("Service report"), "report", "QEF-10-01",
        QT_TR_NOOP("SOP-10 §5.4.1"),
        QT_TR_NOOP(
            "Written by Robert and the engineer within 3 working days after the last on-site day "
            "(weekends and public holidays do not count), signed by both and printed for the "
            "paper archive."),
        QT_TR_NOOP("Kept 10 years. Responsible: Robert."),
        {{QT_TR_NOOP("The 7 sections (§5.4.1)"),
          {QT_TR_NOOP("Task summary: customer, time, place, engineers, objectives against what was "
                      "achieved"),
           QT_TR_NOOP("Site situation: the line as found, problems, customer remarks"),
           QT_TR_NOOP("Solutions: what was solved on site, follow-ups"),
           QT_TR_NOOP("Customer feedback: satisfaction 1–10, comments, further needs"),
           QT_TR_NOOP("Improvement suggestions: to Lithera, to suppliers, to the customer"),
           QT_TR_NOOP(
               "Know-how feedback: new cases, problem patterns, solutions — each can become a "
               "know-how library entry"),
           QT_TR_NOOP("Financial settlement: travel, hospitality and other costs from QEF-10-05")}},
         {QT_TR_NOOP("Signing and corrections"),
          {QT_TR_NOOP("Signed by the engineer and Robert; a signed report is never edited again"),
           QT_TR_NOOP("A correction is a new revision that points at the old one; both stay, both "
                      "print")}}});

    areas << info(
        "daily_reports", forms, QT_TR_NOOP("Daily reports"), "daily", "QEF-10-02",
        QT_TR_NOOP("SOP-10 §5.3.3"),
        QT_TR_NOOP(
            "One report per engineer per on-site day, due by 17:00 that day. Engineers report by "
            "phone or WeChat; office staff or Robert enter it here."),
        QT_TR_NOOP("Kept 10 years. Responsible: the engineer."),
        {{QT_TR_NOOP("Fields"),
          {QT_TR_NOOP("Task, engineer, date"),
           QT_TR_NOOP("Today's work in time slots (morning, noon, afternoon)"),
           QT_TR_NOOP("Findings"), QT_TR_NOOP("Tomorrow's plan"),
           QT_TR_NOOP("Support requested: from whom, what"),
           QT_TR_NOOP("Expenses: item, amount, who paid")}},
         {QT_TR_NOOP("Deadline"),
          {QT_TR_NOOP("Due 17:00 on the day; a later report is marked late")}}});

    areas << info(
        "anomalies", forms, QT_TR_NOOP("Anomalies"), "anomaly", "", QT_TR_NOOP("SOP-10 §5.3.4"),
        QT_TR_NOOP(
            "An anomaly found on site is reported at once. The desk records who was told, how and "
            "when, and shows those whose notification is overdue."),
        QT_TR_NOOP("Kept 10 years with the task. Responsible: the engineer."),
        {{QT_TR_NOOP("Type — who is told — time limit"),
          {QT_TR_NOOP("Safety incident (people or chemicals) — phone KC and Robert — immediately "
                      "(within 15 minutes)"),
           QT_TR_NOOP("Major customer complaint — phone Robert — within 1 hour"),
           QT_TR_NOOP("Commercial negotiation — phone 盛转红 and KC — within 4 hours"),
           QT_TR_NOOP(
               "Technical problem beyond the engineer's ability — phone Robert — within 24 hours"),
           QT_TR_NOOP("General problem — in the same day's daily report")}}});

    areas << info(
        "callbacks", forms, QT_TR_NOOP("Call-backs"), "callback", "QEF-10-03",
        QT_TR_NOOP("SOP-10 §5.4.2, SOP-15 §7"),
        QT_TR_NOOP(
            "Within 48 hours after the dispatch ends, 盛转红 or 王婧 calls the customer's contact "
            "and records the answers."),
        QT_TR_NOOP("Kept 10 years. Responsible: 盛转红."),
        {{QT_TR_NOOP("Questions"),
          {QT_TR_NOOP("Contact person"), QT_TR_NOOP("Satisfaction 1–10"),
           QT_TR_NOOP("Engineer performance"), QT_TR_NOOP("Further needs"),
           QT_TR_NOOP("Suggestions")}},
         {QT_TR_NOOP("Net Promoter Score (SOP-15 §7)"),
          {QT_TR_NOOP("Would you recommend Lithera to a peer? 0–10"),
           QT_TR_NOOP(
               "Promoters 9–10, passives 7–8, detractors 0–6; NPS = % promoters − % detractors"),
           QT_TR_NOOP("A score below 7 starts an improvement plan by KC and Robert, tracked for 90 "
                      "days")}}});

    areas << info(
        "ndas", forms, QT_TR_NOOP("NDAs"), "nda", "QEF-10-04", QT_TR_NOOP("SOP-10 §5.2.5"),
        QT_TR_NOOP(
            "A new customer or a task with high know-how risk cannot be dispatched without a "
            "signed NDA."),
        QT_TR_NOOP("Kept permanently. Custodian: 王婧."),
        {{QT_TR_NOOP("Fields"),
          {QT_TR_NOOP("Counterparty: a customer or a consultant"),
           QT_TR_NOOP(
               "Scope: customer confidentiality, Lithera confidentiality, mutual (no poaching, no "
               "competition)"),
           QT_TR_NOOP("Template version reviewed by counsel (蔡坤旺)"),
           QT_TR_NOOP("Signed date and custodian"),
           QT_TR_NOOP("The scanned signed copy as an attachment")}}});

    areas << info(
        "expense_claims", forms, QT_TR_NOOP("Expense claims"), "expense", "QEF-10-05",
        QT_TR_NOOP("SOP-10 §5.3.1.3, §5.4.1 item 7"),
        QT_TR_NOOP("The engineer's expenses for a task; the total goes into the service report's "
                   "financial settlement."),
        QT_TR_NOOP("Kept 10 years. Responsible: the engineer; checked by 王婧."),
        {{QT_TR_NOOP("Fields"),
          {QT_TR_NOOP("Claimant and task"),
           QT_TR_NOOP(
               "Lines: date; category (transport, lodging, meals, hospitality, gift received, "
               "other); description; amount in RMB with 2 decimals; paid by company or customer; "
               "receipt yes / no"),
           QT_TR_NOOP("Total of the company-paid lines: what is reimbursed")}},
         {QT_TR_NOOP("Gifts and hospitality (§5.3.1.3)"),
          {QT_TR_NOOP(
               "A gift or hospitality received worth more than RMB 200 must be declared to 王婧"),
           QT_TR_NOOP("It stays flagged and visible until it is declared")}}});

    areas << records("customers", registers, QT_TR_NOOP("Customers"), "customers");
    areas << records("people", registers, QT_TR_NOOP("People"), "people");
    // Public holidays and make-up working days for the working-day deadlines.
    areas << records("holidays", registers, QT_TR_NOOP("Holidays"), "calendar");

    areas << info(
        "knowhow", registers, QT_TR_NOOP("Know-how"), "knowhow", "",
        QT_TR_NOOP("SOP-10 §5.4.3, SOP-15 §8.2, SOP-17"),
        QT_TR_NOOP(
            "The experience of every dispatch — new cases, problem patterns, solutions — kept as "
            "library entries and searched in full text for the next briefing."),
        QT_TR_NOOP("Kept 10 years. Responsible: Robert."),
        {{QT_TR_NOOP("Entries"),
          {QT_TR_NOOP("Title, text, level L1 / L2 / L3, linked tasks"),
           QT_TR_NOOP("New entries come from the know-how feedback of service reports")}},
         {QT_TR_NOOP("L3 restricted know-how (SOP-15 §8.2)"),
          {QT_TR_NOOP(
               "Customer-specific formulas are L3: only Robert, KC and the assigned engineers may "
               "open them"),
           QT_TR_NOOP("Every access, allowed or refused, is written to the audit log"),
           QT_TR_NOOP("Access ends the day a person leaves")}}});

    Area kpi = info(
        "kpi", review, QT_TR_NOOP("KPIs"), "kpi", "", QT_TR_NOOP("SOP-10 §5.5, §7; SOP-15 §7.2"),
        QT_TR_NOOP("The monthly review Robert leads: the figures with trend and target lines, the "
                   "month's anomaly cases and the improvement actions, ready to print."),
        QT_TR_NOOP("Monthly, quarterly and yearly periods."),
        {{QT_TR_NOOP("Targets"),
          {QT_TR_NOOP("On-time dispatch rate ≥ 98 % (month)"),
           QT_TR_NOOP("Customer satisfaction ≥ 9 / 10 (each case)"),
           QT_TR_NOOP("Know-how leak incidents = 0 (year)"),
           QT_TR_NOOP("Complaint rate after service < 1 % (month)"),
           QT_TR_NOOP("Service report within 3 working days: 100 % (month)"),
           QT_TR_NOOP("Proactive dispatch to strategic customers done: 100 % (quarter)"),
           QT_TR_NOOP("NPS: tier A ≥ 60, tier B ≥ 40, overall ≥ 50 (quarter)")}}});
    kpi.page = Area::Page::Kpi; // the dashboard (KpiDashboard)
    areas << kpi;

    areas << info(
        "monthly_reviews", review, QT_TR_NOOP("Monthly reviews"), "report", "",
        QT_TR_NOOP("SOP-10 §5.5"),
        QT_TR_NOOP("The month's case review Robert signs for the management review (SOP-20): the "
                   "KPI figures and trends, anomaly cases, complaints, know-how incidents, "
                   "call-backs below 7 with their improvement plans, his notes and decisions. "
                   "Signing freezes the figures."),
        QT_TR_NOOP("Kept 10 years. Responsible: Robert."),
        {{QT_TR_NOOP("Fields"),
          {QT_TR_NOOP("Month (YYYY-MM)"), QT_TR_NOOP("Notes"), QT_TR_NOOP("Decisions"),
           QT_TR_NOOP("Figures, stored when signed")}}});

    areas << info(
        "complaints", review, QT_TR_NOOP("Complaints"), "anomaly", "QEF-15-05",
        QT_TR_NOOP("SOP-15 §10, SOP-08"),
        QT_TR_NOOP("Customer complaints as received (客诉接收单): the first response is due within "
                   "4 hours; a complaint that names a dispatch counts in the complaint rate after "
                   "service."),
        QT_TR_NOOP("Kept 10 years. Responsible: the person handling it."),
        {{QT_TR_NOOP("Fields"),
          {QT_TR_NOOP("Received at, customer, the dispatch it concerns (optional)"),
           QT_TR_NOOP("Severity: major or normal; a major one can start an urgent dispatch"),
           QT_TR_NOOP("Description, first response at, handled by, solution, closed on")}}});

    areas << info(
        "knowhow_incidents", review, QT_TR_NOOP("Know-how incidents"), "knowhow", "",
        QT_TR_NOOP("SOP-17"),
        QT_TR_NOOP(
            "Know-how leaks (Know-how 外泄事件): what leaked and how, and what was done. The "
            "target is none in a year."),
        QT_TR_NOOP("Kept 10 years. Responsible: Robert."),
        {{QT_TR_NOOP("Fields"),
          {QT_TR_NOOP("Found on, task (optional), level L1 / L2 / L3"),
           QT_TR_NOOP("What leaked and how, reported by, actions, closed on")}}});

    Area plan;
    plan.key = QStringLiteral("proactive_plan");
    plan.page = Area::Page::ProactivePlan;
    plan.group = review;
    plan.title = QT_TR_NOOP("Proactive plan");
    plan.icon = QStringLiteral("calendar");
    areas << plan;

    // Sync conflicts waiting for a person: ConflictsPage.
    Area conflicts;
    conflicts.key = QStringLiteral("conflicts");
    conflicts.page = Area::Page::Conflicts;
    conflicts.group = review;
    conflicts.title = QT_TR_NOOP("Sync conflicts");
    conflicts.icon = QStringLiteral("sync-conflict");
    areas << conflicts;

    // The arrays of the interchange format (docs: spec/interchange.md) each area will list.
    const QHash<QString, QString> arrays = {
        {QStringLiteral("tasks"), QStringLiteral("tasks")},
        {QStringLiteral("briefing"), QStringLiteral("briefings")},
        {QStringLiteral("service_report"), QStringLiteral("service_reports")},
        {QStringLiteral("daily_reports"), QStringLiteral("daily_reports")},
        {QStringLiteral("anomalies"), QStringLiteral("anomalies")},
        {QStringLiteral("callbacks"), QStringLiteral("callbacks")},
        {QStringLiteral("ndas"), QStringLiteral("ndas")},
        {QStringLiteral("expense_claims"), QStringLiteral("expense_claims")},
        {QStringLiteral("knowhow"), QStringLiteral("knowhow")},
        {QStringLiteral("monthly_reviews"), QStringLiteral("monthly_reviews")},
        {QStringLiteral("complaints"), QStringLiteral("complaints")},
        {QStringLiteral("knowhow_incidents"), QStringLiteral("knowhow_incidents")},
    };
    for (Area &area : areas) {
        if (area.page == Area::Page::Info)
            area.recordArray = arrays.value(area.key);
    }
    return areas;
}

const QList<Area> &AreaCatalog::areas()
{
    static const QList<Area> all = buildAreas();
    return all;
}

const Area *AreaCatalog::byKey(const QString &key)
{
    for (const Area &a : areas()) {
        if (a.key == key)
            return &a;
    }
    return nullptr;
}

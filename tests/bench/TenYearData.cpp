#include "tests/bench/TenYearData.h"

#include "tests/bench/TextGenerator.h"

#include "app/people/PersonalKeys.h"
#include "app/people/SealedText.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>
#include <QUuid>

#include <cmath>

namespace {

const QUuid Namespace(QStringLiteral("6f1b9a52-3c4e-4d8a-9b71-2e5f0c8d4a13"));

QString idOf(const char *kind, int index, int sub = 0)
{
    return QUuid::createUuidV5(
               Namespace, QStringLiteral("%1/%2/%3").arg(QLatin1String(kind)).arg(index).arg(sub))
        .toString(QUuid::WithoutBraces);
}

// Local time in China (UTC+8), as the desk stores it.
QString at(const QDateTime &t)
{
    return t.toOffsetFromUtc(8 * 3600).toString(Qt::ISODate);
}

QString day(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

QString money(int cents)
{
    return QStringLiteral("%1.%2").arg(cents / 100).arg(cents % 100, 2, 10, QLatin1Char('0'));
}

int scaled(int full, double scale)
{
    return qMax(1, int(std::lround(full * scale)));
}

} // namespace

QJsonObject TenYearData::build(double scale, quint32 seed, Counts *counts)
{
    TextGenerator text(seed);
    Counts n;
    n.customers = scaled(300, scale);
    n.people = 30; // a team does not grow with the years
    n.tasks = scaled(3000, scale);
    n.knowhow = scaled(2000, scale);
    const int engineers = 20;
    const int linesPerClaim = 20;
    const int onSiteDays = 5;

    QJsonArray customers, people, tasks, approvals, briefings, dailyReports, serviceReports,
        callbacks, claims, knowhow, complaints, incidents;

    static const QStringList tiers = {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"),
                                      QStringLiteral("D")};
    for (int c = 0; c < n.customers; ++c) {
        const QString name = text.customerName(c);
        customers.append(QJsonObject{
            {QStringLiteral("id"), idOf("customer", c)},
            {QStringLiteral("name"), name},
            {QStringLiteral("short_name"), text.customerShortName(name)},
            {QStringLiteral("tier"), tiers.at(c % tiers.size())},
            {QStringLiteral("kind"),
             c % 7 == 0 ? QStringLiteral("oem") : QStringLiteral("customer")},
            {QStringLiteral("first_order_on"), day(QDate(2015, 1, 5).addDays(c * 3))},
            {QStringLiteral("region"), text.region()},
            {QStringLiteral("industry"), text.industry()},
            {QStringLiteral("notes"), text.callbackNote()},
        });
    }
    // People 0..19 engineers, then the approvers, sales and administration.
    for (int p = 0; p < n.people; ++p) {
        QJsonArray roles;
        if (p < engineers)
            roles = {QStringLiteral("engineer")};
        else if (p == engineers)
            roles = {QStringLiteral("cto"), QStringLiteral("engineer")};
        else if (p == engineers + 1)
            roles = {QStringLiteral("consultant")};
        else if (p == engineers + 2)
            roles = {QStringLiteral("gm")};
        else if (p == engineers + 3)
            roles = {QStringLiteral("admin")};
        else
            roles = {QStringLiteral("sales")};
        people.append(QJsonObject{
            {QStringLiteral("id"), idOf("person", p)},
            {QStringLiteral("name"), text.personName(p)},
            {QStringLiteral("roles"), roles},
            {QStringLiteral("certified_on"),
             p < engineers ? QJsonValue(day(QDate(2016, 3, 1).addDays(p * 10))) : QJsonValue()},
        });
    }
    const QString cto = idOf("person", engineers);
    const QString admin = idOf("person", engineers + 3);

    static const QStringList types = {
        QStringLiteral("oem_mixing"),    QStringLiteral("line_support"),
        QStringLiteral("training"),      QStringLiteral("urgent_complaint"),
        QStringLiteral("product_trial"), QStringLiteral("audit")};
    static const QStringList categories = {QStringLiteral("transport"), QStringLiteral("lodging"),
                                           QStringLiteral("meals"), QStringLiteral("other")};
    const QDateTime first(QDate(2016, 12, 1), QTime(9, 0), QTimeZone(8 * 3600));
    const qint64 spanSeconds = qint64(3650) * 24 * 3600;
    QHash<int, int> numberInYear;
    for (int t = 0; t < n.tasks; ++t) {
        const QString taskId = idOf("task", t);
        const QDateTime requested = first.addSecs(spanSeconds * t / n.tasks);
        const QDate start = requested.date().addDays(2);
        const QDate end = start.addDays(onSiteDays - 1);
        const QDateTime left(end, QTime(17, 30), QTimeZone(8 * 3600));
        const int year = requested.date().year();
        const int number = ++numberInYear[year];
        const QString engineerA = idOf("person", t % engineers);
        const QString engineerB = idOf("person", (t + 7) % engineers);
        const QString customer = idOf("customer", t % n.customers);
        tasks.append(QJsonObject{
            {QStringLiteral("id"), taskId},
            {QStringLiteral("number"),
             QStringLiteral("LITH-FE-%1-%2").arg(year).arg(number, 4, 10, QLatin1Char('0'))},
            {QStringLiteral("title"), text.taskTitle()},
            {QStringLiteral("customer_id"), customer},
            {QStringLiteral("type"), types.at(t % types.size())},
            {QStringLiteral("priority"), t % 5 == 0 ? QStringLiteral("P0") : QStringLiteral("P1")},
            {QStringLiteral("state"), QStringLiteral("closed")},
            {QStringLiteral("requested_at"), at(requested)},
            {QStringLiteral("registered_at"), at(requested.addSecs(3600))},
            {QStringLiteral("complexity"), QStringLiteral("medium")},
            {QStringLiteral("planned_days"), onSiteDays},
            {QStringLiteral("knowhow_risk"), QStringLiteral("normal")},
            {QStringLiteral("safety_risk"),
             t % 4 == 0 ? QStringLiteral("high") : QStringLiteral("medium")},
            {QStringLiteral("major_complaint"), false},
            {QStringLiteral("engineer_ids"), QJsonArray{engineerA, engineerB}},
            {QStringLiteral("planned_start"), day(start)},
            {QStringLiteral("planned_end"), day(end)},
            {QStringLiteral("onsite_end"), at(left)},
            // What the KPIs read: the arrival (one in twelve a day late), the proactive visits.
            {QStringLiteral("arrived_at"), at(QDateTime(t % 12 == 5 ? start.addDays(1) : start,
                                                        QTime(9, 30), QTimeZone(8 * 3600)))},
            {QStringLiteral("proactive"), t % 7 == 0},
            {QStringLiteral("necessity"), text.callbackNote()},
        });
        if (t % 40 == 3) { // about one complaint a month
            complaints.append(QJsonObject{
                {QStringLiteral("id"), idOf("complaint", t)},
                {QStringLiteral("customer_id"), customer},
                {QStringLiteral("task_id"), taskId},
                {QStringLiteral("received_at"), at(left.addDays(5))},
                {QStringLiteral("severity"),
                 t % 80 == 3 ? QStringLiteral("major") : QStringLiteral("normal")},
                {QStringLiteral("description"), text.callbackNote()},
                {QStringLiteral("first_response_at"), at(left.addDays(5).addSecs(2 * 3600))},
                {QStringLiteral("handled_by_id"), cto},
                {QStringLiteral("solution"), text.callbackNote()},
                {QStringLiteral("closed_on"), day(left.date().addDays(15))},
            });
        }
        if (t % 300 == 150) { // about one know-how incident a year
            incidents.append(QJsonObject{
                {QStringLiteral("id"), idOf("knowhow_incident", t)},
                {QStringLiteral("found_on"), day(end.addDays(3))},
                {QStringLiteral("task_id"), taskId},
                {QStringLiteral("level"), QStringLiteral("L2")},
                {QStringLiteral("description"), text.callbackNote()},
                {QStringLiteral("reported_by_id"), cto},
                {QStringLiteral("actions"), text.callbackNote()},
                {QStringLiteral("closed_on"), day(end.addDays(20))},
            });
        }
        approvals.append(QJsonObject{
            {QStringLiteral("id"), idOf("approval", t)},
            {QStringLiteral("task_id"), taskId},
            {QStringLiteral("approver_id"), cto},
            {QStringLiteral("decision"), QStringLiteral("approve")},
            {QStringLiteral("level"), QStringLiteral("robert")},
            {QStringLiteral("decided_at"), at(requested.addSecs(2 * 3600))},
            {QStringLiteral("comment"), text.callbackNote()},
        });
        briefings.append(QJsonObject{
            {QStringLiteral("id"), idOf("briefing", t)},
            {QStringLiteral("task_id"), taskId},
            {QStringLiteral("meeting_at"), at(requested.addSecs(6 * 3600))},
            {QStringLiteral("departure_at"),
             at(QDateTime(start, QTime(7, 0), QTimeZone(8 * 3600)))},
            {QStringLiteral("attendee_ids"), QJsonArray{engineerA, engineerB, cto}},
            {QStringLiteral("objectives"), text.serviceReport().left(120)},
            {QStringLiteral("background"), text.callbackNote()},
            {QStringLiteral("knowhow_boundary"), text.callbackNote()},
            {QStringLiteral("knowhow_boundary_ack"), true},
        });
        const QString serviceReportId = idOf("service_report", t);
        for (int d = 0; d < onSiteDays; ++d) {
            for (int e = 0; e < 2; ++e) {
                const TextGenerator::DailyReport r = text.dailyReport();
                const QDate date = start.addDays(d);
                dailyReports.append(QJsonObject{
                    {QStringLiteral("id"), idOf("daily_report", t, d * 2 + e)},
                    {QStringLiteral("task_id"), taskId},
                    {QStringLiteral("engineer_id"), e ? engineerB : engineerA},
                    {QStringLiteral("date"), day(date)},
                    {QStringLiteral("work"), r.work},
                    {QStringLiteral("findings"), r.findings},
                    {QStringLiteral("plan"), r.plan},
                    {QStringLiteral("support"), r.support.isEmpty() ? QJsonValue() : r.support},
                    {QStringLiteral("submitted_at"),
                     at(QDateTime(date, QTime(text.chance(10) ? 18 : 16, 40),
                                  QTimeZone(8 * 3600)))},
                });
                ++n.dailyReports;
            }
        }
        const QString report = text.serviceReport();
        serviceReports.append(QJsonObject{
            {QStringLiteral("id"), serviceReportId},
            {QStringLiteral("task_id"), taskId},
            {QStringLiteral("summary"), report},
            {QStringLiteral("site_situation"), text.dailyReport().findings},
            {QStringLiteral("solutions"), text.dailyReport().work},
            {QStringLiteral("customer_feedback"), text.callbackNote()},
            {QStringLiteral("satisfaction"), 6 + t % 5},
            {QStringLiteral("signed_at"), at(left.addDays(1))},
            {QStringLiteral("signed_by_ids"), QJsonArray{engineerA, cto}},
        });
        const bool improve = t % 5 == 0; // satisfaction 6: below 7 needs a plan
        callbacks.append(QJsonObject{
            {QStringLiteral("id"), idOf("callback", t)},
            {QStringLiteral("task_id"), taskId},
            {QStringLiteral("called_at"), at(left.addSecs(24 * 3600))},
            {QStringLiteral("caller_id"), idOf("person", engineers + 4)},
            {QStringLiteral("satisfaction"), 6 + t % 5},
            {QStringLiteral("nps"), 5 + t % 6},
            {QStringLiteral("suggestions"), text.callbackNote()},
            {QStringLiteral("improvement_plan"),
             improve ? QJsonValue(text.callbackNote()) : QJsonValue()},
            {QStringLiteral("improvement_due"),
             improve ? QJsonValue(day(left.date().addDays(60))) : QJsonValue()},
        });
        QJsonArray lines;
        for (int l = 0; l < linesPerClaim; ++l) {
            const QString category = categories.at(l % categories.size());
            lines.append(QJsonObject{
                {QStringLiteral("line_no"), l + 1},
                {QStringLiteral("date"), day(start.addDays(l % onSiteDays))},
                {QStringLiteral("category"), category},
                {QStringLiteral("description"), text.expenseDescription(category)},
                {QStringLiteral("amount"), money(text.number(1500, 120000))},
                {QStringLiteral("paid_by"), QStringLiteral("company")},
                {QStringLiteral("receipt"), true},
            });
            ++n.expenseLines;
        }
        claims.append(QJsonObject{
            {QStringLiteral("id"), idOf("expense_claim", t)},
            {QStringLiteral("task_id"), taskId},
            {QStringLiteral("claimant_id"), engineerA},
            {QStringLiteral("submitted_at"), at(left.addDays(2))},
            {QStringLiteral("lines"), lines},
        });
    }
    // L3 text is stored sealed only (SealedText); here to a CTO key made from a fixed seed.
    PersonalKeys::KeyPair ctoKeys;
    PersonalKeys::fromSeed(QByteArrayLiteral("fielddesk-bench-cto"), &ctoKeys, nullptr);
    const QList<SealedText::Recipient> l3Readers{
        {cto, PersonalKeys::keyId(ctoKeys.signPublic), ctoKeys.sealPublic}};
    for (int k = 0; k < n.knowhow; ++k) {
        const int t = int(qint64(k) * n.tasks / n.knowhow);
        const bool l3 = k % 10 == 9;
        QString body = text.knowhowBody();
        if (l3)
            SealedText::seal(idOf("knowhow", k), body, SealedText::newContentKey(), l3Readers,
                             &body, nullptr);
        knowhow.append(QJsonObject{
            {QStringLiteral("id"), idOf("knowhow", k)},
            {QStringLiteral("title"), text.knowhowTitle()},
            {QStringLiteral("level"), l3      ? QStringLiteral("L3")
                                      : k % 3 ? QStringLiteral("L1")
                                              : QStringLiteral("L2")},
            {QStringLiteral("body"), body},
            {QStringLiteral("task_ids"), QJsonArray{idOf("task", t)}},
            {QStringLiteral("source_report_id"), idOf("service_report", t)},
        });
    }
    Q_UNUSED(admin);
    n.records = customers.size() + people.size() + tasks.size() + approvals.size() +
                briefings.size() + dailyReports.size() + serviceReports.size() + callbacks.size() +
                claims.size() + n.expenseLines + knowhow.size() + complaints.size() +
                incidents.size();
    if (counts)
        *counts = n;
    return QJsonObject{
        {QStringLiteral("format"), QStringLiteral("fielddesk-export")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("customers"), customers},
        {QStringLiteral("people"), people},
        {QStringLiteral("tasks"), tasks},
        {QStringLiteral("approvals"), approvals},
        {QStringLiteral("briefings"), briefings},
        {QStringLiteral("daily_reports"), dailyReports},
        {QStringLiteral("service_reports"), serviceReports},
        {QStringLiteral("callbacks"), callbacks},
        {QStringLiteral("expense_claims"), claims},
        {QStringLiteral("knowhow"), knowhow},
        {QStringLiteral("complaints"), complaints},
        {QStringLiteral("knowhow_incidents"), incidents},
    };
}

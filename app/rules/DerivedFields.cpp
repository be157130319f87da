#include "app/rules/DerivedFields.h"

#include "app/catalog/Money.h"
#include "app/catalog/RecordKind.h"
#include "app/rules/ApprovalMatrix.h"
#include "app/rules/ArrivalRule.h"
#include "app/rules/PpeRule.h"
#include "app/rules/SiteReportRules.h"
#include "db/Database.h"

#include <QJsonArray>
#include <QSqlQuery>

DerivedFields::DerivedFields(Database &db) : m_db(db) {}

void DerivedFields::load()
{
    if (m_loaded)
        return;
    m_loaded = true;
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    QSet<QDate> holidays, workdays;
    q.exec(QStringLiteral("SELECT date, kind FROM holidays WHERE deleted = 0"));
    while (q.next()) {
        const QDate d = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        (q.value(1).toString() == QLatin1String("workday") ? workdays : holidays).insert(d);
    }
    m_calendar = WorkingCalendar(holidays, workdays);
    q.exec(QStringLiteral("SELECT id, tier, first_order_on FROM customers WHERE deleted = 0"));
    while (q.next())
        m_customers.insert(
            q.value(0).toString(),
            {q.value(1).toString(), QDate::fromString(q.value(2).toString(), Qt::ISODate), false});
    q.exec(QStringLiteral("SELECT counterparty_id FROM ndas WHERE deleted = 0 AND signed_on IS "
                          "NOT NULL"));
    while (q.next()) {
        auto it = m_customers.find(q.value(0).toString());
        if (it != m_customers.end())
            it->signedNda = true;
    }
    q.exec(QStringLiteral("SELECT id, safety_risk, onsite_end FROM tasks WHERE deleted = 0"));
    while (q.next()) {
        m_taskSafetyRisk.insert(q.value(0).toString(), q.value(1).toString());
        const QDate due =
            reportDue(QDateTime::fromString(q.value(2).toString(), Qt::ISODate), m_calendar);
        if (due.isValid())
            m_taskReportDue.insert(q.value(0).toString(), due);
    }
}

void DerivedFields::loadSiteReports()
{
    if (m_fieldReportsLoaded)
        return;
    m_fieldReportsLoaded = true;
    if (!m_now.isValid())
        m_now = QDateTime::currentDateTime();
    // Totals are SQL sums of whole fen over the covering index expense_lines_sums: exact, and
    // one pass however many lines there are.
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT claim_id, SUM(amount) FROM expense_lines WHERE deleted = 0 AND "
                          "paid_by = 'company' GROUP BY claim_id"));
    while (q.next())
        m_claimTotal.insert(q.value(0).toString(), q.value(1).toLongLong());
    q.exec(QStringLiteral("SELECT c.task_id, SUM(l.amount) FROM expense_lines l JOIN "
                          "expense_claims c ON c.id = l.claim_id WHERE l.deleted = 0 AND "
                          "c.deleted = 0 AND l.paid_by = 'company' GROUP BY c.task_id"));
    while (q.next())
        m_taskExpenses.insert(q.value(0).toString(), q.value(1).toLongLong());
    // The few customer-paid gifts and hospitality; SiteReportRules decides which count.
    q.exec(QStringLiteral("SELECT claim_id, category, paid_by, amount FROM expense_lines WHERE "
                          "deleted = 0 AND paid_by = 'customer' AND category IN ('gift', "
                          "'hospitality')"));
    while (q.next()) {
        if (SiteReportRules::declarationRequired(q.value(1).toString(), q.value(2).toString(),
                                                 Money::fromFen(q.value(3).toLongLong())))
            m_claimsWithDeclarableLines.insert(q.value(0).toString());
    }
}

void DerivedFields::loadSiteReportsFor(const RecordKind &kind, const QVariantMap &stored)
{
    if (!m_now.isValid())
        m_now = QDateTime::currentDateTime();
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    if (kind.array == QLatin1String("service_reports")) {
        const QString task = stored.value(QStringLiteral("task_id")).toString();
        if (task.isEmpty() || m_taskExpenses.contains(task))
            return;
        q.prepare(QStringLiteral("SELECT SUM(l.amount) FROM expense_claims c JOIN expense_lines l "
                                 "ON l.claim_id = c.id WHERE c.task_id = ? AND c.deleted = 0 AND "
                                 "l.deleted = 0 AND l.paid_by = 'company'"));
        q.addBindValue(task);
        if (q.exec() && q.next() && !q.value(0).isNull())
            m_taskExpenses.insert(task, q.value(0).toLongLong());
        return;
    }
    if (kind.array != QLatin1String("expense_claims"))
        return;
    const QString claim = stored.value(QStringLiteral("id")).toString();
    if (claim.isEmpty() || m_claimTotal.contains(claim))
        return;
    q.prepare(QStringLiteral("SELECT SUM(amount) FROM expense_lines WHERE claim_id = ? AND "
                             "deleted = 0 AND paid_by = 'company'"));
    q.addBindValue(claim);
    if (q.exec() && q.next() && !q.value(0).isNull())
        m_claimTotal.insert(claim, q.value(0).toLongLong());
    q.prepare(QStringLiteral("SELECT category, paid_by, amount FROM expense_lines WHERE claim_id "
                             "= ? AND deleted = 0 AND paid_by = 'customer' AND category IN "
                             "('gift', 'hospitality')"));
    q.addBindValue(claim);
    if (!q.exec())
        return;
    while (q.next()) {
        if (SiteReportRules::declarationRequired(q.value(0).toString(), q.value(1).toString(),
                                                 Money::fromFen(q.value(2).toLongLong())))
            m_claimsWithDeclarableLines.insert(claim);
    }
}

QJsonValue DerivedFields::serviceReportOnTime(const QDate &reportDue, const QDateTime &signedAt,
                                              const QDate &today)
{
    if (!reportDue.isValid())
        return QJsonValue();
    if (signedAt.isValid())
        return signedAt.date() <= reportDue;
    return today > reportDue ? QJsonValue(false) : QJsonValue();
}

QJsonObject DerivedFields::siteReportFields(const RecordKind &kind, const QVariantMap &stored)
{
    const auto text = [&](const char *key) {
        return stored.value(QString::fromLatin1(key)).toString();
    };
    const auto time = [&](const char *key) {
        return QDateTime::fromString(text(key), Qt::ISODate);
    };
    const auto money = [](qint64 fen) {
        return Money::fromFen(fen).toString();
    };
    const QString id = text("id");
    if (kind.array == QLatin1String("daily_reports")) {
        const QDate date = QDate::fromString(text("date"), Qt::ISODate);
        const QDateTime submitted = time("submitted_at");
        // Not sent yet: late once 17:00 of the day has passed where the desk is.
        const bool late = submitted.isValid() ? SiteReportRules::dailyReportLate(date, submitted)
                                              : SiteReportRules::dailyReportLate(date, m_now);
        return {{QStringLiteral("late"), late}};
    }
    if (kind.array == QLatin1String("anomalies")) {
        const QDateTime limit = SiteReportRules::anomalyNotifyBy(text("type"), time("occurred_at"));
        return {{QStringLiteral("notify_by"),
                 limit.isValid() ? QJsonValue(limit.toString(Qt::ISODate)) : QJsonValue()},
                {QStringLiteral("overdue"),
                 SiteReportRules::anomalyOverdue(text("type"), time("occurred_at"),
                                                 time("notified_at"), m_now)}};
    }
    if (kind.array == QLatin1String("service_reports")) {
        const QString task = text("task_id");
        return {{QStringLiteral("on_time"),
                 serviceReportOnTime(m_taskReportDue.value(task), time("signed_at"), m_now.date())},
                {QStringLiteral("expenses_total"), money(m_taskExpenses.value(task))}};
    }
    if (kind.array == QLatin1String("callbacks")) {
        const QVariant nps = stored.value(QStringLiteral("nps"));
        const QVariant satisfaction = stored.value(QStringLiteral("satisfaction"));
        // A question not asked is no reason for an improvement plan.
        return {{QStringLiteral("nps_group"),
                 nps.isNull() ? QJsonValue() : QJsonValue(SiteReportRules::npsGroup(nps.toInt()))},
                {QStringLiteral("improvement_required"),
                 SiteReportRules::needsImprovementPlan(satisfaction.isNull() ? 10
                                                                             : satisfaction.toInt(),
                                                       nps.isNull() ? 10 : nps.toInt())}};
    }
    if (kind.array == QLatin1String("expense_claims"))
        return {{QStringLiteral("total"), money(m_claimTotal.value(id))},
                {QStringLiteral("declaration_pending"),
                 m_claimsWithDeclarableLines.contains(id) && text("declared_on").isEmpty()}};
    if (kind.array == QLatin1String("expense_lines"))
        return {{QStringLiteral("declaration_required"),
                 SiteReportRules::declarationRequired(
                     text("category"), text("paid_by"),
                     Money::fromFen(stored.value(QStringLiteral("amount")).toLongLong()))}};
    return {};
}

bool DerivedFields::ndaRequired(bool customerHasSignedNda, const QDate &firstOrderOn,
                                const QDate &requestedOn, const QString &knowhowRisk)
{
    if (customerHasSignedNda)
        return false;
    // New customer: no first order yet, or the first order is at most 90 days before the
    // request (SOP-10 §5.2.5 "新合作客户").
    const bool newCustomer = !firstOrderOn.isValid() || !requestedOn.isValid() ||
                             firstOrderOn >= requestedOn.addDays(-90);
    return newCustomer || knowhowRisk == QLatin1String("core");
}

QDate DerivedFields::reportDue(const QDateTime &onsiteEnd, const WorkingCalendar &calendar)
{
    return onsiteEnd.isValid() ? calendar.addWorkingDays(onsiteEnd.date(), 3) : QDate();
}

QDateTime DerivedFields::complaintResponseDue(const QDateTime &receivedAt)
{
    return receivedAt.isValid() ? receivedAt.addSecs(4 * 3600) : QDateTime();
}

QDateTime DerivedFields::callbackDue(const QDateTime &onsiteEnd)
{
    return onsiteEnd.isValid() ? onsiteEnd.addSecs(48 * 3600) : QDateTime();
}

QJsonObject DerivedFields::taskFields(const QVariantMap &task)
{
    const CustomerFacts customer =
        m_customers.value(task.value(QStringLiteral("customer_id")).toString());
    QJsonObject out;
    const QVariant days = task.value(QStringLiteral("planned_days"));
    const QString complexity = task.value(QStringLiteral("complexity")).toString();
    if (!days.isNull() && !complexity.isEmpty()) {
        ApprovalMatrix::Input in;
        in.plannedDays = days.toDouble();
        in.complexity = complexity;
        in.knowhowRisk = task.value(QStringLiteral("knowhow_risk")).toString();
        in.customerTier = customer.tier;
        in.majorComplaint = task.value(QStringLiteral("major_complaint")).toInt() != 0;
        out.insert(QStringLiteral("approval"), ApprovalMatrix::key(ApprovalMatrix::required(in)));
    } else {
        out.insert(QStringLiteral("approval"), QJsonValue()); // not assessed yet
    }
    const QDateTime onsiteEnd =
        QDateTime::fromString(task.value(QStringLiteral("onsite_end")).toString(), Qt::ISODate);
    const QDate due = reportDue(onsiteEnd, m_calendar);
    out.insert(QStringLiteral("report_due"),
               due.isValid() ? QJsonValue(due.toString(Qt::ISODate)) : QJsonValue());
    const QDateTime callback = callbackDue(onsiteEnd);
    out.insert(QStringLiteral("callback_due"),
               callback.isValid() ? QJsonValue(callback.toString(Qt::ISODate)) : QJsonValue());
    const QDate requested =
        QDateTime::fromString(task.value(QStringLiteral("requested_at")).toString(), Qt::ISODate)
            .date();
    out.insert(QStringLiteral("nda_required"),
               ndaRequired(customer.signedNda, customer.firstOrderOn, requested,
                           task.value(QStringLiteral("knowhow_risk")).toString()));
    const QDateTime committed = ArrivalRule::committedArrival(
        task.value(QStringLiteral("type")).toString(),
        task.value(QStringLiteral("priority")).toString(),
        QDateTime::fromString(task.value(QStringLiteral("requested_at")).toString(), Qt::ISODate),
        QDate::fromString(task.value(QStringLiteral("planned_start")).toString(), Qt::ISODate));
    out.insert(QStringLiteral("committed_arrival"),
               committed.isValid() ? QJsonValue(committed.toString(Qt::ISODate)) : QJsonValue());
    out.insert(
        QStringLiteral("on_time"),
        ArrivalRule::onTime(
            committed, QDateTime::fromString(task.value(QStringLiteral("arrived_at")).toString(),
                                             Qt::ISODate)));
    return out;
}

QJsonObject DerivedFields::compute(const RecordKind &kind, const QVariantMap &stored)
{
    if (kind.array == QLatin1String("tasks")) {
        load();
        return taskFields(stored);
    }
    if (kind.array == QLatin1String("briefings")) {
        load();
        const QString risk =
            m_taskSafetyRisk.value(stored.value(QStringLiteral("task_id")).toString());
        return {{QStringLiteral("ppe"), QJsonArray::fromStringList(PpeRule::itemsFor(risk))}};
    }
    if (kind.array == QLatin1String("complaints")) {
        if (!m_now.isValid())
            m_now = QDateTime::currentDateTime();
        const QDateTime received = QDateTime::fromString(
            stored.value(QStringLiteral("received_at")).toString(), Qt::ISODate);
        const QDateTime response = QDateTime::fromString(
            stored.value(QStringLiteral("first_response_at")).toString(), Qt::ISODate);
        const QDateTime due = complaintResponseDue(received);
        return {{QStringLiteral("response_due"),
                 due.isValid() ? QJsonValue(due.toString(Qt::ISODate)) : QJsonValue()},
                {QStringLiteral("response_overdue"),
                 due.isValid() && (response.isValid() ? response > due : m_now > due)}};
    }
    static const QStringList fieldReports = {
        QStringLiteral("daily_reports"),   QStringLiteral("anomalies"),
        QStringLiteral("service_reports"), QStringLiteral("callbacks"),
        QStringLiteral("expense_claims"),  QStringLiteral("expense_lines")};
    if (fieldReports.contains(kind.array)) {
        load();
        // A print or a screen needs the sums of one claim or task: ask for those. An export
        // computes thousands: one pass over all lines is cheaper from the first few on.
        if (!m_fieldReportsLoaded && ++m_siteRecordsComputed <= SingleLookups)
            loadSiteReportsFor(kind, stored);
        else
            loadSiteReports();
        return siteReportFields(kind, stored);
    }
    return {};
}

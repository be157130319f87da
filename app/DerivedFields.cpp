#include "DerivedFields.h"

#include "ApprovalMatrix.h"
#include "Database.h"
#include "PpeRule.h"
#include "RecordKind.h"

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
    q.exec(QStringLiteral("SELECT id, safety_risk FROM tasks WHERE deleted = 0"));
    while (q.next())
        m_taskSafetyRisk.insert(q.value(0).toString(), q.value(1).toString());
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
    return {};
}

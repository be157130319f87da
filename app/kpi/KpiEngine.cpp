#include "app/kpi/KpiEngine.h"

#include "db/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

QDateTime timeOf(const QVariant &v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODate);
}

QDate dateOf(const QVariant &v)
{
    return QDate::fromString(v.toString().left(10), Qt::ISODate);
}

} // namespace

KpiEngine::KpiEngine(Database &db) : m_db(db) {}

bool KpiEngine::load(Error *error)
{
    m_data = KpiData();
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    const auto run = [&](const QString &sql) {
        if (q.exec(sql))
            return true;
        return Error::set(error, Error::Code::Failure,
                          tr("The KPI figures could not be read: %1").arg(q.lastError().text()));
    };

    QSet<QDate> holidays, workdays;
    if (!run(QStringLiteral("SELECT date, kind FROM holidays WHERE deleted = 0")))
        return false;
    while (q.next())
        (q.value(1).toString() == QLatin1String("workday") ? workdays : holidays)
            .insert(dateOf(q.value(0)));
    m_data.calendar = WorkingCalendar(holidays, workdays);

    if (!run(QStringLiteral("SELECT id, tier FROM customers WHERE deleted = 0")))
        return false;
    while (q.next())
        m_data.customerTier.insert(q.value(0).toString(), q.value(1).toString());

    // The earliest signature time of each task's service reports: the report is on time when
    // it was first signed by its due day.
    QHash<QString, QDateTime> reportSigned;
    if (!run(QStringLiteral("SELECT task_id, signed_at FROM service_reports WHERE deleted = 0 "
                            "AND signed_at IS NOT NULL")))
        return false;
    while (q.next()) {
        const QDateTime at = timeOf(q.value(1));
        auto it = reportSigned.find(q.value(0).toString());
        if (it == reportSigned.end())
            reportSigned.insert(q.value(0).toString(), at);
        else if (at.isValid() && (!it->isValid() || at < *it))
            *it = at;
    }

    if (!run(QStringLiteral("SELECT id, customer_id, type, priority, requested_at, planned_start, "
                            "arrived_at, onsite_end, proactive FROM tasks WHERE deleted = 0")))
        return false;
    while (q.next()) {
        KpiData::Task t;
        t.id = q.value(0).toString();
        t.customerId = q.value(1).toString();
        t.type = q.value(2).toString();
        t.priority = q.value(3).toString();
        t.requestedAt = timeOf(q.value(4));
        t.plannedStart = dateOf(q.value(5));
        t.arrivedAt = timeOf(q.value(6));
        t.onsiteEnd = timeOf(q.value(7));
        t.proactive = q.value(8).toInt() != 0;
        t.reportSignedAt = reportSigned.value(t.id);
        m_data.taskCustomer.insert(t.id, t.customerId);
        m_data.tasks << t;
    }

    if (!run(QStringLiteral("SELECT id, task_id, called_at, satisfaction, nps FROM callbacks "
                            "WHERE deleted = 0")))
        return false;
    while (q.next()) {
        KpiData::Callback c;
        c.id = q.value(0).toString();
        c.taskId = q.value(1).toString();
        c.calledAt = timeOf(q.value(2));
        c.satisfaction = q.value(3).isNull() ? -1 : q.value(3).toInt();
        c.nps = q.value(4).isNull() ? -1 : q.value(4).toInt();
        m_data.callbacks << c;
    }

    if (!run(QStringLiteral("SELECT id, task_id, received_at FROM complaints WHERE deleted = 0")))
        return false;
    while (q.next())
        m_data.complaints << KpiData::Complaint{q.value(0).toString(), q.value(1).toString(),
                                                timeOf(q.value(2))};

    if (!run(QStringLiteral("SELECT id, found_on FROM knowhow_incidents WHERE deleted = 0")))
        return false;
    while (q.next())
        m_data.incidents << KpiData::Incident{q.value(0).toString(), dateOf(q.value(1))};
    return true;
}

KpiFigure KpiEngine::figure(const QString &name, const KpiPeriod &period) const
{
    KpiFigure f = KpiCalculator::compute(name, m_data, period);
    const KpiPeriod previous = period.previous();
    const KpiFigure before = KpiCalculator::compute(name, m_data, previous);
    f.previousPeriod = previous.key();
    f.hasPrevious = before.hasValue;
    f.previousValue = before.value;
    return f;
}

QList<KpiFigure> KpiEngine::figures(const KpiPeriod &period) const
{
    QList<KpiFigure> out;
    for (const QString &name : KpiCalculator::names())
        out << figure(name, period);
    return out;
}

QList<KpiFigure> KpiEngine::trend(const QString &name, const KpiPeriod &period, int n) const
{
    QList<KpiFigure> out;
    for (const KpiPeriod &p : period.trailing(n))
        out << KpiCalculator::compute(name, m_data, p);
    return out;
}

QJsonArray KpiEngine::toJson(const QList<KpiFigure> &figures)
{
    QJsonArray out;
    for (const KpiFigure &f : figures)
        out.append(f.toJson());
    return out;
}

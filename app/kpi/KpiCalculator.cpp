#include "app/kpi/KpiCalculator.h"

#include "app/rules/ArrivalRule.h"
#include "app/rules/DerivedFields.h"
#include "app/rules/SiteReportRules.h"

#include <QSet>

namespace {

KpiFigure start(const char *name, const KpiPeriod &period, KpiFigure::Unit unit,
                KpiFigure::Compare compare, double target)
{
    KpiFigure f;
    f.name = QString::fromLatin1(name);
    f.period = period.key();
    f.unit = unit;
    f.compare = compare;
    f.target = target;
    return f;
}

// A share in percent; met when numerator / denominator compares to target % exactly.
void finishPercent(KpiFigure &f)
{
    f.hasValue = f.denominator > 0;
    if (!f.hasValue)
        return;
    f.value = 100.0 * double(f.numerator) / double(f.denominator);
    const qint64 lhs = 100 * f.numerator;
    const double rhs = f.target * double(f.denominator);
    switch (f.compare) {
    case KpiFigure::Compare::AtLeast:
        f.met = double(lhs) >= rhs;
        break;
    case KpiFigure::Compare::Below:
        f.met = double(lhs) < rhs;
        break;
    case KpiFigure::Compare::AtMost:
        f.met = double(lhs) <= rhs;
        break;
    }
}

bool inPeriod(const QDateTime &t, const KpiPeriod &period)
{
    return t.isValid() && period.contains(t.date());
}

} // namespace

QStringList KpiCalculator::names()
{
    return {QStringLiteral("on_time_dispatch"),
            QStringLiteral("satisfaction"),
            QStringLiteral("knowhow_incidents"),
            QStringLiteral("complaint_rate"),
            QStringLiteral("report_on_time"),
            QStringLiteral("proactive_strategic"),
            QStringLiteral("nps"),
            QStringLiteral("nps_a"),
            QStringLiteral("nps_b")};
}

KpiFigure KpiCalculator::compute(const QString &name, const KpiData &data, const KpiPeriod &period)
{
    if (name == QLatin1String("on_time_dispatch"))
        return onTimeDispatch(data, period);
    if (name == QLatin1String("satisfaction"))
        return satisfaction(data, period);
    if (name == QLatin1String("knowhow_incidents"))
        return knowhowIncidents(data, period);
    if (name == QLatin1String("complaint_rate"))
        return complaintRate(data, period);
    if (name == QLatin1String("report_on_time"))
        return reportOnTime(data, period);
    if (name == QLatin1String("proactive_strategic"))
        return proactiveStrategic(data, period);
    if (name == QLatin1String("nps"))
        return nps(data, period, QString());
    if (name == QLatin1String("nps_a"))
        return nps(data, period, QStringLiteral("A"));
    if (name == QLatin1String("nps_b"))
        return nps(data, period, QStringLiteral("B"));
    return KpiFigure();
}

QList<KpiFigure> KpiCalculator::computeAll(const KpiData &data, const KpiPeriod &period)
{
    QList<KpiFigure> out;
    for (const QString &name : names())
        out << compute(name, data, period);
    return out;
}

KpiFigure KpiCalculator::onTimeDispatch(const KpiData &data, const KpiPeriod &period)
{
    KpiFigure f = start("on_time_dispatch", period, KpiFigure::Unit::Percent,
                        KpiFigure::Compare::AtLeast, 98);
    for (const KpiData::Task &t : data.tasks) {
        if (!inPeriod(t.arrivedAt, period))
            continue;
        ++f.denominator;
        f.denominatorIds << t.id;
        // Without a commitment (no planned start) the arrival cannot count as on time.
        const QDateTime committed =
            ArrivalRule::committedArrival(t.type, t.priority, t.requestedAt, t.plannedStart);
        if (ArrivalRule::onTime(committed, t.arrivedAt).toBool()) {
            ++f.numerator;
            f.numeratorIds << t.id;
        }
    }
    finishPercent(f);
    return f;
}

KpiFigure KpiCalculator::satisfaction(const KpiData &data, const KpiPeriod &period)
{
    KpiFigure f =
        start("satisfaction", period, KpiFigure::Unit::Score, KpiFigure::Compare::AtLeast, 9);
    for (const KpiData::Callback &c : data.callbacks) {
        if (c.satisfaction < 0 || !inPeriod(c.calledAt, period))
            continue;
        ++f.denominator;
        f.numerator += c.satisfaction;
        f.denominatorIds << c.id;
        if (c.satisfaction >= 9) {
            ++f.atTarget;
            f.numeratorIds << c.id;
        }
    }
    f.hasValue = f.denominator > 0;
    if (f.hasValue) {
        f.value = double(f.numerator) / double(f.denominator);
        f.met = double(f.numerator) >= f.target * double(f.denominator);
    }
    return f;
}

KpiFigure KpiCalculator::knowhowIncidents(const KpiData &data, const KpiPeriod &period)
{
    KpiFigure f =
        start("knowhow_incidents", period, KpiFigure::Unit::Count, KpiFigure::Compare::AtMost, 0);
    f.hasDenominator = false;
    for (const KpiData::Incident &i : data.incidents) {
        if (!period.contains(i.foundOn))
            continue;
        ++f.numerator;
        f.numeratorIds << i.id;
    }
    // A count is never "no data": a year without incidents met its target.
    f.hasValue = period.isValid();
    f.value = double(f.numerator);
    f.met = f.value <= f.target;
    return f;
}

KpiFigure KpiCalculator::complaintRate(const KpiData &data, const KpiPeriod &period)
{
    KpiFigure f =
        start("complaint_rate", period, KpiFigure::Unit::Percent, KpiFigure::Compare::Below, 1);
    for (const KpiData::Complaint &c : data.complaints) {
        if (c.taskId.isEmpty() || !inPeriod(c.receivedAt, period))
            continue;
        ++f.numerator;
        f.numeratorIds << c.id;
    }
    for (const KpiData::Task &t : data.tasks) {
        if (!inPeriod(t.onsiteEnd, period))
            continue;
        ++f.denominator;
        f.denominatorIds << t.id;
    }
    finishPercent(f);
    return f;
}

KpiFigure KpiCalculator::reportOnTime(const KpiData &data, const KpiPeriod &period)
{
    KpiFigure f =
        start("report_on_time", period, KpiFigure::Unit::Percent, KpiFigure::Compare::AtLeast, 100);
    for (const KpiData::Task &t : data.tasks) {
        const QDate due = DerivedFields::reportDue(t.onsiteEnd, data.calendar);
        if (!period.contains(due))
            continue;
        ++f.denominator;
        f.denominatorIds << t.id;
        if (t.reportSignedAt.isValid() && t.reportSignedAt.date() <= due) {
            ++f.numerator;
            f.numeratorIds << t.id;
        }
    }
    finishPercent(f);
    return f;
}

KpiFigure KpiCalculator::proactiveStrategic(const KpiData &data, const KpiPeriod &period)
{
    KpiFigure f = start("proactive_strategic", period, KpiFigure::Unit::Percent,
                        KpiFigure::Compare::AtLeast, 100);
    QSet<QString> visited;
    for (const KpiData::Task &t : data.tasks) {
        if (!t.proactive || !inPeriod(t.arrivedAt, period) ||
            data.customerTier.value(t.customerId) != QLatin1String("A"))
            continue;
        visited.insert(t.customerId);
        f.evidenceIds << t.id;
    }
    QStringList customers;
    for (auto it = data.customerTier.cbegin(); it != data.customerTier.cend(); ++it) {
        if (it.value() == QLatin1String("A"))
            customers << it.key();
    }
    customers.sort(); // a stable order whatever the hash did
    for (const QString &id : customers) {
        ++f.denominator;
        f.denominatorIds << id;
        if (visited.contains(id)) {
            ++f.numerator;
            f.numeratorIds << id;
        }
    }
    finishPercent(f);
    return f;
}

KpiFigure KpiCalculator::nps(const KpiData &data, const KpiPeriod &period, const QString &tier)
{
    const char *name = tier.isEmpty() ? "nps" : (tier == QLatin1String("A") ? "nps_a" : "nps_b");
    const double target = tier.isEmpty() ? 50 : (tier == QLatin1String("A") ? 60 : 40);
    KpiFigure f = start(name, period, KpiFigure::Unit::Nps, KpiFigure::Compare::AtLeast, target);
    for (const KpiData::Callback &c : data.callbacks) {
        if (c.nps < 0 || !inPeriod(c.calledAt, period))
            continue;
        if (!tier.isEmpty() && data.customerTier.value(data.taskCustomer.value(c.taskId)) != tier)
            continue;
        ++f.denominator;
        f.denominatorIds << c.id;
        const QString group = SiteReportRules::npsGroup(c.nps);
        if (group == QLatin1String("promoter")) {
            ++f.promoters;
            f.numeratorIds << c.id;
        } else if (group == QLatin1String("detractor")) {
            ++f.detractors;
        } else {
            ++f.passives;
        }
    }
    f.numerator = f.promoters - f.detractors;
    f.hasValue = f.denominator > 0;
    if (f.hasValue) {
        f.value = 100.0 * double(f.numerator) / double(f.denominator);
        f.met = 100.0 * double(f.numerator) >= f.target * double(f.denominator);
    }
    return f;
}

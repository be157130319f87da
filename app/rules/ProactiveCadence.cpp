#include "app/rules/ProactiveCadence.h"

int ProactiveCadence::cadenceMonths(const QString &tier)
{
    if (tier == QLatin1String("A"))
        return 3;
    if (tier == QLatin1String("B"))
        return 6;
    return 0;
}

QDate ProactiveCadence::nextDue(const QString &tier, const QDate &firstOrderOn,
                                const QDate &lastProactiveVisit,
                                const QDate &firstVisitAfterFirstOrder, Reason *reason)
{
    if (reason)
        *reason = Reason::None;
    // A new customer: the first visit within 3 months of the first order comes first.
    if (firstOrderOn.isValid() && !firstVisitAfterFirstOrder.isValid() &&
        !(lastProactiveVisit.isValid() && lastProactiveVisit >= firstOrderOn)) {
        if (reason)
            *reason = Reason::NewCustomer;
        return firstOrderOn.addMonths(3);
    }
    const int months = cadenceMonths(tier);
    if (months == 0)
        return QDate();
    if (!lastProactiveVisit.isValid()) {
        // Never visited proactively: due from the first order (or at once when unknown).
        if (reason)
            *reason = Reason::Cadence;
        return firstOrderOn.isValid() ? firstOrderOn.addMonths(months) : QDate();
    }
    if (reason)
        *reason = Reason::Cadence;
    return lastProactiveVisit.addMonths(months);
}

ProactiveCadence::Status ProactiveCadence::status(const QDate &nextDue, const QDate &today)
{
    if (!nextDue.isValid())
        return Status::None;
    if (today > nextDue)
        return Status::Overdue;
    if (today >= nextDue.addDays(-DueWarningDays))
        return Status::Due;
    return Status::Planned;
}

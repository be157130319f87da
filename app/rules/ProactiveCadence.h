#pragma once

#include <QDate>
#include <QString>

// Proactive dispatches by customer tier (SOP-10 §6, SOP-15 §5; product.md "Proactive dispatch
// plan"): tier A strategic every quarter, tier B main every half year, C and D on request; a
// new customer gets a visit within 3 months of its first order. The next visit is counted from
// the last proactive visit that happened, not from a calendar schedule (a visit on 31 March is
// next due on 30 June). Plain functions; ProactivePlan applies them to the customers.
class ProactiveCadence
{
public:
    enum class Status {
        None,    // no proactive visit is due (on request, or nothing known yet)
        Planned, // the next visit lies further ahead than the warning window
        Due,     // due within the warning window
        Overdue, // the due day has passed without a visit
    };
    // Why the next visit is due.
    enum class Reason { None, Cadence, NewCustomer };

    static constexpr int DueWarningDays = 30;

    // Months between proactive visits: A 3, B 6, others 0 (on request).
    static int cadenceMonths(const QString &tier);
    // The next proactive visit's due day. lastProactiveVisit: the day the last proactive
    // dispatch arrived; firstVisitAfterFirstOrder: the first dispatch of any kind that arrived on
    // or after the first order. Invalid when none is due (reason None), or when a tier with a
    // cadence was never visited and has no first order to count from (reason Cadence: due now).
    static QDate nextDue(const QString &tier, const QDate &firstOrderOn,
                         const QDate &lastProactiveVisit, const QDate &firstVisitAfterFirstOrder,
                         Reason *reason = nullptr);
    static Status status(const QDate &nextDue, const QDate &today);
};

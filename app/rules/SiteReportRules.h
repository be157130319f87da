#pragma once

#include "app/catalog/Money.h"

#include <QCoreApplication>
#include <QDateTime>

// SOP-10 §5.3-§5.4 deadlines and thresholds that the on-site forms derive (interchange.md
// "Derived rules"): late daily reports, anomaly notification limits, call-back NPS groups,
// gift and hospitality declarations.
class SiteReportRules
{
    Q_DECLARE_TR_FUNCTIONS(SiteReportRules)
public:
    // QEF-10-02 is due 17:00 local time on its date; "local" is the offset the submission
    // time was recorded with (the engineer's site). 17:00:00 itself is in time.
    static bool dailyReportLate(const QDate &date, const QDateTime &submittedAt);

    // §5.3.4 says "immediately" for a safety incident; the company reads that as 15 minutes
    // after it occurred (shown as "立即（15 分钟内）"): a limit that can be met and checked.
    static constexpr int SafetyNotifyMinutes = 15;

    // §5.3.4: safety within 15 minutes, major complaint 1 h, commercial 4 h, technical 24 h,
    // general by the end of the same day (its daily report). Invalid for an unknown type.
    static QDateTime anomalyNotifyBy(const QString &type, const QDateTime &occurredAt);
    // Overdue when not notified and the limit has passed, or notified after the limit.
    static bool anomalyOverdue(const QString &type, const QDateTime &occurredAt,
                               const QDateTime &notifiedAt, const QDateTime &now);

    // SOP-15 §7.1: promoter 9-10, passive 7-8, detractor 0-6; empty when out of range.
    static QString npsGroup(int score);
    // SOP-15 §7.3: a satisfaction or NPS score below 7 opens an improvement plan.
    static bool needsImprovementPlan(int satisfaction, int nps);
    static QDate improvementFollowUp(const QDate &opened) { return opened.addDays(90); }

    // §5.3.1.3: a gift or hospitality paid by the customer above RMB 200.00 is declared to 王婧.
    static bool declarationRequired(const QString &category, const QString &paidBy,
                                    const Money &amount);
};

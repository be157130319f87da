#pragma once

#include "app/kpi/KpiData.h"
#include "app/kpi/KpiFigure.h"
#include "app/kpi/KpiPeriod.h"

// The KPIs of SOP-10 §7 and SOP-15 §7 (product.md "KPIs, the monthly review and the proactive
// plan") as plain functions of the records, for any period whatever the KPI's own period:
//   on_time_dispatch    arrived no later than committed ÷ arrived in the period      ≥ 98 %
//   satisfaction        average call-back satisfaction of the period's call-backs   ≥ 9
//   knowhow_incidents   know-how incidents found in the period (a count)            = 0
//   complaint_rate      complaints received naming a dispatch ÷ dispatches that
//                       left site in the period                                      < 1 %
//   report_on_time      service reports signed on or before report_due ÷ tasks
//                       whose report_due falls in the period                         100 %
//   proactive_strategic tier-A customers with a proactive dispatch that arrived in
//                       the period ÷ tier-A customers                                100 %
//   nps, nps_a, nps_b   % promoters − % detractors of the period's NPS answers
//                       (overall, tier A, tier B)                          ≥ 50, 60, 40
// A denominator of 0 is "no data" (no value, met unknown), never 0 % or 100 %. met is decided
// on the exact fraction, not on the rounded value.
class KpiCalculator
{
public:
    static QStringList names();
    static KpiFigure compute(const QString &name, const KpiData &data, const KpiPeriod &period);
    static QList<KpiFigure> computeAll(const KpiData &data, const KpiPeriod &period);

    static KpiFigure onTimeDispatch(const KpiData &data, const KpiPeriod &period);
    static KpiFigure satisfaction(const KpiData &data, const KpiPeriod &period);
    static KpiFigure knowhowIncidents(const KpiData &data, const KpiPeriod &period);
    static KpiFigure complaintRate(const KpiData &data, const KpiPeriod &period);
    static KpiFigure reportOnTime(const KpiData &data, const KpiPeriod &period);
    static KpiFigure proactiveStrategic(const KpiData &data, const KpiPeriod &period);
    // tier empty: every answer (nps); "A" / "B": the answers about that tier's customers.
    static KpiFigure nps(const KpiData &data, const KpiPeriod &period, const QString &tier);
};

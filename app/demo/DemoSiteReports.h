#pragma once

#include <QJsonObject>

// The on-site and closing part of the demo data, consistent with the demo tasks' states:
// task 1 (closed) has everything — daily reports (DemoDailyReports), a
// notified anomaly, a signed service report, a call-back and a claim whose customer-paid dinner
// was declared; task 2 (call-back) has a call-back with NPS 6 and its improvement plan, and a
// customer-paid banquet over RMB 200 not yet declared, which keeps it from closing; task 3
// (reporting) has its daily reports and a draft service report; task 4 (on site) the reports so
// far, a notified safety incident and a technical problem nobody was told about yet. Plus
// know-how entries at L1, L2 and L3. Returned as interchange arrays for DemoData to merge.
class DemoSiteReports
{
public:
    static QJsonObject arrays();
};

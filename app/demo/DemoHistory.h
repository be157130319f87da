#pragma once

#include <QJsonObject>

// Fifteen months of finished dispatches before the current demo tasks (2025-08 to 2026-10),
// so the KPIs, their trend charts and the monthly review have something to show: arrivals
// (one late), service reports (one signed late), call-backs with satisfaction and NPS
// (promoters, passives and one detractor with an improvement plan), proactive visits to the
// tier-A customers every quarter except one customer in 2026-Q2, complaints (one pushing a
// month over its 1 % target), a know-how incident and a draft monthly review. Returned as
// interchange arrays that DemoData merges with the rest; the arrays that other demo parts also
// fill (tasks, service_reports, callbacks) are appended to theirs.
class DemoHistory
{
public:
    static QJsonObject arrays();
};

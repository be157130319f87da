#pragma once

#include <QJsonObject>

// The task-life part of the demo data: one task in every state of SOP-10 §5 across the
// demo customers, with the approvals, mission briefs and NDAs each state implies, and the
// 2026 public-holiday calendar. Returned as interchange arrays for DemoData to merge.
class DemoTasks
{
public:
    static QJsonObject arrays();
    static QString taskId(int sequence);
};

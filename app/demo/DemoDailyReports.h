#pragma once

#include <QJsonArray>
#include <QString>

// The demo's daily reports (QEF-10-02), one per engineer and on-site day of demo tasks 1-4 as
// far as each has got; task 1's first day is the example of SOP-10 §5.3.3 word for word.
// Part of DemoSiteReports.
class DemoDailyReports
{
public:
    static QJsonArray reports();
    // Stable id of the report of engineer (demo name) on date for demo task number task.
    static QString id(int task, const QString &engineer, const QString &date);
};

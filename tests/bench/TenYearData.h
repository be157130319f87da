#pragma once

#include <QJsonObject>

// The ten-year data set of quality.md "Speed" as an interchange document (interchange.md), so
// the benchmark fills its databases through the product's own import: 3,000 tasks, each with
// its approval and mission brief, 10 daily reports (two engineers, five on-site days), a
// service report, a call-back and an expense claim of 20 lines, an arrival time (a few late) and
// now and then the proactive flag; a complaint every 40th task and a know-how incident a year
// (what the KPIs read); 2,000 know-how entries; the customers and people they name. Chinese text
// from TextGenerator; the same seed gives the same document. scale 0.1 is the quick set of CI (a
// tenth of every count).
class TenYearData
{
public:
    struct Counts
    {
        int customers = 0;
        int people = 0;
        int tasks = 0;
        int dailyReports = 0;
        int expenseLines = 0;
        int knowhow = 0;
        int records = 0; // everything the import writes, lines included
    };

    static QJsonObject build(double scale, quint32 seed, Counts *counts);
};

#pragma once

#include <QList>
#include <QString>

// The KPI measure (issue: "under 100 ms for a month and a quarter on the ten-year data set"):
// a database with the real schema holding ten years of the records the KPIs read (3,000 tasks
// with arrivals, service reports and call-backs, 400 customers, complaints, incidents, the
// holiday calendar), encrypted and plain; each run builds a fresh KpiEngine (all its reads)
// and computes every KPI of a month, or of a quarter, with the previous period's values, as
// `fielddesk-cli kpi` and the dashboard do.
class KpiBench
{
public:
    static bool measure(const QString &directory, int tasks, int runs, QList<double> *monthEnc,
                        QList<double> *monthPlain, QList<double> *quarterEnc,
                        QList<double> *quarterPlain, QString *error);
};

#pragma once

#include <QList>
#include <QString>

class Database;

// The KPI measure ("under 100 ms for a month and a quarter on the ten-year data set"), on the
// benchmark's two ten-year databases filled by the product's import (TenYearData carries the
// arrivals, proactive visits, complaints and incidents the KPIs read): each run builds a fresh
// KpiEngine (all its reads) and computes every KPI of a month, or of a quarter, with the
// previous period's values, as `fielddesk-cli kpi` and the dashboard do.
class KpiBench
{
public:
    static bool measure(Database &encrypted, Database &plain, int runs, QList<double> *monthEnc,
                        QList<double> *monthPlain, QList<double> *quarterEnc,
                        QList<double> *quarterPlain, QString *error);
};

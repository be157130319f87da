#pragma once

#include "app/kpi/KpiCalculator.h"
#include "db/Error.h"

#include <QCoreApplication>
#include <QJsonArray>

class Database;

// Reads what the KPIs need from a desk's database once (one query per table) and computes
// the figures of any period with the previous period's values, and trends over several
// periods, from that snapshot. Build one per screen refresh, CLI run or review signing.
class KpiEngine
{
    Q_DECLARE_TR_FUNCTIONS(KpiEngine)
public:
    explicit KpiEngine(Database &db);

    bool load(Error *error);
    const KpiData &data() const { return m_data; }

    // Every KPI of the period, each with the previous period's value.
    QList<KpiFigure> figures(const KpiPeriod &period) const;
    KpiFigure figure(const QString &name, const KpiPeriod &period) const;
    // One KPI over the n periods that end with period, oldest first.
    QList<KpiFigure> trend(const QString &name, const KpiPeriod &period, int n) const;

    // kpi --json: one object per KPI (interchange.md "KPIs").
    static QJsonArray toJson(const QList<KpiFigure> &figures);

private:
    Database &m_db;
    KpiData m_data;
};

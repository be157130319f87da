#pragma once

#include "app/kpi/KpiFigure.h"

#include <QCoreApplication>

// How a KPI figure reads for people, the same on the dashboard, in the CLI and on the printed
// monthly review: its translated name, value with unit, target, "n / d" and status.
class KpiText
{
    Q_DECLARE_TR_FUNCTIONS(KpiText)
public:
    static QString name(const QString &kpi);
    // What the KPI counts, one sentence (the definition of product.md).
    static QString definition(const QString &kpi);
    // "97.5 %", "8.6", "1", "+55"; "no data" when the denominator is 0.
    static QString value(const KpiFigure &figure);
    static QString number(const KpiFigure &figure, double value);
    static QString target(const KpiFigure &figure);   // "≥ 98 %", "< 1 %", "= 0"
    static QString fraction(const KpiFigure &figure); // "39 / 40", "3 incident(s)"
    static QString status(const KpiFigure &figure);   // met / missed / no data
    // Change against the previous period: "+1.5 vs 2026-10", or empty when either has no data.
    static QString change(const KpiFigure &figure);
    static QString noData();
};

#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

// One KPI for one period as the dashboard, the CLI and the monthly review show it: numerator
// and denominator, the value (null: no data, the denominator is 0), the target and whether it
// was met, the previous period's value, and the records behind the numbers.
struct KpiFigure
{
    enum class Unit {
        Percent, // on-time, complaint rate, report on time, proactive: 0-100
        Score,   // average satisfaction 1-10
        Count,   // know-how incidents
        Nps,     // -100 to 100
    };
    enum class Compare {
        AtLeast, // value >= target
        Below,   // value < target
        AtMost,  // value <= target
    };

    QString name; // on_time_dispatch, satisfaction, ...
    QString period;
    Unit unit = Unit::Percent;
    Compare compare = Compare::AtLeast;
    qint64 numerator = 0;
    qint64 denominator = 0;
    bool hasDenominator = true; // false for a count (know-how incidents)
    bool hasValue = false;      // false: no data
    double value = 0;
    double target = 0;
    bool met = false; // meaningful when hasValue
    bool hasPrevious = false;
    double previousValue = 0;
    QString previousPeriod;
    QStringList numeratorIds;   // the records counted in the numerator
    QStringList denominatorIds; // the records counted in the denominator
    QStringList evidenceIds;    // further records behind the figure (proactive visits)
    // Satisfaction: cases scoring 9 or more. NPS: promoters, passives, detractors.
    int atTarget = 0;
    int promoters = 0;
    int passives = 0;
    int detractors = 0;

    // Every record behind the figure, denominator first, each once.
    QStringList recordIds() const;
    // The value rounded as shown (one decimal, a score two, counts whole), never across the
    // target: a missed figure does not read as its target.
    double shownValue() const;
    // The interchange form of kpi --json (interchange.md "KPIs").
    QJsonObject toJson() const;
    // Everything above, for a signed monthly review that keeps its figures (withIds false: the
    // record ids are left out, for trend points).
    QJsonObject toStoredJson(bool withIds = true) const;
    static KpiFigure fromStoredJson(const QJsonObject &json);
};

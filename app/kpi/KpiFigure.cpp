#include "app/kpi/KpiFigure.h"

#include <QJsonArray>
#include <QSet>
#include <cmath>

QStringList KpiFigure::recordIds() const
{
    QStringList out;
    QSet<QString> seen;
    for (const QStringList *list : {&denominatorIds, &numeratorIds, &evidenceIds}) {
        for (const QString &id : *list) {
            if (!seen.contains(id)) {
                seen.insert(id);
                out << id;
            }
        }
    }
    return out;
}

double KpiFigure::shownValue() const
{
    if (unit == Unit::Count)
        return value;
    // One decimal (a score two: 8.97 is not 9.0). A figure never rounds across its target:
    // 48 of 49 on time (97.96 %) reads 97.9 %, not a missed 98.0 %.
    const double scale = unit == Unit::Score ? 100.0 : 10.0;
    const double rounded = std::round(value * scale) / scale;
    if (!hasValue)
        return rounded;
    const bool roundedMeets = compare == Compare::AtLeast ? rounded >= target
                              : compare == Compare::Below ? rounded < target
                                                          : rounded <= target;
    if (roundedMeets == met)
        return rounded;
    return compare == Compare::AtLeast ? std::floor(value * scale) / scale
                                       : std::ceil(value * scale) / scale;
}

QJsonObject KpiFigure::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("name"), name);
    o.insert(QStringLiteral("period"), period);
    o.insert(QStringLiteral("numerator"), numerator);
    o.insert(QStringLiteral("denominator"),
             hasDenominator ? QJsonValue(denominator) : QJsonValue());
    o.insert(QStringLiteral("value"), hasValue ? QJsonValue(shownValue()) : QJsonValue());
    o.insert(QStringLiteral("target"), target);
    o.insert(QStringLiteral("met"), hasValue ? QJsonValue(met) : QJsonValue());
    o.insert(QStringLiteral("record_ids"), QJsonArray::fromStringList(recordIds()));
    return o;
}

namespace {
const char *unitKey(KpiFigure::Unit unit)
{
    switch (unit) {
    case KpiFigure::Unit::Percent:
        return "percent";
    case KpiFigure::Unit::Score:
        return "score";
    case KpiFigure::Unit::Count:
        return "count";
    case KpiFigure::Unit::Nps:
        return "nps";
    }
    return "percent";
}

const char *compareKey(KpiFigure::Compare compare)
{
    switch (compare) {
    case KpiFigure::Compare::AtLeast:
        return "at_least";
    case KpiFigure::Compare::Below:
        return "below";
    case KpiFigure::Compare::AtMost:
        return "at_most";
    }
    return "at_least";
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &item : v.toArray())
        out << item.toString();
    return out;
}
} // namespace

QJsonObject KpiFigure::toStoredJson(bool withIds) const
{
    QJsonObject o = toJson();
    // The exact value: the rounded one is in "value" already, met was decided on this one.
    o.insert(QStringLiteral("exact_value"), hasValue ? QJsonValue(value) : QJsonValue());
    o.insert(QStringLiteral("unit"), QString::fromLatin1(unitKey(unit)));
    o.insert(QStringLiteral("compare"), QString::fromLatin1(compareKey(compare)));
    o.insert(QStringLiteral("previous_period"), previousPeriod);
    o.insert(QStringLiteral("previous_value"),
             hasPrevious ? QJsonValue(previousValue) : QJsonValue());
    o.insert(QStringLiteral("at_target"), atTarget);
    o.insert(QStringLiteral("promoters"), promoters);
    o.insert(QStringLiteral("passives"), passives);
    o.insert(QStringLiteral("detractors"), detractors);
    if (withIds) {
        o.insert(QStringLiteral("numerator_ids"), QJsonArray::fromStringList(numeratorIds));
        o.insert(QStringLiteral("denominator_ids"), QJsonArray::fromStringList(denominatorIds));
        o.insert(QStringLiteral("evidence_ids"), QJsonArray::fromStringList(evidenceIds));
    } else {
        o.remove(QStringLiteral("record_ids"));
    }
    return o;
}

KpiFigure KpiFigure::fromStoredJson(const QJsonObject &o)
{
    KpiFigure f;
    f.name = o.value(QStringLiteral("name")).toString();
    f.period = o.value(QStringLiteral("period")).toString();
    const QString unitText = o.value(QStringLiteral("unit")).toString();
    for (Unit u : {Unit::Percent, Unit::Score, Unit::Count, Unit::Nps}) {
        if (unitText == QLatin1String(unitKey(u)))
            f.unit = u;
    }
    const QString compareText = o.value(QStringLiteral("compare")).toString();
    for (Compare c : {Compare::AtLeast, Compare::Below, Compare::AtMost}) {
        if (compareText == QLatin1String(compareKey(c)))
            f.compare = c;
    }
    f.numerator = o.value(QStringLiteral("numerator")).toInteger();
    f.hasDenominator = !o.value(QStringLiteral("denominator")).isNull();
    f.denominator = o.value(QStringLiteral("denominator")).toInteger();
    f.hasValue = !o.value(QStringLiteral("exact_value")).isNull();
    f.value = o.value(QStringLiteral("exact_value")).toDouble();
    f.target = o.value(QStringLiteral("target")).toDouble();
    f.met = o.value(QStringLiteral("met")).toBool();
    f.previousPeriod = o.value(QStringLiteral("previous_period")).toString();
    f.hasPrevious = !o.value(QStringLiteral("previous_value")).isNull();
    f.previousValue = o.value(QStringLiteral("previous_value")).toDouble();
    f.atTarget = o.value(QStringLiteral("at_target")).toInt();
    f.promoters = o.value(QStringLiteral("promoters")).toInt();
    f.passives = o.value(QStringLiteral("passives")).toInt();
    f.detractors = o.value(QStringLiteral("detractors")).toInt();
    f.numeratorIds = strings(o.value(QStringLiteral("numerator_ids")));
    f.denominatorIds = strings(o.value(QStringLiteral("denominator_ids")));
    f.evidenceIds = strings(o.value(QStringLiteral("evidence_ids")));
    return f;
}

#include "app/kpi/KpiText.h"

#include <QLocale>

QString KpiText::name(const QString &kpi)
{
    if (kpi == QLatin1String("on_time_dispatch"))
        return tr("On-time dispatch rate");
    if (kpi == QLatin1String("satisfaction"))
        return tr("Customer satisfaction");
    if (kpi == QLatin1String("knowhow_incidents"))
        return tr("Know-how leak incidents");
    if (kpi == QLatin1String("complaint_rate"))
        return tr("Complaint rate after service");
    if (kpi == QLatin1String("report_on_time"))
        return tr("Service reports within 3 working days");
    if (kpi == QLatin1String("proactive_strategic"))
        return tr("Strategic customers visited proactively");
    if (kpi == QLatin1String("nps"))
        return tr("NPS overall");
    if (kpi == QLatin1String("nps_a"))
        return tr("NPS tier A");
    if (kpi == QLatin1String("nps_b"))
        return tr("NPS tier B");
    return kpi;
}

QString KpiText::definition(const QString &kpi)
{
    if (kpi == QLatin1String("on_time_dispatch"))
        return tr("Dispatches that arrived no later than committed (urgent P0 24 h, P1 48 h after "
                  "the request; otherwise the planned start day) ÷ dispatches that arrived.");
    if (kpi == QLatin1String("satisfaction"))
        return tr("Average satisfaction of the call-backs made in the period.");
    if (kpi == QLatin1String("knowhow_incidents"))
        return tr("Know-how incidents found in the period.");
    if (kpi == QLatin1String("complaint_rate"))
        return tr("Complaints received that name a dispatch ÷ dispatches that left the site.");
    if (kpi == QLatin1String("report_on_time"))
        return tr("Service reports signed on or before their due day ÷ tasks whose report was "
                  "due in the period.");
    if (kpi == QLatin1String("proactive_strategic"))
        return tr("Tier-A customers with a proactive dispatch that arrived ÷ tier-A customers.");
    if (kpi.startsWith(QLatin1String("nps")))
        return tr("% promoters (9-10) − % detractors (0-6) of the call-backs' NPS answers; "
                  "passives count in the number of answers.");
    return QString();
}

QString KpiText::noData()
{
    return tr("no data");
}

QString KpiText::number(const KpiFigure &figure, double value)
{
    const QLocale locale;
    switch (figure.unit) {
    case KpiFigure::Unit::Percent:
        return tr("%1 %").arg(locale.toString(value, 'f', 1));
    case KpiFigure::Unit::Score:
        return locale.toString(value, 'f', 2);
    case KpiFigure::Unit::Count:
        return locale.toString(qRound64(value));
    case KpiFigure::Unit::Nps:
        return (value > 0 ? QStringLiteral("+") : QString()) + locale.toString(value, 'f', 1);
    }
    return QString();
}

QString KpiText::value(const KpiFigure &figure)
{
    return figure.hasValue ? number(figure, figure.shownValue()) : noData();
}

QString KpiText::target(const KpiFigure &figure)
{
    QString sign;
    switch (figure.compare) {
    case KpiFigure::Compare::AtLeast:
        sign = QStringLiteral("≥ ");
        break;
    case KpiFigure::Compare::Below:
        sign = QStringLiteral("< ");
        break;
    case KpiFigure::Compare::AtMost:
        sign = QStringLiteral("≤ ");
        break;
    }
    if (figure.compare == KpiFigure::Compare::AtMost && figure.target == 0)
        return QStringLiteral("= 0"); // "no incident at all", as product.md writes it
    // Targets are whole numbers: "≥ 98 %", "≥ 9", "≥ +50".
    const QLocale locale;
    const QString whole = locale.toString(qRound64(figure.target));
    switch (figure.unit) {
    case KpiFigure::Unit::Percent:
        return sign + tr("%1 %").arg(whole);
    case KpiFigure::Unit::Nps:
        return sign + (figure.target > 0 ? QStringLiteral("+") : QString()) + whole;
    case KpiFigure::Unit::Score:
    case KpiFigure::Unit::Count:
        break;
    }
    return sign + whole;
}

QString KpiText::fraction(const KpiFigure &figure)
{
    if (!figure.hasDenominator)
        return tr("%n incident(s)", nullptr, int(figure.numerator));
    if (figure.unit == KpiFigure::Unit::Score)
        return tr("%n call-back(s)", nullptr, int(figure.denominator));
    if (figure.unit == KpiFigure::Unit::Nps)
        return tr("%n answer(s)", nullptr, int(figure.denominator));
    return QStringLiteral("%1 / %2").arg(figure.numerator).arg(figure.denominator);
}

QString KpiText::status(const KpiFigure &figure)
{
    if (!figure.hasValue)
        return noData();
    return figure.met ? tr("met") : tr("missed");
}

QString KpiText::change(const KpiFigure &figure)
{
    if (!figure.hasValue || !figure.hasPrevious)
        return QString();
    KpiFigure previous = figure;
    previous.value = figure.previousValue;
    const double diff = figure.shownValue() - previous.shownValue();
    const QLocale locale;
    const QString text = figure.unit == KpiFigure::Unit::Count ? locale.toString(qRound64(diff))
                                                               : locale.toString(diff, 'f', 1);
    return tr("%1 vs %2")
        .arg((diff > 0 ? QStringLiteral("+") : QString()) + text, figure.previousPeriod);
}

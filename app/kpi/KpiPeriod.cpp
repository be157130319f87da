#include "app/kpi/KpiPeriod.h"

#include <QRegularExpression>

namespace {
// The years a desk can hold records for; anything else is a typing mistake.
bool plausibleYear(int year)
{
    return year >= 2000 && year <= 2999;
}
} // namespace

KpiPeriod KpiPeriod::month(int year, int month)
{
    if (!plausibleYear(year) || month < 1 || month > 12)
        return KpiPeriod();
    const QDate first(year, month, 1);
    return KpiPeriod(Kind::Month, first, first.addMonths(1).addDays(-1));
}

KpiPeriod KpiPeriod::quarter(int year, int quarter)
{
    if (!plausibleYear(year) || quarter < 1 || quarter > 4)
        return KpiPeriod();
    const QDate first(year, (quarter - 1) * 3 + 1, 1);
    return KpiPeriod(Kind::Quarter, first, first.addMonths(3).addDays(-1));
}

KpiPeriod KpiPeriod::year(int year)
{
    if (!plausibleYear(year))
        return KpiPeriod();
    return KpiPeriod(Kind::Year, QDate(year, 1, 1), QDate(year, 12, 31));
}

KpiPeriod KpiPeriod::fromKey(const QString &key)
{
    static const QRegularExpression monthKey(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    static const QRegularExpression quarterKey(QStringLiteral("^(\\d{4})-[Qq](\\d)$"));
    static const QRegularExpression yearKey(QStringLiteral("^(\\d{4})$"));
    auto m = monthKey.match(key);
    if (m.hasMatch())
        return month(m.captured(1).toInt(), m.captured(2).toInt());
    m = quarterKey.match(key);
    if (m.hasMatch())
        return quarter(m.captured(1).toInt(), m.captured(2).toInt());
    m = yearKey.match(key);
    if (m.hasMatch())
        return year(m.captured(1).toInt());
    return KpiPeriod();
}

KpiPeriod KpiPeriod::lastCompleteMonth(const QDate &today)
{
    const QDate previous = QDate(today.year(), today.month(), 1).addMonths(-1);
    return month(previous.year(), previous.month());
}

QString KpiPeriod::key() const
{
    switch (m_kind) {
    case Kind::Month:
        return m_first.toString(QStringLiteral("yyyy-MM"));
    case Kind::Quarter:
        return QStringLiteral("%1-Q%2").arg(m_first.year()).arg((m_first.month() - 1) / 3 + 1);
    case Kind::Year:
        return QString::number(m_first.year());
    case Kind::Invalid:
        break;
    }
    return QString();
}

KpiPeriod KpiPeriod::sameKindAt(const QDate &date) const
{
    switch (m_kind) {
    case Kind::Month:
        return month(date.year(), date.month());
    case Kind::Quarter:
        return quarter(date.year(), (date.month() - 1) / 3 + 1);
    case Kind::Year:
        return year(date.year());
    case Kind::Invalid:
        break;
    }
    return KpiPeriod();
}

KpiPeriod KpiPeriod::previous() const
{
    return isValid() ? sameKindAt(m_first.addDays(-1)) : KpiPeriod();
}

KpiPeriod KpiPeriod::next() const
{
    return isValid() ? sameKindAt(m_last.addDays(1)) : KpiPeriod();
}

QList<KpiPeriod> KpiPeriod::trailing(int n) const
{
    QList<KpiPeriod> out;
    KpiPeriod p = *this;
    for (int i = 0; i < n && p.isValid(); ++i) {
        out.prepend(p);
        p = p.previous();
    }
    return out;
}

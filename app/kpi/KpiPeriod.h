#pragma once

#include <QDate>
#include <QList>
#include <QString>

// A calendar month, quarter or year for which the KPIs are computed ("2026-11", "2026-Q4",
// "2026"). Dates of records are compared in the offset the record carries (China time), so a
// period is a range of calendar days.
class KpiPeriod
{
public:
    enum class Kind { Invalid, Month, Quarter, Year };

    KpiPeriod() = default;
    static KpiPeriod month(int year, int month);
    static KpiPeriod quarter(int year, int quarter);
    static KpiPeriod year(int year);
    // "2026-11", "2026-Q4" (or "2026-q4") or "2026"; invalid for anything else.
    static KpiPeriod fromKey(const QString &key);
    // The month before the one today lies in: the dashboard's default.
    static KpiPeriod lastCompleteMonth(const QDate &today);

    bool isValid() const { return m_kind != Kind::Invalid; }
    Kind kind() const { return m_kind; }
    QString key() const;
    QDate first() const { return m_first; }
    QDate last() const { return m_last; }
    bool contains(const QDate &date) const
    {
        return isValid() && date.isValid() && date >= m_first && date <= m_last;
    }
    KpiPeriod previous() const;
    KpiPeriod next() const;
    // The n periods of the same kind that end with this one, oldest first (trend charts).
    QList<KpiPeriod> trailing(int n) const;
    // The same kind of period that contains date.
    KpiPeriod sameKindAt(const QDate &date) const;

    bool operator==(const KpiPeriod &other) const
    {
        return m_kind == other.m_kind && m_first == other.m_first;
    }
    bool operator!=(const KpiPeriod &other) const { return !(*this == other); }

private:
    KpiPeriod(Kind kind, const QDate &first, const QDate &last)
        : m_kind(kind), m_first(first), m_last(last)
    {}

    Kind m_kind = Kind::Invalid;
    QDate m_first;
    QDate m_last;
};

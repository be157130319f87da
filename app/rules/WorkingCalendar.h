#pragma once

#include <QDate>
#include <QSet>

// Working days for SOP-10 deadlines: Monday to Friday, minus public holidays, plus the
// weekend days declared as make-up working days (调休).
class WorkingCalendar
{
public:
    WorkingCalendar() = default;
    WorkingCalendar(QSet<QDate> holidays, QSet<QDate> extraWorkdays);

    bool isWorkingDay(const QDate &date) const;
    // The n-th working day after date (date itself never counts); n >= 1.
    QDate addWorkingDays(const QDate &date, int n) const;

private:
    QSet<QDate> m_holidays;
    QSet<QDate> m_extraWorkdays;
};

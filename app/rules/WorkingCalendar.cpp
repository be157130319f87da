#include "app/rules/WorkingCalendar.h"

WorkingCalendar::WorkingCalendar(QSet<QDate> holidays, QSet<QDate> extraWorkdays)
    : m_holidays(std::move(holidays)), m_extraWorkdays(std::move(extraWorkdays))
{}

bool WorkingCalendar::isWorkingDay(const QDate &date) const
{
    if (m_extraWorkdays.contains(date))
        return true;
    if (m_holidays.contains(date))
        return false;
    return date.dayOfWeek() <= 5;
}

QDate WorkingCalendar::addWorkingDays(const QDate &date, int n) const
{
    QDate day = date;
    int counted = 0;
    // A year of holidays cannot exceed this bound; it only guards against a bad calendar.
    for (int guard = 0; counted < n && guard < 3660; ++guard) {
        day = day.addDays(1);
        if (isWorkingDay(day))
            ++counted;
    }
    return counted == n ? day : QDate();
}

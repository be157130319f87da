#include "app/rules/PlausibleDates.h"

bool PlausibleDates::inWindow(const QDate &date)
{
    return date.isValid() && date >= earliest() && date <= latest();
}

bool PlausibleDates::notBeforeRegistration(const QDateTime &value, const QDateTime &registered)
{
    if (!value.isValid() || !registered.isValid())
        return true;
    // Both in the registration's offset: the calendar day the desk registered the task.
    const QDateTime local = value.toOffsetFromUtc(registered.offsetFromUtc());
    return local.date() >= registered.date();
}

QString PlausibleDates::outsideWindow(const QString &shown)
{
    return tr("%1 lies outside %2 to %3; check the year.")
        .arg(shown, earliest().toString(Qt::ISODate), latest().toString(Qt::ISODate));
}

#pragma once

#include <QDateTime>

// "Now" for the desk's screens: the 24 h rule, eligibility on a day, deadlines, the time a
// decision is recorded. Tests pin it so what the screens compute does not depend on the day
// the suite runs.
class DeskClock
{
public:
    static QDateTime now() { return fixed().isValid() ? fixed() : QDateTime::currentDateTime(); }
    // Today in China time (the offset the desk's records carry), whatever the computer's zone.
    static QDate today() { return now().toOffsetFromUtc(8 * 3600).date(); }
    // An invalid value returns to the system clock.
    static void setFixedNow(const QDateTime &at) { fixed() = at; }

private:
    static QDateTime &fixed()
    {
        static QDateTime at;
        return at;
    }
};

#pragma once

#include <QDate>
#include <QDateTime>
#include <QTime>

// A wall time at a fixed UTC offset (what the desk stores: China time, +08:00, unless a
// record carries another offset). One spelling for every Qt the desk builds with: Qt 6.4 has
// only the Qt::OffsetFromUTC constructor, Qt 6.8 deprecates it for QTimeZone; both give the
// same value, with timeSpec() Qt::OffsetFromUTC.
class OffsetTime
{
public:
    static QDateTime at(const QDate &day, const QTime &time, int offsetSeconds);
};

#pragma once

#include <QDateTime>
#include <QString>
#include <QVariant>

// Date-times as the desk shows them: in the offset the record carries (China time, +08:00,
// for everything the desk writes), never in the computer's time zone, on every screen and
// list, so a desk set to another zone shows the same times as the paper form. A time stored
// without an offset of its own (UTC "Z") is shown in China time.
class RecordTime
{
public:
    static constexpr int ChinaOffset = 8 * 3600;

    // t in its own offset; UTC or the computer's local time become China time.
    static QDateTime inOwnOffset(const QDateTime &t);
    // An ISO 8601 text (as stored) in its own offset; invalid for anything else.
    static QDateTime parse(const QVariant &stored);
    // "2026-11-20 17:00" in the time's own offset; empty for an invalid time.
    static QString text(const QDateTime &t);
    static QString text(const QVariant &stored);
    // t (any spec) in China time: what a new record's time is stored in.
    static QDateTime china(const QDateTime &t) { return t.toOffsetFromUtc(ChinaOffset); }
    // t (any spec) in China time to the minute, as stored: a new record's "now".
    static QString minuteText(const QDateTime &t);
    // The wall-clock date and time of t in its own offset, as a UTC value that a date-time
    // edit shows without any daylight-saving gap of the computer's zone; and back, in offset.
    static QDateTime wallClock(const QDateTime &t);
    static QDateTime fromWallClock(const QDateTime &wall, int offsetSeconds);
};

#include "app/utils/OffsetTime.h"

#include <QTimeZone>

QDateTime OffsetTime::at(const QDate &day, const QTime &time, int offsetSeconds)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return QDateTime(day, time, QTimeZone::fromSecondsAheadOfUtc(offsetSeconds));
#else
    return QDateTime(day, time, Qt::OffsetFromUTC, offsetSeconds);
#endif
}

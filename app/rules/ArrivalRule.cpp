#include "app/rules/ArrivalRule.h"
#include "app/utils/OffsetTime.h"

QDateTime ArrivalRule::committedArrival(const QString &type, const QString &priority,
                                        const QDateTime &requestedAt, const QDate &plannedStart)
{
    if (type == QLatin1String("urgent_complaint")) {
        if (!requestedAt.isValid())
            return QDateTime();
        const int hours = priority == QLatin1String("P0") ? 24 : 48;
        return requestedAt.addSecs(qint64(hours) * 3600);
    }
    if (!plannedStart.isValid())
        return QDateTime();
    // The planned start is a calendar day where the customer is: its last second, in the
    // offset the task's times carry (+08:00 when the request has none to tell).
    const int offset = requestedAt.isValid() ? requestedAt.offsetFromUtc() : 8 * 3600;
    return OffsetTime::at(plannedStart, QTime(23, 59, 59), offset);
}

QJsonValue ArrivalRule::onTime(const QDateTime &committed, const QDateTime &arrivedAt)
{
    if (!committed.isValid() || !arrivedAt.isValid())
        return QJsonValue();
    return arrivedAt <= committed;
}

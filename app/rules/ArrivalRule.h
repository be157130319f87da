#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonValue>
#include <QString>

// When a dispatch must be on site (SOP-10 §2.1 "24h / 48h 现场到达"; product.md, on-time
// dispatch rate): an urgent complaint P0 within 24 h of the request, P1 within 48 h; any other
// type by the end of its planned start day. Plain functions for the derived keys
// committed_arrival / on_time and the KPI.
class ArrivalRule
{
public:
    // The committed arrival; invalid when it cannot be known (no request time for an urgent
    // complaint, no planned start for any other type). The end of the planned start day is
    // 23:59:59 in the offset the request carries (China time).
    static QDateTime committedArrival(const QString &type, const QString &priority,
                                      const QDateTime &requestedAt, const QDate &plannedStart);
    // Arrived no later than committed. Null (unknown) without an arrival or a commitment.
    static QJsonValue onTime(const QDateTime &committed, const QDateTime &arrivedAt);
};

#include "app/utils/RecordTime.h"

#include <QTimeZone>

QDateTime RecordTime::inOwnOffset(const QDateTime &t)
{
    if (!t.isValid())
        return t;
    if (t.timeSpec() == Qt::OffsetFromUTC)
        return t;
    return t.toOffsetFromUtc(ChinaOffset);
}

QDateTime RecordTime::parse(const QVariant &stored)
{
    if (stored.typeId() == QMetaType::QDateTime)
        return inOwnOffset(stored.toDateTime());
    const QString text = stored.toString();
    if (text.isEmpty())
        return QDateTime();
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    return inOwnOffset(t);
}

QString RecordTime::text(const QDateTime &t)
{
    return t.isValid() ? inOwnOffset(t).toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QString RecordTime::text(const QVariant &stored)
{
    return text(parse(stored));
}

QDateTime RecordTime::wallClock(const QDateTime &t)
{
    if (!t.isValid())
        return t;
    const QDateTime own = inOwnOffset(t);
    return QDateTime(own.date(), own.time(), QTimeZone::utc());
}

QDateTime RecordTime::fromWallClock(const QDateTime &wall, int offsetSeconds)
{
    if (!wall.isValid())
        return wall;
    return QDateTime(wall.date(), wall.time(), QTimeZone(offsetSeconds));
}

QString RecordTime::minuteText(const QDateTime &t)
{
    const QDateTime c = china(t);
    return QDateTime(c.date(), QTime(c.time().hour(), c.time().minute()), QTimeZone(ChinaOffset))
        .toString(Qt::ISODate);
}

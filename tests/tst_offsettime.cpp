#include "app/utils/OffsetTime.h"
#include "app/utils/RecordTime.h"

#include <QTimeZone>
#include <QtTest>

// A wall time at a fixed offset is the same value on every Qt the desk builds with: the
// offset it was given, Qt::OffsetFromUTC (so RecordTime keeps it in its own offset), and the
// ISO text the records store.
class TestOffsetTime : public QObject
{
    Q_OBJECT
private slots:
    void at_data()
    {
        QTest::addColumn<QDate>("day");
        QTest::addColumn<QTime>("time");
        QTest::addColumn<int>("offset");
        QTest::addColumn<QString>("iso");
        QTest::newRow("China, 17:00") << QDate(2026, 11, 20) << QTime(17, 0) << 8 * 3600
                                      << QStringLiteral("2026-11-20T17:00:00+08:00");
        QTest::newRow("last second of a day")
            << QDate(2026, 12, 31) << QTime(23, 59, 59) << 8 * 3600
            << QStringLiteral("2026-12-31T23:59:59+08:00");
        QTest::newRow("UTC") << QDate(2026, 3, 29) << QTime(2, 30) << 0
                             << QStringLiteral("2026-03-29T02:30:00Z");
        QTest::newRow("west of UTC, half hour")
            << QDate(2026, 6, 1) << QTime(8, 15) << -(3 * 3600 + 1800)
            << QStringLiteral("2026-06-01T08:15:00-03:30");
    }

    void at()
    {
        QFETCH(QDate, day);
        QFETCH(QTime, time);
        QFETCH(int, offset);
        QFETCH(QString, iso);
        const QDateTime t = OffsetTime::at(day, time, offset);
        QVERIFY(t.isValid());
        QCOMPARE(t.date(), day);
        QCOMPARE(t.time(), time);
        QCOMPARE(t.offsetFromUtc(), offset);
        QCOMPARE(t.toString(Qt::ISODate), iso);
        QCOMPARE(t, QDateTime::fromString(iso, Qt::ISODate));
        QCOMPARE(t.toSecsSinceEpoch(),
                 QDateTime(day, time, QTimeZone::utc()).toSecsSinceEpoch() - offset);
        // A non-zero offset is kept as an offset, never turned into China time for display.
        if (offset != 0) {
            QCOMPARE(t.timeSpec(), Qt::OffsetFromUTC);
            QCOMPARE(RecordTime::inOwnOffset(t).offsetFromUtc(), offset);
        }
    }
};

QTEST_GUILESS_MAIN(TestOffsetTime)
#include "tst_offsettime.moc"

#include "app/rules/WorkingCalendar.h"

#include <QtTest>

// Working-day arithmetic for the 3-working-day report deadline.
class TestWorkingCalendar : public QObject
{
    Q_OBJECT
private slots:
    void addWorkingDays_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<int>("n");
        QTest::addColumn<QDate>("expected");
        QTest::newRow("Mon +3 = Thu") << QDate(2026, 11, 16) << 3 << QDate(2026, 11, 19);
        QTest::newRow("Wed +3 = Mon") << QDate(2026, 11, 18) << 3 << QDate(2026, 11, 23);
        QTest::newRow("Fri +3 = Wed") << QDate(2026, 11, 20) << 3 << QDate(2026, 11, 25);
        QTest::newRow("Sat +3 = Wed") << QDate(2026, 11, 21) << 3 << QDate(2026, 11, 25);
        QTest::newRow("Sun +1 = Mon") << QDate(2026, 11, 22) << 1 << QDate(2026, 11, 23);
        QTest::newRow("year end Wed 12-30 +3") << QDate(2026, 12, 30) << 3 << QDate(2027, 1, 5);
        QTest::newRow("National Day week") << QDate(2026, 9, 30) << 3 << QDate(2026, 10, 12);
        QTest::newRow("make-up Sunday counts") << QDate(2026, 9, 25) << 1 << QDate(2026, 9, 27);
    }

    void addWorkingDays()
    {
        QFETCH(QDate, from);
        QFETCH(int, n);
        QFETCH(QDate, expected);
        QSet<QDate> holidays{QDate(2027, 1, 1)}; // New Year's Day, a Friday
        for (int d = 1; d <= 8; ++d)
            holidays.insert(QDate(2026, 10, d)); // National Day holiday 10-01 .. 10-08
        const QSet<QDate> workdays{QDate(2026, 9, 27), QDate(2026, 10, 10)}; // 调休 Sun, Sat
        const WorkingCalendar calendar(holidays, workdays);
        QCOMPARE(calendar.addWorkingDays(from, n), expected);
    }

    void plainWeek()
    {
        const WorkingCalendar calendar;
        QVERIFY(calendar.isWorkingDay(QDate(2026, 11, 20)));
        QVERIFY(!calendar.isWorkingDay(QDate(2026, 11, 21)));
        QVERIFY(!calendar.isWorkingDay(QDate(2026, 11, 22)));
    }
};

QTEST_GUILESS_MAIN(TestWorkingCalendar)
#include "tst_workingcalendar.moc"

#include "app/rules/WorkingCalendar.h"
#include "app/workflow/HolidayCalendar.h"

#include <QtTest>

// Working-day arithmetic for the 3-working-day report deadline, on the official 2026 calendar
// Field Desk ships (国务院办公厅关于2026年部分节假日安排的通知): every holiday block and
// make-up working day at its edges.
class TestWorkingCalendar : public QObject
{
    Q_OBJECT
private:
    static WorkingCalendar official()
    {
        QSet<QDate> holidays, workdays;
        for (const HolidayCalendar::Day &d : HolidayCalendar::days(2026))
            (d.kind == QLatin1String("workday") ? workdays : holidays).insert(d.date);
        return WorkingCalendar(holidays, workdays);
    }

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
        // 元旦 1-1..1-3, Sunday 1-4 worked.
        QTest::newRow("New Year: Wed 12-31 +1 = make-up Sun 1-4")
            << QDate(2025, 12, 31) << 1 << QDate(2026, 1, 4);
        QTest::newRow("New Year: Sun 1-4 +1 = Mon 1-5")
            << QDate(2026, 1, 4) << 1 << QDate(2026, 1, 5);
        // 春节 2-15..2-23, Saturdays 2-14 and 2-28 worked.
        QTest::newRow("Spring Festival: Fri 2-13 +1 = make-up Sat 2-14")
            << QDate(2026, 2, 13) << 1 << QDate(2026, 2, 14);
        QTest::newRow("Spring Festival: Sat 2-14 +1 = Tue 2-24")
            << QDate(2026, 2, 14) << 1 << QDate(2026, 2, 24);
        QTest::newRow("Spring Festival: Fri 2-27 +1 = make-up Sat 2-28")
            << QDate(2026, 2, 27) << 1 << QDate(2026, 2, 28);
        QTest::newRow("Spring Festival: Thu 2-12 +3 = Tue 2-24")
            << QDate(2026, 2, 12) << 3 << QDate(2026, 2, 24);
        // 清明 4-4..4-6.
        QTest::newRow("Qingming: Fri 4-3 +1 = Tue 4-7")
            << QDate(2026, 4, 3) << 1 << QDate(2026, 4, 7);
        // 劳动节 5-1..5-5, Saturday 5-9 worked.
        QTest::newRow("Labour Day: Thu 4-30 +1 = Wed 5-6")
            << QDate(2026, 4, 30) << 1 << QDate(2026, 5, 6);
        QTest::newRow("Labour Day: Fri 5-8 +1 = make-up Sat 5-9")
            << QDate(2026, 5, 8) << 1 << QDate(2026, 5, 9);
        // 端午 6-19..6-21.
        QTest::newRow("Dragon Boat: Thu 6-18 +1 = Mon 6-22")
            << QDate(2026, 6, 18) << 1 << QDate(2026, 6, 22);
        // 中秋 9-25..9-27, Sunday 9-20 worked (for National Day).
        QTest::newRow("make-up Sun 9-20 counts: Fri 9-18 +1")
            << QDate(2026, 9, 18) << 1 << QDate(2026, 9, 20);
        QTest::newRow("Mid-Autumn: Thu 9-24 +1 = Mon 9-28")
            << QDate(2026, 9, 24) << 1 << QDate(2026, 9, 28);
        // 国庆 10-1..10-7, Saturday 10-10 worked.
        QTest::newRow("National Day: Wed 9-30 +1 = Thu 10-8")
            << QDate(2026, 9, 30) << 1 << QDate(2026, 10, 8);
        QTest::newRow("National Day: Wed 9-30 +3 = make-up Sat 10-10")
            << QDate(2026, 9, 30) << 3 << QDate(2026, 10, 10);
        QTest::newRow("National Day: Sat 10-10 +1 = Mon 10-12")
            << QDate(2026, 10, 10) << 1 << QDate(2026, 10, 12);
    }

    void addWorkingDays()
    {
        QFETCH(QDate, from);
        QFETCH(int, n);
        QFETCH(QDate, expected);
        QCOMPARE(official().addWorkingDays(from, n), expected);
    }

    // The shipped file says what the notice says: 33 days off in seven blocks, six weekend
    // days worked, each on the weekday the notice names.
    void officialCalendar()
    {
        const QList<HolidayCalendar::Day> days = HolidayCalendar::days(2026);
        QCOMPARE(days.size(), 39);
        QList<QDate> worked;
        int off = 0;
        for (const HolidayCalendar::Day &d : days) {
            if (d.kind == QLatin1String("workday"))
                worked << d.date;
            else
                ++off;
        }
        QCOMPARE(off, 33);
        QCOMPARE(worked,
                 (QList<QDate>{QDate(2026, 1, 4), QDate(2026, 2, 14), QDate(2026, 2, 28),
                               QDate(2026, 5, 9), QDate(2026, 9, 20), QDate(2026, 10, 10)}));
        for (const QDate &d : std::as_const(worked))
            QVERIFY2(d.dayOfWeek() >= 6, qPrintable(d.toString(Qt::ISODate)));
        QCOMPARE(QDate(2026, 1, 1).dayOfWeek(), 4);  // 周四
        QCOMPARE(QDate(2026, 2, 15).dayOfWeek(), 7); // 周日
        QCOMPARE(QDate(2026, 10, 7).dayOfWeek(), 3); // 周三
        const WorkingCalendar calendar = official();
        QVERIFY(!calendar.isWorkingDay(QDate(2026, 10, 7)));
        QVERIFY(calendar.isWorkingDay(QDate(2026, 10, 8)));
        QVERIFY(!calendar.isWorkingDay(QDate(2026, 2, 23)));
        QVERIFY(calendar.isWorkingDay(QDate(2026, 2, 24)));
        QVERIFY(calendar.isWorkingDay(QDate(2026, 1, 4)));
        QVERIFY(!calendar.isWorkingDay(QDate(2026, 1, 3)));
        QVERIFY(HolidayCalendar::shippedYears().contains(2026));
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

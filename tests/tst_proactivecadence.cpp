#include "app/rules/ProactiveCadence.h"

#include <QtTest>

// The proactive cadence of SOP-10 §6 at quarter and half-year ends, and the 3-month rule for a
// new customer.
class TestProactiveCadence : public QObject
{
    Q_OBJECT
private slots:
    void nextDue_data()
    {
        QTest::addColumn<QString>("tier");
        QTest::addColumn<QDate>("firstOrder");
        QTest::addColumn<QDate>("lastVisit");
        QTest::addColumn<QDate>("firstVisitAfterOrder");
        QTest::addColumn<QDate>("due");
        QTest::addColumn<int>("reason"); // 0 none, 1 cadence, 2 new customer
        const QDate old(2020, 1, 1);
        QTest::newRow("A: quarter end to quarter end")
            << "A" << old << QDate(2026, 3, 31) << old << QDate(2026, 6, 30) << 1;
        QTest::newRow("A: from the visit, not the calendar")
            << "A" << old << QDate(2026, 2, 10) << old << QDate(2026, 5, 10) << 1;
        QTest::newRow("A: 30 Nov + 3 months = 28 Feb")
            << "A" << old << QDate(2026, 11, 30) << old << QDate(2027, 2, 28) << 1;
        QTest::newRow("B: half-year end")
            << "B" << old << QDate(2026, 6, 30) << old << QDate(2026, 12, 30) << 1;
        QTest::newRow("B: 31 Aug + 6 months = 28 Feb")
            << "B" << old << QDate(2026, 8, 31) << old << QDate(2027, 2, 28) << 1;
        QTest::newRow("C: on request") << "C" << old << QDate(2026, 3, 1) << old << QDate() << 0;
        QTest::newRow("D: on request") << "D" << QDate() << QDate() << QDate() << QDate() << 0;
        QTest::newRow("new C customer: 3 months after the first order")
            << "C" << QDate(2026, 2, 27) << QDate() << QDate() << QDate(2026, 5, 27) << 2;
        QTest::newRow("new customer visited: nothing more for C")
            << "C" << QDate(2026, 2, 27) << QDate() << QDate(2026, 4, 8) << QDate() << 0;
        QTest::newRow("new A customer: the first-order visit comes first")
            << "A" << QDate(2026, 11, 30) << QDate() << QDate() << QDate(2027, 2, 28) << 2;
        QTest::newRow("new A customer visited proactively: cadence")
            << "A" << QDate(2026, 1, 15) << QDate(2026, 2, 1) << QDate(2026, 2, 1)
            << QDate(2026, 5, 1) << 1;
        QTest::newRow("A never visited, first order known")
            << "A" << QDate(2020, 5, 31) << QDate() << QDate(2020, 6, 1) << QDate(2020, 8, 31) << 1;
        QTest::newRow("A never visited, no first order: due now")
            << "A" << QDate() << QDate() << QDate() << QDate() << 1;
    }

    void nextDue()
    {
        QFETCH(QString, tier);
        QFETCH(QDate, firstOrder);
        QFETCH(QDate, lastVisit);
        QFETCH(QDate, firstVisitAfterOrder);
        QFETCH(QDate, due);
        QFETCH(int, reason);
        ProactiveCadence::Reason why;
        QCOMPARE(ProactiveCadence::nextDue(tier, firstOrder, lastVisit, firstVisitAfterOrder, &why),
                 due);
        QCOMPARE(int(why), reason);
    }

    void status_data()
    {
        QTest::addColumn<QDate>("due");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<int>("status"); // 0 none, 1 planned, 2 due, 3 overdue
        QTest::newRow("none") << QDate() << QDate(2026, 12, 7) << 0;
        QTest::newRow("31 days ahead: planned") << QDate(2027, 1, 7) << QDate(2026, 12, 7) << 1;
        QTest::newRow("30 days ahead: due") << QDate(2027, 1, 6) << QDate(2026, 12, 7) << 2;
        QTest::newRow("the due day itself") << QDate(2026, 12, 7) << QDate(2026, 12, 7) << 2;
        QTest::newRow("the day after: overdue") << QDate(2026, 12, 6) << QDate(2026, 12, 7) << 3;
    }

    void status()
    {
        QFETCH(QDate, due);
        QFETCH(QDate, today);
        QFETCH(int, status);
        QCOMPARE(int(ProactiveCadence::status(due, today)), status);
    }

    void cadence()
    {
        QCOMPARE(ProactiveCadence::cadenceMonths(QStringLiteral("A")), 3);
        QCOMPARE(ProactiveCadence::cadenceMonths(QStringLiteral("B")), 6);
        QCOMPARE(ProactiveCadence::cadenceMonths(QStringLiteral("C")), 0);
        QCOMPARE(ProactiveCadence::cadenceMonths(QStringLiteral("D")), 0);
    }
};

QTEST_GUILESS_MAIN(TestProactiveCadence)
#include "tst_proactivecadence.moc"

#include "app/rules/PlausibleDates.h"

#include <QtTest>

// The date window and a task's own timeline, at every boundary.
class TestPlausibleDates : public QObject
{
    Q_OBJECT
private slots:
    void window_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<bool>("plausible");
        QTest::newRow("year 1") << QDate(1, 1, 1) << false;
        QTest::newRow("day before the window") << QDate(1989, 12, 31) << false;
        QTest::newRow("first day") << QDate(1990, 1, 1) << true;
        QTest::newRow("demo year") << QDate(2026, 11, 20) << true;
        QTest::newRow("last day") << QDate(2099, 12, 31) << true;
        QTest::newRow("day after the window") << QDate(2100, 1, 1) << false;
        QTest::newRow("year 9999") << QDate(9999, 12, 31) << false;
        QTest::newRow("invalid") << QDate() << false;
    }

    void window()
    {
        QFETCH(QDate, date);
        QFETCH(bool, plausible);
        QCOMPARE(PlausibleDates::inWindow(date), plausible);
    }

    void timeline_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("registered");
        QTest::addColumn<bool>("ok");
        const QString reg = QStringLiteral("2026-05-11T10:00:00+08:00");
        QTest::newRow("years before") << "2020-01-01T10:00:00+08:00" << reg << false;
        QTest::newRow("day before") << "2026-05-10T23:59:59+08:00" << reg << false;
        QTest::newRow("same day, earlier hour") << "2026-05-11T00:00:00+08:00" << reg << true;
        QTest::newRow("same moment") << "2026-05-11T10:00:00+08:00" << reg << true;
        QTest::newRow("later") << "2026-05-20T09:00:00+08:00" << reg << true;
        // The day in the registration's offset: 2026-05-10T17:00Z is 05-11 01:00 in +08:00.
        QTest::newRow("other offset, same day") << "2026-05-10T17:00:00Z" << reg << true;
        QTest::newRow("other offset, day before") << "2026-05-10T15:59:59Z" << reg << false;
        QTest::newRow("no value") << "" << reg << true;
        QTest::newRow("no registration") << "2020-01-01T10:00:00+08:00"
                                         << "" << true;
    }

    void timeline()
    {
        QFETCH(QString, value);
        QFETCH(QString, registered);
        QFETCH(bool, ok);
        QCOMPARE(
            PlausibleDates::notBeforeRegistration(QDateTime::fromString(value, Qt::ISODate),
                                                  QDateTime::fromString(registered, Qt::ISODate)),
            ok);
    }

    void messageNamesTheWindow()
    {
        const QString m = PlausibleDates::outsideWindow(QStringLiteral("9999-12-31"));
        QVERIFY(m.contains(QStringLiteral("9999-12-31")));
        QVERIFY(m.contains(QStringLiteral("1990-01-01")));
        QVERIFY(m.contains(QStringLiteral("2099-12-31")));
    }
};

QTEST_GUILESS_MAIN(TestPlausibleDates)
#include "tst_plausibledates.moc"

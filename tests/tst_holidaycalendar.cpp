#include "app/workflow/HolidayCalendar.h"
#include "db/Database.h"
#include "db/RecordStore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

// The shipped holiday calendar goes into a database once, keeps what people entered, and the
// start page's warning appears exactly when next year has no calendar.
class TestHolidayCalendar : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_count = 0;

    bool fresh(Database &db)
    {
        return db.create(m_dir.filePath(QStringLiteral("h%1.fdb").arg(++m_count)),
                         QString(64, QLatin1Char('7')), nullptr, Database::KeyKind::RawKey);
    }
    static int live(Database &db)
    {
        QSqlQuery q(db.sql());
        return q.exec(QStringLiteral("SELECT count(*) FROM holidays WHERE deleted = 0")) && q.next()
                   ? q.value(0).toInt()
                   : -1;
    }

private slots:
    void installOnce()
    {
        Database db;
        QVERIFY(fresh(db));
        QCOMPARE(live(db), 0);
        int added = -1;
        Error error;
        QVERIFY2(HolidayCalendar(db).install(&added, &error), qPrintable(error.message));
        QCOMPARE(added, 39);
        QCOMPARE(live(db), 39);
        QVariantMap row;
        QVERIFY(RecordStore(db).get(QStringLiteral("holidays"),
                                    HolidayCalendar::idFor(QDate(2026, 10, 10)), &row, &error));
        QCOMPARE(row.value(QStringLiteral("kind")).toString(), QStringLiteral("workday"));
        // Again: nothing new.
        QVERIFY(HolidayCalendar(db).install(&added, &error));
        QCOMPARE(added, 0);
        QCOMPARE(live(db), 39);
    }

    void keepsWhatPeopleDid()
    {
        Database db;
        QVERIFY(fresh(db));
        Error error;
        // A day entered by hand before, and a calendar day deleted on purpose.
        QVERIFY(RecordStore(db).insert(QStringLiteral("holidays"), RecordStore::newId(),
                                       {{QStringLiteral("date"), QStringLiteral("2026-10-01")},
                                        {QStringLiteral("kind"), QStringLiteral("holiday")},
                                        {QStringLiteral("name"), QStringLiteral("国庆")}},
                                       &error));
        int added = 0;
        QVERIFY(HolidayCalendar(db).install(&added, &error));
        QCOMPARE(added, 38);
        QVERIFY(RecordStore(db).remove(QStringLiteral("holidays"),
                                       HolidayCalendar::idFor(QDate(2026, 1, 2)), &error));
        QVERIFY(HolidayCalendar(db).install(&added, &error));
        QCOMPARE(added, 0);
        QCOMPARE(live(db), 38);
    }

    // A database without any calendar (older than the shipped one): this year is named.
    void thisYearWarning()
    {
        Database db;
        QVERIFY(fresh(db));
        const QString text = HolidayCalendar(db).missingNextYear(QDate(2026, 6, 1));
        QVERIFY2(text.contains(QStringLiteral("2026")), qPrintable(text));
    }

    void nextYearWarning_data()
    {
        QTest::addColumn<QDate>("today");
        QTest::addColumn<bool>("warns");
        QTest::newRow("mid 2026: 2027 is missing") << QDate(2026, 6, 30) << true;
        QTest::newRow("2026: 2027 is missing") << QDate(2026, 1, 1) << true;
        QTest::newRow("Dec 2026: 2027 is missing") << QDate(2026, 12, 7) << true;
    }

    void nextYearWarning()
    {
        QFETCH(QDate, today);
        QFETCH(bool, warns);
        Database db;
        QVERIFY(fresh(db));
        Error error;
        QVERIFY(HolidayCalendar(db).install(nullptr, &error));
        const QString text = HolidayCalendar(db).missingNextYear(today);
        QCOMPARE(!text.isEmpty(), warns);
        if (warns)
            QVERIFY2(text.contains(QString::number(today.year() + 1)), qPrintable(text));
        // One day of next year entered by hand is a calendar: the warning goes.
        QVERIFY(RecordStore(db).insert(
            QStringLiteral("holidays"), RecordStore::newId(),
            {{QStringLiteral("date"), QDate(today.year() + 1, 1, 1).toString(Qt::ISODate)},
             {QStringLiteral("kind"), QStringLiteral("holiday")},
             {QStringLiteral("name"), QStringLiteral("元旦")}},
            &error));
        QVERIFY(HolidayCalendar(db).missingNextYear(today).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHolidayCalendar)
#include "tst_holidaycalendar.moc"

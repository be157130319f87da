#include "Database.h"
#include "DemoData.h"
#include "DerivedFields.h"
#include "RecordCatalog.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

// Derived interchange keys: NDA requirement at the 90-day boundary, deadlines, and the
// database-backed computation for a task and its brief.
class TestDerivedFields : public QObject
{
    Q_OBJECT
private slots:
    void ndaRequired_data()
    {
        QTest::addColumn<bool>("hasNda");
        QTest::addColumn<QDate>("firstOrder");
        QTest::addColumn<QString>("knowhow");
        QTest::addColumn<bool>("expected");
        const QDate requested(2026, 11, 20);
        QTest::newRow("no first order") << false << QDate() << "normal" << true;
        QTest::newRow("first order 90 days before")
            << false << requested.addDays(-90) << "normal" << true;
        QTest::newRow("first order 91 days before")
            << false << requested.addDays(-91) << "normal" << false;
        QTest::newRow("old customer, core") << false << requested.addDays(-400) << "core" << true;
        QTest::newRow("signed NDA, new customer") << true << QDate() << "core" << false;
        QTest::newRow("old customer, none") << false << requested.addDays(-400) << "none" << false;
    }

    void ndaRequired()
    {
        QFETCH(bool, hasNda);
        QFETCH(QDate, firstOrder);
        QFETCH(QString, knowhow);
        QFETCH(bool, expected);
        QCOMPARE(DerivedFields::ndaRequired(hasNda, firstOrder, QDate(2026, 11, 20), knowhow),
                 expected);
    }

    void deadlines()
    {
        const QDateTime end =
            QDateTime::fromString(QStringLiteral("2026-11-20T16:30:00+08:00"), Qt::ISODate);
        QCOMPARE(DerivedFields::reportDue(end, WorkingCalendar()), QDate(2026, 11, 25));
        QCOMPARE(DerivedFields::callbackDue(end).toString(Qt::ISODate),
                 QStringLiteral("2026-11-22T16:30:00+08:00"));
        QVERIFY(!DerivedFields::reportDue(QDateTime(), WorkingCalendar()).isValid());
    }

    void computedFromTheDatabase()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.create(dir.filePath(QStringLiteral("d.fdb")), QString(64, QLatin1Char('b')),
                          nullptr, Database::KeyKind::RawKey));
        QVERIFY(DemoData::load(db, nullptr));
        DerivedFields derived(db);
        const RecordKind *tasks = RecordCatalog::byArray(QStringLiteral("tasks"));
        QVERIFY(tasks);
        QVariantMap task{
            {QStringLiteral("customer_id"),
             DemoData::idFor(QStringLiteral("customer"),
                             QStringLiteral("成都呈显光电科技有限公司"))},
            {QStringLiteral("planned_days"), 2.0},
            {QStringLiteral("complexity"), QStringLiteral("medium")},
            {QStringLiteral("knowhow_risk"), QStringLiteral("normal")},
            {QStringLiteral("major_complaint"), 0},
            {QStringLiteral("requested_at"), QStringLiteral("2026-11-20T09:00:00+08:00")},
            {QStringLiteral("onsite_end"), QStringLiteral("2026-11-20T16:30:00+08:00")},
        };
        const QJsonObject out = derived.compute(*tasks, task);
        QCOMPARE(out.value(QStringLiteral("approval")).toString(),
                 QStringLiteral("kc_charles")); // 呈显 is tier A
        QCOMPARE(out.value(QStringLiteral("report_due")).toString(), QStringLiteral("2026-11-25"));
        QCOMPARE(out.value(QStringLiteral("nda_required")).toBool(), false); // first order 2025
        task.remove(QStringLiteral("planned_days"));
        QVERIFY(derived.compute(*tasks, task).value(QStringLiteral("approval")).isNull());
    }
};

QTEST_GUILESS_MAIN(TestDerivedFields)
#include "tst_derivedfields.moc"

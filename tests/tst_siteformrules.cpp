#include "app/catalog/RecordCatalog.h"
#include "app/demo/DemoDailyReports.h"
#include "app/demo/DemoData.h"
#include "app/demo/DemoTasks.h"
#include "app/rules/SiteFormRules.h"
#include "db/Database.h"
#include "db/RecordStore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

// The cross-form rules of the on-site and closing forms at every boundary: a daily report's day
// against the task's on-site days, one report per engineer and day, the task's engineers,
// notification and follow-up dates, signatures and declarations.
class TestSiteFormRules : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    Database m_db;                                // the demo data set
    const QString m_task1 = DemoTasks::taskId(1); // on site 2026-05-13 to 05-15 (left 05-15)
    const QString m_task4 = DemoTasks::taskId(4); // on site from 2026-11-20, planned to 11-22

    static QString person(const char *name)
    {
        return DemoData::idFor(QStringLiteral("person"), QString::fromUtf8(name));
    }
    static const RecordKind &kind(const char *array)
    {
        return *RecordCatalog::byArray(QLatin1String(array));
    }
    bool check(const char *array, const QVariantMap &record, Error *error,
               const QString &id = QStringLiteral("aaaaaaaa-0000-4000-8000-000000000001"))
    {
        return SiteFormRules::check(m_db, kind(array), id, record, error);
    }
    void setTask(const QString &taskId, const QVariantMap &fields)
    {
        Error error;
        QVERIFY2(RecordStore(m_db).update(QStringLiteral("tasks"), taskId, fields, &error),
                 qPrintable(error.message));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_db.create(m_dir.filePath(QStringLiteral("r.fdb")), QString(64, QLatin1Char('f')),
                            nullptr, Database::KeyKind::RawKey));
        Error error;
        QVERIFY2(DemoData::load(m_db, &error), qPrintable(error.message));
    }

    void onSiteDays_data()
    {
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("end");
        QTest::addColumn<QString>("left");
        QTest::addColumn<QDate>("first");
        QTest::addColumn<QDate>("last");
        QTest::newRow("planned") << "2026-11-20"
                                 << "2026-11-22"
                                 << "" << QDate(2026, 11, 20) << QDate(2026, 11, 22);
        QTest::newRow("left later")
            << "2026-11-20"
            << "2026-11-22"
            << "2026-11-23T09:00:00+08:00" << QDate(2026, 11, 20) << QDate(2026, 11, 23);
        QTest::newRow("left earlier")
            << "2026-11-20"
            << "2026-11-22"
            << "2026-11-21T18:00:00+08:00" << QDate(2026, 11, 20) << QDate(2026, 11, 21);
        QTest::newRow("left just before midnight, site offset")
            << "2026-11-20"
            << "2026-11-22"
            << "2026-11-22T23:59:59+08:00" << QDate(2026, 11, 20) << QDate(2026, 11, 22);
        QTest::newRow("no start") << ""
                                  << "2026-11-22"
                                  << "" << QDate() << QDate();
        QTest::newRow("no end") << "2026-11-20"
                                << ""
                                << "" << QDate() << QDate();
    }

    void onSiteDays()
    {
        QFETCH(QString, start);
        QFETCH(QString, end);
        QFETCH(QString, left);
        QFETCH(QDate, first);
        QFETCH(QDate, last);
        const QVariantMap task{{QStringLiteral("planned_start"), start},
                               {QStringLiteral("planned_end"), end},
                               {QStringLiteral("onsite_end"), left}};
        QDate a, b;
        QCOMPARE(SiteFormRules::onSiteDays(task, &a, &b), first.isValid());
        QCOMPARE(a, first);
        QCOMPARE(b, last);
    }

    void dailyReportDay_data()
    {
        QTest::addColumn<QString>("task");
        QTest::addColumn<QString>("engineer");
        QTest::addColumn<QString>("date");
        QTest::addColumn<QString>("field"); // empty: accepted
        const QString robert = person("Robert"), lin = person("林国栋");
        // Task 1: planned 05-13..05-15, left 05-15; Robert has reports for all three days.
        QTest::newRow("day before the site") << m_task1 << robert << "2026-05-12"
                                             << "date";
        QTest::newRow("day after leaving") << m_task1 << robert << "2026-05-16"
                                           << "date";
        QTest::newRow("already reported") << m_task1 << robert << "2026-05-13"
                                          << "date";
        QTest::newRow("not an engineer of the task") << m_task1 << lin << "2026-05-14"
                                                     << "engineer_id";
        // Task 4: planned 11-20..11-22, not left yet; reports exist for 11-20 and 11-21.
        QTest::newRow("first day taken") << m_task4 << lin << "2026-11-20"
                                         << "date";
        QTest::newRow("last planned day") << m_task4 << lin << "2026-11-22"
                                          << "";
        QTest::newRow("after the planned end") << m_task4 << lin << "2026-11-23"
                                               << "date";
        QTest::newRow("before the start") << m_task4 << robert << "2026-11-19"
                                          << "date";
    }

    void dailyReportDay()
    {
        QFETCH(QString, task);
        QFETCH(QString, engineer);
        QFETCH(QString, date);
        QFETCH(QString, field);
        Error error;
        const bool ok = check("daily_reports",
                              {{QStringLiteral("task_id"), task},
                               {QStringLiteral("engineer_id"), engineer},
                               {QStringLiteral("date"), date}},
                              &error);
        QCOMPARE(ok, field.isEmpty());
        if (!ok) {
            QCOMPARE(error.code, Error::Code::Validation);
            QCOMPARE(error.field, field);
            if (field == QLatin1String("date"))
                QVERIFY(error.message.contains(date));
        }
    }

    void staysLongerOrLeavesEarly()
    {
        const QVariantMap report{{QStringLiteral("task_id"), m_task4},
                                 {QStringLiteral("engineer_id"), person("Robert")},
                                 {QStringLiteral("date"), QStringLiteral("2026-11-23")}};
        QVERIFY(!check("daily_reports", report, nullptr));
        setTask(m_task4,
                {{QStringLiteral("onsite_end"), QStringLiteral("2026-11-23T12:00:00+08:00")}});
        QVERIFY(check("daily_reports", report, nullptr));
        setTask(m_task4,
                {{QStringLiteral("onsite_end"), QStringLiteral("2026-11-21T18:00:00+08:00")}});
        QVERIFY(!check("daily_reports", report, nullptr));
        QVariantMap lastDay = report;
        lastDay.insert(QStringLiteral("date"), QStringLiteral("2026-11-22"));
        QVERIFY(!check("daily_reports", lastDay, nullptr));
        setTask(m_task4,
                {{QStringLiteral("onsite_end"), QVariant(QMetaType::fromType<QString>())}});
        QVERIFY(check("daily_reports", lastDay, nullptr));
    }

    void oneReportPerEngineerAndDay()
    {
        const QString existing =
            DemoDailyReports::id(1, QStringLiteral("Robert"), QStringLiteral("2026-05-13"));
        const QVariantMap report{{QStringLiteral("task_id"), m_task1},
                                 {QStringLiteral("engineer_id"), person("Robert")},
                                 {QStringLiteral("date"), QStringLiteral("2026-05-13")}};
        // Editing the report itself is no second report.
        QVERIFY(check("daily_reports", report, nullptr, existing));
        Error error;
        QVERIFY(!check("daily_reports", report, &error));
        // The form shows it at the field: the day and what to do, no record id.
        QVERIFY(error.message.contains(QStringLiteral("2026-05-13")));
        QVERIFY(!error.message.contains(existing));
        QCOMPARE(error.field, QStringLiteral("date"));
        // The unique index backs the rule up for any writer that skips it...
        QSqlQuery q(m_db.sql());
        q.prepare(QStringLiteral("INSERT INTO daily_reports (id, created_at, updated_at, "
                                 "updated_by, task_id, engineer_id, date) VALUES (?, '', 0, '', ?, "
                                 "?, '2026-05-13')"));
        q.addBindValue(RecordStore::newId());
        q.addBindValue(m_task1);
        q.addBindValue(person("Robert"));
        QVERIFY(!q.exec());
        // ...and a tombstoned report does not block its replacement. The demo's report is
        // signed (a signed report is never removed), so it is tombstoned behind the store's back.
        q.prepare(QStringLiteral("UPDATE daily_reports SET deleted = 1 WHERE id = ?"));
        q.addBindValue(existing);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QVERIFY2(check("daily_reports", report, &error), qPrintable(error.message));
    }

    void taskWithoutDates()
    {
        const QVariantMap report{{QStringLiteral("task_id"), DemoTasks::taskId(8)},
                                 {QStringLiteral("engineer_id"), person("Robert")},
                                 {QStringLiteral("date"), QStringLiteral("2026-11-20")}};
        Error error;
        QVERIFY(!check("daily_reports", report, &error));
        QCOMPARE(error.field, QStringLiteral("date"));
        QVERIFY(error.message.contains(QStringLiteral("LITH-FE-2026-0008")));
    }

    void otherForms_data()
    {
        QTest::addColumn<QString>("array");
        QTest::addColumn<QVariantMap>("record");
        QTest::addColumn<QString>("field"); // empty: accepted
        const auto m = [](std::initializer_list<std::pair<const char *, QVariant>> items) {
            QVariantMap out;
            for (const auto &i : items)
                out.insert(QLatin1String(i.first), i.second);
            return out;
        };
        const QString at = QStringLiteral("2026-11-21T10:05:00+08:00");
        QTest::newRow("notified at once")
            << "anomalies" << m({{"occurred_at", at}, {"notified_at", at}}) << "";
        QTest::newRow("notified a second before")
            << "anomalies"
            << m({{"occurred_at", at},
                  {"notified_at", QStringLiteral("2026-11-21T10:04:59+08:00")}})
            << "notified_at";
        QTest::newRow("same instant, other offset")
            << "anomalies"
            << m({{"occurred_at", at}, {"notified_at", QStringLiteral("2026-11-21T02:05:00Z")}})
            << "";
        QTest::newRow("not notified") << "anomalies" << m({{"occurred_at", at}}) << "";
        const QString called = QStringLiteral("2026-11-13T15:00:00+08:00");
        const QString plan = QStringLiteral("KC + Robert 主动拜访");
        QTest::newRow("follow-up on the day")
            << "callbacks"
            << m({{"called_at", called},
                  {"improvement_plan", plan},
                  {"improvement_due", QStringLiteral("2026-11-13")}})
            << "";
        QTest::newRow("follow-up day 90") << "callbacks"
                                          << m({{"called_at", called},
                                                {"improvement_plan", plan},
                                                {"improvement_due", QStringLiteral("2027-02-11")}})
                                          << "";
        QTest::newRow("follow-up day 91") << "callbacks"
                                          << m({{"called_at", called},
                                                {"improvement_plan", plan},
                                                {"improvement_due", QStringLiteral("2027-02-12")}})
                                          << "improvement_due";
        QTest::newRow("follow-up before the call")
            << "callbacks"
            << m({{"called_at", called},
                  {"improvement_plan", plan},
                  {"improvement_due", QStringLiteral("2026-11-12")}})
            << "improvement_due";
        QTest::newRow("due without a plan")
            << "callbacks"
            << m({{"called_at", called}, {"improvement_due", QStringLiteral("2026-12-01")}})
            << "improvement_plan";
        QTest::newRow("done before the call")
            << "callbacks"
            << m({{"called_at", called},
                  {"improvement_plan", plan},
                  {"improvement_done_on", QStringLiteral("2026-11-12")}})
            << "improvement_done_on";
        QTest::newRow("done on the call day")
            << "callbacks"
            << m({{"called_at", called},
                  {"improvement_plan", plan},
                  {"improvement_done_on", QStringLiteral("2026-11-13")}})
            << "";
        QTest::newRow("signed by nobody")
            << "service_reports"
            << m({{"signed_at", called}, {"signed_by_ids", QStringLiteral("[]")}})
            << "signed_by_ids";
        QTest::newRow("signed") << "service_reports"
                                << m({{"signed_at", called},
                                      {"signed_by_ids",
                                       QStringLiteral("[\"%1\"]").arg(person("Robert"))}})
                                << "";
        QTest::newRow("draft") << "service_reports" << m({}) << "";
        QTest::newRow("declared to nobody")
            << "expense_claims" << m({{"declared_on", QStringLiteral("2026-11-14")}})
            << "declared_to_id";
        QTest::newRow("declared") << "expense_claims"
                                  << m({{"declared_on", QStringLiteral("2026-11-14")},
                                        {"declared_to_id", person("王婧")}})
                                  << "";
    }

    void otherForms()
    {
        QFETCH(QString, array);
        QFETCH(QVariantMap, record);
        QFETCH(QString, field);
        Error error;
        const bool ok = check(array.toLatin1().constData(), record, &error);
        QCOMPARE(ok, field.isEmpty());
        if (!ok) {
            QCOMPARE(error.code, Error::Code::Validation);
            QCOMPARE(error.field, field);
            QVERIFY(error.message.contains(QStringLiteral("(%1)").arg(field)));
        }
    }
};

QTEST_GUILESS_MAIN(TestSiteFormRules)
#include "tst_siteformrules.moc"

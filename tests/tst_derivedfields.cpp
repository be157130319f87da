#include "app/catalog/RecordCatalog.h"
#include "app/demo/DemoData.h"
#include "app/demo/DemoTasks.h"
#include "app/rules/DerivedFields.h"
#include "db/Database.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

#include <initializer_list>
#include <utility>

// Derived interchange keys: NDA requirement at the 90-day boundary, deadlines, and the
// database-backed computation for a task and its brief; the keys of the on-site forms at their
// boundaries (17:00, the anomaly limits, report_due, NPS 6/7, RMB 200.00).
class TestDerivedFields : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    Database m_demo;

    static QVariantMap map(std::initializer_list<std::pair<const char *, QVariant>> items)
    {
        QVariantMap out;
        for (const auto &i : items)
            out.insert(QLatin1String(i.first), i.second);
        return out;
    }
    // The derived keys of one record of array, "now" pinned where it matters.
    QJsonObject derive(const char *array, const QVariantMap &stored, const char *now = nullptr)
    {
        DerivedFields derived(m_demo);
        if (now)
            derived.setNow(QDateTime::fromString(QLatin1String(now), Qt::ISODate));
        return derived.compute(*RecordCatalog::byArray(QLatin1String(array)), stored);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_demo.create(m_dir.filePath(QStringLiteral("demo.fdb")),
                              QString(64, QLatin1Char('d')), nullptr, Database::KeyKind::RawKey));
        QVERIFY(DemoData::load(m_demo, nullptr));
    }

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

    void dailyReportLate_data()
    {
        QTest::addColumn<QString>("submitted");
        QTest::addColumn<QString>("now");
        QTest::addColumn<bool>("late");
        QTest::newRow("17:00:00") << "2026-11-20T17:00:00+08:00"
                                  << "" << false;
        QTest::newRow("17:00:01") << "2026-11-20T17:00:01+08:00"
                                  << "" << true;
        QTest::newRow("next morning") << "2026-11-21T08:00:00+08:00"
                                      << "" << true;
        QTest::newRow("17:00 at a +09:00 site") << "2026-11-20T17:00:00+09:00"
                                                << "" << false;
        QTest::newRow("not sent, 17:00") << ""
                                         << "2026-11-20T17:00:00+08:00" << false;
        QTest::newRow("not sent, 17:00:01") << ""
                                            << "2026-11-20T17:00:01+08:00" << true;
    }

    void dailyReportLate()
    {
        QFETCH(QString, submitted);
        QFETCH(QString, now);
        QFETCH(bool, late);
        const QJsonObject out =
            derive("daily_reports",
                   map({{"date", QStringLiteral("2026-11-20")},
                        {"submitted_at", submitted.isEmpty() ? QVariant() : QVariant(submitted)}}),
                   now.isEmpty() ? "2030-01-01T00:00:00+08:00" : now.toLatin1().constData());
        QCOMPARE(out.value(QStringLiteral("late")), QJsonValue(late));
    }

    void anomalyLimits_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("notifyBy");
        QTest::newRow("safety: 15 min") << "safety"
                                        << "2026-11-21T10:15:00+08:00";
        QTest::newRow("complaint: 1 h") << "complaint"
                                        << "2026-11-21T11:00:00+08:00";
        QTest::newRow("commercial: 4 h") << "commercial"
                                         << "2026-11-21T14:00:00+08:00";
        QTest::newRow("technical: 24 h") << "technical"
                                         << "2026-11-22T10:00:00+08:00";
        QTest::newRow("general: same day") << "general"
                                           << "2026-11-21T23:59:59+08:00";
    }

    void anomalyLimits()
    {
        QFETCH(QString, type);
        QFETCH(QString, notifyBy);
        const QDateTime limit = QDateTime::fromString(notifyBy, Qt::ISODate);
        const auto derived = [&](const QVariant &notified, const QDateTime &now) {
            return derive("anomalies",
                          map({{"type", type},
                               {"occurred_at", QStringLiteral("2026-11-21T10:00:00+08:00")},
                               {"notified_at", notified}}),
                          now.toString(Qt::ISODate).toLatin1().constData());
        };
        const auto overdue = [&](const QVariant &notified, const QDateTime &now) {
            return derived(notified, now).value(QStringLiteral("overdue")).toBool();
        };
        QCOMPARE(derived(QVariant(), limit).value(QStringLiteral("notify_by")).toString(),
                 notifyBy);
        const QString at = limit.toString(Qt::ISODate);
        const QString after = limit.addSecs(1).toString(Qt::ISODate);
        QVERIFY(!overdue(at, limit.addDays(9)));   // told at the limit
        QVERIFY(overdue(after, limit.addDays(9))); // a second late
        QVERIFY(!overdue(QVariant(), limit));      // untold, the limit not passed
        QVERIFY(overdue(QVariant(), limit.addSecs(1)));
    }

    void serviceReportOnTime_data()
    {
        QTest::addColumn<QString>("signedAt");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QJsonValue>("onTime");
        // Task 2 left the site on Thursday 2026-11-12 at 18:00: due Tuesday 11-17.
        QTest::newRow("signed on the due day, late evening")
            << "2026-11-17T23:59:59+08:00" << QDate(2026, 11, 30) << QJsonValue(true);
        QTest::newRow("signed the day after")
            << "2026-11-18T00:00:00+08:00" << QDate(2026, 11, 30) << QJsonValue(false);
        QTest::newRow("unsigned, due today") << "" << QDate(2026, 11, 17) << QJsonValue();
        QTest::newRow("unsigned, overdue") << "" << QDate(2026, 11, 18) << QJsonValue(false);
    }

    void serviceReportOnTime()
    {
        QFETCH(QString, signedAt);
        QFETCH(QDate, today);
        QFETCH(QJsonValue, onTime);
        QCOMPARE(DerivedFields::serviceReportOnTime(
                     QDate(2026, 11, 17), QDateTime::fromString(signedAt, Qt::ISODate), today),
                 onTime);
        const QJsonObject out =
            derive("service_reports",
                   map({{"task_id", DemoTasks::taskId(2)},
                        {"signed_at", signedAt.isEmpty() ? QVariant() : QVariant(signedAt)}}),
                   QDateTime(today, QTime(12, 0)).toString(Qt::ISODate).toLatin1().constData());
        QCOMPARE(out.value(QStringLiteral("on_time")), onTime);
        QCOMPARE(out.value(QStringLiteral("expenses_total")).toString(), QStringLiteral("1294.00"));
        // Without a recorded departure there is no due date.
        QVERIFY(DerivedFields::serviceReportOnTime(QDate(), QDateTime(), today).isNull());
    }

    void callbackScores_data()
    {
        QTest::addColumn<QVariant>("satisfaction");
        QTest::addColumn<QVariant>("nps");
        QTest::addColumn<QJsonValue>("group");
        QTest::addColumn<bool>("improvement");
        QTest::newRow("NPS 6") << QVariant(9) << QVariant(6) << QJsonValue("detractor") << true;
        QTest::newRow("NPS 7") << QVariant(9) << QVariant(7) << QJsonValue("passive") << false;
        QTest::newRow("NPS 8") << QVariant(9) << QVariant(8) << QJsonValue("passive") << false;
        QTest::newRow("NPS 9") << QVariant(9) << QVariant(9) << QJsonValue("promoter") << false;
        QTest::newRow("NPS 0") << QVariant(9) << QVariant(0) << QJsonValue("detractor") << true;
        QTest::newRow("satisfaction 6")
            << QVariant(6) << QVariant(10) << QJsonValue("promoter") << true;
        QTest::newRow("satisfaction 7")
            << QVariant(7) << QVariant(10) << QJsonValue("promoter") << false;
        QTest::newRow("not asked") << QVariant() << QVariant() << QJsonValue() << false;
    }

    void callbackScores()
    {
        QFETCH(QVariant, satisfaction);
        QFETCH(QVariant, nps);
        QFETCH(QJsonValue, group);
        QFETCH(bool, improvement);
        const QJsonObject out =
            derive("callbacks", map({{"satisfaction", satisfaction}, {"nps", nps}}));
        QCOMPARE(out.value(QStringLiteral("nps_group")), group);
        QCOMPARE(out.value(QStringLiteral("improvement_required")).toBool(), improvement);
    }

    void expenses_data()
    {
        QTest::addColumn<QString>("category");
        QTest::addColumn<QString>("paidBy");
        QTest::addColumn<qlonglong>("fen");
        QTest::addColumn<bool>("declare");
        QTest::newRow("200.00") << "hospitality"
                                << "customer" << 20000LL << false;
        QTest::newRow("200.01") << "hospitality"
                                << "customer" << 20001LL << true;
        QTest::newRow("gift 200.01") << "gift"
                                     << "customer" << 20001LL << true;
        QTest::newRow("paid by us") << "hospitality"
                                    << "company" << 99999LL << false;
        QTest::newRow("meals") << "meals"
                               << "customer" << 99999LL << false;
    }

    void expenses()
    {
        QFETCH(QString, category);
        QFETCH(QString, paidBy);
        QFETCH(qlonglong, fen);
        QFETCH(bool, declare);
        const QJsonObject line = derive(
            "expense_lines", map({{"category", category}, {"paid_by", paidBy}, {"amount", fen}}));
        QCOMPARE(line.value(QStringLiteral("declaration_required")).toBool(), declare);
    }

    void claimTotals()
    {
        const auto claim = [&](const char *key, const QVariant &declaredOn) {
            return derive("expense_claims",
                          map({{"id", DemoData::idFor(QStringLiteral("expense_claim"),
                                                      QString::fromUtf8(key))},
                               {"declared_on", declaredOn}}));
        };
        // Only what the company paid is reimbursed: the customer's dinner is not in the total.
        const QJsonObject first = claim("1-robert", QStringLiteral("2026-05-18"));
        QCOMPARE(first.value(QStringLiteral("total")).toString(), QStringLiteral("1296.00"));
        QCOMPARE(first.value(QStringLiteral("declaration_pending")).toBool(), false);
        QCOMPARE(
            claim("1-robert", QVariant()).value(QStringLiteral("declaration_pending")).toBool(),
            true);
        const QJsonObject lin = claim("2-lin", QVariant());
        QCOMPARE(lin.value(QStringLiteral("total")).toString(), QStringLiteral("45.00"));
        QCOMPARE(lin.value(QStringLiteral("declaration_pending")).toBool(), true);
        QCOMPARE(claim("no such claim", QVariant()).value(QStringLiteral("total")).toString(),
                 QStringLiteral("0.00"));
    }

    // One record asks for its own sums; many (an export) switch to one pass over all lines.
    // Both give the same figures.
    void sumsOneByOneAndInBulkAgree()
    {
        const RecordKind &claims = *RecordCatalog::byArray(QStringLiteral("expense_claims"));
        const RecordKind &reports = *RecordCatalog::byArray(QStringLiteral("service_reports"));
        const QVariantMap robert = map(
            {{"id", DemoData::idFor(QStringLiteral("expense_claim"), QStringLiteral("1-robert"))},
             {"declared_on", QVariant()}});
        const QVariantMap lin =
            map({{"id", DemoData::idFor(QStringLiteral("expense_claim"), QStringLiteral("2-lin"))},
                 {"declared_on", QVariant()}});
        const QVariantMap report = map({{"task_id", DemoTasks::taskId(2)}});
        DerivedFields one(m_demo);
        const QJsonObject robertAlone = one.compute(claims, robert);
        const QJsonObject linAlone = one.compute(claims, lin);
        const QJsonObject reportAlone = one.compute(reports, report);
        DerivedFields bulk(m_demo);
        for (int i = 0; i < 20; ++i)
            bulk.compute(claims, map({{"id", QStringLiteral("00000000-0000-0000-0000-%1")
                                                 .arg(i, 12, 10, QLatin1Char('0'))}}));
        QCOMPARE(bulk.compute(claims, robert), robertAlone);
        QCOMPARE(bulk.compute(claims, lin), linAlone);
        QCOMPARE(bulk.compute(reports, report), reportAlone);
        QCOMPARE(robertAlone.value(QStringLiteral("total")).toString(), QStringLiteral("1296.00"));
        QCOMPARE(reportAlone.value(QStringLiteral("expenses_total")).toString(),
                 QStringLiteral("1294.00"));
    }
};

QTEST_GUILESS_MAIN(TestDerivedFields)
#include "tst_derivedfields.moc"

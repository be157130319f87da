#include "app/catalog/WorkSlots.h"
#include "app/demo/DemoData.h"
#include "app/demo/DemoTasks.h"
#include "app/workflow/DailyReportEntry.h"
#include "db/Database.h"
#include "db/RecordStore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

// Entering a daily report with the expenses of its day (DailyReportEntry) and its time slots
// (WorkSlots), on the demo data: every amount boundary, the slot text both ways, what the
// screen proposes, and a save that writes report, claim and lines together or nothing at all.
class TestDailyReportEntry : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    Database m_db;
    const QString m_task4 = DemoTasks::taskId(4); // on site 2026-11-20 to 11-22, two engineers

    static QString person(const char *name) { return DemoData::personId(name); }
    int count(const QString &sql)
    {
        QSqlQuery q(m_db.sql());
        return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
    }
    QVariantMap report(const QString &engineer, const QString &date)
    {
        return {{QStringLiteral("task_id"), m_task4},
                {QStringLiteral("engineer_id"), engineer},
                {QStringLiteral("date"), date},
                {QStringLiteral("work"), QStringLiteral("09:00\u201312:00 取样")},
                {QStringLiteral("findings"), QVariant()},
                {QStringLiteral("plan"), QStringLiteral("整理数据")},
                {QStringLiteral("support"), QVariant()},
                {QStringLiteral("support_from_ids"), QStringLiteral("[]")},
                {QStringLiteral("submitted_at"), QStringLiteral("2026-11-22T16:30:00+08:00")}};
    }
    static DailyReportEntry::Expense expense(const QString &amount)
    {
        DailyReportEntry::Expense e;
        e.category = QStringLiteral("transport");
        e.description = QStringLiteral("出租车");
        e.amount = amount;
        e.paidBy = QStringLiteral("company");
        e.receipt = true;
        return e;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_db.create(m_dir.filePath(QStringLiteral("d.fdb")), QString(64, QLatin1Char('d')),
                            nullptr, Database::KeyKind::RawKey));
        Error error;
        QVERIFY2(DemoData::load(m_db, &error), qPrintable(error.message));
    }

    void parseAmount_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("fen");
        QTest::newRow("whole") << "280" << true << qint64(28000);
        QTest::newRow("two decimals") << "280.00" << true << qint64(28000);
        QTest::newRow("one decimal") << "39.5" << true << qint64(3950);
        QTest::newRow("one fen") << "0.01" << true << qint64(1);
        QTest::newRow("spaces around") << " 12.30 " << true << qint64(1230);
        QTest::newRow("zero") << "0.00" << false << qint64(0);
        QTest::newRow("three decimals") << "12.345" << false << qint64(0);
        QTest::newRow("negative") << "-5.00" << false << qint64(0);
        QTest::newRow("letters") << "abc" << false << qint64(0);
        QTest::newRow("comma") << "1,280.00" << false << qint64(0);
        QTest::newRow("exponent") << "1e3" << false << qint64(0);
        QTest::newRow("empty") << "" << false << qint64(0);
        QTest::newRow("too large") << "99999999999.00" << false << qint64(0);
        QTest::newRow("largest") << "10000000000.00" << true << qint64(1000000000000LL);
    }
    void parseAmount()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(qint64, fen);
        Money m;
        QString problem;
        QCOMPARE(DailyReportEntry::parseAmount(text, &m, &problem), ok);
        if (ok)
            QCOMPARE(m.fen(), fen);
        else
            QVERIFY(!problem.isEmpty());
    }

    void slotsRoundTrip_data()
    {
        QTest::addColumn<QString>("work");
        QTest::addColumn<int>("slotCount");
        QTest::addColumn<QString>("firstFrom");
        QTest::newRow("sop example") << QStringLiteral("上午：检视工站\n下午：取样") << 2 << "";
        QTest::newRow("timed") << QStringLiteral("09:00\u201312:00 检视\n13:30\u201317:00 取样")
                               << 2 << "09:00";
        QTest::newRow("hyphen kept as typed") << QStringLiteral("9:00-12:00 检视") << 1 << "";
        QTest::newRow("range without text") << QStringLiteral("09:00\u201312:00 ") << 1 << "";
        QTest::newRow("empty") << QString() << 0 << "";
        QTest::newRow("cjk ext b")
            << QStringLiteral("08:00\u201309:00 \U00020BB7 取样") << 1 << "08:00";
    }
    void slotsRoundTrip()
    {
        QFETCH(QString, work);
        QFETCH(int, slotCount);
        QFETCH(QString, firstFrom);
        const QList<WorkSlots::Slot> parsed = WorkSlots::parse(work);
        QCOMPARE(parsed.size(), slotCount);
        if (slotCount)
            QCOMPARE(parsed.first().from, firstFrom);
        QCOMPARE(WorkSlots::format(parsed), work.trimmed().isEmpty() ? QString() : work);
    }

    void slotCheck_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("field"); // empty: accepted
        QTest::newRow("timed") << "09:00"
                               << "12:00"
                               << "取样"
                               << "";
        QTest::newRow("short hour") << "9:00"
                                    << "12:00"
                                    << "取样"
                                    << "";
        QTest::newRow("no times") << ""
                                  << ""
                                  << "上午：取样"
                                  << "";
        QTest::newRow("end equals start") << "09:00"
                                          << "09:00"
                                          << "取样"
                                          << "to";
        QTest::newRow("end before start") << "13:00"
                                          << "12:59"
                                          << "取样"
                                          << "to";
        QTest::newRow("one minute") << "12:58"
                                    << "12:59"
                                    << "取样"
                                    << "";
        QTest::newRow("only start") << "09:00"
                                    << ""
                                    << "取样"
                                    << "to";
        QTest::newRow("only end") << ""
                                  << "12:00"
                                  << "取样"
                                  << "from";
        QTest::newRow("hour 24") << "24:00"
                                 << ""
                                 << "取样"
                                 << "from";
        QTest::newRow("typed without colon") << "0900"
                                             << "1215"
                                             << "取样"
                                             << "";
        QTest::newRow("three digits") << "900"
                                      << "1200"
                                      << "取样"
                                      << "";
        QTest::newRow("hour 24 without colon") << "2400"
                                               << "2430"
                                               << "取样"
                                               << "from";
        QTest::newRow("five digits") << "09000"
                                     << "12:00"
                                     << "取样"
                                     << "from";
        QTest::newRow("minute 60") << "09:00"
                                   << "09:60"
                                   << "取样"
                                   << "to";
        QTest::newRow("not a time") << "早上"
                                    << "12:00"
                                    << "取样"
                                    << "from";
        QTest::newRow("nothing done") << "09:00"
                                      << "12:00"
                                      << " "
                                      << "what";
        QTest::newRow("two lines") << ""
                                   << ""
                                   << "a\nb"
                                   << "what";
    }
    void slotCheck()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, what);
        QFETCH(QString, field);
        QString f, problem;
        QCOMPARE(WorkSlots::check({from, to, what}, &f, &problem), field.isEmpty());
        QCOMPARE(f, field);
    }

    void formatNormalisesTimes()
    {
        QCOMPARE(WorkSlots::format(
                     {{QStringLiteral("8:30"), QStringLiteral("11:45"), QStringLiteral("取样")},
                      {QString(), QString(), QString()},
                      {QString(), QString(), QStringLiteral("下午：整理")}}),
                 QStringLiteral("08:30\u201311:45 取样\n下午：整理"));
        QCOMPARE(WorkSlots::format(
                     {{QStringLiteral("0830"), QStringLiteral("945"), QStringLiteral("取样")}}),
                 QStringLiteral("08:30\u201309:45 取样"));
        const auto back = WorkSlots::parse(QStringLiteral("08:30\u201311:45 取样"));
        QCOMPARE(back.size(), 1);
        QCOMPARE(back.first().from, QStringLiteral("08:30"));
        QCOMPARE(back.first().what, QStringLiteral("取样"));
    }

    void fromPlan()
    {
        const auto plan = WorkSlots::fromPlan(QStringLiteral("- 取留样\n\n· 对接复检\n2. 写报告"));
        QCOMPARE(plan.size(), 3);
        QCOMPARE(plan.at(0).what, QStringLiteral("取留样"));
        QCOMPARE(plan.at(1).what, QStringLiteral("对接复检"));
        QCOMPARE(plan.at(2).what, QStringLiteral("写报告"));
    }

    void suggest()
    {
        DailyReportEntry entry(m_db);
        QString engineer;
        QDate date;
        // Both reported on 11-20 and 11-21: on 11-22 the first engineer is next.
        QVERIFY(entry.suggest(m_task4, QDate(2026, 11, 22), &engineer, &date));
        QCOMPARE(date, QDate(2026, 11, 22));
        QCOMPARE(engineer, person("Robert"));
        // On 11-21 with both days reported: tomorrow's report, not a day already taken.
        QVERIFY(entry.suggest(m_task4, QDate(2026, 11, 21), &engineer, &date));
        QCOMPARE(date, QDate(2026, 11, 22));
        QCOMPARE(engineer, person("Robert"));
        // After the site: the last on-site day.
        QVERIFY(entry.suggest(m_task4, QDate(2026, 12, 5), &engineer, &date));
        QCOMPARE(date, QDate(2026, 11, 22));
        // Before it: the first, where both have reported; nothing is missing up to then.
        QVERIFY(entry.suggest(m_task4, QDate(2026, 11, 1), &engineer, &date));
        QCOMPARE(date, QDate(2026, 11, 20));
        // A task without engineers has nothing to propose.
        QVERIFY(!entry.suggest(DemoTasks::taskId(7), QDate(2026, 11, 22), &engineer, &date));
    }

    void previousPlan()
    {
        DailyReportEntry entry(m_db);
        QDate from;
        QCOMPARE(entry.previousPlan(m_task4, person("Robert"), QDate(2026, 11, 22), &from),
                 QStringLiteral("与客户设备部确认滤芯型号"));
        QCOMPARE(from, QDate(2026, 11, 21));
        QCOMPARE(entry.previousPlan(m_task4, person("林国栋"), QDate(2026, 11, 21), &from),
                 QStringLiteral("比对批次 COA"));
        QVERIFY(entry.previousPlan(m_task4, person("Robert"), QDate(2026, 11, 20)).isEmpty());
    }

    void refusalsSaveNothing_data()
    {
        QTest::addColumn<QString>("engineer");
        QTest::addColumn<QString>("date");
        QTest::addColumn<QString>("amount");
        QTest::addColumn<QString>("work");
        QTest::addColumn<QString>("field");
        const QString robert = person("Robert");
        const QString ok = QStringLiteral("取样");
        QTest::newRow("day before site") << robert << "2026-11-19"
                                         << "10" << ok << "date";
        QTest::newRow("day after site") << robert << "2026-11-23"
                                        << "10" << ok << "date";
        QTest::newRow("second report") << robert << "2026-11-21"
                                       << "10" << ok << "date";
        QTest::newRow("not an engineer") << person("KC") << "2026-11-22"
                                         << "10" << ok << "engineer_id";
        QTest::newRow("three decimals") << robert << "2026-11-22"
                                        << "1.005" << ok << "expenses/0/amount";
        QTest::newRow("negative") << robert << "2026-11-22"
                                  << "-1" << ok << "expenses/0/amount";
        QTest::newRow("control char") << robert << "2026-11-22"
                                      << "10" << QStringLiteral("a\u0007b") << "work";
        QTest::newRow("1 MB") << robert << "2026-11-22"
                              << "10" << QString(1024 * 1024, QLatin1Char('x')) << "work";
    }
    void refusalsSaveNothing()
    {
        QFETCH(QString, engineer);
        QFETCH(QString, date);
        QFETCH(QString, amount);
        QFETCH(QString, work);
        QFETCH(QString, field);
        const int reports = count(QStringLiteral("SELECT count(*) FROM daily_reports"));
        const int lines = count(QStringLiteral("SELECT count(*) FROM expense_lines"));
        const int claims = count(QStringLiteral("SELECT count(*) FROM expense_claims"));
        QVariantMap r = report(engineer, date);
        r.insert(QStringLiteral("work"), work);
        Error error;
        QVERIFY(!DailyReportEntry(m_db).save(RecordStore::newId(), r, {expense(amount)}, &error));
        QCOMPARE(error.field, field);
        QVERIFY(!error.message.isEmpty());
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM daily_reports")), reports);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM expense_lines")), lines);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM expense_claims")), claims);
    }

    void saveCreatesClaimAndEditsLines()
    {
        DailyReportEntry entry(m_db);
        const QString id = RecordStore::newId();
        QVariantMap r = report(person("林国栋"), QStringLiteral("2026-11-22"));
        r.insert(QStringLiteral("findings"), QStringLiteral("\U00020BB7 滤芯 😀"));
        DailyReportEntry::Expense lunch = expense(QStringLiteral("45.5"));
        lunch.category = QStringLiteral("meals");
        Error error;
        QVERIFY2(entry.save(id, r, {expense(QStringLiteral("38")), lunch}, &error),
                 qPrintable(error.message));
        QVariantMap stored;
        QVERIFY(RecordStore(m_db).get(QStringLiteral("daily_reports"), id, &stored, nullptr));
        QCOMPARE(stored.value(QStringLiteral("findings")).toString(),
                 QStringLiteral("\U00020BB7 滤芯 😀"));
        QList<DailyReportEntry::Expense> lines = entry.expensesOf(id);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0).amount, QStringLiteral("38.00"));
        QCOMPARE(lines.at(1).amount, QStringLiteral("45.50"));
        QSqlQuery q(m_db.sql());
        QVERIFY(
            q.exec(QStringLiteral(
                       "SELECT c.id, c.claimant_id, c.task_id, l.line_no, l.date, l.amount FROM "
                       "expense_lines l JOIN expense_claims c ON c.id = l.claim_id WHERE "
                       "l.daily_report_id = '%1' ORDER BY l.line_no")
                       .arg(id)));
        QVERIFY(q.next());
        const QString claimId = q.value(0).toString();
        QCOMPARE(q.value(1).toString(), person("林国栋"));
        QCOMPARE(q.value(2).toString(), m_task4);
        QCOMPARE(q.value(3).toInt(), 1);
        QCOMPARE(q.value(4).toString(), QStringLiteral("2026-11-22"));
        QCOMPARE(q.value(5).toLongLong(), 3800);
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), claimId);
        QCOMPARE(q.value(3).toInt(), 2);

        // Edited: the first line changes, the second goes, a third comes into the same claim.
        lines[0].amount = QStringLiteral("40");
        const DailyReportEntry::Expense taxi = expense(QStringLiteral("12.30"));
        QVERIFY2(entry.save(id, r, {lines.at(0), taxi}, &error), qPrintable(error.message));
        lines = entry.expensesOf(id);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0).amount, QStringLiteral("40.00"));
        QCOMPARE(lines.at(1).amount, QStringLiteral("12.30"));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM expense_claims WHERE task_id = '%1' "
                                      "AND claimant_id = '%2'")
                           .arg(m_task4, person("林国栋"))),
                 1);
        QCOMPARE(count(QStringLiteral("SELECT max(line_no) FROM expense_lines WHERE claim_id = "
                                      "'%1'")
                           .arg(claimId)),
                 3);

        // Once the claim is submitted, its lines are shown locked and stay; a new expense
        // starts a new claim.
        QVERIFY(RecordStore(m_db).update(
            QStringLiteral("expense_claims"), claimId,
            {{QStringLiteral("submitted_at"), QStringLiteral("2026-11-23T09:00:00+08:00")}},
            &error));
        lines = entry.expensesOf(id);
        QVERIFY(lines.at(0).locked && lines.at(1).locked);
        QVERIFY2(entry.save(id, r, {expense(QStringLiteral("5"))}, &error),
                 qPrintable(error.message));
        QCOMPARE(entry.expensesOf(id).size(), 3);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM expense_claims WHERE task_id = '%1' "
                                      "AND claimant_id = '%2'")
                           .arg(m_task4, person("林国栋"))),
                 2);
    }
};

QTEST_GUILESS_MAIN(TestDailyReportEntry)
#include "tst_dailyreportentry.moc"

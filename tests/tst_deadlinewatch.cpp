#include "app/models/DeadlineWatch.h"
#include "db/Database.h"
#include "db/RecordStore.h"
#include "db/Transaction.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>

// The start page's deadlines at their boundaries: registration 24 h, the briefing within the
// 24 h before departure, the NDA before dispatch. Each row builds one customer and one task
// (with an optional brief) and compares what DeadlineWatch lists at a pinned "now".
class TestDeadlineWatch : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_count = 0;
    const QString m_key = QString(64, QLatin1Char('d'));
    const QDateTime m_now =
        QDateTime::fromString(QStringLiteral("2026-11-20T10:00:00+08:00"), Qt::ISODate);

    bool create(Database &db)
    {
        return db.create(m_dir.filePath(QStringLiteral("d%1.fdb").arg(++m_count)), m_key, nullptr,
                         Database::KeyKind::RawKey);
    }
    // firstOrder / ndaSigned: ISO dates or empty.
    static QString customer(Database &db, const QString &firstOrder, const QString &ndaSigned)
    {
        RecordStore store(db);
        const QString id = RecordStore::newId();
        QVariantMap c{{QStringLiteral("name"), QStringLiteral("北京至毅科技有限公司")},
                      {QStringLiteral("tier"), QStringLiteral("B")},
                      {QStringLiteral("kind"), QStringLiteral("customer")}};
        if (!firstOrder.isEmpty())
            c.insert(QStringLiteral("first_order_on"), firstOrder);
        if (!store.insert(QStringLiteral("customers"), id, c, nullptr))
            return QString();
        if (!ndaSigned.isEmpty() &&
            !store.insert(QStringLiteral("ndas"), RecordStore::newId(),
                          {{QStringLiteral("counterparty_id"), id},
                           {QStringLiteral("scope"), QStringLiteral("[\"customer\"]")},
                           {QStringLiteral("template_version"), QStringLiteral("v3")},
                           {QStringLiteral("signed_on"), ndaSigned}},
                          nullptr))
            return QString();
        return id;
    }
    static QVariantMap taskFields(const QString &customerId, int seq)
    {
        return {{QStringLiteral("number"),
                 QStringLiteral("LITH-FE-2026-%1").arg(seq, 4, 10, QLatin1Char('0'))},
                {QStringLiteral("customer_id"), customerId},
                {QStringLiteral("type"), QStringLiteral("line_support")},
                {QStringLiteral("priority"), QStringLiteral("P1")},
                {QStringLiteral("state"), QStringLiteral("approved")},
                {QStringLiteral("requested_at"), QStringLiteral("2026-11-20T08:00:00+08:00")},
                {QStringLiteral("registered_at"), QStringLiteral("2026-11-20T09:00:00+08:00")},
                {QStringLiteral("knowhow_risk"), QStringLiteral("normal")}};
    }
    // The deadlines of tasks this suite checks; the customer-level ones of the review stage
    // (proactive visits by tier, complaint responses) are checked in reviewDeadlines().
    static QList<Deadline> taskDeadlines(const QList<Deadline> &list)
    {
        QList<Deadline> out;
        for (const Deadline &d : list) {
            if (d.kind != Deadline::Kind::Proactive && d.kind != Deadline::Kind::ComplaintResponse)
                out << d;
        }
        return out;
    }
    static QStringList keys(const QList<Deadline> &list)
    {
        QStringList out;
        for (const Deadline &d : list)
            out << d.kindKey() + QLatin1Char(':') + d.stateKey();
        return out;
    }

private slots:
    void boundaries_data()
    {
        QTest::addColumn<QString>("firstOrder");
        QTest::addColumn<QString>("ndaSigned");
        QTest::addColumn<QVariantMap>("task");  // overrides of taskFields()
        QTest::addColumn<QVariantMap>("brief"); // empty: no brief
        QTest::addColumn<QStringList>("expected");

        const QString old = QStringLiteral("2025-01-01");
        const auto t = [](std::initializer_list<std::pair<QString, QVariant>> fields) {
            return QVariantMap(fields);
        };
        const auto departing = [](const char *at) {
            return QVariantMap{{QStringLiteral("departure_at"), QString::fromLatin1(at)}};
        };
        const QVariantMap none;

        // Registration: within 24 h is in time; only late ones of the last 7 days are listed.
        QTest::newRow("registered exactly 24 h after the request")
            << old << QString()
            << t({{"state", "registered"},
                  {"requested_at", "2026-11-19T10:00:00+08:00"},
                  {"registered_at", "2026-11-20T10:00:00+08:00"}})
            << none << QStringList();
        QTest::newRow("registered 24 h + 1 s after the request")
            << old << QString()
            << t({{"state", "registered"},
                  {"requested_at", "2026-11-19T09:59:59+08:00"},
                  {"registered_at", "2026-11-20T10:00:00+08:00"}})
            << none << QStringList{"registration:done_late"};
        QTest::newRow("late registration exactly 7 days ago")
            << old << QString()
            << t({{"state", "cancelled"},
                  {"requested_at", "2026-11-12T09:00:00+08:00"},
                  {"registered_at", "2026-11-13T10:00:00+08:00"}})
            << none << QStringList{"registration:done_late"};
        QTest::newRow("late registration 7 days + 1 s ago")
            << old << QString()
            << t({{"state", "cancelled"},
                  {"requested_at", "2026-11-12T09:00:00+08:00"},
                  {"registered_at", "2026-11-13T09:59:59+08:00"}})
            << none << QStringList();

        // Briefing: due from 72 h before departure, overdue after it until briefed.
        QTest::newRow("departure 72 h + 1 s ahead")
            << old << QString() << QVariantMap() << departing("2026-11-23T10:00:01+08:00")
            << QStringList();
        QTest::newRow("departure exactly 72 h ahead")
            << old << QString() << QVariantMap() << departing("2026-11-23T10:00:00+08:00")
            << QStringList{"briefing:due"};
        QTest::newRow("departure now")
            << old << QString() << QVariantMap() << departing("2026-11-20T10:00:00+08:00")
            << QStringList{"briefing:due"};
        QTest::newRow("departure 1 s ago")
            << old << QString() << QVariantMap() << departing("2026-11-20T09:59:59+08:00")
            << QStringList{"briefing:overdue"};
        QTest::newRow("planned start tomorrow, no brief yet")
            << old << QString() << t({{"planned_start", "2026-11-21"}}) << none
            << QStringList{"briefing:due"};
        QTest::newRow("still registered, planned start passed")
            << old << QString() << t({{"state", "registered"}, {"planned_start", "2026-11-18"}})
            << none << QStringList{"briefing:overdue"};
        QTest::newRow("approved without dates")
            << old << QString() << QVariantMap() << none << QStringList();
        QTest::newRow("cancelled, departure passed")
            << old << QString() << t({{"state", "cancelled"}, {"planned_start", "2026-11-18"}})
            << none << QStringList();
        QTest::newRow("briefed exactly 24 h before departure")
            << old << QString() << t({{"state", "briefed"}})
            << QVariantMap{{"meeting_at", "2026-11-19T09:00:00+08:00"},
                           {"departure_at", "2026-11-20T09:00:00+08:00"}}
            << QStringList();
        QTest::newRow("briefed 24 h + 1 s before departure")
            << old << QString() << t({{"state", "on_site"}})
            << QVariantMap{{"meeting_at", "2026-11-19T08:59:59+08:00"},
                           {"departure_at", "2026-11-20T09:00:00+08:00"}}
            << QStringList{"briefing:done_late"};
        QTest::newRow("briefed too early, departure 8 days ago")
            << old << QString() << t({{"state", "closed"}})
            << QVariantMap{{"meeting_at", "2026-11-10T08:00:00+08:00"},
                           {"departure_at", "2026-11-12T09:00:00+08:00"}}
            << QStringList();

        // NDA: a new customer (no first order, or one within 90 days of the request) or core
        // know-how needs one before dispatch.
        QTest::newRow("new customer, no dates yet")
            << QString() << QString() << t({{"state", "registered"}}) << none
            << QStringList{"nda:due"};
        QTest::newRow("new customer, departure in 5 days")
            << QString() << QString() << QVariantMap() << departing("2026-11-25T09:00:00+08:00")
            << QStringList{"nda:due"};
        QTest::newRow("new customer, departure passed")
            << QString() << QString() << QVariantMap() << departing("2026-11-20T09:00:00+08:00")
            << QStringList{"briefing:overdue", "nda:overdue"};
        QTest::newRow("new customer, on site without NDA")
            << QString() << QString() << t({{"state", "on_site"}})
            << QVariantMap{{"meeting_at", "2026-11-17T10:00:00+08:00"},
                           {"departure_at", "2026-11-18T09:00:00+08:00"}}
            << QStringList{"nda:overdue"};
        QTest::newRow("new customer, NDA signed")
            << QString() << QStringLiteral("2026-11-10") << QVariantMap()
            << departing("2026-11-25T09:00:00+08:00") << QStringList();
        QTest::newRow("NDA signed the day after departure")
            << QString() << QStringLiteral("2026-11-19") << t({{"state", "reporting"}})
            << QVariantMap{{"meeting_at", "2026-11-17T10:00:00+08:00"},
                           {"departure_at", "2026-11-18T09:00:00+08:00"}}
            << QStringList{"nda:done_late"};
        QTest::newRow("NDA signed on the departure day")
            << QString() << QStringLiteral("2026-11-18") << t({{"state", "reporting"}})
            << QVariantMap{{"meeting_at", "2026-11-17T10:00:00+08:00"},
                           {"departure_at", "2026-11-18T09:00:00+08:00"}}
            << QStringList();
        QTest::newRow("old customer, core know-how")
            << old << QString() << t({{"knowhow_risk", "core"}}) << none << QStringList{"nda:due"};
        QTest::newRow("first order exactly 90 days before the request")
            << QStringLiteral("2026-08-22") << QString() << QVariantMap() << none
            << QStringList{"nda:due"};
        QTest::newRow("first order 91 days before the request")
            << QStringLiteral("2026-08-21") << QString() << QVariantMap() << none << QStringList();
        QTest::newRow("new customer, task closed")
            << QString() << QString() << t({{"state", "closed"}}) << none << QStringList();
    }

    void boundaries()
    {
        QFETCH(QString, firstOrder);
        QFETCH(QString, ndaSigned);
        QFETCH(QVariantMap, task);
        QFETCH(QVariantMap, brief);
        QFETCH(QStringList, expected);
        Database db;
        QVERIFY(create(db));
        const QString customerId = customer(db, firstOrder, ndaSigned);
        QVERIFY(!customerId.isEmpty());
        QVariantMap fields = taskFields(customerId, 1);
        for (auto it = task.cbegin(); it != task.cend(); ++it)
            fields.insert(it.key(), it.value());
        const QString taskId = RecordStore::newId();
        Error error;
        QVERIFY2(RecordStore(db).insert(QStringLiteral("tasks"), taskId, fields, &error),
                 qPrintable(error.message));
        if (!brief.isEmpty()) {
            brief.insert(QStringLiteral("task_id"), taskId);
            QVERIFY2(RecordStore(db).insert(QStringLiteral("briefings"), RecordStore::newId(),
                                            brief, &error),
                     qPrintable(error.message));
        }
        QList<Deadline> list;
        QVERIFY2(DeadlineWatch(db).collect(m_now, &list, &error), qPrintable(error.message));
        list = taskDeadlines(list);
        QStringList got = keys(list);
        got.sort();
        expected.sort();
        QCOMPARE(got, expected);
        for (const Deadline &d : std::as_const(list)) {
            QCOMPARE(d.taskId, taskId);
            QVERIFY2(d.text.contains(QStringLiteral("LITH-FE-2026-0001")), qPrintable(d.text));
            QVERIFY(d.due.isValid() || d.kind == Deadline::Kind::Nda);
        }
    }

    // The deadlines of the on-site and closing forms at their boundaries. Each row builds one
    // task (engineer "E" = Robert, customer without NDA needs), the forms given, holidays, and
    // lists what DeadlineWatch finds at its own "now".
    void fieldBoundaries_data()
    {
        QTest::addColumn<QVariantMap>("task");     // overrides of taskFields()
        QTest::addColumn<QVariantList>("records"); // {"_table": ..., fields}
        QTest::addColumn<QStringList>("holidays"); // ISO dates
        QTest::addColumn<QString>("now");
        QTest::addColumn<QStringList>("expected");

        using R = QVariantMap;
        const auto onSite = [] {
            return R{{"state", "on_site"},
                     {"planned_start", "2026-11-18"},
                     {"planned_end", "2026-11-20"},
                     {"engineer_ids", "[\"E\"]"}};
        };
        const auto report = [](const char *date, const QVariant &submitted) {
            return QVariant(R{{"_table", "daily_reports"},
                              {"engineer_id", "E"},
                              {"date", date},
                              {"submitted_at", submitted}});
        };
        const QVariant draft = QVariant(QMetaType::fromType<QString>());
        const QVariantList earlierDays{report("2026-11-18", "2026-11-18T16:00:00+08:00"),
                                       report("2026-11-19", "2026-11-19T16:00:00+08:00")};

        // Daily report: 17:00 on each on-site day; 17:00:00 itself is in time.
        QTest::newRow("daily report: 16:59, today's missing")
            << onSite() << earlierDays << QStringList() << "2026-11-20T16:59:00+08:00"
            << QStringList{"daily_report:due"};
        QTest::newRow("daily report: 17:00:00, today's missing")
            << onSite() << earlierDays << QStringList() << "2026-11-20T17:00:00+08:00"
            << QStringList{"daily_report:due"};
        QTest::newRow("daily report: 17:01, today's missing")
            << onSite() << earlierDays << QStringList() << "2026-11-20T17:01:00+08:00"
            << QStringList{"daily_report:overdue"};
        QTest::newRow("daily report: 17:01, today's only a draft")
            << onSite() << (QVariantList(earlierDays) << report("2026-11-20", draft))
            << QStringList() << "2026-11-20T17:01:00+08:00" << QStringList{"daily_report:overdue"};
        QTest::newRow("daily report: 17:01, today's sent at 17:00")
            << onSite()
            << (QVariantList(earlierDays) << report("2026-11-20", "2026-11-20T17:00:00+08:00"))
            << QStringList() << "2026-11-20T17:01:00+08:00" << QStringList();
        QTest::newRow("daily report: yesterday's sent at 17:01")
            << onSite()
            << QVariantList{report("2026-11-18", "2026-11-18T16:00:00+08:00"),
                            report("2026-11-19", "2026-11-19T17:01:00+08:00")}
            << QStringList() << "2026-11-20T10:00:00+08:00"
            << QStringList{"daily_report:done_late", "daily_report:due"};
        QTest::newRow("daily report: yesterday's missing")
            << onSite() << QVariantList{report("2026-11-18", "2026-11-18T16:00:00+08:00")}
            << QStringList() << "2026-11-20T10:00:00+08:00"
            << QStringList{"daily_report:due", "daily_report:overdue"};
        QTest::newRow("daily report: before the first on-site day")
            << onSite() << QVariantList() << QStringList() << "2026-11-17T18:00:00+08:00"
            << QStringList();
        QTest::newRow("daily report: task already reporting")
            << R{{"state", "reporting"},
                 {"planned_start", "2026-11-18"},
                 {"planned_end", "2026-11-20"},
                 {"engineer_ids", "[\"E\"]"}}
            << QVariantList() << QStringList() << "2026-11-19T18:00:00+08:00" << QStringList();

        // Anomalies: a commercial one is notified within 4 h.
        const auto anomaly = [](const QVariant &notified) {
            return QVariantList{R{{"_table", "anomalies"},
                                  {"type", "commercial"},
                                  {"occurred_at", "2026-11-20T10:00:00+08:00"},
                                  {"notified_at", notified}}};
        };
        const R quiet{{"state", "on_site"}}; // no dates, no engineers: no daily reports
        QTest::newRow("anomaly: 4 h after, not notified")
            << quiet << anomaly(draft) << QStringList() << "2026-11-20T14:00:00+08:00"
            << QStringList{"anomaly:due"};
        QTest::newRow("anomaly: 4 h + 1 s after, not notified")
            << quiet << anomaly(draft) << QStringList() << "2026-11-20T14:00:01+08:00"
            << QStringList{"anomaly:overdue"};
        // A safety incident: "立即" is 15 minutes after it occurred.
        const auto safety = QVariantList{R{{"_table", "anomalies"},
                                           {"type", "safety"},
                                           {"occurred_at", "2026-11-20T10:00:00+08:00"},
                                           {"notified_at", draft}}};
        QTest::newRow("safety: +15:00, not notified")
            << quiet << safety << QStringList() << "2026-11-20T10:15:00+08:00"
            << QStringList{"anomaly:due"};
        QTest::newRow("safety: +15:01, not notified")
            << quiet << safety << QStringList() << "2026-11-20T10:15:01+08:00"
            << QStringList{"anomaly:overdue"};
        QTest::newRow("anomaly: notified at the limit")
            << quiet << anomaly("2026-11-20T14:00:00+08:00") << QStringList()
            << "2026-11-20T16:00:00+08:00" << QStringList();
        QTest::newRow("anomaly: notified 1 s after the limit")
            << quiet << anomaly("2026-11-20T14:00:01+08:00") << QStringList()
            << "2026-11-20T16:00:00+08:00" << QStringList{"anomaly:done_late"};

        // Service report: the 3rd working day after leaving the site (Friday 2026-11-20).
        const R left{{"state", "reporting"}, {"onsite_end", "2026-11-20T16:30:00+08:00"}};
        const QVariant calledBack = R{{"_table", "callbacks"},
                                      {"called_at", "2026-11-21T10:00:00+08:00"},
                                      {"satisfaction", 9},
                                      {"nps", 9}};
        const QVariant signedReport = R{{"_table", "service_reports"},
                                        {"signed_at", "2026-11-21T10:00:00+08:00"},
                                        {"signed_by_ids", "[\"E\"]"}};
        QTest::newRow("service report: end of Wednesday, the 3rd working day")
            << left << QVariantList{calledBack} << QStringList() << "2026-11-25T23:59:59+08:00"
            << QStringList{"service_report:due"};
        QTest::newRow("service report: Thursday 00:00")
            << left << QVariantList{calledBack} << QStringList() << "2026-11-26T00:00:00+08:00"
            << QStringList{"service_report:overdue"};
        QTest::newRow("service report: Tuesday a holiday, Thursday is the 3rd")
            << left << QVariantList{calledBack} << QStringList{"2026-11-24"}
            << "2026-11-26T10:00:00+08:00" << QStringList{"service_report:due"};
        QTest::newRow("service report: Tuesday a holiday, Friday 00:00")
            << left << QVariantList{calledBack} << QStringList{"2026-11-24"}
            << "2026-11-27T00:00:00+08:00" << QStringList{"service_report:overdue"};
        QTest::newRow("service report: signed on the Thursday")
            << left
            << QVariantList{calledBack, R{{"_table", "service_reports"},
                                          {"signed_at", "2026-11-26T10:00:00+08:00"},
                                          {"signed_by_ids", "[\"E\"]"}}}
            << QStringList() << "2026-11-26T12:00:00+08:00"
            << QStringList{"service_report:done_late"};

        // Call-back: 48 h after leaving the site.
        QTest::newRow("call-back: 48 h - 1 s")
            << left << QVariantList{signedReport} << QStringList() << "2026-11-22T16:29:59+08:00"
            << QStringList{"callback:due"};
        QTest::newRow("call-back: exactly 48 h")
            << left << QVariantList{signedReport} << QStringList() << "2026-11-22T16:30:00+08:00"
            << QStringList{"callback:due"};
        QTest::newRow("call-back: 48 h + 1 s")
            << left << QVariantList{signedReport} << QStringList() << "2026-11-22T16:30:01+08:00"
            << QStringList{"callback:overdue"};
        QTest::newRow("call-back: made at 48 h + 1 s")
            << left
            << QVariantList{signedReport, R{{"_table", "callbacks"},
                                            {"called_at", "2026-11-22T16:30:01+08:00"},
                                            {"satisfaction", 9},
                                            {"nps", 9}}}
            << QStringList() << "2026-11-23T10:00:00+08:00" << QStringList{"callback:done_late"};

        // Improvement plan: a call-back below 7 on 2026-08-01 is followed up by day 90.
        const R closed{{"state", "closed"}, {"onsite_end", "2026-07-30T17:00:00+08:00"}};
        const auto plan = [](int satisfaction, const QVariant &due, const QVariant &done) {
            return QVariantList{R{{"_table", "callbacks"},
                                  {"called_at", "2026-08-01T10:00:00+08:00"},
                                  {"satisfaction", satisfaction},
                                  {"nps", 8},
                                  {"improvement_plan", "每周回访涂布均匀性。"},
                                  {"improvement_due", due},
                                  {"improvement_done_on", done}}};
        };
        QTest::newRow("improvement plan: day 90")
            << closed << plan(6, draft, draft) << QStringList() << "2026-10-30T23:59:59+08:00"
            << QStringList{"improvement_plan:due"};
        QTest::newRow("improvement plan: day 91")
            << closed << plan(6, draft, draft) << QStringList() << "2026-10-31T00:00:00+08:00"
            << QStringList{"improvement_plan:overdue"};
        QTest::newRow("improvement plan: 4 days before day 90")
            << closed << plan(6, draft, draft) << QStringList() << "2026-10-26T23:59:58+08:00"
            << QStringList();
        QTest::newRow("improvement plan: scores 7, day 91")
            << closed << plan(7, draft, draft) << QStringList() << "2026-10-31T00:00:00+08:00"
            << QStringList();
        QTest::newRow("improvement plan: its own follow-up date")
            << closed << plan(6, "2026-11-05", draft) << QStringList()
            << "2026-10-31T00:00:00+08:00" << QStringList();
        QTest::newRow("improvement plan: completed on day 91")
            << closed << plan(6, draft, "2026-10-31") << QStringList()
            << "2026-11-02T10:00:00+08:00" << QStringList{"improvement_plan:done_late"};
        QTest::newRow("improvement plan: completed on day 90")
            << closed << plan(6, draft, "2026-10-30") << QStringList()
            << "2026-11-02T10:00:00+08:00" << QStringList();
    }

    void fieldBoundaries()
    {
        QFETCH(QVariantMap, task);
        QFETCH(QVariantList, records);
        QFETCH(QStringList, holidays);
        QFETCH(QString, now);
        QFETCH(QStringList, expected);
        Database db;
        QVERIFY(create(db));
        RecordStore store(db);
        Error error;
        const QString engineer = RecordStore::newId();
        QVERIFY2(store.insert(QStringLiteral("people"), engineer,
                              {{QStringLiteral("name"), QStringLiteral("Robert")},
                               {QStringLiteral("roles"), QStringLiteral("[\"engineer\"]")}},
                              &error),
                 qPrintable(error.message));
        const auto resolve = [&](QVariant v) {
            if (v.typeId() == QMetaType::QString && !v.isNull())
                v = v.toString().replace(QStringLiteral("\"E\""),
                                         QStringLiteral("\"%1\"").arg(engineer));
            return v.toString() == QLatin1String("E") ? QVariant(engineer) : v;
        };
        const QString customerId = customer(db, QStringLiteral("2025-01-01"), QString());
        QVariantMap fields = taskFields(customerId, 1);
        for (auto it = task.cbegin(); it != task.cend(); ++it)
            fields.insert(it.key(), resolve(it.value()));
        const QString taskId = RecordStore::newId();
        QVERIFY2(store.insert(QStringLiteral("tasks"), taskId, fields, &error),
                 qPrintable(error.message));
        for (const QVariant &r : std::as_const(records)) {
            QVariantMap record = r.toMap();
            const QString table = record.take(QStringLiteral("_table")).toString();
            for (auto it = record.begin(); it != record.end(); ++it)
                it.value() = resolve(it.value());
            record.insert(QStringLiteral("task_id"), taskId);
            QVERIFY2(store.insert(table, RecordStore::newId(), record, &error),
                     qPrintable(error.message));
        }
        for (const QString &day : std::as_const(holidays))
            QVERIFY(store.insert(QStringLiteral("holidays"), RecordStore::newId(),
                                 {{QStringLiteral("date"), day},
                                  {QStringLiteral("kind"), QStringLiteral("holiday")}},
                                 &error));
        QList<Deadline> list;
        QVERIFY2(DeadlineWatch(db).collect(QDateTime::fromString(now, Qt::ISODate), &list, &error),
                 qPrintable(error.message));
        list = taskDeadlines(list);
        QStringList got = keys(list);
        got.sort();
        expected.sort();
        QCOMPARE(got, expected);
        for (const Deadline &d : std::as_const(list)) {
            QCOMPARE(d.taskId, taskId);
            QVERIFY(d.due.isValid());
            QVERIFY2(d.text.contains(QStringLiteral("LITH-FE-2026-0001")), qPrintable(d.text));
            QVERIFY(!DeadlineWatch::kindLabel(d.kind).isEmpty());
        }
    }

    void orderAndDeleted()
    {
        Database db;
        QVERIFY(create(db));
        const QString c = customer(db, QStringLiteral("2025-01-01"), QString());
        RecordStore store(db);
        Error error;
        const auto add = [&](int seq, const char *state, const char *start) {
            QVariantMap f = taskFields(c, seq);
            f.insert(QStringLiteral("state"), QString::fromLatin1(state));
            f.insert(QStringLiteral("planned_start"), QString::fromLatin1(start));
            const QString id = RecordStore::newId();
            return store.insert(QStringLiteral("tasks"), id, f, &error) ? id : QString();
        };
        QVERIFY(!add(1, "approved", "2026-11-22").isEmpty());
        QVERIFY(!add(2, "approved", "2026-11-17").isEmpty());
        QVERIFY(!add(3, "assessed", "2026-11-21").isEmpty());
        QVERIFY(!add(4, "registered", "2026-11-18").isEmpty());
        const QString gone = add(5, "approved", "2026-11-16");
        QVERIFY(store.remove(QStringLiteral("tasks"), gone, &error));
        QList<Deadline> list;
        QVERIFY(DeadlineWatch(db).collect(m_now, &list, &error));
        list = taskDeadlines(list);
        QStringList numbers;
        for (const Deadline &d : std::as_const(list))
            numbers << d.number.right(1) + QLatin1Char(':') + d.stateKey();
        // Longest overdue first, then the soonest due.
        QCOMPARE(numbers, (QStringList{"2:overdue", "4:overdue", "3:due", "1:due"}));
    }

    // Complaints: a first response due 4 h after receipt; proactive visits by tier.
    void reviewDeadlines()
    {
        Database db;
        QVERIFY(create(db));
        RecordStore store(db);
        Error error;
        const QString customerId = customer(db, QStringLiteral("2025-01-01"), QString());
        const auto complaint = [&](const char *received, const char *answered) {
            QVariantMap c{{QStringLiteral("received_at"), QString::fromLatin1(received)},
                          {QStringLiteral("customer_id"), customerId},
                          {QStringLiteral("severity"), QStringLiteral("normal")}};
            if (answered)
                c.insert(QStringLiteral("first_response_at"), QString::fromLatin1(answered));
            QVERIFY2(store.insert(QStringLiteral("complaints"), RecordStore::newId(), c, &error),
                     qPrintable(error.message));
        };
        complaint("2026-11-20T06:00:00+08:00", nullptr); // due 10:00: the limit itself
        complaint("2026-11-20T05:59:59+08:00", nullptr); // due 09:59:59: overdue
        complaint("2026-11-19T08:00:00+08:00", "2026-11-19T12:00:00+08:00"); // in time: not listed
        complaint("2026-11-18T08:00:00+08:00", "2026-11-18T12:00:01+08:00"); // 1 s late
        // The tier-B customer was last visited proactively on 2026-05-19: due 11-19, overdue.
        QVariantMap visit = taskFields(customerId, 7);
        visit.insert(QStringLiteral("state"), QStringLiteral("closed"));
        visit.insert(QStringLiteral("proactive"), 1);
        visit.insert(QStringLiteral("arrived_at"), QStringLiteral("2026-05-19T10:00:00+08:00"));
        QVERIFY2(store.insert(QStringLiteral("tasks"), RecordStore::newId(), visit, &error),
                 qPrintable(error.message));
        QList<Deadline> list;
        QVERIFY2(DeadlineWatch(db).collect(m_now, &list, &error), qPrintable(error.message));
        QStringList got;
        for (const Deadline &d : std::as_const(list)) {
            if (d.kind == Deadline::Kind::Proactive || d.kind == Deadline::Kind::ComplaintResponse)
                got << d.kindKey() + QLatin1Char(':') + d.stateKey() + QLatin1Char('@') +
                           d.due.toOffsetFromUtc(8 * 3600).toString(Qt::ISODate);
        }
        got.sort();
        QCOMPARE(got, (QStringList{"complaint_response:done_late@2026-11-18T12:00:00+08:00",
                                   "complaint_response:due@2026-11-20T10:00:00+08:00",
                                   "complaint_response:overdue@2026-11-20T09:59:59+08:00",
                                   "proactive:overdue@2026-11-19T23:59:59+08:00"}));
    }

    void threeThousandTasks()
    {
        Database db;
        QVERIFY(create(db));
        const QString fresh = customer(db, QString(), QString());
        const QString known = customer(db, QStringLiteral("2025-01-01"), QString());
        {
            Transaction tx(db);
            RecordStore store(db);
            Error error;
            for (int i = 1; i <= 3000; ++i) {
                QVariantMap f = taskFields(i % 100 == 0 ? fresh : known, i);
                f.insert(QStringLiteral("state"),
                         i % 10 == 0 ? QStringLiteral("approved") : QStringLiteral("closed"));
                f.insert(QStringLiteral("planned_start"),
                         QDate(2016, 1, 1).addDays(i).toString(Qt::ISODate));
                QVERIFY2(store.insert(QStringLiteral("tasks"), RecordStore::newId(), f, &error),
                         qPrintable(error.message));
            }
            QVERIFY(tx.commit(&error));
        }
        QElapsedTimer timer;
        timer.start();
        QList<Deadline> list;
        Error error;
        QVERIFY(DeadlineWatch(db).collect(m_now, &list, &error));
        qInfo("3,000 tasks: %d deadlines in %lld ms", int(list.size()), timer.elapsed());
        int overdueBriefings = 0, ndas = 0;
        for (const Deadline &d : std::as_const(list)) {
            overdueBriefings += d.kind == Deadline::Kind::Briefing ? 1 : 0;
            ndas += d.kind == Deadline::Kind::Nda ? 1 : 0;
        }
        QCOMPARE(overdueBriefings, 300); // every approved task left long ago unbriefed
        QCOMPARE(ndas, 30);              // ... and every 10th of those is for the new customer
    }
};

QTEST_GUILESS_MAIN(TestDeadlineWatch)
#include "tst_deadlinewatch.moc"

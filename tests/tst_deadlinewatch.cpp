#include "Database.h"
#include "DeadlineWatch.h"
#include "RecordStore.h"
#include "Transaction.h"

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
        QStringList numbers;
        for (const Deadline &d : std::as_const(list))
            numbers << d.number.right(1) + QLatin1Char(':') + d.stateKey();
        // Longest overdue first, then the soonest due.
        QCOMPARE(numbers, (QStringList{"2:overdue", "4:overdue", "3:due", "1:due"}));
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

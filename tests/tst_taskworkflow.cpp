#include "app/demo/DemoData.h"
#include "app/interchange/InterchangeImporter.h"
#include "app/workflow/TaskNumbering.h"
#include "app/workflow/TaskWorkflow.h"
#include "db/Database.h"
#include "db/RecordStore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

// The task life from request to briefed, every refusal on the way, and numbering under
// concurrency.
class TestTaskWorkflow : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_count = 0;
    const QString m_key = QString(64, QLatin1Char('c'));
    const QDateTime m_now =
        QDateTime::fromString(QStringLiteral("2026-11-20T10:00:00+08:00"), Qt::ISODate);

    static QString person(const char *name)
    {
        return DemoData::idFor(QStringLiteral("person"), QString::fromUtf8(name));
    }
    static QString customer(const char *name)
    {
        return DemoData::idFor(QStringLiteral("customer"), QString::fromUtf8(name));
    }
    QString open(Database &db)
    {
        const QString path = m_dir.filePath(QStringLiteral("w%1.fdb").arg(++m_count));
        // The demo registries only: tasks in these tests start from an empty year.
        QJsonObject registries = DemoData::document();
        for (const char *array : {"tasks", "approvals", "briefings", "daily_reports", "anomalies",
                                  "service_reports", "callbacks", "expense_claims", "knowhow",
                                  "complaints", "knowhow_incidents", "monthly_reviews"})
            registries.remove(QLatin1String(array));
        if (!db.create(path, m_key, nullptr, Database::KeyKind::RawKey) ||
            !InterchangeImporter(db).importDocument(registries, nullptr, nullptr))
            return QString();
        return path;
    }
    QString registerTask(TaskWorkflow &wf, const char *customerName)
    {
        QString id;
        Error error;
        if (!wf.registerTask(
                {{QStringLiteral("customer_id"), customer(customerName)},
                 {QStringLiteral("type"), QStringLiteral("line_support")},
                 {QStringLiteral("priority"), QStringLiteral("P1")},
                 {QStringLiteral("requested_at"), QStringLiteral("2026-11-19T15:00:00+08:00")},
                 {QStringLiteral("title"), QStringLiteral("光刻胶涂布厚度不均")}},
                m_now, &id, &error))
            qWarning() << error.message;
        return id;
    }
    static QVariantMap assessment(double days, const char *complexity, const char *knowhow)
    {
        return {{QStringLiteral("complexity"), QString::fromLatin1(complexity)},
                {QStringLiteral("planned_days"), days},
                {QStringLiteral("knowhow_risk"), QString::fromLatin1(knowhow)},
                {QStringLiteral("safety_risk"), QStringLiteral("medium")},
                {QStringLiteral("necessity"), QStringLiteral("远端无法判断涂布异常，需现场取样。")},
                {QStringLiteral("planned_start"), QStringLiteral("2026-11-24")},
                {QStringLiteral("planned_end"), QStringLiteral("2026-11-25")}};
    }
    static QString state(Database &db, const QString &id)
    {
        QVariantMap task;
        RecordStore(db).get(QStringLiteral("tasks"), id, &task, nullptr);
        return task.value(QStringLiteral("state")).toString();
    }

private slots:
    void numbersAreSequentialPerYear()
    {
        Database db;
        QVERIFY(!open(db).isEmpty());
        TaskWorkflow wf(db);
        const QString a = registerTask(wf, "北京至毅科技有限公司");
        const QString b = registerTask(wf, "北京至毅科技有限公司");
        QVariantMap ta, tb;
        QVERIFY(RecordStore(db).get(QStringLiteral("tasks"), a, &ta, nullptr));
        QVERIFY(RecordStore(db).get(QStringLiteral("tasks"), b, &tb, nullptr));
        QCOMPARE(ta.value(QStringLiteral("number")).toString(),
                 QStringLiteral("LITH-FE-2026-0001"));
        QCOMPARE(tb.value(QStringLiteral("number")).toString(),
                 QStringLiteral("LITH-FE-2026-0002"));
        QCOMPARE(ta.value(QStringLiteral("state")).toString(), QStringLiteral("registered"));
        int year = 0, seq = 0;
        QVERIFY(TaskNumbering::parse(QStringLiteral("LITH-FE-2027-0042"), &year, &seq));
        QCOMPARE(year, 2027);
        QCOMPARE(seq, 42);
        QVERIFY(!TaskNumbering::parse(QStringLiteral("LITH-FE-27-42"), nullptr, nullptr));
    }

    void numbersUnderConcurrency()
    {
        Database setup;
        const QString path = open(setup);
        QVERIFY(!path.isEmpty());
        setup.close();
        const int perThread = 15;
        QAtomicInt failures;
        auto worker = [&]() {
            Database db;
            if (!db.open(path, m_key, nullptr, Database::KeyKind::RawKey)) {
                failures.ref();
                return;
            }
            TaskWorkflow wf(db);
            for (int i = 0; i < perThread; ++i) {
                QString id;
                Error error;
                if (!wf.registerTask(
                        {{QStringLiteral("customer_id"), customer("合肥澄明半导体材料有限公司")},
                         {QStringLiteral("type"), QStringLiteral("training")},
                         {QStringLiteral("priority"), QStringLiteral("P1")},
                         {QStringLiteral("requested_at"),
                          QStringLiteral("2026-11-20T09:00:00+08:00")}},
                        m_now, &id, &error)) {
                    qWarning() << error.message;
                    failures.ref();
                }
            }
        };
        QThread *t1 = QThread::create(worker);
        QThread *t2 = QThread::create(worker);
        t1->start();
        t2->start();
        QVERIFY(t1->wait(60000));
        QVERIFY(t2->wait(60000));
        delete t1;
        delete t2;
        QCOMPARE(failures.loadRelaxed(), 0);
        Database db;
        QVERIFY(db.open(path, m_key, nullptr, Database::KeyKind::RawKey));
        QSqlQuery q(db.sql());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*), count(DISTINCT number), min(number), "
                                      "max(number) FROM tasks")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 2 * perThread);
        QCOMPARE(q.value(1).toInt(), 2 * perThread);
        QCOMPARE(q.value(2).toString(), QStringLiteral("LITH-FE-2026-0001"));
        QCOMPARE(q.value(3).toString(), TaskNumbering::format(2026, 2 * perThread));
    }

    void registrationRefusals()
    {
        Database db;
        QVERIFY(!open(db).isEmpty());
        TaskWorkflow wf(db);
        Error error;
        QVariantMap base{
            {QStringLiteral("customer_id"), customer("北京至毅科技有限公司")},
            {QStringLiteral("type"), QStringLiteral("audit")},
            {QStringLiteral("priority"), QStringLiteral("P0")},
            {QStringLiteral("requested_at"), QStringLiteral("2026-11-20T08:00:00+08:00")}};
        const auto refused = [&](QVariantMap fields, const char *field) {
            const bool ok = wf.registerTask(fields, m_now, nullptr, &error);
            return !ok && error.field == QLatin1String(field) &&
                   error.code == Error::Code::Validation;
        };
        QVariantMap f = base;
        f.remove(QStringLiteral("customer_id"));
        QVERIFY(refused(f, "customer_id"));
        f = base;
        f.insert(QStringLiteral("type"), QStringLiteral("holiday"));
        QVERIFY(refused(f, "type"));
        f = base;
        f.insert(QStringLiteral("requested_at"), QStringLiteral("2026-11-21T08:00:00+08:00"));
        QVERIFY(refused(f, "requested_at"));
        f = base;
        f.insert(QStringLiteral("customer_id"), RecordStore::newId());
        QVERIFY(refused(f, "customer_id"));
        f = base;
        f.insert(QStringLiteral("title"), QString(201, QChar(0x5b57)));
        QVERIFY(refused(f, "title"));
        QSqlQuery q(db.sql());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM tasks")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(TaskWorkflow::registeredInTime(
            QDateTime::fromString(QStringLiteral("2026-11-19T10:00:00+08:00"), Qt::ISODate),
            m_now));
        QVERIFY(!TaskWorkflow::registeredInTime(
            QDateTime::fromString(QStringLiteral("2026-11-19T09:59:59+08:00"), Qt::ISODate),
            m_now));
    }

    void assessmentRefusals_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QVariant>("value");
        QTest::newRow("zero days") << "planned_days" << QVariant(0.0);
        QTest::newRow("negative days") << "planned_days" << QVariant(-1.0);
        QTest::newRow("absurd days") << "planned_days" << QVariant(366.0);
        QTest::newRow("no complexity") << "complexity" << QVariant();
        QTest::newRow("bad risk") << "safety_risk" << QVariant(QStringLiteral("extreme"));
        QTest::newRow("end before start")
            << "planned_end" << QVariant(QStringLiteral("2026-11-23"));
    }

    void assessmentRefusals()
    {
        QFETCH(QString, key);
        QFETCH(QVariant, value);
        Database db;
        QVERIFY(!open(db).isEmpty());
        TaskWorkflow wf(db);
        const QString id = registerTask(wf, "北京至毅科技有限公司");
        QVariantMap a = assessment(2, "medium", "normal");
        a.insert(key, value);
        Error error;
        QVERIFY(!wf.assess(id, a, &error));
        QCOMPARE(error.field, key);
        QCOMPARE(state(db, id), QStringLiteral("registered"));
    }

    void approvalByTheRightRole()
    {
        Database db;
        QVERIFY(!open(db).isEmpty());
        TaskWorkflow wf(db);
        Error error;
        // Tier A customer: KC and Charles must both approve.
        const QString id = registerTask(wf, "成都呈显光电科技有限公司");
        QVERIFY(!wf.decide(id, person("KC"), true, QString(), m_now, &error)); // not assessed
        QVERIFY2(wf.assess(id, assessment(2, "medium", "normal"), &error),
                 qPrintable(error.message));
        ApprovalMatrix::Level level;
        QVERIFY(wf.requiredApproval(id, &level, &error));
        QCOMPARE(level, ApprovalMatrix::Level::KcCharles);
        QVERIFY(!wf.decide(id, person("Robert"), true, QString(), m_now, &error));
        QVERIFY(error.message.contains(QStringLiteral("Robert")));
        QVERIFY(!wf.decide(id, person("盛转红"), true, QString(), m_now, &error));
        QVERIFY2(wf.decide(id, person("KC"), true, QStringLiteral("同意"), m_now, &error),
                 qPrintable(error.message));
        QCOMPARE(state(db, id), QStringLiteral("assessed"));
        QCOMPARE(wf.missingApprovals(id), QStringList{QStringLiteral("chairman")});
        QVERIFY(!wf.decide(id, person("KC"), true, QString(), m_now, &error)); // already approved
        QVERIFY(wf.decide(id, person("Charles"), true, QString(), m_now, &error));
        QCOMPARE(state(db, id), QStringLiteral("approved"));

        // Tier B, 2 days: Robert alone; a rejection needs a reason.
        const QString other = registerTask(wf, "北京至毅科技有限公司");
        QVERIFY(wf.assess(other, assessment(2, "medium", "normal"), &error));
        QVERIFY(!wf.decide(other, person("KC"), true, QString(), m_now, &error));
        QVERIFY(!wf.decide(other, person("Robert"), false, QStringLiteral("  "), m_now, &error));
        QCOMPARE(error.field, QStringLiteral("comment"));
        QVERIFY(
            wf.decide(other, person("Robert"), false, QStringLiteral("远端可解决"), m_now, &error));
        QCOMPARE(state(db, other), QStringLiteral("rejected"));
        QVERIFY(!wf.assess(other, assessment(1, "simple", "none"), &error));
    }

    void briefingAndDispatchBlockers()
    {
        Database db;
        QVERIFY(!open(db).isEmpty());
        TaskWorkflow wf(db);
        Error error;
        const QString id = registerTask(wf, "北京至毅科技有限公司");
        QVERIFY(wf.assess(id, assessment(2, "medium", "normal"), &error));
        QVERIFY(wf.decide(id, person("Robert"), true, QString(), m_now, &error));
        const QDate on(2026, 11, 21);
        // 陈雅婷's refresher is overdue; 周文彬 is not certified.
        QVERIFY(!wf.assignEngineers(id, {person("陈雅婷")}, on, &error));
        QVERIFY(error.message.contains(QStringLiteral("12")));
        QVERIFY(!wf.assignEngineers(id, {person("周文彬")}, on, &error));
        QVERIFY(wf.assignEngineers(id, {person("Robert"), person("林国栋")}, on, &error) ||
                error.message.contains(QStringLiteral("NDA")));
        QVERIFY2(wf.assignEngineers(id, {person("Robert")}, on, &error), qPrintable(error.message));
        QStringList blockers = wf.dispatchBlockers(id, on);
        QVERIFY(blockers.join(QLatin1Char(' ')).contains(QStringLiteral("brief")));
        QVERIFY(!wf.markBriefed(id, on, &error));
        QCOMPARE(state(db, id), QStringLiteral("approved"));

        QVariantMap brief{
            {QStringLiteral("meeting_at"), QStringLiteral("2026-11-23T09:00:00+08:00")},
            {QStringLiteral("departure_at"), QStringLiteral("2026-11-24T09:00:01+08:00")},
            {QStringLiteral("objectives"),
             QStringLiteral("确认剥离液残留原因；给出制程窗口建议。")},
            {QStringLiteral("knowhow_boundary_ack"), 0}};
        QVERIFY2(wf.saveBriefing(id, brief, nullptr, &error), qPrintable(error.message));
        blockers = wf.dispatchBlockers(id, on);
        QCOMPARE(blockers.size(), 2); // not acknowledged; meeting 24 h + 1 s before departure
        brief.insert(QStringLiteral("knowhow_boundary_ack"), 1);
        brief.insert(QStringLiteral("departure_at"), QStringLiteral("2026-11-24T09:00:00+08:00"));
        QVERIFY(wf.saveBriefing(id, brief, nullptr, &error));
        QVERIFY2(wf.dispatchBlockers(id, on).isEmpty(),
                 qPrintable(wf.dispatchBlockers(id, on).join(';')));
        QVERIFY2(wf.markBriefed(id, on, &error), qPrintable(error.message));
        QCOMPARE(state(db, id), QStringLiteral("briefed"));
        brief.insert(QStringLiteral("meeting_at"), QStringLiteral("2026-11-25T09:00:00+08:00"));
        QVERIFY(!wf.saveBriefing(id, brief, nullptr, &error)); // meeting after departure
        QCOMPARE(error.field, QStringLiteral("meeting_at"));
    }

    void newCustomerNeedsNda()
    {
        Database db;
        QVERIFY(!open(db).isEmpty());
        TaskWorkflow wf(db);
        Error error;
        const QString id = registerTask(wf, "厦门晶澈微电子有限公司"); // no first order yet
        QVERIFY(wf.assess(id, assessment(1, "medium", "normal"), &error));
        QVERIFY(wf.decide(id, person("Robert"), true, QString(), m_now, &error));
        const QString blockers =
            wf.dispatchBlockers(id, QDate(2026, 11, 21)).join(QLatin1Char(' '));
        QVERIFY2(blockers.contains(QStringLiteral("NDA")), qPrintable(blockers));
    }

    void illegalMovesAndCancel()
    {
        Database db;
        QVERIFY(!open(db).isEmpty());
        TaskWorkflow wf(db);
        Error error;
        const QString id = registerTask(wf, "北京至毅科技有限公司");
        QVERIFY(!wf.moveTo(id, QStringLiteral("on_site"), &error));
        QVERIFY(!error.message.isEmpty());
        QVERIFY(!wf.moveTo(id, QStringLiteral("approved"), &error));
        QVERIFY(!wf.cancel(id, QString(), &error));
        QVERIFY(wf.cancel(id, QStringLiteral("客户已自行解决"), &error));
        QCOMPARE(state(db, id), QStringLiteral("cancelled"));
        QVERIFY(!wf.cancel(id, QStringLiteral("again"), &error));
        QVERIFY(!wf.assess(id, assessment(1, "simple", "none"), &error));
    }
};

QTEST_GUILESS_MAIN(TestTaskWorkflow)
#include "tst_taskworkflow.moc"

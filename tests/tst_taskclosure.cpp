#include "app/catalog/Money.h"
#include "app/catalog/RecordCatalog.h"
#include "app/demo/DemoDailyReports.h"
#include "app/demo/DemoData.h"
#include "app/demo/DemoKeys.h"
#include "app/demo/DemoSignatures.h"
#include "app/demo/DemoTasks.h"
#include "app/rules/SignerRoles.h"
#include "app/rules/TaskClosure.h"
#include "app/signing/RecordLocks.h"
#include "app/signing/RecordSigning.h"
#include "app/workflow/TaskWorkflow.h"
#include "db/Database.h"
#include "db/RecordStore.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

Q_DECLARE_METATYPE(QList<TaskClosure::Gap>)

// What is missing before a task leaves the site, goes to call-back and closes, on the demo
// data and with one form at a time taken away; and TaskWorkflow::moveTo refusing those moves
// with the list, changing nothing.
class TestTaskClosure : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_count = 0;
    using Gap = TaskClosure::Gap;

    bool demo(Database &db)
    {
        return db.create(m_dir.filePath(QStringLiteral("c%1.fdb").arg(++m_count)),
                         QString(64, QLatin1Char('9')), nullptr, Database::KeyKind::RawKey) &&
               DemoData::load(db, nullptr);
    }
    static QList<Gap> gaps(Database &db, int task, const char *state)
    {
        QList<TaskClosure::Missing> missing;
        Error error;
        if (!TaskClosure(db).missing(DemoTasks::taskId(task), QLatin1String(state), &missing,
                                     &error))
            qWarning() << error.message;
        QList<Gap> out;
        for (const TaskClosure::Missing &m : std::as_const(missing))
            out << m.gap;
        return out;
    }
    static void update(Database &db, const char *table, const QString &id,
                       const QVariantMap &fields)
    {
        Error error;
        QVERIFY2(RecordStore(db).update(QLatin1String(table), id, fields, &error),
                 qPrintable(error.message));
    }
    static void remove(Database &db, const char *table, const QString &id)
    {
        Error error;
        QVERIFY2(RecordStore(db).remove(QLatin1String(table), id, &error),
                 qPrintable(error.message));
    }
    static QString state(Database &db, int task)
    {
        QVariantMap t;
        RecordStore(db).get(QStringLiteral("tasks"), DemoTasks::taskId(task), &t, nullptr);
        return t.value(QStringLiteral("state")).toString();
    }
    static int changes(Database &db)
    {
        QSqlQuery q(db.sql());
        return q.exec(QStringLiteral("SELECT count(*) FROM change_log")) && q.next()
                   ? q.value(0).toInt()
                   : -1;
    }
    static QString id(const char *kind, const char *name)
    {
        return DemoData::idFor(QLatin1String(kind), QString::fromUtf8(name));
    }
    static QVariant null() { return QVariant(QMetaType::fromType<QString>()); }
    static QList<Gap> withoutSignatures(QList<Gap> list)
    {
        list.removeAll(Gap::Signature);
        return list;
    }
    // Staging a change to a signed form: its lock is set aside behind the desk's back (nothing
    // in the desk lifts a lock) and put back after the change, so only the change shows.
    static void changeLocked(Database &db, const char *table, const QString &id,
                             const QVariantMap &fields)
    {
        QSqlQuery q(db.sql());
        QVERIFY(q.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS held AS SELECT * FROM "
                                      "record_locks WHERE 0")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO held SELECT * FROM record_locks WHERE "
                                      "record_id = '%1'")
                           .arg(id)));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM record_locks WHERE record_id = '%1'").arg(id)));
        if (fields.isEmpty())
            remove(db, table, id);
        else
            update(db, table, id, fields);
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO record_locks SELECT * FROM held")),
                 qPrintable(q.lastError().text()));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM held")));
    }
    // Signs every signature the task's forms still need, as the people named.
    static void signEverything(Database &db, int task)
    {
        QList<TaskClosure::Missing> missing;
        Error error;
        QVERIFY(TaskClosure(db).missing(DemoTasks::taskId(task), QStringLiteral("closed"), &missing,
                                        &error));
        int seed = 40;
        for (const TaskClosure::Missing &m : std::as_const(missing)) {
            if (m.gap != Gap::Signature)
                continue;
            const RecordKind *kind = RecordCatalog::byArray(m.array);
            QVERIFY(kind);
            QList<RecordSigning::MissingSignature> still;
            QVERIFY(RecordSigning(db).missingSignatures(*kind, m.recordId, &still, &error));
            for (const RecordSigning::MissingSignature &s : std::as_const(still)) {
                RecordSigning::Signature signature;
                signature.role = s.role;
                signature.signerId = s.personId;
                if (s.personId.isEmpty()) {
                    QList<RecordSigning::Candidate> people;
                    QVERIFY(RecordSigning(db).candidates(*kind, m.recordId,
                                                         *SignerRoles::find(kind->table, s.role),
                                                         &people, &error));
                    QVERIFY(!people.isEmpty());
                    signature.signerId = people.first().personId;
                }
                signature.strokes = DemoSignatures::strokes(seed++);
                QVERIFY2(
                    RecordSigning(db).sign(*kind, m.recordId, signature, false, nullptr, &error),
                    qPrintable(error.message));
            }
        }
    }

private slots:
    // The demo people sign as if they had entered their PIN.
    void initTestCase() { DemoKeys::unlockAll(); }

    void demoTasksMeetTheirState()
    {
        Database db;
        QVERIFY(demo(db));
        QCOMPARE(gaps(db, 1, "closed"), QList<Gap>());
        QCOMPARE(gaps(db, 2, "callback"), QList<Gap>());
        QCOMPARE(gaps(db, 3, "reporting"), QList<Gap>());
        // Other states are not guarded.
        QCOMPARE(gaps(db, 8, "assessed"), QList<Gap>());
        QVERIFY(!TaskClosure::guards(QStringLiteral("on_site")));
    }

    // Each row takes one thing away from the demo and names the gap that appears.
    void oneGapAtATime_data()
    {
        QTest::addColumn<int>("task");
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("recordId");
        QTest::addColumn<QVariantMap>("fields"); // empty: the record is removed
        QTest::addColumn<QList<Gap>>("expected");
        const QString report1 =
            DemoDailyReports::id(1, QStringLiteral("Robert"), QStringLiteral("2026-05-15"));
        QTest::newRow("a day without report")
            << 1 << "closed"
            << "daily_reports" << report1 << QVariantMap() << QList<Gap>{Gap::DailyReport};
        QTest::newRow("left the site unknown")
            << 1 << "reporting"
            << "tasks" << DemoTasks::taskId(1)
            << QVariantMap{{QStringLiteral("onsite_end"), null()}}
            << QList<Gap>{Gap::OnsiteEnd}; // the planned days are all reported
        QTest::newRow("anomaly not notified")
            << 1 << "reporting"
            << "anomalies" << id("anomaly", "1-thickness")
            << QVariantMap{{QStringLiteral("notified_at"), null()}}
            << QList<Gap>{Gap::AnomalyNotice};
        QTest::newRow("service report unsigned")
            << 1 << "callback"
            << "service_reports" << id("service_report", "1")
            << QVariantMap{{QStringLiteral("signed_at"), null()}} << QList<Gap>{Gap::ServiceReport};
        QTest::newRow("service report not required yet")
            << 1 << "reporting"
            << "service_reports" << id("service_report", "1") << QVariantMap() << QList<Gap>();
        QTest::newRow("no call-back")
            << 1 << "closed"
            << "callbacks" << id("callback", "1") << QVariantMap() << QList<Gap>{Gap::Callback};
        QTest::newRow("call-back not made yet")
            << 1 << "closed"
            << "callbacks" << id("callback", "1")
            << QVariantMap{{QStringLiteral("called_at"), null()}} << QList<Gap>{Gap::Callback};
        QTest::newRow("NPS 7 needs no plan")
            << 1 << "closed"
            << "callbacks" << id("callback", "1") << QVariantMap{{QStringLiteral("nps"), 7}}
            << QList<Gap>();
        QTest::newRow("NPS 6 without a plan")
            << 1 << "closed"
            << "callbacks" << id("callback", "1") << QVariantMap{{QStringLiteral("nps"), 6}}
            << QList<Gap>{Gap::ImprovementPlan};
        QTest::newRow("satisfaction 6 without a plan")
            << 1 << "closed"
            << "callbacks" << id("callback", "1")
            << QVariantMap{{QStringLiteral("satisfaction"), 6}} << QList<Gap>{Gap::ImprovementPlan};
        QTest::newRow("plan without a follow-up date")
            << 2 << "closed"
            << "callbacks" << id("callback", "2")
            << QVariantMap{{QStringLiteral("improvement_due"), null()}}
            << QList<Gap>{Gap::ImprovementPlan, Gap::GiftDeclaration};
        QTest::newRow("no expense claim") << 1 << "closed"
                                          << "expense_claims" << id("expense_claim", "1-robert")
                                          << QVariantMap() << QList<Gap>{Gap::ExpenseClaim};
        QTest::newRow("dinner not declared") << 1 << "closed"
                                             << "expense_claims" << id("expense_claim", "1-robert")
                                             << QVariantMap{{QStringLiteral("declared_on"), null()}}
                                             << QList<Gap>{Gap::GiftDeclaration};
        QTest::newRow("banquet declared")
            << 2 << "closed"
            << "expense_claims" << id("expense_claim", "2-lin")
            << QVariantMap{{QStringLiteral("declared_on"), QStringLiteral("2026-11-16")},
                           {QStringLiteral("declared_to_id"), id("person", "王婧")}}
            << QList<Gap>();
    }

    void oneGapAtATime()
    {
        QFETCH(int, task);
        QFETCH(QString, state);
        QFETCH(QString, table);
        QFETCH(QString, recordId);
        QFETCH(QVariantMap, fields);
        QFETCH(QList<Gap>, expected);
        Database db;
        QVERIFY(demo(db));
        // Task 1's forms are all signed and locked; the change is made past the lock.
        changeLocked(db, table.toLatin1().constData(), recordId, fields);
        // Task 1 is complete, so nothing else may show; task 2's forms are not signed yet
        // (those gaps are signatureGaps' business).
        const QList<Gap> found = gaps(db, task, state.toLatin1().constData());
        QCOMPARE(task == 1 ? found : withoutSignatures(found), expected);
    }

    void giftBoundary_data()
    {
        QTest::addColumn<QString>("amount");
        QTest::addColumn<QString>("category");
        QTest::addColumn<QString>("paidBy");
        QTest::addColumn<bool>("gap");
        QTest::newRow("200.00 is not over") << "200.00"
                                            << "hospitality"
                                            << "customer" << false;
        QTest::newRow("200.01 is over") << "200.01"
                                        << "hospitality"
                                        << "customer" << true;
        QTest::newRow("gift over") << "200.01"
                                   << "gift"
                                   << "customer" << true;
        QTest::newRow("paid by us") << "999.00"
                                    << "hospitality"
                                    << "company" << false;
        QTest::newRow("meals") << "999.00"
                               << "meals"
                               << "customer" << false;
    }

    void giftBoundary()
    {
        QFETCH(QString, amount);
        QFETCH(QString, category);
        QFETCH(QString, paidBy);
        QFETCH(bool, gap);
        Database db;
        QVERIFY(demo(db));
        // The undeclared claim of task 1, its customer-paid dinner changed (past its lock).
        changeLocked(db, "expense_claims", id("expense_claim", "1-robert"),
                     {{QStringLiteral("declared_on"), null()}});
        QSqlQuery q(db.sql());
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM expense_lines WHERE claim_id = '%1' AND "
                                      "category = 'hospitality'")
                           .arg(id("expense_claim", "1-robert"))) &&
                q.next());
        Money money;
        QVERIFY(Money::parse(amount, &money));
        const QString line = q.value(0).toString();
        q.finish();
        QSqlQuery drop(db.sql());
        QVERIFY(drop.exec(QStringLiteral("CREATE TEMP TABLE held2 AS SELECT * FROM record_locks "
                                         "WHERE record_id = '%1'")
                              .arg(id("expense_claim", "1-robert"))));
        QVERIFY(drop.exec(QStringLiteral("DELETE FROM record_locks WHERE record_id = '%1'")
                              .arg(id("expense_claim", "1-robert"))));
        update(db, "expense_lines", line,
               {{QStringLiteral("amount"), money.fen()},
                {QStringLiteral("category"), category},
                {QStringLiteral("paid_by"), paidBy}});
        QVERIFY(drop.exec(QStringLiteral("INSERT INTO record_locks SELECT * FROM held2")));
        QCOMPARE(gaps(db, 1, "closed"), gap ? QList<Gap>{Gap::GiftDeclaration} : QList<Gap>());
    }

    void moveToRefusesAndChangesNothing()
    {
        Database db;
        QVERIFY(demo(db));
        TaskWorkflow wf(db);
        Error error;
        // Task 4 is on site: 11-22 not reported by either engineer, not left, one anomaly untold.
        const int before = changes(db);
        QVERIFY(!wf.moveTo(DemoTasks::taskId(4), QStringLiteral("reporting"), &error));
        QCOMPARE(error.code, Error::Code::Validation);
        QCOMPARE(error.field, QStringLiteral("state"));
        QVERIFY(error.message.contains(QStringLiteral("LITH-FE-2026-0004")));
        QVERIFY(error.message.contains(QStringLiteral("2026-11-22")));
        QVERIFY(error.message.contains(QStringLiteral("Robert")));
        QVERIFY(error.message.contains(QStringLiteral("林国栋")));
        QCOMPARE(gaps(db, 4, "reporting"), (QList<Gap>{Gap::OnsiteEnd, Gap::DailyReport,
                                                       Gap::DailyReport, Gap::AnomalyNotice}));
        QCOMPARE(state(db, 4), QStringLiteral("on_site"));
        QCOMPARE(changes(db), before);

        // Task 2 cannot close while the banquet is undeclared; declared, it can.
        QVERIFY(!wf.moveTo(DemoTasks::taskId(2), QStringLiteral("closed"), &error));
        QVERIFY(error.message.contains(QStringLiteral("480.00")));
        update(db, "expense_claims", id("expense_claim", "2-lin"),
               {{QStringLiteral("declared_on"), QStringLiteral("2026-11-16")},
                {QStringLiteral("declared_to_id"), id("person", "王婧")}});
        // Declared, it still waits for its forms' signatures, each named (林国栋's daily
        // reports among them); once every form is signed and locked, it closes.
        QVERIFY(!wf.moveTo(DemoTasks::taskId(2), QStringLiteral("closed"), &error));
        QVERIFY2(error.message.contains(QStringLiteral("林国栋")), qPrintable(error.message));
        QVERIFY(withoutSignatures(gaps(db, 2, "closed")).isEmpty());
        QVERIFY(gaps(db, 2, "closed").contains(Gap::Signature));
        signEverything(db, 2);
        QCOMPARE(gaps(db, 2, "closed"), QList<Gap>());
        QVERIFY2(wf.moveTo(DemoTasks::taskId(2), QStringLiteral("closed"), &error),
                 qPrintable(error.message));
        QCOMPARE(state(db, 2), QStringLiteral("closed"));

        // Task 3 goes to call-back once its service report is signed.
        QVERIFY(!wf.moveTo(DemoTasks::taskId(3), QStringLiteral("callback"), &error));
        update(db, "service_reports", id("service_report", "3"),
               {{QStringLiteral("signed_at"), QStringLiteral("2026-11-20T10:00:00+08:00")},
                {QStringLiteral("signed_by_ids"),
                 QStringLiteral("[\"%1\"]").arg(id("person", "Robert"))}});
        QVERIFY2(wf.moveTo(DemoTasks::taskId(3), QStringLiteral("callback"), &error),
                 qPrintable(error.message));
    }

    // Closing needs every form of the task signed and locked; each missing signature is one
    // item naming the form, the signer and the block, and pointing at the form.
    void signatureGaps_data()
    {
        QTest::addColumn<int>("task");
        QTest::addColumn<QString>("array");
        QTest::addColumn<QString>("recordId");
        QTest::addColumn<QString>("role");   // the signature taken away
        QTest::addColumn<QString>("signer"); // its signer (demo name)
        QTest::addColumn<QString>("text");   // part of the item's text
        const QString report13 =
            DemoDailyReports::id(1, QStringLiteral("Robert"), QStringLiteral("2026-05-13"));
        QTest::newRow("brief: Robert's acknowledgement")
            << 1 << "briefings" << id("briefing", "1") << "engineer"
            << "Robert"
            << "Robert's signature (Engineer (acknowledged))";
        QTest::newRow("brief: the CTO's") << 1 << "briefings" << id("briefing", "1") << "cto"
                                          << "Robert"
                                          << "the signature of the Briefing held by (CTO)";
        QTest::newRow("daily report of 13 May") << 1 << "daily_reports" << report13 << "engineer"
                                                << "Robert"
                                                << "2026-05-13 Robert";
        QTest::newRow("service report: the engineer")
            << 1 << "service_reports" << id("service_report", "1") << "engineer"
            << "Robert"
            << "Robert's signature (Engineer)";
        QTest::newRow("service report: Robert as CTO")
            << 1 << "service_reports" << id("service_report", "1") << "cto"
            << "Robert"
            << "the signature of the CTO";
        QTest::newRow("call-back")
            << 1 << "callbacks" << id("callback", "1") << "caller"
            << "盛转红"
            << "Call-back of 2026-05-16 10:30 is not signed yet: the signature of the Caller";
        QTest::newRow("expense claim: the check")
            << 1 << "expense_claims" << id("expense_claim", "1-robert") << "admin"
            << "王婧"
            << "the signature of the Checked by (administration)";
    }

    void signatureGaps()
    {
        QFETCH(int, task);
        QFETCH(QString, array);
        QFETCH(QString, recordId);
        QFETCH(QString, role);
        QFETCH(QString, signer);
        QFETCH(QString, text);
        Database db;
        QVERIFY(demo(db));
        QSqlQuery q(db.sql());
        QVERIFY(q.exec(
            QStringLiteral("DELETE FROM record_locks WHERE record_id = '%1'").arg(recordId)));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM signatures WHERE record_id = '%1' AND role = "
                                      "'%2' AND signer_id = '%3'")
                           .arg(recordId, role, id("person", signer.toUtf8().constData()))));
        QCOMPARE(q.numRowsAffected(), 1);
        QList<TaskClosure::Missing> missing;
        Error error;
        QVERIFY(TaskClosure(db).missing(DemoTasks::taskId(task), QStringLiteral("closed"), &missing,
                                        &error));
        QCOMPARE(missing.size(), 1);
        QCOMPARE(missing.first().gap, Gap::Signature);
        QCOMPARE(missing.first().recordId, recordId);
        QCOMPARE(missing.first().array, array);
        QVERIFY2(missing.first().text.contains(text), qPrintable(missing.first().text));
        QVERIFY(
            !TaskWorkflow(db).moveTo(DemoTasks::taskId(task), QStringLiteral("closed"), &error));
    }

    // Every engineer of the task signs: task 2's service report is locked only with Robert's
    // and 林国栋's engineer signatures, and without 林国栋's it names him.
    void everyEngineerSigns()
    {
        Database db;
        QVERIFY(demo(db));
        const QString report = id("service_report", "2");
        bool locked = false;
        QVERIFY(RecordLocks(db).isLocked(report, &locked, nullptr));
        QVERIFY(locked);
        QSqlQuery q(db.sql());
        QVERIFY(
            q.exec(QStringLiteral("DELETE FROM record_locks WHERE record_id = '%1'").arg(report)));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM signatures WHERE record_id = '%1' AND role = "
                                      "'engineer' AND signer_id = '%2'")
                           .arg(report, id("person", "林国栋"))));
        QList<RecordSigning::MissingSignature> missing;
        Error error;
        const RecordKind &kind = *RecordCatalog::byTable(QStringLiteral("service_reports"));
        QVERIFY(RecordSigning(db).missingSignatures(kind, report, &missing, &error));
        QCOMPARE(missing.size(), 1);
        QCOMPARE(missing.first().personId, id("person", "林国栋"));
        QCOMPARE(missing.first().name, QStringLiteral("林国栋"));
    }

    // A correction still being drafted supersedes nothing: the signed call-back of task 1
    // stays current, so the closed task has nothing missing; once the draft is signed it is
    // the call-back that counts.
    void correctionDraftKeepsTheSignedRevision()
    {
        Database db;
        QVERIFY(demo(db));
        const RecordKind &kind = *RecordCatalog::byTable(QStringLiteral("callbacks"));
        QString draft;
        Error error;
        QVERIFY2(RecordSigning(db).correct(kind, id("callback", "1"), QStringLiteral("补充联系人"),
                                           &draft, &error),
                 qPrintable(error.message));
        QCOMPARE(gaps(db, 1, "closed"), QList<Gap>());
        // The draft scores 5 without a plan: still nothing, the signed revision counts.
        update(db, "callbacks", draft, {{QStringLiteral("nps"), 5}});
        QCOMPARE(gaps(db, 1, "closed"), QList<Gap>());
        RecordSigning::Signature s;
        s.role = QStringLiteral("caller");
        s.signerId = id("person", "盛转红");
        s.strokes = DemoSignatures::strokes(50);
        bool locked = false;
        QVERIFY2(RecordSigning(db).sign(kind, draft, s, false, &locked, &error),
                 qPrintable(error.message));
        QVERIFY(locked);
        QCOMPARE(gaps(db, 1, "closed"), QList<Gap>{Gap::ImprovementPlan});
    }

    void stateMachineSpeaksFirst()
    {
        Database db;
        QVERIFY(demo(db));
        Error error;
        // Task 5 is briefed: going straight to reporting is a wrong move, not a missing form.
        QVERIFY(
            !TaskWorkflow(db).moveTo(DemoTasks::taskId(5), QStringLiteral("reporting"), &error));
        QVERIFY(!error.message.contains(QStringLiteral("daily report")));
        QCOMPARE(state(db, 5), QStringLiteral("briefed"));
    }
};

QTEST_GUILESS_MAIN(TestTaskClosure)
#include "tst_taskclosure.moc"

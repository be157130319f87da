#include "app/catalog/RecordCatalog.h"
#include "app/demo/DemoDailyReports.h"
#include "app/demo/DemoData.h"
#include "app/demo/DemoKeys.h"
#include "app/demo/DemoSignatures.h"
#include "app/demo/DemoTasks.h"
#include "app/interchange/InterchangeExporter.h"
#include "app/interchange/InterchangeImporter.h"
#include "app/rules/RecordRules.h"
#include "app/rules/TaskClosure.h"
#include "app/signing/RecordFingerprint.h"
#include "app/signing/RecordLocks.h"
#include "app/signing/RecordRevisions.h"
#include "app/signing/RecordSigning.h"
#include "app/workflow/DailyReportEntry.h"
#include "app/workflow/ExpenseClaimWriter.h"
#include "app/workflow/ServiceReportDraft.h"
#include "db/Database.h"
#include "db/RecordStore.h"
#include "db/SqlCipherDriver.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

// Correcting a signed daily report (schema 009): the correction is a new report of the same
// engineer, task and day naming the one it replaces in revision_of, so the one-report-per-day
// key still holds for originals while revisions stand side by side. Drafts, totals and checks
// read the current revision only; the expenses entered with a report follow its corrections;
// export and import keep the chain; reports signed before schema 009 keep their content hash.
class TestDailyReportRevisions : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void demoHasASignedCorrection();
    void emptyLinkLeavesTheFingerprintAlone();
    void correctAgainWithItsExpenses();
    void stillOneReportPerDay();
    void correctionKeepsItsDay();
    void deletedDraftReplacesNothing();
    void countedOnceByTheTask();
    void exportImportKeepsTheChain();
    void hashesSurviveTheMigration();

private:
    QString report(const char *date) const
    {
        return DemoDailyReports::id(1, QStringLiteral("Robert"), QString::fromLatin1(date));
    }
    const RecordKind &kind() const
    {
        return *RecordCatalog::byTable(QStringLiteral("daily_reports"));
    }
    bool sign(const QString &id, int seed, Error *error);
    QString current(const QString &id);
    QString latest(const QString &id);

    QTemporaryDir m_dir;
    Database m_db;
};

void TestDailyReportRevisions::initTestCase()
{
    QVERIFY(m_dir.isValid());
    Error error;
    QVERIFY2(m_db.create(m_dir.filePath(QStringLiteral("daily.fdb")), QString(64, QLatin1Char('5')),
                         &error, Database::KeyKind::RawKey),
             qPrintable(error.message));
    QVERIFY2(DemoData::load(m_db, &error), qPrintable(error.message));
    DemoKeys::unlockAll(); // the demo people sign as if they had entered their PIN
}

bool TestDailyReportRevisions::sign(const QString &id, int seed, Error *error)
{
    RecordSigning::Signature s;
    s.role = QStringLiteral("engineer");
    s.signerId = DemoData::personId("Robert");
    s.strokes = DemoSignatures::strokes(seed);
    return RecordSigning(m_db).sign(kind(), id, s, false, nullptr, error);
}

QString TestDailyReportRevisions::latest(const QString &id)
{
    QString out;
    RecordRevisions(m_db).latestOf(id, &out, nullptr);
    return out;
}

QString TestDailyReportRevisions::current(const QString &id)
{
    QString out;
    RecordRevisions(m_db).currentOf(id, &out, nullptr);
    return out;
}

void TestDailyReportRevisions::demoHasASignedCorrection()
{
    const QString original = report("2026-05-14");
    const QString revision = current(original);
    QVERIFY(!revision.isEmpty());
    QVERIFY(revision != original);
    QVariantMap row;
    Error error;
    QVERIFY(RecordStore(m_db).get(kind().table, revision, &row, &error));
    QCOMPARE(row.value(QStringLiteral("revision_of")).toString(), original);
    QVERIFY(row.value(QStringLiteral("findings")).toString().contains(QStringLiteral("2.41 µm")));
    // Both are locked, and both locks still match their content.
    for (const QString &id : {original, revision}) {
        bool matches = false;
        QString hash;
        QVERIFY2(RecordLocks(m_db).verifyHash(id, &matches, &hash, &error),
                 qPrintable(error.message));
        QVERIFY2(matches, qPrintable(id));
    }
    int number = 0;
    QVERIFY(RecordRevisions(m_db).revisionOf(revision, &number, &error));
    QCOMPARE(number, 2);
}

void TestDailyReportRevisions::emptyLinkLeavesTheFingerprintAlone()
{
    QByteArray original, revision;
    Error error;
    QVERIFY(
        RecordFingerprint::canonicalContent(m_db, kind(), report("2026-05-14"), &original, &error));
    QVERIFY(RecordFingerprint::canonicalContent(m_db, kind(), current(report("2026-05-14")),
                                                &revision, &error));
    // An original has no link, and so no key: its hash is what it was before schema 009.
    QVERIFY(!QJsonDocument::fromJson(original).object().contains(QStringLiteral("revision_of")));
    QCOMPARE(
        QJsonDocument::fromJson(revision).object().value(QStringLiteral("revision_of")).toString(),
        report("2026-05-14"));
}

void TestDailyReportRevisions::correctAgainWithItsExpenses()
{
    // 13 May has two expense lines in Robert's submitted claim, entered with the report.
    const QString original = report("2026-05-13");
    Error error;
    // Task 1 is closed, so the demo signed every one of its reports.
    bool locked = false;
    QVERIFY(RecordLocks(m_db).isLocked(original, &locked, &error));
    QVERIFY(locked);
    DailyReportEntry entry(m_db);
    const QList<DailyReportEntry::Expense> before = entry.expensesOf(original);
    QCOMPARE(before.size(), 2);
    QString revision;
    QVERIFY2(RecordSigning(m_db).correct(kind(), original, QStringLiteral("补记客户温度参数"),
                                         &revision, &error),
             qPrintable(error.message));
    // The correction shows the same lines (kept as they are: their claim is submitted).
    const QList<DailyReportEntry::Expense> carried = entry.expensesOf(revision);
    QCOMPARE(carried.size(), 2);
    QCOMPARE(carried.first().id, before.first().id);
    QVERIFY(carried.first().locked);
    // Edited through the entry as the daily report dialog does, then signed.
    QVariantMap row;
    QVERIFY(RecordStore(m_db).get(kind().table, revision, &row, &error));
    QVariantMap fields;
    for (const FieldSpec &spec : kind().storedFields())
        fields.insert(spec.key, row.value(spec.key));
    fields.insert(
        QStringLiteral("findings"),
        QStringLiteral("涂布厚度不均，疑因供应商批号 240501 黏度高于规格\n客户已将涂布温度"
                       "自 23 °C 调至 25 °C 补救"));
    QVERIFY2(entry.save(revision, fields, carried, &error), qPrintable(error.message));
    QVERIFY2(sign(revision, 12, &error), qPrintable(error.message));
    // A third revision corrects the second, not the original.
    QString third;
    QVERIFY(!RecordSigning(m_db).correct(kind(), original, QStringLiteral("再改"), &third, &error));
    QVERIFY(error.message.contains(revision));
    QVERIFY2(RecordSigning(m_db).correct(kind(), revision, QStringLiteral("再改"), &third, &error),
             qPrintable(error.message));
    QVERIFY(RecordStore(m_db).get(kind().table, third, &row, &error));
    QCOMPARE(row.value(QStringLiteral("revision_of")).toString(), revision);
    QCOMPARE(entry.expensesOf(third).size(), 2);
    // The third is a draft: the signed second revision stays current until it is signed.
    QCOMPARE(current(original), revision);
    QCOMPARE(latest(original), third);
    QStringList chain;
    QVERIFY(RecordRevisions(m_db).chainOf(third, &chain, &error));
    QCOMPARE(chain, QStringList({third, revision, original}));
}

void TestDailyReportRevisions::stillOneReportPerDay()
{
    // A second original for a corrected day: refused by the rules, naming the field...
    QVariantMap row;
    Error error;
    QVERIFY(RecordStore(m_db).get(kind().table, report("2026-05-14"), &row, &error));
    QVariantMap fresh;
    for (const char *key : {"task_id", "engineer_id", "date"})
        fresh.insert(QString::fromLatin1(key), row.value(QString::fromLatin1(key)));
    const QString id = RecordStore::newId();
    QVERIFY(!RecordRules::check(m_db, kind(), id, fresh, &error));
    QCOMPARE(error.field, QStringLiteral("date"));
    QVERIFY(error.message.contains(QStringLiteral("2026-05-14")));
    // ...and by the database's unique index behind them.
    QSqlQuery q(m_db.sql());
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO daily_reports (id, created_at, updated_at, "
                                   "updated_by, task_id, engineer_id, date) VALUES ('%1', '', 0, "
                                   "'', '%2', '%3', '2026-05-14')")
                        .arg(id, row.value(QStringLiteral("task_id")).toString(),
                             row.value(QStringLiteral("engineer_id")).toString())));
    // Two corrections of one revision clash in the index too (sync keeps the first).
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO daily_reports (id, created_at, updated_at, "
                                   "updated_by, task_id, engineer_id, date, revision_of) VALUES "
                                   "('%1', '', 0, '', '%2', '%3', '2026-05-14', '%4')")
                        .arg(id, row.value(QStringLiteral("task_id")).toString(),
                             row.value(QStringLiteral("engineer_id")).toString(),
                             report("2026-05-14"))));
}

void TestDailyReportRevisions::correctionKeepsItsDay()
{
    const QString original = report("2026-05-15");
    Error error;
    bool locked = false; // signed by the demo (task 1 is closed)
    QVERIFY(RecordLocks(m_db).isLocked(original, &locked, &error));
    QVERIFY(locked);
    QString revision;
    QVERIFY2(
        RecordSigning(m_db).correct(kind(), original, QStringLiteral("改日期"), &revision, &error),
        qPrintable(error.message));
    RecordStore store(m_db);
    QVariantMap row;
    QVERIFY(store.get(kind().table, revision, &row, &error));
    // Another on-site day of the task (the engineer and task checks come before this one:
    // another engineer must be on the task, and is refused the same way).
    QVariantMap moved = row;
    moved.insert(QStringLiteral("date"), QStringLiteral("2026-05-13"));
    QVERIFY(!RecordRules::check(m_db, kind(), revision, moved, &error));
    QCOMPARE(error.field, QStringLiteral("date"));
    QVERIFY2(error.message.contains(QStringLiteral("2026-05-15")), qPrintable(error.message));
    QVERIFY2(error.message.contains(QStringLiteral("new daily report")), qPrintable(error.message));
    // The same day is fine, and the draft is the day's report now.
    QVERIFY2(RecordRules::check(m_db, kind(), revision, row, &error), qPrintable(error.message));
}

void TestDailyReportRevisions::deletedDraftReplacesNothing()
{
    // 15 May's correction (a draft from the test above) is thrown away: the signed original is
    // current again, and can be corrected afresh.
    const QString original = report("2026-05-15");
    const QString draft = latest(original);
    QVERIFY(draft != original);
    QCOMPARE(current(original), original); // a draft supersedes nothing
    Error error;
    QVERIFY2(RecordStore(m_db).remove(kind().table, draft, &error), qPrintable(error.message));
    QCOMPARE(latest(original), original);
    QString again;
    QVERIFY2(
        RecordSigning(m_db).correct(kind(), original, QStringLiteral("重新更正"), &again, &error),
        qPrintable(error.message));
    QCOMPARE(latest(original), again);
    QCOMPARE(current(original), original);
}

void TestDailyReportRevisions::countedOnceByTheTask()
{
    const QString task = DemoTasks::taskId(1);
    ServiceReportDraft::Inputs in;
    Error error;
    QVERIFY2(ServiceReportDraft::gather(m_db, task, &in, &error), qPrintable(error.message));
    int may14 = 0;
    for (const ServiceReportDraft::Finding &f : std::as_const(in.findings)) {
        if (f.date == QDate(2026, 5, 14)) {
            ++may14;
            QVERIFY(f.text.contains(QStringLiteral("2.41 µm"))); // the corrected text
        }
    }
    QCOMPARE(may14, 1);
    int listed = 0;
    for (const auto &r : ExpenseClaimWriter(m_db).dailyReports(task))
        listed += r.first == current(report("2026-05-14")) ? 1 : 0;
    QCOMPARE(listed, 1);
    QList<TaskClosure::Missing> missing;
    QVERIFY(TaskClosure(m_db).missing(task, QStringLiteral("closed"), &missing, &error));
    for (const TaskClosure::Missing &m : std::as_const(missing))
        QVERIFY2(m.gap != TaskClosure::Gap::DailyReport, qPrintable(m.text));
}

void TestDailyReportRevisions::exportImportKeepsTheChain()
{
    QJsonObject first;
    Error error;
    QVERIFY2(InterchangeExporter(m_db).exportAll(&first, &error), qPrintable(error.message));
    Database copy;
    QVERIFY(copy.create(m_dir.filePath(QStringLiteral("copy.fdb")), QString(64, QLatin1Char('6')),
                        &error, Database::KeyKind::RawKey));
    InterchangeImporter::Summary summary;
    QVERIFY2(InterchangeImporter(copy).importDocument(first, &summary, &error),
             qPrintable(error.message));
    QJsonObject second;
    QVERIFY2(InterchangeExporter(copy).exportAll(&second, &error), qPrintable(error.message));
    first.remove(QStringLiteral("exported_at"));
    second.remove(QStringLiteral("exported_at"));
    QCOMPARE(QJsonDocument(second).toJson(), QJsonDocument(first).toJson());
    QString id;
    QVERIFY(RecordRevisions(copy).currentOf(report("2026-05-13"), &id, &error));
    QCOMPARE(id, current(report("2026-05-13")));
    bool matches = false;
    QString hash;
    QVERIFY(RecordLocks(copy).verifyHash(current(report("2026-05-14")), &matches, &hash, &error));
    QVERIFY(matches);
}

void TestDailyReportRevisions::hashesSurviveTheMigration()
{
    // A daily report written and hashed at schema 8 hashes the same once the file is at 9.
    const QString file = m_dir.filePath(QStringLiteral("v8.fdb"));
    const QString key = QStringLiteral("v8 passphrase");
    {
        SqlCipherDriver driver;
        QVERIFY(driver.open(file, {}, key, {}, 0, QStringLiteral("FD_CREATE")));
        QString err;
        QVERIFY(driver.executeScript(
            QStringLiteral("PRAGMA application_id = %1").arg(Database::ApplicationId), &err));
    }
    const QString id = RecordStore::newId();
    QString hash8;
    Error error;
    {
        Database db;
        QVERIFY2(db.open(file, key, &error, Database::KeyKind::Passphrase, 8),
                 qPrintable(error.message));
        QCOMPARE(db.schemaVersion(), 8);
        // The row as a schema-8 desk stored it (today's RecordStore writes today's change log).
        QSqlQuery insert(db.sql());
        insert.prepare(QStringLiteral("INSERT INTO %1 (id, created_at, updated_at, updated_by, "
                                      "deleted, task_id, engineer_id, date, findings) VALUES "
                                      "(?, ?, ?, ?, 0, ?, ?, ?, ?)")
                           .arg(kind().table));
        for (const QVariant &v :
             {QVariant(id), QVariant(QStringLiteral("2026-05-14T09:00:00+08:00")),
              QVariant(db.clock().now()), QVariant(db.deviceId()), QVariant(RecordStore::newId()),
              QVariant(RecordStore::newId()), QVariant(QStringLiteral("2026-05-14")),
              QVariant(QStringLiteral("膜厚均匀"))})
            insert.addBindValue(v);
        QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
        QVERIFY2(RecordFingerprint::contentHash(db, kind(), id, &hash8, &error),
                 qPrintable(error.message));
    }
    Database db;
    QVERIFY2(db.open(file, key, &error), qPrintable(error.message));
    QVERIFY(db.schemaVersion() >= 9);
    QString hash9;
    QVERIFY2(RecordFingerprint::contentHash(db, kind(), id, &hash9, &error),
             qPrintable(error.message));
    QCOMPARE(hash9, hash8);
}

QTEST_GUILESS_MAIN(TestDailyReportRevisions)
#include "tst_dailyreportrevisions.moc"

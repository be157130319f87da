#include "app/demo/DemoData.h"
#include "app/interchange/InterchangeExporter.h"
#include "app/interchange/InterchangeImporter.h"
#include "app/signing/RecordRevisions.h"
#include "db/AuditLog.h"
#include "db/Database.h"
#include "db/RecordStore.h"
#include "db/Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include "tests/InterchangeTestUtil.h"

// The JSON interchange: export/import round trip, all-or-nothing import, messages that name
// the record and field.
class TestInterchange : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    const QString m_key = QString(64, QLatin1Char('a'));

    void fresh(Database &db)
    {
        Error error;
        QVERIFY2(db.create(m_dir.filePath(QStringLiteral("db%1.fdb").arg(++m_counter)), m_key,
                           &error, Database::KeyKind::RawKey),
                 qPrintable(error.message));
    }
    static int count(Database &db, const QString &sql)
    {
        QSqlQuery q(db.sql());
        return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
    }
    static QJsonObject exported(Database &db)
    {
        QJsonObject doc;
        Error error;
        if (!InterchangeExporter(db).exportAll(&doc, &error))
            qWarning() << error.message;
        return doc;
    }
    struct Snapshot
    {
        int customers, people, changes, audit;
        bool operator==(const Snapshot &o) const
        {
            return customers == o.customers && people == o.people && changes == o.changes &&
                   audit == o.audit;
        }
    };
    static Snapshot snapshot(Database &db)
    {
        return {count(db, QStringLiteral("SELECT count(*) FROM customers")),
                count(db, QStringLiteral("SELECT count(*) FROM people")),
                count(db, QStringLiteral("SELECT count(*) FROM change_log")),
                count(db, QStringLiteral("SELECT count(*) FROM audit_log"))};
    }

private slots:
    void roundTrip()
    {
        Database a;
        fresh(a);
        Error error;
        QVERIFY2(DemoData::load(a, &error), qPrintable(error.message));
        const QJsonObject first = exported(a);
        QCOMPARE(first.value(QStringLiteral("format")).toString(),
                 QStringLiteral("fielddesk-export"));
        QCOMPARE(first.value(QStringLiteral("version")).toInt(), 1);
        QVERIFY(first.value(QStringLiteral("customers")).toArray().size() >= 5);

        Database b;
        fresh(b);
        InterchangeImporter::Summary summary;
        QVERIFY2(InterchangeImporter(b).importDocument(first, &summary, &error),
                 qPrintable(error.message));
        int records = 0;
        for (auto it = first.constBegin(); it != first.constEnd(); ++it)
            records += it.value().isArray() ? int(it.value().toArray().size()) : 0;
        // Expense lines are records of their own, written inside their claim.
        int lines = 0;
        for (const QJsonValue &claim : first.value(QStringLiteral("expense_claims")).toArray())
            lines += int(claim.toObject().value(QStringLiteral("lines")).toArray().size());
        QVERIFY(lines >= 10);
        records += lines;
        QVERIFY(first.value(QStringLiteral("tasks")).toArray().size() >= 10);
        QCOMPARE(summary.created, records);
        QCOMPARE(exported(b), first);
        // Importing the same document again changes nothing.
        const Snapshot before = snapshot(b);
        QVERIFY(InterchangeImporter(b).importDocument(first, &summary, &error));
        QCOMPARE(summary.created, 0);
        QCOMPARE(summary.updated, 0);
        QCOMPARE(snapshot(b).changes, before.changes);
        QVERIFY(AuditLog(b).verify(nullptr));
    }

    // More records than one transaction takes: the file is checked whole on a private copy,
    // then written in batches. The result is the one transaction's, a refusal by a rule that
    // needs the records before it written (a task's timeline) writes nothing, and no copy is
    // left next to the database.
    static QJsonArray extraCustomers(int n)
    {
        QJsonArray out;
        for (int i = 0; i < n; ++i)
            out.append(QJsonObject{{QStringLiteral("id"), RecordStore::newId()},
                                   {QStringLiteral("kind"), QStringLiteral("customer")},
                                   {QStringLiteral("name"), QStringLiteral("分批客户 %1").arg(i)},
                                   {QStringLiteral("short_name"), QStringLiteral("分批%1").arg(i)},
                                   {QStringLiteral("tier"), QStringLiteral("C")}});
        return out;
    }
    void largeFileInBatches()
    {
        QJsonObject doc = DemoData::document();
        QJsonArray customers = doc.value(QStringLiteral("customers")).toArray();
        for (const QJsonValue &c : extraCustomers(InterchangeImporter::OneTransactionRecords + 100))
            customers.append(c);
        doc.insert(QStringLiteral("customers"), customers);
        Error error;
        Database batched, whole;
        fresh(batched);
        fresh(whole);
        InterchangeImporter::Summary inBatches, inOne;
        QVERIFY2(InterchangeImporter(batched).importDocument(doc, &inBatches, &error),
                 qPrintable(error.message));
        {
            Transaction tx(whole); // inside a caller's transaction: one unit
            QVERIFY2(InterchangeImporter(whole).importDocument(doc, &inOne, &error),
                     qPrintable(error.message));
            QVERIFY(tx.commit(&error));
        }
        QCOMPARE(inBatches.created, inOne.created);
        QCOMPARE(exported(batched), exported(whole));
        QVERIFY(InterchangeImporter::unfinishedImports(batched).isEmpty());
        QVERIFY(AuditLog(batched).verify(nullptr));
        // One import entry, as for one transaction.
        QCOMPARE(count(batched, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                               "'import'")),
                 1);
        QCOMPARE(QDir(m_dir.path())
                     .entryList({QStringLiteral("*.import-check-*")}, QDir::AllEntries)
                     .size(),
                 0);

        // A large file whose last task breaks a rule: nothing of it is written.
        Database db;
        fresh(db);
        QVERIFY(DemoData::load(db, nullptr));
        const QJsonObject demo = exported(db);
        const Snapshot before = snapshot(db);
        QJsonObject task;
        for (const QJsonValue &t : demo.value(QStringLiteral("tasks")).toArray()) {
            if (t.toObject().value(QStringLiteral("number")).toString() ==
                QLatin1String("LITH-FE-2026-0001"))
                task = t.toObject();
        }
        QVERIFY(!task.isEmpty());
        task.insert(QStringLiteral("id"), RecordStore::newId());
        task.insert(QStringLiteral("number"), QStringLiteral("LITH-FE-2026-0999"));
        task.insert(QStringLiteral("registered_at"), QStringLiteral("2026-05-10T09:00:00+08:00"));
        const QJsonObject bad{{QStringLiteral("format"), QStringLiteral("fielddesk-export")},
                              {QStringLiteral("version"), 1},
                              {QStringLiteral("customers"),
                               extraCustomers(InterchangeImporter::OneTransactionRecords + 100)},
                              {QStringLiteral("tasks"), QJsonArray{task}}};
        QVERIFY(!InterchangeImporter(db).importDocument(bad, nullptr, &error));
        QCOMPARE(error.code, Error::Code::Validation);
        QCOMPARE(error.field, QStringLiteral("registered_at"));
        QVERIFY2(error.message.contains(task.value(QStringLiteral("id")).toString()),
                 qPrintable(error.message));
        QVERIFY(snapshot(db) == before);
        QVERIFY(InterchangeImporter::unfinishedImports(db).isEmpty());
        QCOMPARE(QDir(m_dir.path())
                     .entryList({QStringLiteral("*.import-check-*")}, QDir::AllEntries)
                     .size(),
                 0);
    }

    void updateIsAnOrdinaryEdit()
    {
        Database db;
        fresh(db);
        QVERIFY(DemoData::load(db, nullptr));
        QJsonObject doc = exported(db);
        QJsonArray customers = doc.value(QStringLiteral("customers")).toArray();
        QJsonObject c = customers.at(0).toObject();
        const QString id = c.value(QStringLiteral("id")).toString();
        c.insert(QStringLiteral("tier"), QStringLiteral("B"));
        customers.replace(0, c);
        doc.insert(QStringLiteral("customers"), customers);
        const int changesBefore = count(db, QStringLiteral("SELECT count(*) FROM change_log"));
        InterchangeImporter::Summary summary;
        Error error;
        QVERIFY2(InterchangeImporter(db).importDocument(doc, &summary, &error),
                 qPrintable(error.message));
        QCOMPARE(summary.updated, 1);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM change_log")), changesBefore + 1);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM change_log WHERE record_id = '%1' "
                                          "AND field = 'tier' AND value = 'B'")
                               .arg(id)),
                 1);
    }

    void rejectsAndWritesNothing_data()
    {
        QTest::addColumn<QString>("array");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("field");

        QTest::newRow("unknown enum") << "customers"
                                      << "tier" << QJsonValue("Z") << "tier";
        QTest::newRow("unknown key") << "customers"
                                     << "colour" << QJsonValue("red") << "colour";
        QTest::newRow("missing required") << "customers"
                                          << "name" << QJsonValue(QJsonValue::Null) << "name";
        QTest::newRow("too long") << "customers"
                                  << "name" << QJsonValue(QString(201, QChar(0x4e2d))) << "name";
        QTest::newRow("1 MB notes")
            << "customers"
            << "notes" << QJsonValue(QString(1 << 20, QLatin1Char('n'))) << "notes";
        QTest::newRow("control char") << "people"
                                      << "name" << QJsonValue("王\x01婧") << "name";
        QTest::newRow("bad date") << "customers"
                                  << "first_order_on" << QJsonValue("2026-13-01")
                                  << "first_order_on";
        QTest::newRow("unknown role")
            << "people"
            << "roles" << QJsonValue(QJsonArray{QStringLiteral("boss")}) << "roles";
        QTest::newRow("bool as text") << "people"
                                      << "non_compete" << QJsonValue("yes") << "non_compete";
        QTest::newRow("bad id") << "people"
                                << "id" << QJsonValue("42") << "id";
    }

    void rejectsAndWritesNothing()
    {
        QFETCH(QString, array);
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, field);
        Database db;
        fresh(db);
        QVERIFY(DemoData::load(db, nullptr));
        const Snapshot before = snapshot(db);

        // A good new record first, then the bad one: the good one must not land either.
        QJsonObject doc = DemoData::document();
        QJsonArray customers = doc.value(QStringLiteral("customers")).toArray();
        QJsonObject good = customers.at(0).toObject();
        good.insert(QStringLiteral("id"), RecordStore::newId());
        good.insert(QStringLiteral("name"), QStringLiteral("新客户 good record"));
        customers.append(good);
        doc.insert(QStringLiteral("customers"), customers);
        QJsonArray records = doc.value(array).toArray();
        QJsonObject bad = records.at(1).toObject();
        bad.insert(QStringLiteral("id"), RecordStore::newId());
        bad.insert(key, value);
        records.append(bad);
        doc.insert(array, records);

        Error error;
        QVERIFY(!InterchangeImporter(db).importDocument(doc, nullptr, &error));
        QCOMPARE(error.code, Error::Code::Validation);
        QCOMPARE(error.field, field);
        QVERIFY2(error.message.contains(field), qPrintable(error.message));
        if (field != QLatin1String("id"))
            QVERIFY(error.message.contains(bad.value(QStringLiteral("id")).toString()));
        QVERIFY(snapshot(db) == before);
    }

    void taskRulesOnImport_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<bool>("keepNumber");
        QTest::addColumn<QString>("field");
        QTest::newRow("number used in database")
            << "number" << QJsonValue("LITH-FE-2026-0001") << true << "number";
        QTest::newRow("number malformed")
            << "number" << QJsonValue("LITH-2026-1") << false << "number";
        QTest::newRow("planned days zero")
            << "planned_days" << QJsonValue(0) << false << "planned_days";
        QTest::newRow("planned days 366")
            << "planned_days" << QJsonValue(366) << false << "planned_days";
        QTest::newRow("end before start")
            << "planned_end" << QJsonValue("2026-05-12") << false << "planned_end";
        QTest::newRow("registered before requested")
            << "registered_at" << QJsonValue("2026-05-10T09:00:00+08:00") << false
            << "registered_at";
        QTest::newRow("unknown type") << "type" << QJsonValue("picnic") << false << "type";
        QTest::newRow("unknown state") << "state" << QJsonValue("done") << false << "state";
    }

    void taskRulesOnImport()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(bool, keepNumber);
        QFETCH(QString, field);
        Database db;
        fresh(db);
        QVERIFY(DemoData::load(db, nullptr));
        QJsonObject doc = exported(db); // exporting is audited, so snapshot after it
        const Snapshot before = snapshot(db);
        QJsonArray tasks = doc.value(QStringLiteral("tasks")).toArray();
        QJsonObject first;
        for (const QJsonValue &t : tasks) {
            if (t.toObject().value(QStringLiteral("number")).toString() ==
                QLatin1String("LITH-FE-2026-0001"))
                first = t.toObject();
        }
        QVERIFY(!first.isEmpty());
        QJsonObject copy = first;
        copy.insert(QStringLiteral("id"), RecordStore::newId());
        if (!keepNumber)
            copy.insert(QStringLiteral("number"), QStringLiteral("LITH-FE-2026-0999"));
        copy.insert(key, value);
        QJsonObject single{{QStringLiteral("format"), QStringLiteral("fielddesk-export")},
                           {QStringLiteral("version"), 1},
                           {QStringLiteral("tasks"), QJsonArray{copy}}};
        Error error;
        QVERIFY(!InterchangeImporter(db).importDocument(single, nullptr, &error));
        QCOMPARE(error.code, Error::Code::Validation);
        QCOMPARE(error.field, field);
        QVERIFY(snapshot(db) == before);
    }

    void duplicateNumbersWithinTheFile()
    {
        Database db;
        fresh(db);
        QJsonObject doc = DemoData::document();
        QJsonArray tasks = doc.value(QStringLiteral("tasks")).toArray();
        QJsonObject copy = tasks.at(0).toObject();
        copy.insert(QStringLiteral("id"), RecordStore::newId());
        tasks.append(copy);
        doc.insert(QStringLiteral("tasks"), tasks);
        Error error;
        QVERIFY(!InterchangeImporter(db).importDocument(doc, nullptr, &error));
        QCOMPARE(error.field, QStringLiteral("number"));
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM tasks")), 0);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM customers")), 0);
    }

    void duplicateIdsAndDanglingReferences()
    {
        Database db;
        fresh(db);
        QJsonObject doc = DemoData::document();
        QJsonArray people = doc.value(QStringLiteral("people")).toArray();
        people.append(people.at(0));
        doc.insert(QStringLiteral("people"), people);
        Error error;
        QVERIFY(!InterchangeImporter(db).importDocument(doc, nullptr, &error));
        QCOMPARE(error.code, Error::Code::Validation);
        QVERIFY(error.message.contains(QStringLiteral("twice")));
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM people")), 0);
    }

    void rejectsForeignDocuments_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("not json") << QByteArray("{\"format\": ");
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("wrong format") << QByteArray("{\"format\":\"other\",\"version\":1}");
        QTest::newRow("wrong version")
            << QByteArray("{\"format\":\"fielddesk-export\",\"version\":2}");
        QTest::newRow("unknown section")
            << QByteArray("{\"format\":\"fielddesk-export\",\"version\":1,\"pets\":[]}");
        QTest::newRow("section not list")
            << QByteArray("{\"format\":\"fielddesk-export\",\"version\":1,\"people\":{}}");
    }

    void rejectsForeignDocuments()
    {
        QFETCH(QByteArray, json);
        Database db;
        fresh(db);
        const Snapshot before = snapshot(db);
        Error error;
        QVERIFY(!InterchangeImporter(db).importJson(json, nullptr, &error));
        QCOMPARE(error.code, Error::Code::Validation);
        QVERIFY(!error.message.isEmpty());
        QVERIFY(snapshot(db) == before);
    }

    // Revision links from a file: only a real correction of a locked, current record.
    void revisionLinksAreValidated_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("recordKey");
        QTest::addColumn<QString>("previousKey");
        QTest::addColumn<int>("revision");
        QTest::addColumn<bool>("cycle");
        // Keys: current = Robert's signed correction of 14 May (task 1, revision 2),
        // original = the report it replaced, otherTask = an unsigned report of another task,
        // sameTask = an unsigned report of task 1 by the same engineer on another day,
        // nda = an NDA.
        QTest::newRow("other task") << "daily_reports"
                                    << "otherTask"
                                    << "current" << 3 << false;
        QTest::newRow("other day") << "daily_reports"
                                   << "sameTask"
                                   << "current" << 3 << false;
        QTest::newRow("self") << "daily_reports"
                              << "current"
                              << "current" << 3 << false;
        QTest::newRow("cross-table") << "ndas"
                                     << "nda"
                                     << "current" << 3 << false;
        QTest::newRow("revision 99") << "daily_reports"
                                     << "otherTask"
                                     << "current" << 99 << false;
        QTest::newRow("superseded previous") << "daily_reports"
                                             << "otherTask"
                                             << "original" << 2 << false;
        QTest::newRow("unlocked previous") << "daily_reports"
                                           << "otherTask"
                                           << "sameTask" << 2 << false;
        QTest::newRow("cycle") << "daily_reports"
                               << "original"
                               << "current" << 3 << true;
    }

    void revisionLinksAreValidated()
    {
        QFETCH(QString, table);
        QFETCH(QString, recordKey);
        QFETCH(QString, previousKey);
        QFETCH(int, revision);
        QFETCH(bool, cycle);
        Database db;
        fresh(db);
        QVERIFY(DemoData::load(db, nullptr));
        QHash<QString, QString> ids;
        QSqlQuery q(db.sql());
        QVERIFY(q.exec(QStringLiteral(
            "SELECT r.record_id, r.previous_id, d.task_id, d.engineer_id FROM record_revisions r "
            "JOIN daily_reports d ON d.id = r.record_id WHERE r.deleted = 0")));
        QVERIFY(q.next());
        ids[QStringLiteral("current")] = q.value(0).toString();
        ids[QStringLiteral("original")] = q.value(1).toString();
        const QString task = q.value(2).toString();
        const QString engineer = q.value(3).toString();
        const QString unlocked =
            QStringLiteral("NOT EXISTS (SELECT 1 FROM record_locks l WHERE l.record_id = d.id)");
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM daily_reports d WHERE task_id <> '%1' AND %2 "
                                      "ORDER BY id LIMIT 1")
                           .arg(task, unlocked)) &&
                q.next());
        ids[QStringLiteral("otherTask")] = q.value(0).toString();
        // Another report of the same task and engineer, unsigned: every report of a closed task
        // is signed, so the test takes one and removes its lock behind the program's back.
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM daily_reports d WHERE task_id = '%1' AND "
                                      "engineer_id = '%2' AND id NOT IN ('%3', '%4') "
                                      "AND revision_of IS NULL ORDER BY id LIMIT 1")
                           .arg(task, engineer, ids.value(QStringLiteral("current")),
                                ids.value(QStringLiteral("original")))) &&
                q.next());
        ids[QStringLiteral("sameTask")] = q.value(0).toString();
        QVERIFY(q.exec(QStringLiteral("DELETE FROM record_locks WHERE record_id = '%1'")
                           .arg(ids.value(QStringLiteral("sameTask")))));
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM ndas ORDER BY id LIMIT 1")) && q.next());
        ids[QStringLiteral("nda")] = q.value(0).toString();
        q.finish();

        const QString previous = ids.value(previousKey);
        QJsonArray rows{QJsonObject{{QStringLiteral("id"), RecordStore::newId()},
                                    {QStringLiteral("record_table"), table},
                                    {QStringLiteral("record_id"), ids.value(recordKey)},
                                    {QStringLiteral("previous_id"), previous},
                                    {QStringLiteral("revision"), revision},
                                    {QStringLiteral("reason"), QStringLiteral("forged")}}};
        if (cycle)
            rows.append(QJsonObject{{QStringLiteral("id"), RecordStore::newId()},
                                    {QStringLiteral("record_table"), table},
                                    {QStringLiteral("record_id"), previous},
                                    {QStringLiteral("previous_id"), ids.value(recordKey)},
                                    {QStringLiteral("revision"), revision + 1},
                                    {QStringLiteral("reason"), QStringLiteral("forged")}});
        QJsonObject doc{{QStringLiteral("format"), QStringLiteral("fielddesk-export")},
                        {QStringLiteral("version"), 1},
                        {QStringLiteral("record_revisions"), rows}};
        const Snapshot before = snapshot(db);
        const int links = count(db, QStringLiteral("SELECT count(*) FROM record_revisions"));
        Error error;
        QVERIFY(!InterchangeImporter(db).importDocument(doc, nullptr, &error));
        QCOMPARE(error.code, Error::Code::Validation);
        QVERIFY2(!error.message.isEmpty(), qPrintable(error.message));
        QVERIFY(snapshot(db) == before);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM record_revisions")), links);
        QString current;
        QVERIFY(
            RecordRevisions(db).currentOf(ids.value(QStringLiteral("current")), &current, nullptr));
        QCOMPARE(current, ids.value(QStringLiteral("current")));
    }

    void lowerKnowhowLevelIsRefused()
    {
        Database db;
        fresh(db);
        QVERIFY(DemoData::load(db, nullptr));
        QJsonObject doc = exported(db);
        const Snapshot before = snapshot(db);
        const QJsonArray entries = doc.value(QStringLiteral("knowhow")).toArray();
        int index = -1;
        for (int i = 0; i < entries.size() && index < 0; ++i) {
            if (entries.at(i).toObject().value(QStringLiteral("level")).toString() ==
                QLatin1String("L3"))
                index = i;
        }
        QVERIFY(index >= 0);
        for (const char *lower : {"L1", "L2"}) {
            const QJsonObject single =
                InterchangeTestUtil::withField(doc, QStringLiteral("knowhow"), index,
                                               QStringLiteral("level"), QString::fromLatin1(lower));
            Error error;
            QVERIFY(!InterchangeImporter(db).importDocument(single, nullptr, &error));
            QCOMPARE(error.code, Error::Code::Validation);
            QCOMPARE(error.field, QStringLiteral("level"));
            QVERIFY(snapshot(db) == before);
        }
        // The same level again is an ordinary unchanged import.
        Error error;
        QVERIFY2(InterchangeImporter(db).importDocument(
                     InterchangeTestUtil::withField(doc, QStringLiteral("knowhow"), index,
                                                    QStringLiteral("level"), QStringLiteral("L3")),
                     nullptr, &error),
                 qPrintable(error.message));
    }

    void exportOfL3TextIsAudited()
    {
        Database db;
        fresh(db);
        QVERIFY(DemoData::load(db, nullptr));
        const int l3 = count(
            db, QStringLiteral("SELECT count(*) FROM knowhow WHERE level = 'L3' AND deleted = 0"));
        QVERIFY(l3 > 0);
        const int before =
            count(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'l3_export'"));
        exported(db);
        QCOMPARE(
            count(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'l3_export'")),
            before + l3);
    }

    void hostileValuesAreRefused_data()
    {
        QTest::addColumn<QString>("array");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("field");
        const QList<QPair<const char *, const char *>> texts = {
            {"U+2028", "甲\u2028乙"}, {"U+2029", "甲\u2029乙"},  {"U+202E", "abc\u202Edef"},
            {"U+200B", "ab\u200Bcd"}, {"U+FEFF", "ti\uFEFFtle"}, {"U+FFFF", "ab\uFFFFcd"},
            {"U+FDD0", "ab\uFDD0cd"}, {"U+2066", "ab\u2066cd"}};
        for (const auto &t : texts)
            QTest::newRow(t.first) << "customers"
                                   << "name" << QJsonValue(QString::fromUtf8(t.second)) << "name";
        QTest::newRow("long text U+202E")
            << "customers"
            << "notes" << QJsonValue(QStringLiteral("备注\u202E反向")) << "notes";
        QTest::newRow("date 0001")
            << "customers"
            << "first_order_on" << QJsonValue("0001-01-01") << "first_order_on";
        QTest::newRow("date 9999")
            << "customers"
            << "first_order_on" << QJsonValue("9999-12-31") << "first_order_on";
    }

    void hostileValuesAreRefused()
    {
        QFETCH(QString, array);
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, field);
        Database db;
        fresh(db);
        QVERIFY(DemoData::load(db, nullptr));
        QJsonObject doc = exported(db);
        const Snapshot before = snapshot(db);
        Error error;
        QVERIFY(!InterchangeImporter(db).importDocument(
            InterchangeTestUtil::withField(doc, array, 0, key, value), nullptr, &error));
        QCOMPARE(error.code, Error::Code::Validation);
        QCOMPARE(error.field, field);
        QVERIFY(snapshot(db) == before);
    }

    void implausibleTimelineIsRefused_data()
    {
        QTest::addColumn<QString>("array");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("left the site before registration")
            << "tasks"
            << "onsite_end" << QJsonValue("2020-01-01T10:00:00+08:00");
        QTest::newRow("submitted in year 1")
            << "daily_reports"
            << "submitted_at" << QJsonValue("0001-05-14T16:00:00+08:00");
        QTest::newRow("submitted in 9999")
            << "daily_reports"
            << "submitted_at" << QJsonValue("9999-05-14T16:00:00+08:00");
        QTest::newRow("submitted before the task was registered")
            << "daily_reports"
            << "submitted_at" << QJsonValue("2020-05-14T16:00:00+08:00");
    }

    void implausibleTimelineIsRefused()
    {
        QFETCH(QString, array);
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        Database db;
        fresh(db);
        QVERIFY(DemoData::load(db, nullptr));
        QJsonObject doc = exported(db);
        const Snapshot before = snapshot(db);
        // An unlocked record, so only the date can be what is refused.
        const RecordKind *kind = RecordCatalog::byArray(array);
        QVERIFY(kind);
        QSqlQuery q(db.sql());
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM %1 r WHERE deleted = 0 AND NOT EXISTS "
                                      "(SELECT 1 FROM record_locks l WHERE l.record_id = r.id) "
                                      "ORDER BY id")
                           .arg(kind->table)));
        QStringList unlocked;
        while (q.next())
            unlocked << q.value(0).toString();
        const QJsonArray records = doc.value(array).toArray();
        int index = -1;
        for (int i = 0; i < records.size() && index < 0; ++i) {
            if (unlocked.contains(records.at(i).toObject().value(QStringLiteral("id")).toString()))
                index = i;
        }
        QVERIFY(index >= 0);
        Error error;
        QVERIFY(!InterchangeImporter(db).importDocument(
            InterchangeTestUtil::withField(doc, array, index, key, value), nullptr, &error));
        QCOMPARE(error.code, Error::Code::Validation);
        QCOMPARE(error.field, key);
        QVERIFY(snapshot(db) == before);
    }

    void messagesSayWhatIsWrong_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("unexpected");
        QTest::newRow("array") << QByteArray("[]") << "expected a JSON object"
                               << "no error occurred";
        QTest::newRow("version as text")
            << QByteArray("{\"format\":\"fielddesk-export\",\"version\":\"1\"}")
            << "\"version\" must be the number 1"
            << "reads version 1";
        QTest::newRow("2^64+1")
            << QByteArray("{\"format\":\"fielddesk-export\",\"version\":1,\"tasks\":[{\"id\":"
                          "\"7d0e2c1a-0b7e-4b8a-9a3c-2f1e6d5c4b3a\",\"planned_days\":"
                          "18446744073709551617}]}")
            << "too large"
            << "not a whole number";
        QTest::newRow("bad id names its entry")
            << QByteArray("{\"format\":\"fielddesk-export\",\"version\":1,\"people\":[{\"id\":"
                          "\"7d0e2c1a-0b7e-4b8a-9a3c-2f1e6d5c4b3a\",\"name\":\"甲\"},{\"id\":"
                          "\"42\",\"name\":\"乙\"}]}")
            << "people[1]"
            << "";
    }

    void messagesSayWhatIsWrong()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        QFETCH(QString, unexpected);
        Database db;
        fresh(db);
        Error error;
        QVERIFY(!InterchangeImporter(db).importJson(json, nullptr, &error));
        QCOMPARE(error.code, Error::Code::Validation);
        QVERIFY2(error.message.contains(expected), qPrintable(error.message));
        if (!unexpected.isEmpty())
            QVERIFY2(!error.message.contains(unexpected), qPrintable(error.message));
    }

    void unusualTextSurvives()
    {
        Database db;
        fresh(db);
        QJsonObject doc = DemoData::document();
        QJsonArray customers = doc.value(QStringLiteral("customers")).toArray();
        QJsonObject c = customers.at(0).toObject();
        const QString tricky = QStringLiteral("𠀀𠮷 emoji 👍 '); DROP TABLE customers;-- \"引号\"");
        c.insert(QStringLiteral("notes"), tricky);
        customers.replace(0, c);
        doc.insert(QStringLiteral("customers"), customers);
        Error error;
        QVERIFY2(InterchangeImporter(db).importDocument(doc, nullptr, &error),
                 qPrintable(error.message));
        const QJsonArray out = exported(db).value(QStringLiteral("customers")).toArray();
        bool found = false;
        for (const QJsonValue &v : out)
            found = found || v.toObject().value(QStringLiteral("notes")).toString() == tricky;
        QVERIFY(found);
    }
};

QTEST_GUILESS_MAIN(TestInterchange)
#include "tst_interchange.moc"

#include "db/AuditLog.h"
#include "db/Database.h"
#include "app/demo/DemoData.h"
#include "app/interchange/InterchangeExporter.h"
#include "app/interchange/InterchangeImporter.h"
#include "db/RecordStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

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

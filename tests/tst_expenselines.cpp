#include "app/catalog/Money.h"
#include "app/catalog/RecordCatalog.h"
#include "app/demo/DemoData.h"
#include "app/demo/DemoTasks.h"
#include "app/interchange/InterchangeExporter.h"
#include "app/interchange/InterchangeImporter.h"
#include "db/Database.h"

#include "tests/InterchangeTestUtil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace InterchangeTestUtil;

// Expense lines (QEF-10-05): records of their own, written inside their claim's "lines" in the
// interchange format with their ids; lines without ids named after claim and number so a
// re-import updates them; the list as the claim's whole set; bad lines and bad nesting refused
// with nothing written (CLI exit 4); exact money sums over 10,000 lines.
class TestExpenseLines : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_count = 0;
    const QString m_key = QString(64, QLatin1Char('e'));
    Database m_demo; // demo data loaded once; bad imports must leave it as it is
    QJsonObject m_doc;

    bool fresh(Database &db)
    {
        return db.create(m_dir.filePath(QStringLiteral("x%1.fdb").arg(++m_count)), m_key, nullptr,
                         Database::KeyKind::RawKey);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(fresh(m_demo));
        Error error;
        QVERIFY2(DemoData::load(m_demo, &error), qPrintable(error.message));
        m_doc = exported(m_demo);
    }

    void linesAreNestedWithIds()
    {
        QVERIFY(!m_doc.contains(QStringLiteral("expense_lines")));
        int lines = 0;
        for (const QJsonValue &claim : m_doc.value(QStringLiteral("expense_claims")).toArray()) {
            int expectedNo = 1;
            for (const QJsonValue &v : claim.toObject().value(QStringLiteral("lines")).toArray()) {
                const QJsonObject line = v.toObject();
                for (const char *key : {"id", "date", "category", "description", "amount",
                                        "paid_by", "receipt", "declaration_required", "line_no"})
                    QVERIFY2(line.contains(QLatin1String(key)), key);
                QVERIFY(!line.contains(QStringLiteral("claim_id"))); // implied by the nesting
                QCOMPARE(line.value(QStringLiteral("line_no")).toInt(), expectedNo++);
                ++lines;
            }
        }
        QCOMPARE(lines, count(m_demo, QStringLiteral(
                                          "SELECT count(*) FROM expense_lines WHERE deleted = 0")));
        // The amount and who paid it merge as one unit.
        const RecordKind *kind = RecordCatalog::byArray(QStringLiteral("expense_lines"));
        QVERIFY(kind && kind->isNested());
        QVERIFY(!kind->field(QStringLiteral("amount"))->mergeGroup.isEmpty());
        QCOMPARE(kind->field(QStringLiteral("paid_by"))->mergeGroup,
                 kind->field(QStringLiteral("amount"))->mergeGroup);
    }

    void reimportWithoutLineIdsUpdatesInPlace()
    {
        Database db;
        QVERIFY(fresh(db));
        const QJsonObject demo = DemoData::document(); // its lines carry no ids
        InterchangeImporter::Summary summary;
        Error error;
        QVERIFY2(InterchangeImporter(db).importDocument(demo, &summary, &error),
                 qPrintable(error.message));
        const int lines = count(db, QStringLiteral("SELECT count(*) FROM expense_lines"));
        const int changes = count(db, QStringLiteral("SELECT count(*) FROM change_log"));
        QVERIFY(InterchangeImporter(db).importDocument(demo, &summary, &error));
        QCOMPARE(summary.created, 0);
        QCOMPARE(summary.updated, 0);
        QCOMPARE(summary.removed, 0);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM expense_lines")), lines);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM change_log")), changes);

        // The list is the claim's whole set: a line left out is removed, a changed amount is
        // one edit, a new line is added, by number.
        QJsonObject claim = demo.value(QStringLiteral("expense_claims")).toArray().at(0).toObject();
        const QString claimId = claim.value(QStringLiteral("id")).toString();
        QJsonArray claimLines = claim.value(QStringLiteral("lines")).toArray();
        QJsonObject first = claimLines.at(0).toObject();
        first.insert(QStringLiteral("amount"), QStringLiteral("300.00"));
        claimLines.replace(0, first);
        claimLines.removeAt(claimLines.size() - 1);
        claim.insert(QStringLiteral("lines"), claimLines);
        QJsonObject doc = header();
        doc.insert(QStringLiteral("expense_claims"), QJsonArray{claim});
        QVERIFY2(InterchangeImporter(db).importDocument(doc, &summary, &error),
                 qPrintable(error.message));
        QCOMPARE(summary.removed, 1);
        QCOMPARE(summary.updated, 1);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM expense_lines WHERE claim_id = "
                                          "'%1' AND deleted = 0")
                               .arg(claimId)),
                 int(claimLines.size()));
        QCOMPARE(count(db, QStringLiteral("SELECT amount FROM expense_lines WHERE claim_id = '%1' "
                                          "AND line_no = 1")
                               .arg(claimId)),
                 30000);
        // The same number again after its removal: a new line, not a revived tombstone.
        claimLines.append(QJsonObject{{QStringLiteral("date"), QStringLiteral("2026-05-15")},
                                      {QStringLiteral("category"), QStringLiteral("other")},
                                      {QStringLiteral("amount"), QStringLiteral("12.00")},
                                      {QStringLiteral("paid_by"), QStringLiteral("company")}});
        claim.insert(QStringLiteral("lines"), claimLines);
        doc.insert(QStringLiteral("expense_claims"), QJsonArray{claim});
        QVERIFY2(InterchangeImporter(db).importDocument(doc, &summary, &error),
                 qPrintable(error.message));
        QCOMPARE(summary.created, 1);
        QVERIFY(InterchangeImporter(db).importDocument(doc, &summary, &error));
        QCOMPARE(summary.created, 0); // and stable from then on
        // A claim without "lines" leaves its lines alone.
        claim.remove(QStringLiteral("lines"));
        doc.insert(QStringLiteral("expense_claims"), QJsonArray{claim});
        QVERIFY(InterchangeImporter(db).importDocument(doc, &summary, &error));
        QCOMPARE(summary.removed, 0);
    }

    void badLinesAreRefused_data()
    {
        QTest::addColumn<QJsonObject>("doc");
        QTest::addColumn<QString>("field");
        const auto lineRow = [this](const char *name, const char *key, const QJsonValue &value,
                                    const char *field) {
            QJsonObject claim =
                m_doc.value(QStringLiteral("expense_claims")).toArray().at(0).toObject();
            QJsonArray lines = claim.value(QStringLiteral("lines")).toArray();
            QJsonObject line = lines.at(0).toObject();
            if (value.isUndefined())
                line.remove(QLatin1String(key));
            else
                line.insert(QLatin1String(key), value);
            lines.replace(0, line);
            claim.insert(QStringLiteral("lines"), lines);
            QJsonObject doc = header();
            doc.insert(QStringLiteral("expense_claims"), QJsonArray{claim});
            QTest::newRow(name) << doc << QString::fromLatin1(field);
        };
        lineRow("negative amount", "amount", QStringLiteral("-1.00"), "amount");
        lineRow("three decimals", "amount", QStringLiteral("280.005"), "amount");
        lineRow("not a number", "amount", QStringLiteral("abc"), "amount");
        lineRow("amount as JSON number", "amount", 280, "amount");
        lineRow("amount missing", "amount", QJsonValue(), "amount");
        lineRow("unknown category", "category", QStringLiteral("bribe"), "category");
        lineRow("unknown key", "tip", QStringLiteral("1.00"), "tip");
        lineRow("line number 0", "line_no", 0, "line_no");
        lineRow("line of another claim", "claim_id",
                QStringLiteral("11111111-2222-4333-8444-555555555555"), "claim_id");
        lineRow("description with line break", "description", QStringLiteral("a\nb"),
                "description");
    }

    void badLinesAreRefused()
    {
        QFETCH(QJsonObject, doc);
        QFETCH(QString, field);
        const QList<int> before = snapshot(m_demo);
        Error error;
        QVERIFY(!InterchangeImporter(m_demo).importDocument(doc, nullptr, &error));
        QCOMPARE(error.code, Error::Code::Validation);
        QCOMPARE(error.field, field);
        QVERIFY(!error.message.isEmpty());
        QCOMPARE(snapshot(m_demo), before);
    }

    void malformedNestingIsRefused_data()
    {
        QTest::addColumn<QJsonValue>("lines");
        QTest::newRow("not a list") << QJsonValue(QStringLiteral("280.00"));
        QTest::newRow("line not an object") << QJsonValue(QJsonArray{1});
        const QJsonObject line{{QStringLiteral("line_no"), 1},
                               {QStringLiteral("date"), QStringLiteral("2026-05-13")},
                               {QStringLiteral("category"), QStringLiteral("meals")},
                               {QStringLiteral("amount"), QStringLiteral("20.00")},
                               {QStringLiteral("paid_by"), QStringLiteral("company")}};
        QTest::newRow("number twice") << QJsonValue(QJsonArray{line, line});
    }

    void malformedNestingIsRefused()
    {
        QFETCH(QJsonValue, lines);
        QJsonObject doc =
            withField(m_doc, QStringLiteral("expense_claims"), 0, QStringLiteral("lines"), lines);
        const QList<int> before = snapshot(m_demo);
        Error error;
        QVERIFY(!InterchangeImporter(m_demo).importDocument(doc, nullptr, &error));
        QCOMPARE(error.code, Error::Code::Validation);
        QCOMPARE(snapshot(m_demo), before);
        // Lines are no section of their own.
        QJsonObject flat = header();
        flat.insert(QStringLiteral("expense_lines"), QJsonArray());
        QVERIFY(!InterchangeImporter(m_demo).importDocument(flat, nullptr, &error));
        QVERIFY(error.message.contains(QStringLiteral("lines")));
    }

    void moneySumsOverTenThousandLinesAreExact()
    {
        Database db;
        QVERIFY(fresh(db));
        QJsonObject doc = DemoData::document();
        // Ten claims of 1,000 lines on task 1, next to the demo's own.
        const QJsonObject model =
            doc.value(QStringLiteral("expense_claims")).toArray().at(0).toObject();
        const QString task = model.value(QStringLiteral("task_id")).toString();
        QJsonArray claims = doc.value(QStringLiteral("expense_claims")).toArray();
        QHash<QString, qint64> companyByClaim;
        qint64 all = 0, company = 0;
        for (int c = 0; c < 10; ++c) {
            QJsonObject claim = model;
            const QString id = DemoData::idFor(QStringLiteral("bulk claim"), QString::number(c));
            claim.insert(QStringLiteral("id"), id);
            QJsonArray lines;
            for (int i = 0; i < 1000; ++i) {
                // 0.10, 0.20 and friends: the amounts a floating-point sum gets wrong.
                const qint64 fen = 10 * (i % 7 + 1) + (i % 3 == 0 ? 123456 : 0);
                const bool byCompany = i % 5 != 0;
                all += fen;
                if (byCompany)
                    companyByClaim[id] += fen;
                lines.append(QJsonObject{
                    {QStringLiteral("date"), QStringLiteral("2026-05-13")},
                    {QStringLiteral("category"), QStringLiteral("meals")},
                    {QStringLiteral("amount"), Money::fromFen(fen).toString()},
                    {QStringLiteral("paid_by"),
                     byCompany ? QStringLiteral("company") : QStringLiteral("customer")}});
            }
            claim.insert(QStringLiteral("lines"), lines);
            claims.append(claim);
            company += companyByClaim.value(id);
        }
        doc.insert(QStringLiteral("expense_claims"), claims);
        Error error;
        QVERIFY2(InterchangeImporter(db).importDocument(doc, nullptr, &error),
                 qPrintable(error.message));
        QStringList ids;
        for (const QString &id : companyByClaim.keys())
            ids << QStringLiteral("'%1'").arg(id);
        QSqlQuery q(db.sql());
        QVERIFY(q.exec(QStringLiteral("SELECT SUM(amount), COUNT(*), typeof(SUM(amount)) FROM "
                                      "expense_lines WHERE deleted = 0 AND claim_id IN (%1)")
                           .arg(ids.join(QLatin1Char(',')))) &&
                q.next());
        QCOMPARE(q.value(0).toLongLong(), all);
        QCOMPARE(q.value(1).toInt(), 10000);
        QCOMPARE(q.value(2).toString(), QStringLiteral("integer"));
        // The derived totals: per claim, and the task's in its service report.
        const QJsonObject back = exported(db);
        int checked = 0;
        qint64 demoCompany = 0;
        for (const QJsonValue &v : back.value(QStringLiteral("expense_claims")).toArray()) {
            const QJsonObject c = v.toObject();
            const QString id = c.value(QStringLiteral("id")).toString();
            Money total;
            QVERIFY(Money::parse(c.value(QStringLiteral("total")).toString(), &total));
            if (companyByClaim.contains(id)) {
                QCOMPARE(total.fen(), companyByClaim.value(id));
                ++checked;
            } else if (c.value(QStringLiteral("task_id")).toString() == task) {
                demoCompany += total.fen();
            }
        }
        QCOMPARE(checked, 10);
        for (const QJsonValue &v : back.value(QStringLiteral("service_reports")).toArray()) {
            if (v.toObject().value(QStringLiteral("task_id")).toString() == task)
                QCOMPARE(v.toObject().value(QStringLiteral("expenses_total")).toString(),
                         Money::fromFen(company + demoCompany).toString());
        }
    }

#ifdef FIELDDESK_CLI_PATH
    void cliExitsWith4AndWritesNothing()
    {
        const QString file = m_dir.filePath(QStringLiteral("cli.fdb"));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("FIELDDESK_PASSPHRASE"), QStringLiteral("cli 口令 passphrase"));
        const auto cli = [&](const QStringList &args) {
            QProcess p;
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(FIELDDESK_CLI_PATH), args);
            p.waitForFinished(60000);
            return QPair<int, QByteArray>(p.exitCode(), p.readAllStandardError());
        };
        QCOMPARE(cli({QStringLiteral("init"), QStringLiteral("--db"), file}).first, 0);
        QJsonObject claim =
            m_doc.value(QStringLiteral("expense_claims")).toArray().at(0).toObject();
        QJsonArray lines = claim.value(QStringLiteral("lines")).toArray();
        QJsonObject line = lines.at(0).toObject();
        line.insert(QStringLiteral("amount"), QStringLiteral("280.005"));
        lines.replace(0, line);
        claim.insert(QStringLiteral("lines"), lines);
        QJsonObject doc = m_doc;
        QJsonArray claims = doc.value(QStringLiteral("expense_claims")).toArray();
        claims.replace(0, claim);
        doc.insert(QStringLiteral("expense_claims"), claims);
        const QString json = m_dir.filePath(QStringLiteral("bad.json"));
        QFile f(json);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(doc).toJson());
        f.close();
        const auto result = cli({QStringLiteral("import"), QStringLiteral("--db"), file, json});
        QCOMPARE(result.first, 4);
        QVERIFY(result.second.contains("280.005"));
        QVERIFY(result.second.contains(line.value(QStringLiteral("id")).toString().toLatin1()));
        Database check;
        QVERIFY(check.open(file, QStringLiteral("cli 口令 passphrase"), nullptr));
        QCOMPARE(count(check, QStringLiteral("SELECT count(*) FROM customers")), 0);
        QCOMPARE(count(check, QStringLiteral("SELECT count(*) FROM expense_lines")), 0);
    }
#endif
};

QTEST_GUILESS_MAIN(TestExpenseLines)
#include "tst_expenselines.moc"

#include "app/catalog/MoneyInput.h"
#include "app/models/ExpenseLineModel.h"
#include "app/workflow/ExpenseClaimWriter.h"
#include "db/Database.h"
#include "db/RecordStore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

// The expense claim's building blocks without widgets: typed RMB amounts (MoneyInput) at their
// boundaries, the line model's exact total and gift flags, and ExpenseClaimWriter saving a
// claim with its lines all or nothing.
class TestExpenseClaim : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_count = 0;
    const QString m_key = QString(64, QLatin1Char('e'));

    bool create(Database &db)
    {
        return db.create(m_dir.filePath(QStringLiteral("e%1.fdb").arg(++m_count)), m_key, nullptr,
                         Database::KeyKind::RawKey);
    }
    static QString insert(Database &db, const char *table, const QVariantMap &fields)
    {
        const QString id = RecordStore::newId();
        Error error;
        if (!RecordStore(db).insert(QString::fromLatin1(table), id, fields, &error))
            qFatal("insert %s: %s", table, qPrintable(error.message));
        return id;
    }
    static int count(Database &db, const char *table)
    {
        QSqlQuery q(db.sql());
        return q.exec(QStringLiteral("SELECT count(*) FROM %1 WHERE deleted = 0")
                          .arg(QString::fromLatin1(table))) &&
                       q.next()
                   ? q.value(0).toInt()
                   : -1;
    }

private slots:
    void typedAmounts_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("fen"); // -1: no amount
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << "" << true << qint64(-1) << "";
        QTest::newRow("spaces") << "  " << true << qint64(-1) << "";
        QTest::newRow("whole yuan") << "280" << true << qint64(28000) << "";
        QTest::newRow("one decimal") << "280.5" << true << qint64(28050) << "";
        QTest::newRow("two decimals") << "200.01" << true << qint64(20001) << "";
        QTest::newRow("zero") << "0.00" << true << qint64(0) << "";
        QTest::newRow("one fen") << "0.01" << true << qint64(1) << "";
        QTest::newRow("largest") << "10000000000.00" << true << qint64(1000000000000LL) << "";
        QTest::newRow("beyond the largest")
            << "10000000000.01" << false << qint64(-1) << "not an amount";
        QTest::newRow("three decimals") << "86.505" << false << qint64(-1) << "more than two";
        QTest::newRow("three zero decimals") << "1.000" << false << qint64(-1) << "more than two";
        QTest::newRow("negative") << "-5.00" << false << qint64(-1) << "negative";
        QTest::newRow("letters") << "abc" << false << qint64(-1) << "not an amount";
        QTest::newRow("thousands separator")
            << "1,280.00" << false << qint64(-1) << "not an amount";
        QTest::newRow("currency sign") << "¥280" << false << qint64(-1) << "not an amount";
        QTest::newRow("exponent") << "2e2" << false << qint64(-1) << "not an amount";
        QTest::newRow("dot only") << "280." << false << qint64(-1) << "not an amount";
    }
    void typedAmounts()
    {
        QFETCH(QString, typed);
        QFETCH(bool, ok);
        QFETCH(qint64, fen);
        QFETCH(QString, message);
        Money amount = Money::fromFen(-1);
        bool empty = false;
        Error error;
        QCOMPARE(MoneyInput::parse(typed, &amount, &error, &empty), ok);
        if (ok) {
            QCOMPARE(empty, fen < 0);
            QCOMPARE(amount.fen(), fen); // -1 stays untouched for "no amount"
        } else {
            QVERIFY2(error.message.contains(message), qPrintable(error.message));
            QCOMPARE(amount.fen(), qint64(-1));
        }
    }

    void modelTotalsAndFlags()
    {
        ExpenseLineModel model;
        QSignalSpy totals(&model, &ExpenseLineModel::totalsChanged);
        QSignalSpy problems(&model, &ExpenseLineModel::inputProblem);
        const auto line = [&](const char *category, const char *paidBy, const char *amount) {
            const int row = model.addLine(
                {{QStringLiteral("category"), category}, {QStringLiteral("paid_by"), paidBy}});
            model.setData(model.index(row, ExpenseLineModel::Amount), QString::fromLatin1(amount));
            return row;
        };
        // 0.1 + 0.2 style sums stay exact in fen.
        line("meals", "company", "0.10");
        line("transport", "company", "0.20");
        const int gift = line("gift", "customer", "200.01");
        const int atLimit = line("hospitality", "customer", "200.00");
        const int companyGift = line("gift", "company", "500.00");
        QCOMPARE(model.companyTotal().toString(), QStringLiteral("500.30"));
        QVERIFY(model.declarationRequired(gift));
        QVERIFY(!model.declarationRequired(atLimit));
        QVERIFY(!model.declarationRequired(companyGift));
        QCOMPARE(model.declarationCount(), 1);
        QVERIFY(totals.count() >= 5);
        // A bad amount is kept as typed, counts for nothing, and is reported once.
        QVERIFY(model.setData(model.index(0, ExpenseLineModel::Amount), QStringLiteral("0.105")));
        QCOMPARE(problems.count(), 1);
        QCOMPARE(model.firstInputProblem(), 0);
        QCOMPARE(model.index(0, ExpenseLineModel::Amount).data().toString(),
                 QStringLiteral("0.105"));
        QCOMPARE(model.companyTotal().toString(), QStringLiteral("500.20"));
        QVERIFY(model.setData(model.index(0, ExpenseLineModel::Amount), QStringLiteral("0.15")));
        QCOMPARE(model.firstInputProblem(), -1);
        QCOMPARE(model.companyTotal().toString(), QStringLiteral("500.35"));
        // Moving keeps the lines; the record's line_no is its new position.
        const QString giftId = model.lines().at(gift).id;
        QVERIFY(model.moveLine(gift, 0));
        QCOMPARE(model.record(0, QStringLiteral("c")).value(QStringLiteral("line_no")).toInt(), 1);
        QCOMPARE(model.lines().at(0).id, giftId);
        QVERIFY(model.declarationRequired(0));
        QVERIFY(!model.moveLine(0, 5));
        QVERIFY(model.removeLine(0));
        QCOMPARE(model.declarationCount(), 0);
        QVERIFY(model.removedIds().isEmpty()); // never saved: nothing to tombstone
    }

    void writerIsAllOrNothing()
    {
        Database db;
        QVERIFY(create(db));
        const QString customer = insert(db, "customers",
                                        {{QStringLiteral("name"), QStringLiteral("奇芯微")},
                                         {QStringLiteral("tier"), QStringLiteral("A")},
                                         {QStringLiteral("kind"), QStringLiteral("customer")}});
        const QString robert =
            insert(db, "people",
                   {{QStringLiteral("name"), QStringLiteral("Robert")},
                    {QStringLiteral("roles"), QStringLiteral("[\"engineer\"]")}});
        const QString wang = insert(db, "people",
                                    {{QStringLiteral("name"), QStringLiteral("王婧")},
                                     {QStringLiteral("roles"), QStringLiteral("[\"admin\"]")}});
        const QString task = insert(
            db, "tasks",
            {{QStringLiteral("number"), QStringLiteral("LITH-FE-2026-0004")},
             {QStringLiteral("customer_id"), customer},
             {QStringLiteral("type"), QStringLiteral("line_support")},
             {QStringLiteral("priority"), QStringLiteral("P0")},
             {QStringLiteral("state"), QStringLiteral("on_site")},
             {QStringLiteral("requested_at"), QStringLiteral("2026-11-16T08:10:00+08:00")},
             {QStringLiteral("registered_at"), QStringLiteral("2026-11-16T09:00:00+08:00")}});
        const QString claimId = RecordStore::newId();
        const QVariantMap claim{{QStringLiteral("task_id"), task},
                                {QStringLiteral("claimant_id"), robert}};
        const auto line = [&](int no, const QVariant &category, qint64 fen) {
            return ExpenseClaimWriter::LineWrite{
                RecordStore::newId(), true,
                QVariantMap{{QStringLiteral("claim_id"), claimId},
                            {QStringLiteral("line_no"), no},
                            {QStringLiteral("date"), QStringLiteral("2026-11-20")},
                            {QStringLiteral("category"), category},
                            {QStringLiteral("amount"), fen},
                            {QStringLiteral("paid_by"), QStringLiteral("company")},
                            {QStringLiteral("receipt"), 1}}};
        };
        ExpenseClaimWriter writer(db);
        Error error;
        // Line 2 has no category: named, and neither the claim nor line 1 is written.
        QVERIFY(!writer.save(claimId, true, {}, claim,
                             {line(1, QStringLiteral("meals"), 8800),
                              line(2, QVariant(QMetaType::fromType<QString>()), 100)},
                             {}, &error));
        QVERIFY2(error.message.startsWith(QStringLiteral("Line 2")), qPrintable(error.message));
        QCOMPARE(error.field, QStringLiteral("category"));
        QCOMPARE(count(db, "expense_claims"), 0);
        QCOMPARE(count(db, "expense_lines"), 0);
        // Gifts are declared to administration only.
        QVariantMap declared = claim;
        declared.insert(QStringLiteral("declared_on"), QStringLiteral("2026-11-21"));
        declared.insert(QStringLiteral("declared_to_id"), robert);
        QVERIFY(!writer.save(claimId, true, {}, declared, {line(1, QStringLiteral("meals"), 8800)},
                             {}, &error));
        QCOMPARE(error.field, QStringLiteral("declared_to_id"));
        QCOMPARE(count(db, "expense_claims"), 0);
        declared.insert(QStringLiteral("declared_to_id"), wang);
        const auto first = line(1, QStringLiteral("meals"), 8800);
        const auto second = line(2, QStringLiteral("transport"), 4650);
        QVERIFY2(writer.save(claimId, true, {}, declared, {first, second}, {}, &error),
                 qPrintable(error.message));
        QCOMPARE(count(db, "expense_claims"), 1);
        QCOMPARE(count(db, "expense_lines"), 2);
        QCOMPARE(writer.claimOf(task, robert), claimId);
        QVERIFY(writer.claimOf(task, wang).isEmpty());
        // Read back in order; then one line removed, the other renumbered.
        QVariantMap stored;
        QList<QVariantMap> lines;
        QVERIFY(writer.load(claimId, &stored, &lines, &error));
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(1).value(QStringLiteral("amount")).toLongLong(), 4650);
        auto moved = second;
        moved.isNew = false;
        moved.fields.insert(QStringLiteral("line_no"), 1);
        QVERIFY2(writer.save(claimId, false, stored, {}, {moved}, {first.id}, &error),
                 qPrintable(error.message));
        QVERIFY(writer.load(claimId, &stored, &lines, &error));
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.at(0).value(QStringLiteral("id")).toString(), moved.id);
        QCOMPARE(lines.at(0).value(QStringLiteral("line_no")).toInt(), 1);

        // A customer-paid gift of 200.01 waits for its declaration; 200.00 does not.
        QVERIFY(writer.pendingDeclarations().isEmpty());
        const QString other = RecordStore::newId();
        const auto gift = [&](const char *amount) {
            Money m;
            Money::parse(QString::fromLatin1(amount), &m);
            return ExpenseClaimWriter::LineWrite{
                RecordStore::newId(), true,
                QVariantMap{{QStringLiteral("claim_id"), other},
                            {QStringLiteral("line_no"), 1},
                            {QStringLiteral("date"), QStringLiteral("2026-11-20")},
                            {QStringLiteral("category"), QStringLiteral("gift")},
                            {QStringLiteral("amount"), m.fen()},
                            {QStringLiteral("paid_by"), QStringLiteral("customer")},
                            {QStringLiteral("receipt"), 0}}};
        };
        QVERIFY(writer.save(other, true, {}, claim, {gift("200.00")}, {}, &error));
        QVERIFY(writer.pendingDeclarations().isEmpty());
        auto over = gift("200.01");
        QVERIFY(writer.save(other, false, claim, {}, {over}, {}, &error));
        QCOMPARE(writer.pendingDeclarations(), QSet<QString>{other});
    }
};

QTEST_GUILESS_MAIN(TestExpenseClaim)
#include "tst_expenseclaim.moc"

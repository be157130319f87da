#include "app/catalog/EnumNames.h"
#include "app/models/ConflictTableModel.h"
#include "app/models/ReferenceOptions.h"
#include "app/sync/SyncController.h"
#include "app/workflow/TaskNumbering.h"
#include "db/RecordStore.h"
#include "tests/SyncTestUtil.h"

#include <QLocale>
#include <QtTest>

using namespace SyncTestUtil;

// The conflicts screen's model: stored values as people read them (choice names, RMB, dates,
// yes/no, linked records, merge groups, an empty task number), conflicts of a real team with
// the base value and both desks, and a rejected change to a signed record that can only be
// acknowledged. The controller's status counts records to send and open conflicts.
class TestConflictTableModel : public QObject
{
    Q_OBJECT
private:
    static QString addCustomer(Database &db, const QString &name)
    {
        const QString id = RecordStore::newId();
        Error error;
        if (!RecordStore(db).insert(QStringLiteral("customers"), id,
                                    {{QStringLiteral("name"), name},
                                     {QStringLiteral("tier"), QStringLiteral("B")},
                                     {QStringLiteral("kind"), QStringLiteral("customer")}},
                                    &error))
            qFatal("%s", qPrintable(error.message));
        return id;
    }

private slots:

    void valueText_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QVariant>("stored");
        QTest::addColumn<QString>("expected");
        const QString paidBy =
            EnumNames::text(QStringLiteral("paid_by"), QStringLiteral("customer"));
        QTest::newRow("choice") << "customers"
                                << "tier" << QVariant("A")
                                << EnumNames::text(QStringLiteral("tier"), QStringLiteral("A"));
        QTest::newRow("choice list")
            << "people"
            << "roles" << QVariant(R"(["engineer"])")
            << EnumNames::listText(QStringLiteral("roles"), R"(["engineer"])");
        QTest::newRow("money") << "expense_lines"
                               << "amount" << QVariant(28001) << "RMB 280.01";
        QTest::newRow("money zero") << "expense_lines"
                                    << "amount" << QVariant(0) << "RMB 0.00";
        QTest::newRow("yes") << "expense_lines"
                             << "receipt" << QVariant(1) << "yes";
        QTest::newRow("no") << "expense_lines"
                            << "receipt" << QVariant(0) << "no";
        QTest::newRow("date") << "customers"
                              << "first_order_on" << QVariant("2025-09-12")
                              << "2025-09-12"; // as every list shows dates
        QTest::newRow("not a date") << "customers"
                                    << "first_order_on" << QVariant("2025-13-40") << "2025-13-40";
        QTest::newRow("text") << "customers"
                              << "name" << QVariant("赛德") << "赛德";
        QTest::newRow("empty text") << "customers"
                                    << "name" << QVariant() << "(empty)";
        QTest::newRow("empty task number")
            << "tasks"
            << "number" << QVariant() << TaskNumbering::displayText(QString());
        QTest::newRow("merge group")
            << "expense_lines"
            << "amount,paid_by" << QVariant(R"({"amount":28000,"paid_by":"customer"})")
            << QStringLiteral("Amount (RMB): RMB 280.00; Paid by: %1").arg(paidBy);
        QTest::newRow("unknown table") << "nothing"
                                       << "x" << QVariant("raw") << "raw";
        QTest::newRow("unknown field") << "customers"
                                       << "x" << QVariant("raw") << "raw";
        QTest::newRow("unlinked reference")
            << "tasks"
            << "customer_id" << QVariant(RecordStore::newId()) << "(linked record)";
    }

    void valueText()
    {
        QFETCH(QString, table);
        QFETCH(QString, field);
        QFETCH(QVariant, stored);
        QFETCH(QString, expected);
        Database db;
        Error error;
        QTemporaryDir dir;
        QVERIFY(db.create(dir.filePath("v.fdb"), rawKey(1), &error, Database::KeyKind::RawKey));
        QCOMPARE(ConflictTableModel::valueText(db, table, field, stored), expected);
    }

    void referenceAndRecordTexts()
    {
        Database db;
        Error error;
        QTemporaryDir dir;
        QVERIFY(db.create(dir.filePath("r.fdb"), rawKey(1), &error, Database::KeyKind::RawKey));
        const QString customer = addCustomer(db, QStringLiteral("恒煦电子"));
        QCOMPARE(ConflictTableModel::valueText(db, "tasks", "customer_id", customer),
                 QStringLiteral("恒煦电子"));
        QVERIFY(ConflictTableModel::recordText(db, "customers", customer).endsWith("恒煦电子"));
        // A task without number is named "Pending number" wherever it is referred to.
        const QString task = RecordStore::newId();
        QVERIFY2(RecordStore(db).insert("tasks", task,
                                        {{"customer_id", customer},
                                         {"type", "audit"},
                                         {"priority", "P0"},
                                         {"state", "registered"},
                                         {"requested_at", "2026-11-21T08:00:00+08:00"},
                                         {"registered_at", "2026-11-21T09:00:00+08:00"},
                                         {"knowhow_risk", "normal"}},
                                        &error),
                 qPrintable(error.message));
        QList<ReferenceOptions::Option> options;
        QVERIFY(ReferenceOptions::load(db, "tasks", &options, &error));
        QCOMPARE(options.size(), 1);
        QCOMPARE(options.first().label, QStringLiteral("Pending number — 恒煦电子"));
        QCOMPARE(ConflictTableModel::valueText(db, "briefings", "task_id", task),
                 QStringLiteral("Pending number — 恒煦电子"));
        QCOMPARE(ConflictTableModel::fieldText("customers", "tier"), QStringLiteral("Tier"));
        QCOMPARE(ConflictTableModel::fieldText("expense_lines", "amount,paid_by"),
                 QStringLiteral("Amount (RMB) + Paid by"));
        QVERIFY(ConflictTableModel::versionText(db, db.deviceId(), 0) == "this desk");
        const qint64 hlc =
            HybridClock::pack(QDateTime(QDate(2026, 11, 21), QTime(9, 30)).toMSecsSinceEpoch(), 3);
        QCOMPARE(ConflictTableModel::versionText(db, "0123456789abcdef", hlc),
                 QStringLiteral("desk 01234567, 2026-11-21 09:30"));
    }

    void teamConflictsAndAcknowledge()
    {
        Team team;
        QString problem;
        QVERIFY2(team.setUp(2, &problem), qPrintable(problem));
        const QString id = addCustomer(*team.devices[0], QStringLiteral("Delta"));
        team.sync(0);
        team.sync(1);
        Error error;
        QVERIFY(RecordStore(*team.devices[0])
                    .update("customers", id, {{"tier", QStringLiteral("A")}}, &error));
        QVERIFY(RecordStore(*team.devices[1])
                    .update("customers", id, {{"tier", QStringLiteral("C")}}, &error));
        SyncController controller;
        controller.setDatabase(team.devices[1].get());
        QCOMPARE(controller.status().pendingChanges, 1);
        QCOMPARE(controller.status().state, SyncStatus::State::Ok);
        team.sync(0);
        team.sync(1);
        team.sync(0);
        controller.refresh();
        QCOMPARE(controller.status().pendingChanges, 0);
        QCOMPARE(controller.status().openConflicts, 1);
        QCOMPARE(controller.status().state, SyncStatus::State::Conflicts);

        ConflictTableModel model;
        model.setDatabase(team.devices[1].get());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.columnCount(), int(ConflictTableModel::ColumnCount));
        auto cell = [&](int c) {
            return model.index(0, c).data().toString();
        };
        const QStringList values = {cell(ConflictTableModel::Kept),
                                    cell(ConflictTableModel::Other)};
        QVERIFY(values.contains(EnumNames::text("tier", "A")));
        QVERIFY(values.contains(EnumNames::text("tier", "C")));
        QVERIFY2(cell(ConflictTableModel::Base).startsWith(EnumNames::text("tier", "B")),
                 qPrintable(cell(ConflictTableModel::Base)));
        QCOMPARE(cell(ConflictTableModel::Kind), ConflictTableModel::kindText("concurrent"));
        const SyncConflict c = model.conflict(0);
        QCOMPARE(ConflictTableModel::keptChoice(c), c.kept);
        QCOMPARE(ConflictTableModel::otherChoice(c), c.other);
        QVERIFY(c.keptHlc > c.baseHlc && c.otherHlc > c.baseHlc);
        // Settled with the other value: gone from the list and the count.
        QVERIFY(SyncConflicts(*team.devices[1])
                    .settle(c.id, ConflictTableModel::otherChoice(c), &error));
        model.reload();
        QCOMPARE(model.rowCount(), 0);
        controller.refresh();
        QCOMPARE(controller.status().openConflicts, 0);
        controller.setDatabase(nullptr);
        QCOMPARE(controller.status().state, SyncStatus::State::NotConfigured);
    }

    void backgroundSyncStartsSoonAfterUnlock()
    {
        Team team;
        QString problem;
        QVERIFY2(team.setUp(2, &problem), qPrintable(problem));
        addCustomer(*team.devices[0], QStringLiteral("Echo"));
        SyncController off, on;
        off.setDatabase(team.devices[1].get()); // interval 0: rounds only when asked
        on.setIntervalMinutes(5);
        on.setDatabase(team.devices[0].get());
        QCOMPARE(on.roundsFinished(), 0); // not at once: the window shows first
        QTRY_COMPARE_WITH_TIMEOUT(on.roundsFinished(), 1, SyncController::StartDelayMs + 10000);
        QCOMPARE(on.status().pendingChanges, 0);
        QCOMPARE(on.status().state, SyncStatus::State::Ok);
        QCOMPARE(off.roundsFinished(), 0);
        on.setDatabase(nullptr); // stops the worker; its connection closes in its thread
        QCOMPARE(on.status().state, SyncStatus::State::NotConfigured);
    }

    void lockedConflictIsAcknowledgedOnly()
    {
        Team team;
        QString problem;
        QVERIFY2(team.setUp(2, &problem), qPrintable(problem));
        const QString id = addCustomer(*team.devices[0], QStringLiteral("Delta"));
        team.sync(0);
        team.sync(1);
        Error error;
        QVERIFY(RecordStore(*team.devices[0])
                    .insert("record_locks", RecordStore::newId(),
                            {{"record_table", "customers"},
                             {"record_id", id},
                             {"revision", 1},
                             {"content_hash", QString(64, QLatin1Char('0'))},
                             {"locked_at", "2026-11-21T10:00:00Z"}},
                            &error));
        QTest::qWait(5);
        QVERIFY(RecordStore(*team.devices[1])
                    .update("customers", id, {{"notes", QStringLiteral("too late")}}, &error));
        team.sync(1);
        team.sync(0);
        Database &db = *team.devices[0];
        QCOMPARE(ConflictTableModel::openConflicts(db).size(), 1);
        const SyncConflict c = ConflictTableModel::openConflicts(db).first();
        QCOMPARE(c.kind, QStringLiteral("locked"));
        // Settling is refused: a signed record changes only through a new revision.
        QVERIFY(!SyncConflicts(db).settle(c.id, c.other, &error));
        ConflictTableModel model;
        model.setDatabase(&db);
        QCOMPARE(model.index(0, ConflictTableModel::Other).data().toString(),
                 QStringLiteral("too late"));
        QCOMPARE(model.index(0, ConflictTableModel::Kind).data().toString(),
                 ConflictTableModel::kindText("locked"));
        QVERIFY(ConflictTableModel::acknowledge(db, c.id, &error));
        QVERIFY(ConflictTableModel::acknowledge(db, c.id, &error)); // twice: no harm
        QCOMPARE(ConflictTableModel::openConflicts(db).size(), 0);
        model.reload();
        QCOMPARE(model.rowCount(), 0);
        // Acknowledged on this desk only: the other desk still shows it.
        team.sync(1);
        QCOMPARE(ConflictTableModel::openConflicts(*team.devices[1]).size(), 1);
    }
};

QTEST_MAIN(TestConflictTableModel)
#include "tst_conflicttablemodel.moc"

#include "app/catalog/RecordCatalog.h"
#include "app/demo/DemoData.h"
#include "app/search/SearchIndex.h"
#include "db/RecordStore.h"
#include "db/SyncMerger.h"
#include "tests/SyncTestUtil.h"

#include <QRandomGenerator>

using namespace SyncTestUtil;

// quality.md "Convergence": five simulated devices, about 1,000 random edits across record
// kinds (text, merge groups, deletes, daily reports entered twice), random sync orders,
// offline periods and skewed clocks. At the end every device exports the same data (same
// hash, conflicts included), every concurrent same-field edit is a conflict on every device,
// and applying everything again changes nothing.
class TestSyncConvergence : public QObject
{
    Q_OBJECT

    struct Edit
    {
        QString table, id, unit;
        qint64 baseHlc = 0, hlc = 0;
        QString baseDevice, device;
        QString value;
    };
    struct Target
    {
        QString table;
        QStringList fields;
    };

    static QPair<qint64, QString> version(Database &db, const QString &table, const QString &id,
                                          const QString &field)
    {
        QSqlQuery q(db.sql());
        q.prepare(QStringLiteral("SELECT hlc, device FROM field_versions WHERE record_table = ? "
                                 "AND record_id = ? AND field = ?"));
        q.addBindValue(table);
        q.addBindValue(id);
        q.addBindValue(field);
        if (q.exec() && q.next())
            return {q.value(0).toLongLong(), q.value(1).toString()};
        return {0, QString()};
    }

    static QStringList liveIds(Database &db, const QString &table)
    {
        QStringList ids;
        QSqlQuery q(db.sql());
        q.exec(QStringLiteral("SELECT id FROM %1 WHERE deleted = 0 ORDER BY id").arg(table));
        while (q.next())
            ids << q.value(0).toString();
        return ids;
    }

    static QList<Target> targets()
    {
        QList<Target> out;
        for (const char *table : {"customers", "people", "tasks", "daily_reports", "anomalies",
                                  "service_reports", "knowhow"}) {
            const RecordKind *kind = RecordCatalog::byTable(QString::fromLatin1(table));
            Target t{kind->table, {}};
            for (const FieldSpec &f : kind->storedFields()) {
                if ((f.type == FieldSpec::Type::Text || f.type == FieldSpec::Type::LongText) &&
                    f.pattern.isEmpty())
                    t.fields << f.key;
            }
            out << t;
        }
        out << Target{
            QStringLiteral("expense_lines"),
            {QStringLiteral("amount"), QStringLiteral("paid_by"), QStringLiteral("description")}};
        return out;
    }

private slots:
    void initTestCase() {}

    void sameValueTwiceIsNoConflict()
    {
        // Two desks write the same value offline: they agree, no conflict on either desk. Two
        // different values: one conflict on both.
        Team team;
        QString problem;
        QVERIFY2(team.setUp(2, &problem), qPrintable(problem));
        Error error;
        QVERIFY2(DemoData::load(*team.devices[0], &error), qPrintable(error.message));
        for (int pass = 0; pass < 2; ++pass) {
            for (int i = 0; i < 2; ++i)
                QVERIFY(team.sync(i).errors.isEmpty());
        }
        const QString customer = liveIds(*team.devices[0], QStringLiteral("customers")).first();
        const auto writeBoth = [&](const QString &first, const QString &second) {
            for (int i = 0; i < 2; ++i)
                QVERIFY2(RecordStore(*team.devices[i])
                             .update(QStringLiteral("customers"), customer,
                                     {{QStringLiteral("notes"), i ? second : first}}, &error),
                         qPrintable(error.message));
            for (int pass = 0; pass < 2; ++pass) {
                for (int i = 0; i < 2; ++i)
                    QVERIFY(team.sync(i).errors.isEmpty());
            }
        };
        const QString conflicts = QStringLiteral("SELECT count(*) FROM sync_conflicts WHERE kind = "
                                                 "'concurrent' AND record_id = '%1'")
                                      .arg(customer);
        writeBoth(QStringLiteral("年度巡检：三月"), QStringLiteral("年度巡检：三月"));
        for (int i = 0; i < 2; ++i)
            QCOMPARE(count(*team.devices[i], conflicts), 0);
        writeBoth(QStringLiteral("年度巡检：九月"), QStringLiteral("年度巡检：十月"));
        for (int i = 0; i < 2; ++i)
            QCOMPARE(count(*team.devices[i], conflicts), 1);
        QCOMPARE(exportHash(*team.devices[0]), exportHash(*team.devices[1]));
    }

    void randomEditsConverge()
    {
        const int deviceCount = 5; // device 4 stays away and joins the data at the very end
        Team team;
        QString problem;
        QVERIFY2(team.setUp(deviceCount, &problem), qPrintable(problem));
        // Skewed clocks (within the five minutes sync accepts).
        const QList<qint64> skew = {0, 120000, -180000, 45000, 0};
        for (int i = 0; i < deviceCount; ++i) {
            const qint64 offset = skew[i];
            Database &db = *team.devices[i];
            db.clock() =
                HybridClock([offset] { return QDateTime::currentMSecsSinceEpoch() + offset; });
            db.clock().observe(db.meta(QStringLiteral("hlc_last")).toLongLong());
        }
        Error error;
        QVERIFY2(DemoData::load(*team.devices[0], &error), qPrintable(error.message));
        for (int pass = 0; pass < 2; ++pass) {
            for (int i = 0; i < 4; ++i)
                QVERIFY(team.sync(i).errors.isEmpty());
        }

        quint32 seed = 20261121;
        if (qEnvironmentVariableIsSet("FIELDDESK_SYNC_SEED"))
            seed = qEnvironmentVariableIntValue("FIELDDESK_SYNC_SEED");
        qInfo("seed %u", seed);
        QRandomGenerator rng(seed);
        const QList<Target> kinds = targets();
        QList<Edit> edits;
        int deletes = 0, reports = 0;
        const QStringList people = liveIds(*team.devices[0], QStringLiteral("people"));
        const QStringList tasks = liveIds(*team.devices[0], QStringLiteral("tasks"));
        for (int round = 0; round < 50; ++round) {
            for (int n = 0; n < 20; ++n) {
                const int d = int(rng.bounded(4));
                Database &db = *team.devices[d];
                RecordStore store(db);
                const int dice = int(rng.bounded(100));
                if (dice < 3) {
                    // Two offline devices may enter the same engineer's report for one day.
                    const QVariantMap fields{
                        {QStringLiteral("task_id"), tasks[0]},
                        {QStringLiteral("engineer_id"), people[int(rng.bounded(2))]},
                        {QStringLiteral("date"),
                         QStringLiteral("2027-01-0%1").arg(1 + rng.bounded(3))},
                        {QStringLiteral("work"), QStringLiteral("上午 调试 %1").arg(round)}};
                    if (store.insert(QStringLiteral("daily_reports"), RecordStore::newId(), fields,
                                     &error))
                        ++reports;
                    continue;
                }
                const Target &t = kinds[int(rng.bounded(kinds.size()))];
                const QStringList ids = liveIds(db, t.table);
                if (ids.isEmpty())
                    continue;
                const QString id = ids[int(rng.bounded(ids.size()))];
                if (dice < 5) {
                    // Signed (locked) records refuse; anything else must work.
                    const bool removed = store.remove(t.table, id, &error);
                    QVERIFY2(removed || error.code == Error::Code::Locked,
                             qPrintable(error.message));
                    deletes += removed ? 1 : 0;
                    continue;
                }
                const QString field = t.fields[int(rng.bounded(t.fields.size()))];
                QVariant value;
                if (field == QLatin1String("amount"))
                    value = qint64(rng.bounded(100, 100000));
                else if (field == QLatin1String("paid_by"))
                    value = rng.bounded(2) ? QStringLiteral("company") : QStringLiteral("customer");
                else
                    value = QStringLiteral("设备%1 改 %2 · edit %3").arg(d).arg(round).arg(n);
                const QStringList unit = RecordStore::mergeUnit(t.table, field);
                const auto before = version(db, t.table, id, unit.first());
                if (!store.update(t.table, id, {{field, value}}, &error)) {
                    QVERIFY2(error.code == Error::Code::Locked, qPrintable(error.message));
                    continue;
                }
                const auto after = version(db, t.table, id, unit.first());
                if (after != before)
                    edits.append({t.table, id, unit.join(QLatin1Char(',')), before.first,
                                  after.first, before.second, after.second, value.toString()});
            }
            // Some devices are offline this round; the others sync in a random order.
            QList<int> order;
            for (int i = 0; i < 4; ++i) {
                if (rng.bounded(100) < 65)
                    order.insert(int(rng.bounded(order.size() + 1)), i);
            }
            for (int i : std::as_const(order)) {
                const SyncReport r = team.sync(i);
                QVERIFY2(r.errors.isEmpty() && r.quarantined.isEmpty(),
                         qPrintable((r.errors + r.quarantined).join(QLatin1Char('\n'))));
            }
        }
        QVERIFY(edits.size() > 700);
        QVERIFY(deletes > 5);
        QVERIFY(reports > 3);

        // Random deletes may have taken back every duplicate report by now (a unique conflict
        // lasts while both records do): two devices enter the same report once more, offline.
        for (int d : {1, 2}) {
            QVERIFY2(RecordStore(*team.devices[d])
                         .insert(QStringLiteral("daily_reports"), RecordStore::newId(),
                                 {{QStringLiteral("task_id"), tasks[0]},
                                  {QStringLiteral("engineer_id"), people[0]},
                                  {QStringLiteral("date"), QStringLiteral("2027-01-09")},
                                  {QStringLiteral("work"), QStringLiteral("设备%1 补记").arg(d)}},
                                 &error),
                     qPrintable(error.message));
        }

        // Everyone comes online, the late device too.
        for (int pass = 0; pass < 3; ++pass) {
            for (int i = 0; i < deviceCount; ++i)
                QVERIFY(team.sync(i).errors.isEmpty());
        }
        const QByteArray hash = exportHash(*team.devices[0]);
        for (int i = 1; i < deviceCount; ++i) {
            if (exportHash(*team.devices[i]) != hash && qEnvironmentVariableIsSet("SYNC_DEBUG")) {
                for (int k : {0, i}) {
                    QFile f(QStringLiteral("/tmp/sync-debug-%1.json").arg(k));
                    f.open(QIODevice::WriteOnly);
                    f.write(QJsonDocument(exportDoc(*team.devices[k])).toJson());
                }
            }
            QCOMPARE(exportHash(*team.devices[i]), hash);
        }
        // The search index followed the merged records: the same documents everywhere.
        auto searchDigest = [](Database &db) {
            QSqlQuery q(db.sql());
            q.exec(QStringLiteral("SELECT record_table, record_id, title, digest FROM search_docs "
                                  "ORDER BY record_table, record_id"));
            QCryptographicHash h(QCryptographicHash::Sha256);
            int rows = 0;
            while (q.next()) {
                ++rows;
                for (int c = 0; c < 4; ++c)
                    h.addData(q.value(c).toString().toUtf8() + '\x1f');
            }
            return QString::number(rows) + QLatin1Char('/') +
                   QString::fromLatin1(h.result().toHex());
        };
        const QString search = searchDigest(*team.devices[0]);
        QVERIFY(!search.startsWith(QLatin1String("0/")));
        for (int i = 1; i < deviceCount; ++i)
            QCOMPARE(searchDigest(*team.devices[i]), search);
        const QJsonObject doc = exportDoc(*team.devices[0]);
        QVERIFY(doc.value(QStringLiteral("tasks")).toArray().size() >= 5);

        // Every concurrent same-field edit (two versions written over the same base) is a
        // conflict on every device, named after the version that lost, unless both wrote the
        // same value: then they agree and nobody has anything to settle.
        QHash<QString, QList<Edit>> byBase;
        for (const Edit &e : std::as_const(edits))
            byBase[QStringList{e.table, e.id, e.unit, QString::number(e.baseHlc), e.baseDevice}
                       .join(QLatin1Char('|'))]
                .append(e);
        QStringList expected;
        for (const QList<Edit> &siblings : std::as_const(byBase)) {
            if (siblings.size() < 2)
                continue;
            Edit kept = siblings.first();
            for (const Edit &e : siblings) {
                if (e.hlc > kept.hlc || (e.hlc == kept.hlc && e.device > kept.device))
                    kept = e;
            }
            for (const Edit &e : siblings) {
                if ((e.hlc != kept.hlc || e.device != kept.device) && e.value != kept.value)
                    expected << SyncMerger::conflictId(QStringLiteral("concurrent"), e.table, e.id,
                                                       e.unit, e.hlc, e.device);
            }
        }
        QVERIFY2(expected.size() >= 10, "the run must produce concurrent edits");
        for (int i = 0; i < deviceCount; ++i) {
            for (const QString &id : std::as_const(expected)) {
                QCOMPARE(count(*team.devices[i],
                               QStringLiteral("SELECT count(*) FROM sync_conflicts WHERE id = '%1' "
                                              "AND kind = 'concurrent'")
                                   .arg(id)),
                         1);
            }
        }
        QVERIFY(count(*team.devices[0],
                      QStringLiteral("SELECT count(*) FROM sync_conflicts WHERE kind = 'unique'")) >
                0);
        QVERIFY(doc.value(QStringLiteral("conflicts")).toArray().size() >= expected.size());

        // Applying everything a second time changes nothing.
        for (int i : {0, 3}) {
            QSqlQuery q(team.devices[i]->sql());
            QVERIFY(q.exec(QStringLiteral("DELETE FROM sync_peers")));
            const SyncReport again = team.sync(i);
            QVERIFY(again.bundlesApplied > 0);
            QCOMPARE(again.changesApplied, 0);
            QCOMPARE(again.newConflicts, 0);
            QCOMPARE(exportHash(*team.devices[i]), hash);
        }
    }
};

QTEST_GUILESS_MAIN(TestSyncConvergence)
#include "tst_syncconvergence.moc"

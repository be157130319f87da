#include "app/search/SearchIndex.h"
#include "db/RecordStore.h"
#include "db/SyncBundle.h"
#include "db/SyncConflicts.h"
#include "tests/SyncTestUtil.h"
#include "tests/TestUtil.h"

#include <QJsonObject>
#include <QSemaphore>
#include <QThread>

using namespace SyncTestUtil;

// quality.md "Bad bundles" and architecture.md "Faults": truncated, bit-flipped, wrong-key,
// foreign, duplicated, forked and missing-in-the-middle bundles are set aside or waited for,
// never partly applied, always with a message; stale .partial files are ignored and removed by
// their owner; a share failing mid-round leaves the database as before that bundle; clock skew
// is reported and capped. Also: locks reject later changes, settling a conflict syncs, the
// share never holds plaintext.
class TestSyncFaults : public QObject
{
    Q_OBJECT

    static QString addCustomer(Database &db, const QString &name)
    {
        const QString id = RecordStore::newId();
        Error error;
        RecordStore(db).insert(QStringLiteral("customers"), id,
                               {{QStringLiteral("name"), name},
                                {QStringLiteral("tier"), QStringLiteral("B")},
                                {QStringLiteral("kind"), QStringLiteral("customer")}},
                               &error);
        return id;
    }
    static QString bundlePath(Team &team, int device, int seq)
    {
        return QDir(team.share)
            .filePath(QStringLiteral("fielddesk/devices/%1/%2")
                          .arg(team.devices[device]->deviceId(), SyncBundle::fileName(seq)));
    }
    static int customers(Database &db)
    {
        return count(db, QStringLiteral("SELECT count(*) FROM customers WHERE deleted = 0"));
    }
    static qint64 lastSeq(Database &db, const QString &device)
    {
        return count(db, QStringLiteral("SELECT coalesce(max(last_seq), 0) FROM sync_peers WHERE "
                                        "device = '%1'")
                             .arg(device));
    }
    // Device 0 publishes three bundles of 2, 3 and 4 customers.
    static void threeBundles(Team &team)
    {
        int n = 0;
        for (int b = 0; b < 3; ++b) {
            for (int i = 0; i < b + 2; ++i)
                addCustomer(*team.devices[0], QStringLiteral("客户 %1").arg(++n));
            QCOMPARE(team.sync(0).bundlesPublished, 1);
        }
    }
    static void writeFile(const QString &path, const QByteArray &data)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(data);
    }

    // The share disappears (unplugged, renamed by an administrator) right after the round
    // found team.json: the first folder the round makes is its local state folder.
    class VanishingFileSystem : public SyncFileSystem
    {
    public:
        QString share;
        bool vanished = false;
        bool makePath(const QString &dir, QString *error) override
        {
            if (!vanished) {
                vanished = true;
                QDir(share).removeRecursively();
            }
            return SyncFileSystem::makePath(dir, error);
        }
    };

    // Holds a round inside the share (listing its own folder) until released.
    class BlockingFileSystem : public SyncFileSystem
    {
    public:
        QSemaphore entered, release;
        QStringList files(const QString &dir) const override
        {
            auto *self = const_cast<BlockingFileSystem *>(this);
            if (!m_blocked) {
                self->m_blocked = true;
                self->entered.release();
                self->release.acquire();
            }
            return SyncFileSystem::files(dir);
        }

    private:
        bool m_blocked = false;
    };

private slots:
    void initTestCase() {}

    void damagedBundleIsSetAsideWhole_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("truncated") << "truncated";
        QTest::newRow("bit-flipped") << "bitflip";
        QTest::newRow("wrong key") << "wrongkey";
        QTest::newRow("foreign device") << "foreign";
        QTest::newRow("duplicated") << "duplicate";
        QTest::newRow("fork") << "fork";
    }
    void damagedBundleIsSetAsideWhole()
    {
        QFETCH(QString, damage);
        Team team;
        QString problem;
        QVERIFY2(team.setUp(3, &problem), qPrintable(problem));
        threeBundles(team);
        const QString second = bundlePath(team, 0, 2);
        QByteArray bytes = TestUtil::readAll(second);
        QVERIFY(bytes.size() > 4096);
        const QString key = team.devices[0]->meta(QStringLiteral("sync_team_key"));
        if (damage == QLatin1String("truncated")) {
            bytes.truncate(bytes.size() - 1000);
        } else if (damage == QLatin1String("bitflip")) {
            bytes[bytes.size() - 100] = char(bytes[bytes.size() - 100] ^ 0x10);
        } else if (damage == QLatin1String("wrongkey") || damage == QLatin1String("fork") ||
                   damage == QLatin1String("foreign")) {
            SyncBundleMeta meta;
            QList<SyncChange> changes;
            QString err;
            QVERIFY2(SyncBundle::parse(team.dir.filePath(QStringLiteral("t.fdb")), key, bytes,
                                       &meta, &changes, &err),
                     qPrintable(err));
            QString useKey = key;
            if (damage == QLatin1String("wrongkey"))
                useKey = rawKey(7);
            if (damage == QLatin1String("fork"))
                meta.previousSha256 = SyncBundle::sha256("an older history");
            if (damage == QLatin1String("foreign"))
                meta.device = team.devices[2]->deviceId(); // another device's bundle put here
            QVERIFY(SyncBundle::build(team.dir.filePath(QStringLiteral("b.fdb")), useKey, meta,
                                      changes, &bytes, &err));
        } else if (damage == QLatin1String("duplicate")) {
            bytes = TestUtil::readAll(bundlePath(team, 0, 1)); // bundle 1 again under name 2
        }
        writeFile(second, bytes);
        const QByteArray onShare = TestUtil::readAll(second);

        const SyncReport report = team.sync(1);
        QVERIFY(report.hasQuarantine());
        QVERIFY2(!report.quarantined.isEmpty() &&
                     report.quarantined.first().contains(SyncBundle::fileName(2)),
                 qPrintable(report.quarantined.join(QLatin1Char('\n'))));
        if (damage == QLatin1String("fork"))
            QCOMPARE(report.alarms.size(), 1);
        // Bundle 1 applied, bundle 2 not at all, bundle 3 waits behind it.
        QCOMPARE(report.bundlesApplied, 1);
        QCOMPARE(customers(*team.devices[1]), 2);
        QCOMPARE(lastSeq(*team.devices[1], team.devices[0]->deviceId()), 1);
        // The owner's file is left exactly as it is.
        QCOMPARE(TestUtil::readAll(second), onShare);
        // It stays set aside on the next round (and is reported again).
        const SyncReport again = team.sync(1);
        QVERIFY(again.hasQuarantine());
        QCOMPARE(again.bundlesApplied, 0);
        QCOMPARE(customers(*team.devices[1]), 2);
    }

    void gapWaitsThenFills()
    {
        Team team;
        QString problem;
        QVERIFY2(team.setUp(2, &problem), qPrintable(problem));
        threeBundles(team);
        const QString second = bundlePath(team, 0, 2);
        QVERIFY(QFile::rename(second, second + QStringLiteral(".away")));
        SyncReport report = team.sync(1);
        QVERIFY(!report.hasQuarantine());
        QCOMPARE(report.waiting.size(), 1);
        QCOMPARE(customers(*team.devices[1]), 2);
        QVERIFY(QFile::rename(second + QStringLiteral(".away"), second));
        report = team.sync(1);
        QCOMPARE(report.bundlesApplied, 2);
        QVERIFY(report.waiting.isEmpty());
        QCOMPARE(customers(*team.devices[1]), 9);
        QCOMPARE(exportHash(*team.devices[1]), exportHash(*team.devices[0]));
    }

    void stalePartialIgnoredAndRemovedByOwner()
    {
        Team team;
        QString problem;
        QVERIFY2(team.setUp(2, &problem), qPrintable(problem));
        threeBundles(team);
        const QString stale = bundlePath(team, 0, 4) + QStringLiteral(".partial");
        const QString fresh = bundlePath(team, 0, 5) + QStringLiteral(".partial");
        writeFile(stale, "half a bundle");
        writeFile(fresh, "a copy in progress");
        {
            QFile f(stale);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.setFileTime(QDateTime::currentDateTime().addDays(-2),
                                  QFileDevice::FileModificationTime));
        }
        const SyncReport reader = team.sync(1);
        QVERIFY(!reader.hasQuarantine());
        QCOMPARE(reader.bundlesApplied, 3);
        QVERIFY(QFile::exists(stale)); // readers never touch another device's files
        const SyncReport owner = team.sync(0);
        QVERIFY(!QFile::exists(stale));
        QVERIFY(QFile::exists(fresh)); // younger than a day: perhaps still being copied
        QCOMPARE(owner.warnings.size(), 1);
    }

    void failedPublishRetriesSameBytes()
    {
        Team team;
        QString problem;
        QVERIFY2(team.setUp(2, &problem), qPrintable(problem));
        addCustomer(*team.devices[0], QStringLiteral("Alpha"));
        for (const bool failRename : {true, false}) {
            FailingFileSystem fs;
            fs.failRenames = failRename;
            fs.failWrites = !failRename;
            const SyncReport r = team.sync(0, &fs);
            QCOMPARE(r.bundlesPublished, 0);
            QCOMPARE(r.errors.size(), 1);
            QVERIFY(!QFile::exists(bundlePath(team, 0, 1)));
        }
        const QString builtSha =
            QString::fromLatin1(QByteArray("SELECT sha256 FROM sync_outbox WHERE seq = 1"));
        QSqlQuery q(team.devices[0]->sql());
        QVERIFY(q.exec(builtSha) && q.next());
        const QString sha = q.value(0).toString();
        q.finish();
        const SyncReport ok = team.sync(0);
        QCOMPARE(ok.bundlesPublished, 1);
        QCOMPARE(SyncBundle::sha256(TestUtil::readAll(bundlePath(team, 0, 1))), sha);
        QVERIFY(!QFile::exists(bundlePath(team, 0, 1) + QStringLiteral(".partial")));
        QCOMPARE(team.sync(1).bundlesApplied, 1);
        QCOMPARE(customers(*team.devices[1]), 1);
    }

    void shareVanishingMidRoundKeepsDatabase()
    {
        Team team;
        QString problem;
        QVERIFY2(team.setUp(2, &problem), qPrintable(problem));
        threeBundles(team);
        FailingFileSystem fs;
        // Device 1's first round writes its device.json and reads it back (one read), then
        // bundle 1 reads, then the share is gone.
        fs.readsBeforeFailure = 2;
        const SyncReport r = team.sync(1, &fs);
        QCOMPARE(r.bundlesApplied, 1);
        QVERIFY(!r.errors.isEmpty());
        QCOMPARE(customers(*team.devices[1]), 2);
        QCOMPARE(lastSeq(*team.devices[1], team.devices[0]->deviceId()), 1);
        const SyncReport later = team.sync(1);
        QCOMPARE(later.bundlesApplied, 2);
        QCOMPARE(exportHash(*team.devices[1]), exportHash(*team.devices[0]));
    }

    void clockSkewReportedAndCapped()
    {
        Team team;
        QString problem;
        QVERIFY2(team.setUp(2, &problem), qPrintable(problem));
        const qint64 ahead = 20 * 60 * 1000;
        team.devices[0]->clock() =
            HybridClock([ahead] { return QDateTime::currentMSecsSinceEpoch() + ahead; });
        addCustomer(*team.devices[0], QStringLiteral("From the future"));
        team.sync(0);
        const SyncReport r = team.sync(1);
        QCOMPARE(r.bundlesApplied, 1);
        QCOMPARE(r.warnings.size(), 1);
        QVERIFY(r.warnings.first().contains(team.devices[0]->deviceId()));
        const qint64 limit = HybridClock::pack(
            QDateTime::currentMSecsSinceEpoch() + SyncEngine::MaxSkewMs + 1000, 0);
        QVERIFY(team.devices[1]->clock().last() <= limit);
        QCOMPARE(customers(*team.devices[1]), 1);
    }

    void concurrentEditSettledEverywhere()
    {
        Team team;
        QString problem;
        QVERIFY2(team.setUp(2, &problem), qPrintable(problem));
        const QString id = addCustomer(*team.devices[0], QStringLiteral("Gamma"));
        team.sync(0);
        team.sync(1);
        Error error;
        QVERIFY(RecordStore(*team.devices[0])
                    .update(QStringLiteral("customers"), id,
                            {{QStringLiteral("notes"), QStringLiteral("A says")}}, &error));
        QVERIFY(RecordStore(*team.devices[1])
                    .update(QStringLiteral("customers"), id,
                            {{QStringLiteral("notes"), QStringLiteral("B says")}}, &error));
        for (int i : {0, 1, 0})
            team.sync(i);
        SyncConflicts c0(*team.devices[0]);
        const QList<SyncConflict> open = c0.list(true);
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().field, QStringLiteral("notes"));
        QCOMPARE(QSet<QString>({open.first().kept.toString(), open.first().other.toString()}),
                 QSet<QString>({QStringLiteral("A says"), QStringLiteral("B says")}));
        QCOMPARE(SyncConflicts(*team.devices[1]).list(true).size(), 1);
        // Settling keeps the losing value on purpose; an ordinary change that wins everywhere.
        const QString chosen = open.first().other.toString();
        QVERIFY2(c0.settle(open.first().id, chosen, &error), qPrintable(error.message));
        for (int i : {0, 1})
            team.sync(i);
        for (int i : {0, 1}) {
            QCOMPARE(SyncConflicts(*team.devices[i]).list(true).size(), 0);
            QVariantMap row;
            QVERIFY(
                RecordStore(*team.devices[i]).get(QStringLiteral("customers"), id, &row, &error));
            QCOMPARE(row.value(QStringLiteral("notes")).toString(), chosen);
        }
        QCOMPARE(exportHash(*team.devices[1]), exportHash(*team.devices[0]));
    }

    void mergeGroupMergesAsOneUnit()
    {
        Team team;
        QString problem;
        QVERIFY2(team.setUp(2, &problem), qPrintable(problem));
        Error error;
        const QString line = RecordStore::newId();
        QVERIFY2(RecordStore(*team.devices[0])
                     .insert(QStringLiteral("expense_lines"), line,
                             {{QStringLiteral("claim_id"), RecordStore::newId()},
                              {QStringLiteral("line_no"), 1},
                              {QStringLiteral("date"), QStringLiteral("2026-11-20")},
                              {QStringLiteral("category"), QStringLiteral("meals")},
                              {QStringLiteral("amount"), 28000},
                              {QStringLiteral("paid_by"), QStringLiteral("company")}},
                             &error),
                 qPrintable(error.message));
        team.sync(0);
        team.sync(1);
        // Offline: one corrects the amount, the other who paid. A mix of both would be an
        // amount nobody entered with a payer nobody meant.
        QVERIFY(RecordStore(*team.devices[0])
                    .update(QStringLiteral("expense_lines"), line,
                            {{QStringLiteral("amount"), 31000}}, &error));
        QTest::qWait(3);
        QVERIFY(RecordStore(*team.devices[1])
                    .update(QStringLiteral("expense_lines"), line,
                            {{QStringLiteral("paid_by"), QStringLiteral("customer")}}, &error));
        for (int i : {0, 1, 0})
            team.sync(i);
        for (int i : {0, 1}) {
            QVariantMap row;
            QVERIFY(RecordStore(*team.devices[i])
                        .get(QStringLiteral("expense_lines"), line, &row, &error));
            // Device 1 wrote last: its whole unit wins, with the amount it saw.
            QCOMPARE(row.value(QStringLiteral("amount")).toLongLong(), 28000);
            QCOMPARE(row.value(QStringLiteral("paid_by")).toString(), QStringLiteral("customer"));
            const QList<SyncConflict> conflicts = SyncConflicts(*team.devices[i]).list();
            QCOMPARE(conflicts.size(), 1);
            QCOMPARE(conflicts.first().field, QStringLiteral("amount,paid_by"));
            const QJsonObject other =
                QJsonDocument::fromJson(conflicts.first().other.toString().toUtf8()).object();
            QCOMPARE(other.value(QStringLiteral("amount")).toInteger(), 31000);
            QCOMPARE(other.value(QStringLiteral("paid_by")).toString(), QStringLiteral("company"));
        }
        // Settling with a chosen unit.
        SyncConflicts c(*team.devices[0]);
        QVERIFY2(c.settle(c.list().first().id,
                          QVariantMap{{QStringLiteral("amount"), 31000},
                                      {QStringLiteral("paid_by"), QStringLiteral("customer")}},
                          &error),
                 qPrintable(error.message));
        team.sync(0);
        team.sync(1);
        QVariantMap row;
        QVERIFY(
            RecordStore(*team.devices[1]).get(QStringLiteral("expense_lines"), line, &row, &error));
        QCOMPARE(row.value(QStringLiteral("amount")).toLongLong(), 31000);
        QCOMPARE(SyncConflicts(*team.devices[1]).list(true).size(), 0);
    }

    void changeAfterLockRejectedEverywhere()
    {
        Team team;
        QString problem;
        QVERIFY2(team.setUp(3, &problem), qPrintable(problem));
        const QString id = addCustomer(*team.devices[0], QStringLiteral("Delta"));
        for (int i : {0, 1, 2})
            team.sync(i);
        Error error;
        // Device 1 edits offline; device 0 signs (locks) the record before that edit's time.
        const QString lock = RecordStore::newId();
        QVERIFY2(
            RecordStore(*team.devices[0])
                .insert(QStringLiteral("record_locks"), lock,
                        {{QStringLiteral("record_table"), QStringLiteral("customers")},
                         {QStringLiteral("record_id"), id},
                         {QStringLiteral("revision"), 1},
                         {QStringLiteral("content_hash"), QString(64, QLatin1Char('0'))},
                         {QStringLiteral("locked_at"), QStringLiteral("2026-11-21T10:00:00Z")}},
                        &error),
            qPrintable(error.message));
        QTest::qWait(5);
        QVERIFY(RecordStore(*team.devices[1])
                    .update(QStringLiteral("customers"), id,
                            {{QStringLiteral("notes"), QStringLiteral("too late")}}, &error));
        // Device 2 receives the edit first, then the lock; device 0 the other way round.
        team.sync(1);
        team.sync(2);
        team.sync(0);
        team.sync(2);
        team.sync(1);
        for (int i : {0, 1, 2}) {
            QVariantMap row;
            QVERIFY(
                RecordStore(*team.devices[i]).get(QStringLiteral("customers"), id, &row, &error));
            QVERIFY(row.value(QStringLiteral("notes")).isNull());
            const QList<SyncConflict> list = SyncConflicts(*team.devices[i]).list();
            QCOMPARE(list.size(), 1);
            QCOMPARE(list.first().kind, QStringLiteral("locked"));
            QCOMPARE(list.first().other.toString(), QStringLiteral("too late"));
        }
        QCOMPARE(exportHash(*team.devices[1]), exportHash(*team.devices[0]));
        QCOMPARE(exportHash(*team.devices[2]), exportHash(*team.devices[0]));
    }

    void lineAddedToSignedClaimRejectedEverywhere()
    {
        Team team;
        QString problem;
        QVERIFY2(team.setUp(3, &problem), qPrintable(problem));
        Error error;
        const QString claim = RecordStore::newId();
        QVERIFY2(RecordStore(*team.devices[0])
                     .insert(QStringLiteral("expense_claims"), claim,
                             {{QStringLiteral("task_id"), RecordStore::newId()},
                              {QStringLiteral("claimant_id"), RecordStore::newId()}},
                             &error),
                 qPrintable(error.message));
        for (int i : {0, 1, 2})
            team.sync(i);
        QVERIFY(RecordStore(*team.devices[0])
                    .insert(QStringLiteral("record_locks"), RecordStore::newId(),
                            {{QStringLiteral("record_table"), QStringLiteral("expense_claims")},
                             {QStringLiteral("record_id"), claim},
                             {QStringLiteral("revision"), 1},
                             {QStringLiteral("content_hash"), QString(64, QLatin1Char('0'))},
                             {QStringLiteral("locked_at"), QStringLiteral("2026-11-21T10:00:00Z")}},
                            &error));
        QTest::qWait(5);
        const QString line = RecordStore::newId();
        QVERIFY(RecordStore(*team.devices[1])
                    .insert(QStringLiteral("expense_lines"), line,
                            {{QStringLiteral("claim_id"), claim},
                             {QStringLiteral("line_no"), 1},
                             {QStringLiteral("date"), QStringLiteral("2026-11-21")},
                             {QStringLiteral("category"), QStringLiteral("gift")},
                             {QStringLiteral("amount"), 50000},
                             {QStringLiteral("paid_by"), QStringLiteral("company")}},
                            &error));
        // Device 2 gets the line first, then the lock; device 0 the other way round.
        team.sync(1);
        team.sync(2);
        team.sync(0);
        team.sync(2);
        team.sync(1);
        for (int i : {0, 1, 2}) {
            QVERIFY2(!RecordStore(*team.devices[i]).exists(QStringLiteral("expense_lines"), line),
                     qPrintable(QString::number(i)));
            QVERIFY(count(*team.devices[i], QStringLiteral("SELECT count(*) FROM sync_conflicts "
                                                           "WHERE kind = 'locked'")) > 0);
        }
        QCOMPARE(exportHash(*team.devices[1]), exportHash(*team.devices[0]));
        QCOMPARE(exportHash(*team.devices[2]), exportHash(*team.devices[0]));
    }

    void brokenDeviceFileIsRepaired_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("empty (a full share)") << QByteArray();
        QTest::newRow("garbled") << QByteArray("{\"device\": \"x");
        QTest::newRow("another device") << QByteArray("{\"device\":\"someone-else\"}");
    }

    void brokenDeviceFileIsRepaired()
    {
        QFETCH(QByteArray, content);
        Team team;
        QString problem;
        QVERIFY2(team.setUp(1, &problem), qPrintable(problem));
        addCustomer(*team.devices[0], QStringLiteral("客户"));
        QVERIFY(team.sync(0).errors.isEmpty());
        const QString deviceJson = QDir(team.share)
                                       .filePath(QStringLiteral("fielddesk/devices/%1/device.json")
                                                     .arg(team.devices[0]->deviceId()));
        QVERIFY(QFile::exists(deviceJson));
        QFile::remove(deviceJson);
        writeFile(deviceJson, content);
        // The next round that writes to the share repairs it.
        addCustomer(*team.devices[0], QStringLiteral("客户 2"));
        const SyncReport r = team.sync(0);
        QVERIFY2(r.errors.isEmpty(), qPrintable(r.toText()));
        const QJsonObject o = QJsonDocument::fromJson(TestUtil::readAll(deviceJson)).object();
        QCOMPARE(o.value(QStringLiteral("device")).toString(), team.devices[0]->deviceId());
        QVERIFY(!QFile::exists(deviceJson + QStringLiteral(".partial")));
    }

    void vanishedShareIsNotRecreated()
    {
        Team team;
        QString problem;
        QVERIFY2(team.setUp(1, &problem), qPrintable(problem));
        addCustomer(*team.devices[0], QStringLiteral("客户"));
        VanishingFileSystem fs;
        fs.share = team.share;
        const SyncReport r = team.sync(0, &fs);
        QVERIFY(fs.vanished);
        QVERIFY2(!r.errors.isEmpty(), qPrintable(r.toText()));
        QVERIFY2(!QFileInfo::exists(team.share), qPrintable(r.toText()));
        // Nothing was taken as published: it goes out when the share is back.
        QCOMPARE(r.bundlesPublished, 0);
    }

    void oneRoundPerDatabaseAtATime()
    {
        Team team;
        QString problem;
        QVERIFY2(team.setUp(1, &problem), qPrintable(problem));
        addCustomer(*team.devices[0], QStringLiteral("客户"));
        BlockingFileSystem fs;
        SyncReport first;
        QString firstError;
        Database &db = *team.devices[0];
        std::unique_ptr<QThread> thread(QThread::create([&] {
            Database sibling;
            Error error;
            if (!sibling.openSibling(db, &error)) {
                firstError = error.message;
                fs.entered.release();
                return;
            }
            SyncEngine engine(sibling, &fs);
            SyncSetup::configure(engine);
            if (!engine.runRound(&first, &error))
                firstError = error.message;
        }));
        thread->start();
        QVERIFY(fs.entered.tryAcquire(1, 60000));
        QVERIFY2(firstError.isEmpty(), qPrintable(firstError));
        // A second round of the same database meanwhile: refused, with a message saying so.
        const SyncReport second = team.sync(0);
        fs.release.release();
        QVERIFY(thread->wait(60000));
        QVERIFY2(firstError.isEmpty() && first.errors.isEmpty(),
                 qPrintable(firstError + first.toText()));
        QCOMPARE(first.bundlesPublished, 1);
        QVERIFY(!second.errors.isEmpty());
        QVERIFY2(second.errors.join(QLatin1Char(' ')).contains(QLatin1String("already running")),
                 qPrintable(second.toText()));
        // Once the first has finished, the next round runs as usual.
        QVERIFY(team.sync(0).errors.isEmpty());
    }

    void shareHoldsNoPlaintext()
    {
        Team team;
        QString problem;
        QVERIFY2(team.setUp(2, &problem), qPrintable(problem));
        const QStringList sentinels = {QStringLiteral("SENTINEL-ascii-7f3a"),
                                       QStringLiteral("哨兵字符串七号")};
        const QString id = addCustomer(*team.devices[0], sentinels[0]);
        Error error;
        QVERIFY(RecordStore(*team.devices[0])
                    .update(QStringLiteral("customers"), id,
                            {{QStringLiteral("notes"), sentinels[1]}}, &error));
        team.sync(0);
        team.sync(1);
        QCOMPARE(customers(*team.devices[1]), 1);
        const QStringList files =
            TestUtil::filesUnder(team.share) +
            TestUtil::filesUnder(team.dir.filePath(QStringLiteral("device1.fdb.sync"))) +
            TestUtil::filesUnder(team.dir.filePath(QStringLiteral("device0.fdb.sync")));
        QVERIFY(files.size() >= 4);
        for (const QString &file : files) {
            const QByteArray bytes = TestUtil::readAll(file);
            for (const QString &s : sentinels)
                QVERIFY2(!TestUtil::containsText(bytes, s), qPrintable(file));
            QVERIFY2(
                !bytes.contains(team.devices[0]->meta(QStringLiteral("sync_team_key")).toLatin1()),
                qPrintable(file));
        }
    }
};

QTEST_GUILESS_MAIN(TestSyncFaults)
#include "tst_syncfaults.moc"

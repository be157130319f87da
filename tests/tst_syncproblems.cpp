#include "app/sync/SyncProblems.h"
#include "db/RecordStore.h"
#include "db/SyncBundle.h"
#include "tests/SyncTestUtil.h"
#include "tests/TestUtil.h"

using namespace SyncTestUtil;

// Sync housekeeping: a set-aside bundle is listed with its reason, released once the file is
// good again (applied) or kept aside (still bad); a fork is listed as one and acknowledged by
// adopting the device's new line; each in the audit log.
class TestSyncProblems : public QObject
{
    Q_OBJECT
private:
    static void addCustomer(Database &db, const QString &name)
    {
        Error error;
        QVERIFY(RecordStore(db).insert(QStringLiteral("customers"), RecordStore::newId(),
                                       {{QStringLiteral("name"), name},
                                        {QStringLiteral("tier"), QStringLiteral("B")},
                                        {QStringLiteral("kind"), QStringLiteral("customer")}},
                                       &error));
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
    static void writeFile(const QString &path, const QByteArray &data)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(data);
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

private slots:
    void releaseAfterTheFix_data()
    {
        QTest::addColumn<bool>("repaired");
        QTest::newRow("file put back whole: applied") << true;
        QTest::newRow("still truncated: kept aside") << false;
    }

    void releaseAfterTheFix()
    {
        QFETCH(bool, repaired);
        Team team;
        QString problem;
        QVERIFY2(team.setUp(2, &problem), qPrintable(problem));
        threeBundles(team);
        const QString second = bundlePath(team, 0, 2);
        const QByteArray good = TestUtil::readAll(second);
        writeFile(second, good.left(good.size() - 1000));
        QVERIFY(team.sync(1).hasQuarantine());
        QCOMPARE(customers(*team.devices[1]), 2);

        SyncProblems problems(*team.devices[1]);
        QList<SyncProblems::Problem> list;
        Error error;
        QVERIFY(problems.list(&list, &error));
        QCOMPARE(list.size(), 1);
        const QString bundle =
            team.devices[0]->deviceId() + QLatin1Char('/') + SyncBundle::fileName(2);
        QCOMPARE(list.first().key(), bundle);
        QVERIFY(!list.first().fork);
        QVERIFY(!list.first().reason.isEmpty());

        if (repaired)
            writeFile(second, good); // the administrator copied the file back from a backup
        SyncProblems::Outcome outcome;
        QVERIFY2(problems.release(bundle, &outcome, &error), qPrintable(error.message));
        QCOMPARE(outcome.applied, repaired);
        QCOMPARE(customers(*team.devices[1]), repaired ? 9 : 2);
        QVERIFY(problems.list(&list, &error));
        QCOMPARE(list.size(), repaired ? 0 : 1);
        if (!repaired)
            QVERIFY(!outcome.reason.isEmpty());
        QCOMPARE(
            count(*team.devices[1], QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                                   "'sync_release' AND detail LIKE '%%1%'")
                                        .arg(SyncBundle::fileName(2))),
            1);
        // An unknown bundle: named in the refusal.
        QVERIFY(!problems.release(QStringLiteral("000000099.fdb"), &outcome, &error));
        QCOMPARE(error.code, Error::Code::NotFound);
    }

    void fileReplacedWholeAppliesAndClearsTheProblem()
    {
        // The damaged file is put back whole before anyone releases it: its new content is
        // checked by the next round like any bundle, applied, and the problem is gone.
        Team team;
        QString problem;
        QVERIFY2(team.setUp(2, &problem), qPrintable(problem));
        threeBundles(team);
        const QString second = bundlePath(team, 0, 2);
        const QByteArray good = TestUtil::readAll(second);
        writeFile(second, good.left(good.size() - 1000));
        QVERIFY(team.sync(1).hasQuarantine());
        writeFile(second, good);
        const SyncReport round = team.sync(1);
        QVERIFY2(!round.hasQuarantine(), qPrintable(round.toText()));
        QCOMPARE(customers(*team.devices[1]), 9);
        QList<SyncProblems::Problem> list;
        Error error;
        QVERIFY(SyncProblems(*team.devices[1]).list(&list, &error));
        QVERIFY(list.isEmpty());
    }

    void adoptAFork()
    {
        Team team;
        QString problem;
        QVERIFY2(team.setUp(2, &problem), qPrintable(problem));
        threeBundles(team);
        // Device 0 was restored from an old backup: its bundles 2 and 3 are a new line whose
        // first bundle follows another history.
        const QString key = team.devices[0]->meta(QStringLiteral("sync_team_key"));
        QString previousSha = SyncBundle::sha256("an older history");
        for (int seq = 2; seq <= 3; ++seq) {
            SyncBundleMeta meta;
            QList<SyncChange> changes;
            QString err;
            QVERIFY2(SyncBundle::parse(team.dir.filePath(QStringLiteral("p.fdb")), key,
                                       TestUtil::readAll(bundlePath(team, 0, seq)), &meta, &changes,
                                       &err),
                     qPrintable(err));
            meta.previousSha256 = previousSha;
            QByteArray bytes;
            QVERIFY(SyncBundle::build(team.dir.filePath(QStringLiteral("n%1.fdb").arg(seq)), key,
                                      meta, changes, &bytes, &err));
            writeFile(bundlePath(team, 0, seq), bytes);
            previousSha = SyncBundle::sha256(bytes);
        }
        const SyncReport report = team.sync(1);
        QCOMPARE(report.alarms.size(), 1);
        QCOMPARE(customers(*team.devices[1]), 2);

        SyncProblems problems(*team.devices[1]);
        QList<SyncProblems::Problem> list;
        Error error;
        QVERIFY(problems.list(&list, &error));
        QCOMPARE(list.size(), 1);
        QVERIFY(list.first().fork);
        // Releasing a fork alone does not help: it is set aside again.
        SyncProblems::Outcome outcome;
        QVERIFY(problems.release(list.first().key(), &outcome, &error));
        QVERIFY(!outcome.applied);
        QVERIFY(problems.list(&list, &error));
        QCOMPARE(list.size(), 1);
        // Adopting the new line applies it.
        QVERIFY(!problems.adoptFork(QStringLiteral("no-such-device"), &outcome, &error));
        QCOMPARE(error.code, Error::Code::NotFound);
        QVERIFY2(problems.adoptFork(team.devices[0]->deviceId(), &outcome, &error),
                 qPrintable(error.message));
        QVERIFY(outcome.applied);
        QCOMPARE(customers(*team.devices[1]), 9);
        QVERIFY(problems.list(&list, &error));
        QVERIFY(list.isEmpty());
        QCOMPARE(count(*team.devices[1], QStringLiteral("SELECT count(*) FROM audit_log WHERE "
                                                        "action = 'sync_adopt_fork'")),
                 1);
        // The next round has nothing left to complain about.
        QVERIFY(!team.sync(1).hasQuarantine());
    }
};

QTEST_GUILESS_MAIN(TestSyncProblems)
#include "tst_syncproblems.moc"

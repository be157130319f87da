#include "app/demo/DemoData.h"
#include "app/search/SearchIndex.h"
#include "app/sync/SyncWorker.h"
#include "app/workflow/AttachmentStore.h"
#include "app/workflow/TaskNumberReservation.h"
#include "app/workflow/TaskNumbering.h"
#include "db/RecordStore.h"
#include "db/SyncBlobs.h"
#include "db/SyncFileSystem.h"
#include "db/SyncSnapshot.h"
#include "tests/SyncTestUtil.h"
#include "tests/TestUtil.h"

using namespace SyncTestUtil;

// A team's life beyond bundles: a new device starts from a snapshot and replays only later
// bundles; task numbers never collide between devices (reserved on the share, pending while
// it cannot be reached); the recovery sheet holds the key; the export carries conflicts.
class TestSyncTeam : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() {}

    void newDeviceStartsFromSnapshot()
    {
        Team team;
        QString problem;
        QVERIFY2(team.setUp(3, &problem), qPrintable(problem));
        Error error;
        QVERIFY2(DemoData::load(*team.devices[0], &error), qPrintable(error.message));
        team.sync(0);
        team.sync(1);
        // A concurrent edit before the snapshot, so it carries a conflict.
        QSqlQuery q(team.devices[0]->sql());
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM customers ORDER BY id LIMIT 1")) && q.next());
        const QString id = q.value(0).toString();
        q.finish();
        for (int i : {0, 1})
            QVERIFY(RecordStore(*team.devices[i])
                        .update(QStringLiteral("customers"), id,
                                {{QStringLiteral("notes"),
                                  QStringLiteral("快照明文哨兵版本 %1").arg(i)}},
                                &error));
        team.sync(1);
        team.sync(0);
        QString path;
        QVERIFY2(SyncSnapshot::publish(*team.devices[0], nullptr, &path, &error),
                 qPrintable(error.message));
        QVERIFY(QFile::exists(path));
        QVERIFY(
            !TestUtil::containsText(TestUtil::readAll(path), QStringLiteral("快照明文哨兵版本 0")));
        // Later changes on both devices: only they are replayed after the snapshot.
        RecordStore(*team.devices[0])
            .update(QStringLiteral("customers"), id,
                    {{QStringLiteral("region"), QStringLiteral("华南")}}, &error);
        RecordStore(*team.devices[1])
            .update(QStringLiteral("customers"), id,
                    {{QStringLiteral("address"), QStringLiteral("深圳")}}, &error);
        team.sync(0);
        team.sync(1);

        bool restored = false;
        QVERIFY2(SyncSnapshot::restoreLatest(*team.devices[2], nullptr, &restored, &error),
                 qPrintable(error.message));
        QVERIFY(restored);
        QVERIFY(count(*team.devices[2], QStringLiteral("SELECT count(*) FROM tasks")) >= 5);
        const SyncReport r = team.sync(2);
        QVERIFY2(r.errors.isEmpty() && !r.hasQuarantine(), qPrintable(r.toText()));
        // Device 0's bundle 3 and device 1's bundle 2; the snapshot covered the ones before.
        QCOMPARE(r.bundlesApplied, 2);
        team.sync(0);
        team.sync(1);
        QCOMPARE(exportHash(*team.devices[2]), exportHash(*team.devices[0]));
        QCOMPARE(exportHash(*team.devices[1]), exportHash(*team.devices[0]));
        QCOMPARE(exportDoc(*team.devices[2]).value(QStringLiteral("conflicts")).toArray().size(),
                 1);
        // The search index followed the restored records.
        QVERIFY(count(*team.devices[2], QStringLiteral("SELECT count(*) FROM search_docs")) > 0);
        // Only into an empty database.
        QVERIFY(!SyncSnapshot::restoreLatest(*team.devices[1], nullptr, &restored, &error));
    }

    void taskNumbersNeverCollide()
    {
        Team team;
        QString problem;
        QVERIFY2(team.setUp(2, &problem), qPrintable(problem));
        Error error;
        QSet<QString> numbers;
        for (int round = 0; round < 4; ++round) {
            for (int i : {0, 1}) {
                QString number;
                QVERIFY(TaskNumbering::next(*team.devices[i], 2026, &number, &error));
                QVERIFY(!number.isEmpty());
                QVERIFY2(!numbers.contains(number), qPrintable(number));
                numbers.insert(number);
            }
        }
        QCOMPARE(numbers.size(), 8);
        QVERIFY(numbers.contains(QStringLiteral("LITH-FE-2026-0001")));
        QVERIFY(numbers.contains(QStringLiteral("LITH-FE-2026-0008"))); // no gaps
        // The share out of reach: the number is pending (empty).
        const QString moved = team.share + QStringLiteral("-away");
        QVERIFY(QDir().rename(team.share, moved));
        QString pending = QStringLiteral("x");
        QVERIFY(TaskNumbering::next(*team.devices[0], 2026, &pending, &error));
        QVERIFY(pending.isEmpty());
        QVERIFY(QDir().rename(moved, team.share));
        // A task saved with a pending number is numbered at the next round, by its own device.
        QVERIFY(DemoData::load(*team.devices[0], &error));
        QSqlQuery q(team.devices[0]->sql());
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM tasks ORDER BY id LIMIT 2")));
        QStringList ids;
        while (q.next())
            ids << q.value(0).toString();
        q.finish();
        for (const QString &id : std::as_const(ids))
            QVERIFY(RecordStore(*team.devices[0])
                        .update(QStringLiteral("tasks"), id,
                                {{QStringLiteral("number"), QVariant()}}, &error));
        const SyncReport r = team.sync(0);
        QVERIFY2(r.errors.isEmpty(), qPrintable(r.toText()));
        // Giving the numbers is news, not a problem: a note, never a warning.
        QCOMPARE(r.notes.size(), 1);
        QVERIFY(r.warnings.isEmpty());
        QCOMPARE(count(*team.devices[0],
                       QStringLiteral("SELECT count(*) FROM tasks WHERE number IS NULL")),
                 0);
        team.sync(1);
        team.sync(0);
        QCOMPARE(exportHash(*team.devices[1]), exportHash(*team.devices[0]));
    }

    void clashingNumbersFromOldDevicesAreRenumbered()
    {
        // Two devices that gave the same number before they were in the team (or by hand):
        // the task registered later loses its number and its device gives it a new one.
        Team team;
        QString problem;
        QVERIFY2(team.setUp(2, &problem), qPrintable(problem));
        Error error;
        QVERIFY(DemoData::load(*team.devices[0], &error));
        team.sync(0);
        team.sync(1);
        QSqlQuery q(team.devices[0]->sql());
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM tasks ORDER BY id LIMIT 2")));
        QStringList ids;
        while (q.next())
            ids << q.value(0).toString();
        q.finish();
        const QString clash = QStringLiteral("LITH-FE-2031-0001");
        QVERIFY(RecordStore(*team.devices[0])
                    .update(QStringLiteral("tasks"), ids[0], {{QStringLiteral("number"), clash}},
                            &error));
        QVERIFY(RecordStore(*team.devices[1])
                    .update(QStringLiteral("tasks"), ids[1], {{QStringLiteral("number"), clash}},
                            &error));
        for (int i : {0, 1, 0, 1, 0})
            QVERIFY(team.sync(i).errors.isEmpty());
        QCOMPARE(exportHash(*team.devices[1]), exportHash(*team.devices[0]));
        QCOMPARE(count(*team.devices[0],
                       QStringLiteral("SELECT count(*) FROM tasks WHERE number = '%1'").arg(clash)),
                 1);
        QCOMPARE(count(*team.devices[0],
                       QStringLiteral("SELECT count(*) FROM tasks WHERE number IS NULL")),
                 0);
    }

    void workerThreadSyncsWithItsOwnConnection()
    {
        Team team;
        QString problem;
        QVERIFY2(team.setUp(2, &problem), qPrintable(problem));
        Error error;
        QVERIFY(DemoData::load(*team.devices[0], &error));
        team.sync(0);
        QThread thread;
        SyncWorker worker(*team.devices[1]);
        worker.moveToThread(&thread);
        QSignalSpy progress(&worker, &SyncWorker::progress);
        QSignalSpy finished(&worker, &SyncWorker::finished);
        thread.start();
        QMetaObject::invokeMethod(&worker, "run", Qt::QueuedConnection);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QVERIFY2(finished.first().at(1).toBool(), qPrintable(finished.first().at(2).toString()));
        const SyncReport report = finished.first().at(0).value<SyncReport>();
        QCOMPARE(report.bundlesApplied, 1);
        QVERIFY(progress.size() >= 2);
        // The GUI thread's connection sees what the worker applied.
        QCOMPARE(exportHash(*team.devices[1]), exportHash(*team.devices[0]));
        QVERIFY(SyncEngine::lastSyncAt(*team.devices[1]).isValid());
        // Cancelled before it starts: nothing is applied, the report says so.
        RecordStore(*team.devices[0])
            .update(QStringLiteral("customers"),
                    exportDoc(*team.devices[0])
                        .value(QStringLiteral("customers"))
                        .toArray()
                        .first()
                        .toObject()
                        .value(QStringLiteral("id"))
                        .toString(),
                    {{QStringLiteral("notes"), QStringLiteral("later")}}, &error);
        team.sync(0);
        worker.cancel();
        QMetaObject::invokeMethod(&worker, "run", Qt::QueuedConnection);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30000);
        thread.quit();
        thread.wait();
        QVERIFY(finished.last().at(0).value<SyncReport>().cancelled);
        QCOMPARE(finished.last().at(0).value<SyncReport>().bundlesApplied, 0);
    }

    void attachmentsTravelAsBlobs()
    {
        Team team;
        QString problem;
        QVERIFY2(team.setUp(2, &problem), qPrintable(problem));
        const QByteArray content =
            QStringLiteral("扫描件 NDA 签字页 — SENTINEL-blob-5c1e\n").repeated(2000).toUtf8();
        Error error;
        const QString id = RecordStore::newId();
        QVERIFY2(AttachmentStore(*team.devices[0])
                     .addData(QStringLiteral("nda.pdf"), content, id, &error),
                 qPrintable(error.message));
        // The same file attached twice is one blob.
        QVERIFY(AttachmentStore(*team.devices[0])
                    .addData(QStringLiteral("copy.pdf"), content, RecordStore::newId(), &error));
        const SyncReport round = team.sync(0);
        QVERIFY2(round.errors.isEmpty(), qPrintable(round.errors.join(QLatin1Char('\n'))));
        const QString blobs = team.share + QStringLiteral("/fielddesk/blobs");
        const QStringList names = QDir(blobs).entryList(QDir::Files);
        QCOMPARE(names.size(), 1);
        const QString key = team.devices[0]->meta(QStringLiteral("sync_team_key"));
        QCOMPARE(names.first(), SyncBlobs::nameFor(key, content));
        QVERIFY(names.first() != AttachmentStore::sha256Hex(content));
        // Neither the blob nor any bundle holds the content in plaintext.
        for (const QString &file : TestUtil::filesUnder(team.share)) {
            const QByteArray bytes = TestUtil::readAll(file);
            QVERIFY2(!bytes.contains("SENTINEL-blob-5c1e"), qPrintable(file));
            QVERIFY2(!TestUtil::containsText(bytes, QStringLiteral("扫描件 NDA 签字页")),
                     qPrintable(file));
        }
        // The bundle is small: the content is not in it.
        qint64 bundleBytes = 0;
        for (const QString &file :
             TestUtil::filesUnder(team.share + QStringLiteral("/fielddesk/devices")))
            bundleBytes += QFileInfo(file).size();
        QVERIFY(bundleBytes < content.size());

        QVERIFY(team.sync(1).errors.isEmpty());
        AttachmentStore other(*team.devices[1]);
        QByteArray read;
        QVERIFY2(other.read(id, &read, &error), qPrintable(error.message));
        QCOMPARE(read, content);
        // Fetched once and kept: readable with the share gone.
        const QString moved = team.share + QStringLiteral("-away");
        QVERIFY(QDir().rename(team.share, moved));
        read.clear();
        QVERIFY2(other.read(id, &read, &error), qPrintable(error.message));
        QCOMPARE(read, content);
        QVERIFY(QDir().rename(moved, team.share));

        // A damaged blob is refused with a message on a device that has not fetched it yet.
        Team second;
        QVERIFY2(second.setUp(2, &problem), qPrintable(problem));
        const QString id2 = RecordStore::newId();
        QVERIFY(AttachmentStore(*second.devices[0])
                    .addData(QStringLiteral("a.pdf"), content, id2, &error));
        second.sync(0);
        second.sync(1);
        const QString blobDir = second.share + QStringLiteral("/fielddesk/blobs/");
        const QString blobFile = blobDir + QDir(blobDir).entryList(QDir::Files).first();
        QByteArray bytes = TestUtil::readAll(blobFile);
        bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 1);
        QFile f(blobFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();
        QVERIFY(!AttachmentStore(*second.devices[1]).read(id2, &read, &error));
        QVERIFY(error.message.contains(QStringLiteral("damaged")));
    }

    void recoverySheetHoldsTheKey()
    {
        Team team;
        QString problem;
        QVERIFY2(team.setUp(1, &problem), qPrintable(problem));
        const QString sheet = SyncTeam::recoverySheetText(*team.devices[0]);
        const QString key = team.devices[0]->meta(QStringLiteral("sync_team_key")).toUpper();
        QCOMPARE(key.size(), 64);
        QString grouped = sheet;
        grouped.remove(QLatin1Char(' ')).remove(QLatin1Char('\n'));
        QVERIFY(grouped.contains(key));
        QVERIFY(sheet.contains(SyncTeam::teamId(*team.devices[0])));
        // team.json holds no secret.
        const QByteArray json =
            TestUtil::readAll(team.share + QStringLiteral("/fielddesk/team.json"));
        QVERIFY(json.contains(SyncTeam::teamId(*team.devices[0]).toLatin1()));
        QVERIFY(!json.toUpper().contains(key.left(16).toLatin1()));
    }
};

QTEST_GUILESS_MAIN(TestSyncTeam)
#include "tst_syncteam.moc"

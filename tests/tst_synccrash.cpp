#include "app/search/SearchIndex.h"
#include "db/RecordStore.h"
#include "tests/SyncTestUtil.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>

using namespace SyncTestUtil;

// quality.md "Crash safety" for sync: a device is killed (SIGKILL) while it writes and
// publishes, and another while it applies; afterwards both databases are intact, every save
// reported as done is there, nothing is set aside, and both end with the same data.
class TestSyncCrash : public QObject
{
    Q_OBJECT

    static QStringList runAndKill(const QString &db, const QString &key, const QString &mode,
                                  QRandomGenerator &rng, int times)
    {
        QStringList reported;
        for (int i = 0; i < times; ++i) {
            QProcess worker;
            worker.start(QStringLiteral(FIELDDESK_SYNCWORKER_PATH), {db, key, mode});
            if (!worker.waitForStarted(10000))
                return {QStringLiteral("no start")};
            // Under load a worker needs a while to open its database: a writer is killed only
            // once it has committed something, so every run ends mid-work, not before it.
            QByteArray out;
            QElapsedTimer started;
            started.start();
            while (mode == QLatin1String("write") && !out.contains('\n') &&
                   started.elapsed() < 20000) {
                worker.waitForReadyRead(100);
                out += worker.readAllStandardOutput();
            }
            QTest::qWait(int(rng.bounded(30, 250)));
            worker.kill(); // SIGKILL on Unix, TerminateProcess on Windows
            worker.waitForFinished(10000);
            if (worker.exitStatus() != QProcess::CrashExit)
                qWarning("worker ended by itself: %s", worker.readAllStandardError().constData());
            out += worker.readAllStandardOutput();
            for (const QByteArray &line : out.split('\n')) {
                if (line.size() == 36)
                    reported << QString::fromLatin1(line);
            }
        }
        return reported;
    }

private slots:
    void killedWhilePublishingAndApplying()
    {
        Team team;
        QString problem;
        QVERIFY2(team.setUp(2, &problem), qPrintable(problem));
        const QString path0 = team.devices[0]->path();
        const QString path1 = team.devices[1]->path();
        for (auto &db : team.devices)
            db->close();
        QRandomGenerator rng(QRandomGenerator::global()->generate());
        // Device 0 writes and publishes; device 1 applies, each killed at random points.
        QStringList reported;
        for (int cycle = 0; cycle < 4; ++cycle) {
            reported += runAndKill(path0, rawKey(0), QStringLiteral("write"), rng, 2);
            runAndKill(path1, rawKey(1), QStringLiteral("sync"), rng, 2);
        }
        QVERIFY2(reported.size() >= 8, "each writer run must have committed something");

        Error error;
        for (int i : {0, 1}) {
            QVERIFY2(team.devices[i]->open(i == 0 ? path0 : path1, rawKey(i), &error,
                                           Database::KeyKind::RawKey),
                     qPrintable(error.message));
            QStringList problems;
            QVERIFY2(team.devices[i]->checkIntegrity(&problems),
                     qPrintable(problems.join(QLatin1Char(';'))));
        }
        for (int round = 0; round < 2; ++round) {
            for (int i : {0, 1}) {
                const SyncReport r = team.sync(i);
                QVERIFY2(!r.hasQuarantine() && r.errors.isEmpty(), qPrintable(r.toText()));
            }
        }
        for (int i : {0, 1}) {
            RecordStore store(*team.devices[i]);
            for (const QString &id : std::as_const(reported))
                QVERIFY2(store.exists(QStringLiteral("customers"), id), qPrintable(id));
        }
        QCOMPARE(exportHash(*team.devices[1]), exportHash(*team.devices[0]));
        QCOMPARE(count(*team.devices[0],
                       QStringLiteral("SELECT count(*) FROM change_log WHERE bundle_seq IS NULL")),
                 0);
    }
};

QTEST_GUILESS_MAIN(TestSyncCrash)
#include "tst_synccrash.moc"

#include "db/AuditLog.h"
#include "db/Database.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

// quality.md "Crash safety": a writer is killed with SIGKILL at random points, many times;
// afterwards the database opens, PRAGMA integrity_check is ok, the audit chain holds, and
// every save the writer reported as done is there.
class TestCrashSafety : public QObject
{
    Q_OBJECT
private slots:
    void killedWriterLosesNothingReported()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("crash.fdb"));
        const QString key = QString(64, QLatin1Char('d'));
        {
            Database db;
            Error error;
            QVERIFY2(db.create(path, key, &error, Database::KeyKind::RawKey),
                     qPrintable(error.message));
        }
        QStringList reported;
        QRandomGenerator rng(QRandomGenerator::global()->generate());
        const int rounds = 25;
        for (int round = 0; round < rounds; ++round) {
            QProcess writer;
            writer.start(QStringLiteral(FIELDDESK_CRASHWRITER_PATH), {path, key});
            QVERIFY(writer.waitForStarted(10000));
            // Let it get going, then kill it somewhere inside its stream of transactions.
            QTest::qWait(int(rng.bounded(40, 260)));
            writer.kill(); // SIGKILL on Unix, TerminateProcess on Windows
            QVERIFY(writer.waitForFinished(10000));
            const QList<QByteArray> lines = writer.readAllStandardOutput().split('\n');
            for (const QByteArray &line : lines) {
                // Only complete lines: a partly written id was never reported as done.
                if (line.size() == 36)
                    reported << QString::fromLatin1(line);
            }
            QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
        }
        QVERIFY2(reported.size() > rounds, "the writer must have committed something");

        Database db;
        Error error;
        QVERIFY2(db.open(path, key, &error, Database::KeyKind::RawKey), qPrintable(error.message));
        QStringList problems;
        QVERIFY2(db.checkIntegrity(&problems), qPrintable(problems.join(QLatin1Char(';'))));
        QVERIFY2(AuditLog(db).verify(&problems), qPrintable(problems.join(QLatin1Char(';'))));
        QSet<QString> present;
        QSqlQuery q(db.sql());
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM customers")));
        while (q.next())
            present.insert(q.value(0).toString());
        for (const QString &id : reported)
            QVERIFY2(present.contains(id), qPrintable(QStringLiteral("lost save %1").arg(id)));
        // Every row has its change log: no half-written record survived.
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM customers c WHERE NOT EXISTS "
                                      "(SELECT 1 FROM change_log l WHERE l.record_id = c.id "
                                      "AND l.field = 'name')")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        qInfo("%lld saves reported over %d kills, all present", qlonglong(reported.size()), rounds);
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"

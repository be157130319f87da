#include "app/demo/DemoData.h"
#include "app/sync/SyncRecovery.h"
#include "app/workflow/AttachmentStore.h"
#include "app/workflow/HolidayCalendar.h"
#include "db/RecordStore.h"
#include "db/SyncSnapshot.h"
#include "tests/SyncTestUtil.h"

#include <QProcess>

using namespace SyncTestUtil;

// A team's desks all lost (every database deleted, every passphrase forgotten): a new desk
// rebuilt from the shared folder and the recovery sheet holds exactly what the last synced
// desk exported, attachments included, and joins as a device of its own.
class TestSyncRecovery : public QObject
{
    Q_OBJECT
private:
    static void edit(Database &db, const char *table, const QString &id, const QVariantMap &fields)
    {
        Error error;
        QVERIFY2(RecordStore(db).update(QLatin1String(table), id, fields, &error),
                 qPrintable(error.message));
    }
    static void roundAll(Team &team)
    {
        for (int pass = 0; pass < 2; ++pass) {
            for (int i = 0; i < int(team.devices.size()); ++i) {
                const SyncReport r = team.sync(i);
                QVERIFY2(r.errors.isEmpty() && !r.hasQuarantine(), qPrintable(r.toText()));
            }
        }
    }

private slots:
    void parseKey_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        const QString key = QStringLiteral("0123456789abcdef").repeated(4);
        QStringList groups;
        for (int i = 0; i < 64; i += 4)
            groups << key.mid(i, 4).toUpper();
        QTest::newRow("sheet") << QStringLiteral("Lithera Field Desk — team recovery sheet\n\n"
                                                 "Team: 6b0c7a52-3f0e-4c7e-9a55-1d2f0e5c9a10\n"
                                                 "Shared folder: /mnt/office\n\nRecovery key:\n") +
                                      groups.mid(0, 8).join(' ') + '\n' + groups.mid(8).join(' ') +
                                      QStringLiteral("\n\nKeep this.")
                               << true;
        QTest::newRow("bare key") << key + '\n' << true;
        QTest::newRow("dashes") << groups.join('-') << true;
        QTest::newRow("a group short") << groups.mid(1).join(' ') << false;
        QTest::newRow("not hex") << QStringLiteral("WXYZ ").repeated(16) << false;
        QTest::newRow("empty") << QString() << false;
    }

    void parseKey()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QString key;
        Error error;
        QCOMPARE(SyncRecovery::parseKey(text, &key, &error), ok);
        if (ok)
            QCOMPARE(key, QStringLiteral("0123456789abcdef").repeated(4));
        else
            QCOMPARE(error.code, Error::Code::Validation);
    }

    void threeDesksLostAndRebuilt()
    {
        Team team;
        QString problem;
        QVERIFY2(team.setUp(3, &problem), qPrintable(problem));
        Error error;
        QVERIFY2(DemoData::load(*team.devices[0], &error), qPrintable(error.message));
        roundAll(team);
        // A snapshot in the morning; the day's edits come after it.
        QString snapshot;
        QVERIFY2(SyncSnapshot::publish(*team.devices[0], nullptr, &snapshot, &error),
                 qPrintable(error.message));

        // The day: a customer's notes on desk 1, a scanned NDA on desk 0 (a blob on the share),
        // a holiday entered on desk 2, and a concurrent edit of one customer on desks 0 and 2.
        QSqlQuery first(team.devices[1]->sql());
        QVERIFY(first.exec(QStringLiteral("SELECT id FROM customers WHERE deleted = 0 ORDER BY "
                                          "name LIMIT 2")));
        QStringList customers;
        while (first.next())
            customers << first.value(0).toString();
        first.finish();
        QCOMPARE(customers.size(), 2);
        edit(*team.devices[1], "customers", customers[0],
             {{QStringLiteral("notes"), QStringLiteral("年度巡检排期：三月、九月。")}});
        const QByteArray scan = QByteArray("%PDF-1.4\n% scanned NDA\n").repeated(200);
        const QString attachment = RecordStore::newId();
        QVERIFY2(AttachmentStore(*team.devices[0])
                     .addData(QStringLiteral("nda-scan.pdf"), scan, attachment, &error),
                 qPrintable(error.message));
        QVERIFY(RecordStore(*team.devices[2])
                    .insert(QStringLiteral("holidays"), RecordStore::newId(),
                            {{QStringLiteral("date"), QStringLiteral("2027-01-01")},
                             {QStringLiteral("kind"), QStringLiteral("holiday")},
                             {QStringLiteral("name"), QStringLiteral("元旦")}},
                            &error));
        edit(*team.devices[0], "customers", customers[1],
             {{QStringLiteral("notes"), QStringLiteral("上午的备注")}});
        edit(*team.devices[2], "customers", customers[1],
             {{QStringLiteral("notes"), QStringLiteral("下午的备注")}});
        roundAll(team);
        // Every desk agrees; the last one synced is the reference.
        const QByteArray expected = exportHash(*team.devices[2]);
        QCOMPARE(exportHash(*team.devices[0]), expected);
        QCOMPARE(exportHash(*team.devices[1]), expected);
        const QString sheet = SyncTeam::recoverySheetText(*team.devices[0]);
        QStringList oldDevices;
        for (auto &db : team.devices)
            oldDevices << db->deviceId();

        // Every database is gone.
        for (auto &db : team.devices) {
            const QString path = db->path();
            db->close();
            QVERIFY(QFile::remove(path));
        }
        team.devices.clear();

        // A wrong key is refused before anything is written.
        const QString path = team.dir.filePath(QStringLiteral("rebuilt.fdb"));
        {
            Database wrong;
            QVERIFY(wrong.create(team.dir.filePath(QStringLiteral("wrong.fdb")), rawKey(8), &error,
                                 Database::KeyKind::RawKey));
            SyncReport report;
            int fetched = 0;
            QVERIFY(!SyncRecovery(wrong).recover(team.share, QString(64, QLatin1Char('f')), &report,
                                                 &fetched, &error));
            QCOMPARE(error.code, Error::Code::WrongPassphrase);
            QVERIFY(SyncTeam::teamId(wrong).isEmpty());
        }

        // Rebuilt from the share and the sheet, as a new device.
        Database rebuilt;
        QVERIFY(rebuilt.create(path, rawKey(9), &error, Database::KeyKind::RawKey));
        QVERIFY(HolidayCalendar(rebuilt).install(nullptr, &error)); // as every new database
        QString key;
        QVERIFY2(SyncRecovery::parseKey(sheet, &key, &error), qPrintable(error.message));
        SyncReport report;
        int fetched = 0;
        QVERIFY2(SyncRecovery(rebuilt).recover(team.share, key, &report, &fetched, &error),
                 qPrintable(error.message));
        QVERIFY2(!report.hasQuarantine(), qPrintable(report.toText()));
        QVERIFY(report.bundlesApplied > 0); // the bundles after the snapshot
        QCOMPARE(fetched, 1);
        QVERIFY(!oldDevices.contains(rebuilt.deviceId()));
        QCOMPARE(exportHash(rebuilt), expected);

        // The scan is inside the database now: the share's blobs are not needed any more.
        const QString blobs = team.share + QStringLiteral("/fielddesk/blobs");
        QVERIFY(QDir().rename(blobs, blobs + QStringLiteral(".away")));
        QByteArray read;
        QVERIFY2(AttachmentStore(rebuilt).read(attachment, &read, &error),
                 qPrintable(error.message));
        QCOMPARE(read, scan);
        // Audited.
        QCOMPARE(count(rebuilt, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                               "'team_recover'")),
                 1);

#ifdef FIELDDESK_CLI_PATH
        // The same from the command line, under a new passphrase.
        QFile sheetFile(team.dir.filePath(QStringLiteral("sheet.txt")));
        QVERIFY(sheetFile.open(QIODevice::WriteOnly));
        sheetFile.write(sheet.toUtf8());
        sheetFile.close();
        QVERIFY(QDir().rename(blobs + QStringLiteral(".away"), blobs));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("FIELDDESK_NEW_PASSPHRASE"), QStringLiteral("neu-anfang-2026"));
        QProcess cli;
        cli.setProcessEnvironment(env);
        const QString cliDb = team.dir.filePath(QStringLiteral("cli.fdb"));
        cli.start(QStringLiteral(FIELDDESK_CLI_PATH),
                  {QStringLiteral("recover"), QStringLiteral("--share"), team.share,
                   QStringLiteral("--recovery-key-file"), sheetFile.fileName(),
                   QStringLiteral("--db"), cliDb});
        QVERIFY(cli.waitForFinished(300000));
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
        Database fromCli;
        QVERIFY2(fromCli.open(cliDb, QStringLiteral("neu-anfang-2026"), &error),
                 qPrintable(error.message));
        QCOMPARE(exportHash(fromCli), expected);
        // A second time into the same file: refused, the file untouched.
        cli.start(QStringLiteral(FIELDDESK_CLI_PATH),
                  {QStringLiteral("recover"), QStringLiteral("--share"), team.share,
                   QStringLiteral("--recovery-key-file"), sheetFile.fileName(),
                   QStringLiteral("--db"), cliDb});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 1);
#endif
    }
};

QTEST_GUILESS_MAIN(TestSyncRecovery)
#include "tst_syncrecovery.moc"

#include "db/AuditLog.h"
#include "db/Database.h"
#include "db/RecordStore.h"
#include "db/SchemaMigrator.h"
#include "db/SqlCipherDriver.h"
#include "tests/TestUtil.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>

// Database lifecycle: create, unlock, wrong passphrase, rekey, backup, migrations, identity.
class TestDatabase : public QObject
{
    Q_OBJECT
private:
    const QString m_pass = QStringLiteral("correct horse 电池");
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void createAndReopen()
    {
        const QString file = path(QStringLiteral("a.fdb"));
        {
            Database db;
            Error error;
            QVERIFY2(db.create(file, m_pass, &error), qPrintable(error.message));
            QCOMPARE(db.schemaVersion(), SchemaMigrator::latestVersion());
            QVERIFY(!db.deviceId().isEmpty());
            QVERIFY(db.cipherVersion().startsWith(QLatin1String("3.")) ||
                    db.cipherVersion().startsWith(QLatin1String("4.")));
        }
        Database db;
        Error error;
        QVERIFY2(db.open(file, m_pass, &error), qPrintable(error.message));
        QCOMPARE(db.schemaVersion(), SchemaMigrator::latestVersion());
        QSqlQuery q(db.sql());
        QVERIFY(q.exec(QStringLiteral("PRAGMA kdf_iter")) && q.next());
        QCOMPARE(q.value(0).toInt(), SqlCipherDriver::KdfIterations);
        QVERIFY(q.exec(QStringLiteral("PRAGMA cipher_page_size")) && q.next());
        QCOMPARE(q.value(0).toInt(), SqlCipherDriver::CipherPageSize);
    }

    void createRefusesToOverwrite()
    {
        const QString file = path(QStringLiteral("exists.fdb"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("precious");
        f.close();
        Database db;
        Error error;
        QVERIFY(!db.create(file, m_pass, &error));
        QCOMPARE(error.code, Error::Code::Exists);
        QCOMPARE(TestUtil::readAll(file), QByteArray("precious"));
    }

    void createRejectsShortPassphrase()
    {
        Database db;
        Error error;
        QVERIFY(!db.create(path(QStringLiteral("short.fdb")), QStringLiteral("1234567"), &error));
        QCOMPARE(error.code, Error::Code::Validation);
        QVERIFY(!QFile::exists(path(QStringLiteral("short.fdb"))));
    }

    void wrongPassphraseLeavesBytesUnchanged()
    {
        const QString file = path(QStringLiteral("wrong.fdb"));
        {
            Database db;
            QVERIFY(db.create(file, m_pass, nullptr));
        }
        const QByteArray before = TestUtil::readAll(file);
        const QStringList filesBefore = QDir(m_dir.path()).entryList(QDir::Files);
        Database db;
        Error error;
        QVERIFY(!db.open(file, QStringLiteral("not the passphrase"), &error));
        QCOMPARE(error.code, Error::Code::WrongPassphrase);
        QVERIFY(!db.isOpen());
        QCOMPARE(TestUtil::readAll(file), before);
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), filesBefore);
    }

    void openMissingFileCreatesNothing()
    {
        Database db;
        Error error;
        QVERIFY(!db.open(path(QStringLiteral("missing.fdb")), m_pass, &error));
        QCOMPARE(error.code, Error::Code::NotFound);
        QVERIFY(!QFile::exists(path(QStringLiteral("missing.fdb"))));
    }

    void randomBytesAreNotADatabase()
    {
        const QString file = path(QStringLiteral("noise.fdb"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, '\x5a'));
        f.close();
        Database db;
        Error error;
        QVERIFY(!db.open(file, m_pass, &error));
        QCOMPARE(error.code, Error::Code::WrongPassphrase);
    }

    void foreignSqlCipherDatabaseIsRefused()
    {
        // Right passphrase, but a database some other program made.
        const QString file = path(QStringLiteral("foreign.fdb"));
        {
            SqlCipherDriver driver;
            QVERIFY(driver.open(file, {}, m_pass, {}, 0, QStringLiteral("FD_CREATE")));
            QString err;
            QVERIFY(driver.executeScript(QStringLiteral("CREATE TABLE x (a)"), &err));
        }
        Database db;
        Error error;
        QVERIFY(!db.open(file, m_pass, &error));
        QCOMPARE(error.code, Error::Code::NotFieldDesk);
    }

    void rekeyThenOnlyNewPassphraseOpens()
    {
        const QString file = path(QStringLiteral("rekey.fdb"));
        const QString newPass = QStringLiteral("新的口令 new passphrase");
        {
            Database db;
            QVERIFY(db.create(file, m_pass, nullptr));
            RecordStore store(db);
            QVERIFY(store.insert(QStringLiteral("customers"), RecordStore::newId(),
                                 {{QStringLiteral("name"), QStringLiteral("成都呈显光电")},
                                  {QStringLiteral("tier"), QStringLiteral("A")},
                                  {QStringLiteral("kind"), QStringLiteral("customer")}},
                                 nullptr));
            Error error;
            QVERIFY2(db.rekey(newPass, &error), qPrintable(error.message));
        }
        Database old;
        Error error;
        QVERIFY(!old.open(file, m_pass, &error));
        QCOMPARE(error.code, Error::Code::WrongPassphrase);
        Database db;
        QVERIFY2(db.open(file, newPass, &error), qPrintable(error.message));
        QSqlQuery q(db.sql());
        QVERIFY(q.exec(QStringLiteral("SELECT name FROM customers")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("成都呈显光电"));
        QVERIFY(db.checkIntegrity(nullptr));
    }

    void backupIsConsistentAndEncrypted()
    {
        const QString file = path(QStringLiteral("src.fdb"));
        const QString copy = path(QStringLiteral("copy.fdb"));
        const QString sentinel = QStringLiteral("备份哨兵SENTINEL-7f3a");
        Database db;
        QVERIFY(db.create(file, m_pass, nullptr));
        RecordStore store(db);
        QVERIFY(store.insert(QStringLiteral("customers"), RecordStore::newId(),
                             {{QStringLiteral("name"), sentinel},
                              {QStringLiteral("tier"), QStringLiteral("B")},
                              {QStringLiteral("kind"), QStringLiteral("oem")}},
                             nullptr));
        Error error;
        QVERIFY2(db.backupTo(copy, &error), qPrintable(error.message));
        QVERIFY(!db.backupTo(copy, &error));
        QCOMPARE(error.code, Error::Code::Exists);
        QVERIFY(!TestUtil::containsText(TestUtil::readAll(copy), sentinel));
        Database restored;
        QVERIFY2(restored.open(copy, m_pass, &error), qPrintable(error.message));
        QSqlQuery q(restored.sql());
        QVERIFY(q.exec(QStringLiteral("SELECT name FROM customers")) && q.next());
        QCOMPARE(q.value(0).toString(), sentinel);
        QVERIFY(restored.checkIntegrity(nullptr));
        QVERIFY(AuditLog(restored).verify(nullptr));
    }

    void migratesFromEveryEarlierVersion()
    {
        const int latest = SchemaMigrator::latestVersion();
        QVERIFY(latest >= 2);
        for (int version = 1; version < latest; ++version) {
            const QString file = path(QStringLiteral("old%1.fdb").arg(version));
            {
                Database db;
                QVERIFY(db.create(file, m_pass, nullptr));
            }
            // Rebuild the file as version `version` had it: a fresh create stops there.
            QFile::remove(file);
            QFile::remove(file + QStringLiteral("-wal"));
            QFile::remove(file + QStringLiteral("-shm"));
            {
                SqlCipherDriver driver;
                QVERIFY(driver.open(file, {}, m_pass, {}, 0, QStringLiteral("FD_CREATE")));
                QString err;
                QVERIFY(driver.executeScript(
                    QStringLiteral("PRAGMA application_id = %1").arg(Database::ApplicationId),
                    &err));
            }
            {
                Database db;
                Error error;
                // Opening with a target builds exactly the old schema.
                QVERIFY2(db.open(file, m_pass, &error, Database::KeyKind::Passphrase, version),
                         qPrintable(error.message));
                QCOMPARE(db.schemaVersion(), version);
                db.setMeta(QStringLiteral("marker"), QStringLiteral("kept across migration"),
                           nullptr);
            }
            Database db;
            Error error;
            QVERIFY2(db.open(file, m_pass, &error), qPrintable(error.message));
            QCOMPARE(db.schemaVersion(), latest);
            QCOMPARE(db.meta(QStringLiteral("marker")), QStringLiteral("kept across migration"));
            QVERIFY(db.checkIntegrity(nullptr));
        }
    }

    void schemaStepsHaveNoGaps_data()
    {
        QTest::addColumn<QList<int>>("versions");
        QTest::addColumn<bool>("ok");
        QTest::newRow("this build") << QList<int>{} << true;
        QTest::newRow("1 2 3") << QList<int>{1, 2, 3} << true;
        QTest::newRow("gap 1 2 4") << QList<int>{1, 2, 4} << false;
        QTest::newRow("repeat 1 2 2") << QList<int>{1, 2, 2} << false;
        QTest::newRow("starts at 2") << QList<int>{2, 3} << false;
    }

    void schemaStepsHaveNoGaps()
    {
        QFETCH(QList<int>, versions);
        QFETCH(bool, ok);
        QList<SchemaMigrator::Step> steps;
        for (int v : versions)
            steps.append({v, QStringLiteral(":/schema/x.sql")});
        if (versions.isEmpty())
            steps = SchemaMigrator::steps(); // the steps compiled into this build
        Error error;
        QCOMPARE(SchemaMigrator::checkSequence(steps, &error), ok);
        QCOMPARE(error.message.isEmpty(), ok);
    }

    void newerSchemaIsRefusedUntouched()
    {
        const QString file = path(QStringLiteral("newer.fdb"));
        {
            Database db;
            QVERIFY(db.create(file, m_pass, nullptr));
            QSqlQuery q(db.sql());
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1")
                               .arg(SchemaMigrator::latestVersion() + 1)));
        }
        const QByteArray before = TestUtil::readAll(file);
        Database db;
        Error error;
        QVERIFY(!db.open(file, m_pass, &error));
        QCOMPARE(error.code, Error::Code::NewerSchema);
        QVERIFY(error.message.contains(QString::number(SchemaMigrator::latestVersion() + 1)));
        QCOMPARE(TestUtil::readAll(file), before);
    }

    void sentinelsNeverReachTheDisk()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("s.fdb"));
        const QStringList sentinels{QStringLiteral("SENTINEL-ascii-91c2d"),
                                    QStringLiteral("哨兵中文字符串甲乙丙"),
                                    QStringLiteral("𠀀𠀁𠀂扩展B哨兵")};
        Database db;
        QVERIFY(db.create(file, m_pass, nullptr));
        RecordStore store(db);
        for (int i = 0; i < 200; ++i) {
            QVERIFY(store.insert(QStringLiteral("customers"), RecordStore::newId(),
                                 {{QStringLiteral("name"), sentinels.at(i % 3)},
                                  {QStringLiteral("notes"), sentinels.join(QLatin1Char(' '))},
                                  {QStringLiteral("tier"), QStringLiteral("C")},
                                  {QStringLiteral("kind"), QStringLiteral("customer")}},
                                 nullptr));
        }
        // Look while the database is open (WAL and shared memory exist) and after closing.
        for (int pass = 0; pass < 2; ++pass) {
            const QStringList files = TestUtil::filesUnder(dir.path());
            QVERIFY(!files.isEmpty());
            for (const QString &f : files) {
                const QByteArray bytes = TestUtil::readAll(f);
                for (const QString &s : sentinels)
                    QVERIFY2(!TestUtil::containsText(bytes, s),
                             qPrintable(QStringLiteral("%1 found in %2").arg(s, f)));
            }
            db.close();
        }
    }

    void siblingConnectionSeesTheSameData()
    {
        const QString file = path(QStringLiteral("sibling.fdb"));
        Database db;
        QVERIFY(db.create(file, m_pass, nullptr));
        RecordStore store(db);
        QVERIFY(store.insert(QStringLiteral("customers"), RecordStore::newId(),
                             {{QStringLiteral("name"), QStringLiteral("恒煦")},
                              {QStringLiteral("tier"), QStringLiteral("A")},
                              {QStringLiteral("kind"), QStringLiteral("customer")}},
                             nullptr));
        Database sibling;
        Error error;
        QVERIFY2(sibling.openSibling(db, &error), qPrintable(error.message));
        QCOMPARE(sibling.deviceId(), db.deviceId());
        QSqlQuery q(sibling.sql());
        QVERIFY(q.exec(QStringLiteral("SELECT name FROM customers")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("恒煦"));
        db.close();
        Database orphan;
        QVERIFY(!orphan.openSibling(db, &error));
    }

    // The process talks to SQLCipher, shared or static: the driver's connection answers
    // PRAGMA cipher_version, the sqlite3 functions this process resolves are SQLCipher's (a key
    // set through them encrypts, and they are the same library as the driver's), and neither a
    // plain libsqlite3 nor Qt's QSQLITE plugin is mapped next to it.
    void sqlcipherIsTheSqliteInUse()
    {
        Database db;
        const QString file = path(QStringLiteral("guard.fdb"));
        QVERIFY(db.create(file, m_pass, nullptr));
        QSqlQuery q(db.sql());
        QVERIFY(q.exec(QStringLiteral("PRAGMA cipher_version")) && q.next());
        const QString cipherVersion = q.value(0).toString();
        QVERIFY2(!cipherVersion.isEmpty(), "PRAGMA cipher_version gave no answer");
        QVERIFY(q.exec(QStringLiteral("SELECT sqlite_version()")) && q.next());
        const QString driverSqlite = q.value(0).toString();
        QVERIFY(q.exec(QStringLiteral("PRAGMA cipher_provider")) && q.next());
        qInfo("SQLCipher %s (SQLite %s, %s)", qPrintable(cipherVersion), qPrintable(driverSqlite),
              qPrintable(q.value(0).toString()));
        db.close();
        // Encrypted on disk: no plain SQLite header.
        QVERIFY(!TestUtil::readAll(file).startsWith("SQLite format 3"));

        // The sqlite3 symbols this executable resolves: sqlite3_key exists and works, and the
        // library is the one the driver used.
        QCOMPARE(QString::fromUtf8(sqlite3_libversion()), driverSqlite);
        sqlite3 *raw = nullptr;
        QCOMPARE(sqlite3_open(":memory:", &raw), SQLITE_OK);
        QCOMPARE(sqlite3_key(raw, "guard", 5), SQLITE_OK);
        QByteArray answer;
        auto collect = [](void *out, int columns, char **values, char **) {
            if (columns > 0 && values[0])
                *static_cast<QByteArray *>(out) = values[0];
            return 0;
        };
        QCOMPARE(sqlite3_exec(raw, "PRAGMA cipher_version", collect, &answer, nullptr), SQLITE_OK);
        sqlite3_close(raw);
        QCOMPARE(QString::fromUtf8(answer), cipherVersion);

#ifdef Q_OS_LINUX
        const QByteArray maps = TestUtil::readAll(QStringLiteral("/proc/self/maps"));
        QVERIFY2(!maps.contains("libsqlite3"), "plain libsqlite3 is mapped next to SQLCipher");
        QVERIFY2(!maps.contains("libqsqlite"), "Qt's QSQLITE plugin was loaded");
#endif
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"

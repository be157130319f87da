#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>
#include <memory>

#include "app/utils/OutputFile.h"
#include "db/Database.h"
#include "db/Transaction.h"
#include "tests/TestUtil.h"

// fielddesk-cli as IT staff and scripts use it: every command and every exit code.
class TestCli : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    const QString m_pass = QStringLiteral("cli passphrase 口令");

    struct Result
    {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };

    Result cli(const QStringList &args, const QString &passphrase = QString(),
               const QProcessEnvironment &extra = QProcessEnvironment())
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("FIELDDESK_PASSPHRASE"));
        env.remove(QStringLiteral("FIELDDESK_NEW_PASSPHRASE"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        if (!passphrase.isNull())
            env.insert(QStringLiteral("FIELDDESK_PASSPHRASE"), passphrase);
        for (const QString &k : extra.keys())
            env.insert(k, extra.value(k));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(FIELDDESK_CLI_PATH), args);
        if (!p.waitForFinished(60000))
            return {};
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                p.readAllStandardOutput(), p.readAllStandardError()};
    }
    QString db(const QString &name) const { return m_dir.filePath(name); }
    QString initDemo(const QString &name)
    {
        const QString file = db(name);
        if (cli({QStringLiteral("init"), QStringLiteral("--db"), file}, m_pass).code != 0)
            return QString();
        if (cli({QStringLiteral("demo"), QStringLiteral("--db"), file}, m_pass).code != 0)
            return QString();
        return file;
    }

    QString firstTaskId(const QString &file)
    {
        const Result exported =
            cli({QStringLiteral("export"), QStringLiteral("--db"), file, QStringLiteral("--json")},
                m_pass);
        return QJsonDocument::fromJson(exported.out)
            .object()
            .value(QStringLiteral("tasks"))
            .toArray()
            .at(0)
            .toObject()
            .value(QStringLiteral("id"))
            .toString();
    }

    // A file of n new customers (an ordinary, rule-checked kind): enough records that the
    // import writes for several seconds.
    QString manyCustomers(const QString &name, int n)
    {
        QJsonArray customers;
        for (int i = 0; i < n; ++i)
            customers.append(QJsonObject{
                {QStringLiteral("id"),
                 QUuid::createUuidV5(
                     QUuid(QStringLiteral("{5f0e7a0c-9d7b-4c43-8f2e-1b6e0c3d2a11}")),
                     QString::number(i))
                     .toString(QUuid::WithoutBraces)},
                {QStringLiteral("name"), QStringLiteral("批量客户 %1 有限公司").arg(i)},
                {QStringLiteral("short_name"), QStringLiteral("批量%1").arg(i)},
                {QStringLiteral("kind"), QStringLiteral("customer")},
                {QStringLiteral("tier"), QStringLiteral("B")},
                {QStringLiteral("region"), QStringLiteral("江苏 苏州")},
                {QStringLiteral("industry"), QStringLiteral("光学镀膜")},
                {QStringLiteral("address"), QStringLiteral("苏州工业园区星湖街 %1 号").arg(i)},
                {QStringLiteral("notes"),
                 QStringLiteral("由导入文件建立的第 %1 位客户。").arg(i)}});
        const QJsonObject doc{{QStringLiteral("format"), QStringLiteral("fielddesk-export")},
                              {QStringLiteral("version"), 1},
                              {QStringLiteral("customers"), customers}};
        const QString path = db(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return QString();
        f.write(QJsonDocument(doc).toJson(QJsonDocument::Compact));
        return path;
    }
    static int customerCount(Database &database)
    {
        QSqlQuery q(database.sql());
        return q.exec(QStringLiteral("SELECT count(*) FROM customers WHERE deleted = 0")) &&
                       q.next()
                   ? q.value(0).toInt()
                   : -1;
    }
    static bool importMarked(Database &database)
    {
        QSqlQuery q(database.sql());
        return q.exec(QStringLiteral(
                   "SELECT 1 FROM meta WHERE key LIKE 'import_unfinished:%' LIMIT 1")) &&
               q.next();
    }
    QProcess *startCli(const QStringList &args)
    {
        auto *p = new QProcess(this);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("FIELDDESK_PASSPHRASE"), m_pass);
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        p->setProcessEnvironment(env);
        p->start(QStringLiteral(FIELDDESK_CLI_PATH), args);
        return p;
    }

private slots:
    // A long import holds the write lock only in short batches: another program on the same
    // file (the desktop saving a form, an export's audit entry, a backup) writes within a
    // moment, all through the import, and never sees "busy".
    void longImportLetsOthersWrite()
    {
        const QString file = db(QStringLiteral("long.fdb"));
        QCOMPARE(cli({QStringLiteral("init"), QStringLiteral("--db"), file}, m_pass).code, 0);
        // FIELDDESK_LOCK_PROBE_JSON: time another file the same way (a measurement, e.g. the
        // benchmark's data set); its record count is then not checked.
        const QString given = qEnvironmentVariable("FIELDDESK_LOCK_PROBE_JSON");
        const int n = 4000;
        const QString json =
            given.isEmpty() ? manyCustomers(QStringLiteral("long.json"), n) : given;
        QVERIFY(!json.isEmpty());
        Database other;
        Error error;
        QVERIFY2(other.open(file, m_pass, &error), qPrintable(error.message));
        // This connection waits at most 3 s for the lock, as little as a desk would.
        QSqlQuery(other.sql()).exec(QStringLiteral("PRAGMA busy_timeout = 3000"));
        std::unique_ptr<QProcess> import(
            startCli({QStringLiteral("import"), QStringLiteral("--db"), file, json}));
        QVERIFY(import->waitForStarted());
        QElapsedTimer run;
        run.start();
        qint64 longest = 0;
        int writes = 0, duringBatches = 0;
        QStringList failed;
        while (import->state() != QProcess::NotRunning) {
            const bool marked = importMarked(other);
            QElapsedTimer t;
            t.start();
            {
                Error writeError;
                Transaction tx(other);
                if (!other.setMeta(QStringLiteral("probe"), QString::number(writes), &writeError) ||
                    !tx.commit(&writeError))
                    failed << writeError.message;
            }
            longest = qMax(longest, t.elapsed());
            ++writes;
            duringBatches += marked ? 1 : 0;
            import->waitForFinished(50);
        }
        qInfo("import %lld ms; %d writes beside it (%d while it wrote, %d failed), the longest "
              "waited %lld ms",
              run.elapsed(), writes, duringBatches, int(failed.size()), longest);
        QVERIFY2(import->exitCode() == 0, import->readAllStandardError().constData());
        QVERIFY2(failed.isEmpty(), qPrintable(failed.join(QLatin1Char('\n'))));
        QVERIFY2(longest < 1500, qPrintable(QString::number(longest)));
        if (!given.isEmpty())
            return;
        // The writes happened while the import was writing, not only before or after it.
        QVERIFY2(duringBatches >= 3, qPrintable(QString::number(duringBatches)));
        QCOMPARE(customerCount(other), n);
        QVERIFY(!importMarked(other));
        other.close();
        QCOMPARE(cli({QStringLiteral("verify"), QStringLiteral("--db"), file}, m_pass).code, 0);
    }

    // An import killed between two batches leaves whole records and a mark that says the file
    // is not all in; verify says so, and importing the same file again completes it.
    void killedBatchedImportIsMarkedAndCompletes()
    {
        const QString file = db(QStringLiteral("killed.fdb"));
        QCOMPARE(cli({QStringLiteral("init"), QStringLiteral("--db"), file}, m_pass).code, 0);
        const int n = 3000;
        const QString json = manyCustomers(QStringLiteral("killed.json"), n);
        QVERIFY(!json.isEmpty());
        Database watch;
        Error error;
        QVERIFY2(watch.open(file, m_pass, &error), qPrintable(error.message));
        const auto checkCopies = [&] {
            return QDir(m_dir.path())
                .entryList({QStringLiteral("killed.fdb.import-check-*")},
                           QDir::AllEntries | QDir::Hidden)
                .size();
        };
        // Killed while it checks the file on its working copy: nothing is written; the copy
        // stays until the next import clears it away.
        std::unique_ptr<QProcess> import(
            startCli({QStringLiteral("import"), QStringLiteral("--db"), file, json}));
        QVERIFY(import->waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(checkCopies() > 0 || import->state() == QProcess::NotRunning,
                                 60000);
        QVERIFY(import->state() != QProcess::NotRunning);
        import->kill();
        QVERIFY(import->waitForFinished(10000));
        QCOMPARE(customerCount(watch), 0);
        QVERIFY(!importMarked(watch));
        QCOMPARE(checkCopies(), 1);

        // Killed between two batches.
        import.reset(startCli({QStringLiteral("import"), QStringLiteral("--db"), file, json}));
        QVERIFY(import->waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(importMarked(watch) || import->state() == QProcess::NotRunning,
                                 120000);
        QVERIFY2(import->state() != QProcess::NotRunning,
                 "the import finished before it could be killed between batches");
        import->kill(); // SIGKILL
        QVERIFY(import->waitForFinished(10000));
        const int partial = customerCount(watch);
        QVERIFY2(partial > 0 && partial < n, qPrintable(QString::number(partial)));
        QVERIFY(importMarked(watch));
        watch.close();
        const Result verify = cli({QStringLiteral("verify"), QStringLiteral("--db"), file}, m_pass);
        QCOMPARE(verify.code, 1);
        QVERIFY2(verify.out.contains("killed.json"), verify.out.constData());
        const Result again =
            cli({QStringLiteral("import"), QStringLiteral("--db"), file, json}, m_pass);
        QVERIFY2(again.code == 0, again.err.constData());
        QCOMPARE(cli({QStringLiteral("verify"), QStringLiteral("--db"), file}, m_pass).code, 0);
        QVERIFY(watch.open(file, m_pass, &error));
        QCOMPARE(customerCount(watch), n);
        QVERIFY(!importMarked(watch));
        // No working copy is left next to the database.
        QCOMPARE(checkCopies(), 0);
    }

    void outputFilesNeverOverwrite()
    {
        const QString file = initDemo(QStringLiteral("out.fdb"));
        QVERIFY(!file.isEmpty());
        const QString id = firstTaskId(file);
        QVERIFY(!id.isEmpty());
        const auto print = [&](const QString &pdf, bool force) {
            QStringList args{QStringLiteral("print"),
                             QStringLiteral("--db"),
                             file,
                             QStringLiteral("--record"),
                             id,
                             QStringLiteral("--pdf"),
                             pdf,
                             QStringLiteral("--by"),
                             QStringLiteral("Robert")};
            if (force)
                args << QStringLiteral("--force");
            return cli(args, m_pass);
        };
        // The database, its companions and the sync folder: never, not even with --force.
        for (const QString &target :
             {file, file + QStringLiteral("-wal"), file + QStringLiteral("-shm"),
              file + QStringLiteral("-journal"), file + QStringLiteral(".sync/x.pdf")}) {
            for (bool force : {false, true}) {
                const Result r = print(target, force);
                QVERIFY2(r.code != 0, qPrintable(target));
                QVERIFY2(!r.err.isEmpty(), qPrintable(target));
            }
            QCOMPARE(cli({QStringLiteral("verify"), QStringLiteral("--db"), file}, m_pass).code, 0);
        }
        // Another existing file: only with --force.
        const QString other = db(QStringLiteral("other.pdf"));
        QFile f(other);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("keep me");
        f.close();
        const Result refused = print(other, false);
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.err.contains("--force"), refused.err.constData());
        QCOMPARE(TestUtil::readAll(other), QByteArray("keep me"));
        QCOMPARE(print(other, true).code, 0);
        QVERIFY(TestUtil::readAll(other).startsWith("%PDF"));
        const QString fresh = db(QStringLiteral("fresh.pdf"));
        QCOMPARE(print(fresh, false).code, 0);

        // The share folder of the team is not a place for printouts either.
        const QString share = db(QStringLiteral("out-share"));
        QVERIFY(QDir().mkpath(share));
        const QString recovery = db(QStringLiteral("recovery.txt"));
        QCOMPARE(
            cli({QStringLiteral("team"), QStringLiteral("create"), QStringLiteral("--db"), file,
                 QStringLiteral("--share"), share, QStringLiteral("--recovery-out"), recovery},
                m_pass)
                .code,
            0);
        QVERIFY(print(share + QStringLiteral("/report.pdf"), true).code != 0);
        // Files holding keys are readable by their owner only.
        QVERIFY(OutputFile::isOwnerOnly(recovery));
        const QString enrollment = db(QStringLiteral("new.fde"));
        QCOMPARE(cli({QStringLiteral("team"), QStringLiteral("invite"), QStringLiteral("--db"),
                      file, QStringLiteral("--out"), enrollment},
                     m_pass)
                     .code,
                 0);
        QVERIFY(OutputFile::isOwnerOnly(enrollment));
        const QString copy = db(QStringLiteral("out-copy.fdb"));
        QCOMPARE(cli({QStringLiteral("backup"), QStringLiteral("--db"), file,
                      QStringLiteral("--to"), copy},
                     m_pass)
                     .code,
                 0);
        QVERIFY(OutputFile::isOwnerOnly(copy));
    }

    void importRefusesHugeFilesBeforeReadingThem()
    {
        const QString file = db(QStringLiteral("huge.fdb"));
        QCOMPARE(cli({QStringLiteral("init"), QStringLiteral("--db"), file}, m_pass).code, 0);
        // Sparse: no disk space and no memory, unless the program reads it all.
        const QString huge = db(QStringLiteral("huge.json"));
        QFile f(huge);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(qint64(1) << 30));
        f.close();
        QElapsedTimer timer;
        timer.start();
        const Result r =
            cli({QStringLiteral("import"), QStringLiteral("--db"), file, huge}, m_pass);
        QCOMPARE(r.code, 4);
        QVERIFY2(r.err.contains("MiB"), r.err.constData());
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        QFile::remove(huge);
        // A device with no size and no end stops at the cap too, with the same message.
        if (QFile::exists(QStringLiteral("/dev/zero"))) {
            const Result zero = cli({QStringLiteral("import"), QStringLiteral("--db"), file,
                                     QStringLiteral("/dev/zero")},
                                    m_pass);
            QCOMPARE(zero.code, 4);
            QVERIFY2(zero.err.contains("MiB"), zero.err.constData());
        }
    }

    void rekeyRefusesWhileTheDatabaseIsOpenElsewhere()
    {
        const QString file = initDemo(QStringLiteral("open.fdb"));
        QVERIFY(!file.isEmpty());
        Database open;
        Error error;
        QVERIFY2(open.open(file, m_pass, &error), qPrintable(error.message));
        QProcessEnvironment env;
        env.insert(QStringLiteral("FIELDDESK_NEW_PASSPHRASE"),
                   QStringLiteral("another passphrase"));
        const Result r = cli({QStringLiteral("rekey"), QStringLiteral("--db"), file}, m_pass, env);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("open"), r.err.constData());
        QVERIFY(open.schemaVersion() > 0);
        open.close();
        QCOMPARE(cli({QStringLiteral("verify"), QStringLiteral("--db"), file}, m_pass).code, 0);
    }

    void busyDatabase()
    {
        const QString file = initDemo(QStringLiteral("busy.fdb"));
        QVERIFY(!file.isEmpty());
        Database writer;
        Error error;
        QVERIFY2(writer.open(file, m_pass, &error), qPrintable(error.message));
        const QString copy = db(QStringLiteral("busy-copy.fdb"));
        {
            // A writer that keeps the lock longer than anyone waits: the backup's audit entry
            // cannot be written, so there is no backup and it says so.
            Transaction tx(writer);
            const Result backup = cli({QStringLiteral("backup"), QStringLiteral("--db"), file,
                                       QStringLiteral("--to"), copy},
                                      m_pass);
            QCOMPARE(backup.code, 1);
            QVERIFY2(!backup.out.contains("Backup written"), backup.out.constData());
            QVERIFY2(backup.err.contains("busy"), backup.err.constData());
            QVERIFY2(!backup.err.contains("database is locked"), backup.err.constData());
            QVERIFY(!QFile::exists(copy));
        }
        // A writer that holds the lock for a few seconds (a long import): export is a read and
        // waits for its audit entry instead of failing.
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("FIELDDESK_PASSPHRASE"), m_pass);
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        p.setProcessEnvironment(env);
        auto tx = std::make_unique<Transaction>(writer);
        p.start(QStringLiteral(FIELDDESK_CLI_PATH),
                {QStringLiteral("export"), QStringLiteral("--db"), file, QStringLiteral("--json")});
        QVERIFY(p.waitForStarted());
        QTest::qWait(7000);
        tx.reset();
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    }
    void initDemoVerifyExport()
    {
        const QString file = initDemo(QStringLiteral("a.fdb"));
        QVERIFY(!file.isEmpty());
        const Result verify =
            cli({QStringLiteral("verify"), QStringLiteral("--db"), file, QStringLiteral("--json")},
                m_pass);
        QCOMPARE(verify.code, 0);
        const QJsonObject report = QJsonDocument::fromJson(verify.out).object();
        QCOMPARE(report.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(report.value(QStringLiteral("encrypted")).toBool(), true);

        const Result exported =
            cli({QStringLiteral("export"), QStringLiteral("--db"), file, QStringLiteral("--json")},
                m_pass);
        QCOMPARE(exported.code, 0);
        const QJsonObject doc = QJsonDocument::fromJson(exported.out).object();
        QCOMPARE(doc.value(QStringLiteral("format")).toString(),
                 QStringLiteral("fielddesk-export"));
        const QByteArray text = exported.out;
        QVERIFY(text.contains("成都呈显光电科技有限公司"));
        QVERIFY(text.contains("盛转红"));
        QVERIFY(!TestUtil::containsText(TestUtil::readAll(file),
                                        QStringLiteral("请盛转红与百亿特对接")));
    }

    void passphraseFromFile()
    {
        const QString file = db(QStringLiteral("pf.fdb"));
        const QString passFile = db(QStringLiteral("pass.txt"));
        QFile f(passFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write((m_pass + QLatin1Char('\n')).toUtf8());
        f.close();
        QCOMPARE(cli({QStringLiteral("init"), QStringLiteral("--db"), file,
                      QStringLiteral("--passphrase-file"), passFile})
                     .code,
                 0);
        QCOMPARE(cli({QStringLiteral("verify"), QStringLiteral("--db"), file}, m_pass).code, 0);
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("passphrase");
        QTest::addColumn<int>("expected");
        const QString a = QStringLiteral("%DB%");
        QTest::newRow("no command") << QStringList{} << m_pass << 2;
        QTest::newRow("unknown command") << QStringList{QStringLiteral("fly")} << m_pass << 2;
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("verify"), QStringLiteral("--db"), a,
                           QStringLiteral("--passphrase"), QStringLiteral("x")}
            << m_pass << 2;
        QTest::newRow("missing --db") << QStringList{QStringLiteral("verify")} << m_pass << 2;
        QTest::newRow("no passphrase")
            << QStringList{QStringLiteral("verify"), QStringLiteral("--db"), a} << QString() << 2;
        QTest::newRow("wrong passphrase")
            << QStringList{QStringLiteral("verify"), QStringLiteral("--db"), a}
            << QStringLiteral("not the passphrase") << 3;
        QTest::newRow("init over existing")
            << QStringList{QStringLiteral("init"), QStringLiteral("--db"), a} << m_pass << 1;
        QTest::newRow("missing database")
            << QStringList{QStringLiteral("verify"), QStringLiteral("--db"),
                           QStringLiteral("/nonexistent/x.fdb")}
            << m_pass << 1;
        QTest::newRow("backup without --to")
            << QStringList{QStringLiteral("backup"), QStringLiteral("--db"), a} << m_pass << 2;
        QTest::newRow("import without file")
            << QStringList{QStringLiteral("import"), QStringLiteral("--db"), a} << m_pass << 2;
        QTest::newRow("rekey without new passphrase")
            << QStringList{QStringLiteral("rekey"), QStringLiteral("--db"), a} << m_pass << 2;
        QTest::newRow("init short passphrase")
            << QStringList{QStringLiteral("init"), QStringLiteral("--db"), QStringLiteral("%NEW%")}
            << QStringLiteral("short") << 4;
    }

    void exitCodes()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, passphrase);
        QFETCH(int, expected);
        static QString file;
        if (file.isEmpty())
            file = initDemo(QStringLiteral("codes.fdb"));
        QVERIFY(!file.isEmpty());
        args.replaceInStrings(QStringLiteral("%DB%"), file);
        args.replaceInStrings(QStringLiteral("%NEW%"), db(QStringLiteral("new-short.fdb")));
        const QByteArray before = TestUtil::readAll(file);
        const Result r = cli(args, passphrase);
        QCOMPARE(r.code, expected);
        QVERIFY2(!r.err.trimmed().isEmpty(), "a failure explains itself on stderr");
        if (expected == 3)
            QCOMPARE(TestUtil::readAll(file), before);
    }

    void notAFieldDeskDatabaseIsExit3()
    {
        const QString file = db(QStringLiteral("text.fdb"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("hello, this is a text file and not a database at all\n");
        f.close();
        QCOMPARE(cli({QStringLiteral("verify"), QStringLiteral("--db"), file}, m_pass).code, 3);
    }

    void importIsAllOrNothing()
    {
        const QString file = initDemo(QStringLiteral("imp.fdb"));
        const Result before =
            cli({QStringLiteral("export"), QStringLiteral("--db"), file, QStringLiteral("--json")},
                m_pass);
        QJsonObject doc = QJsonDocument::fromJson(before.out).object();
        QJsonArray customers = doc.value(QStringLiteral("customers")).toArray();
        QJsonObject changed = customers.at(0).toObject();
        changed.insert(QStringLiteral("notes"), QStringLiteral("这条修改不应落地"));
        customers.replace(0, changed);
        QJsonObject bad = customers.at(1).toObject();
        bad.insert(QStringLiteral("id"), QStringLiteral("0e9c1d4e-27b1-4a55-9e0f-2a1b3c4d5e6f"));
        bad.insert(QStringLiteral("tier"), QStringLiteral("S"));
        customers.append(bad);
        doc.insert(QStringLiteral("customers"), customers);
        const QString json = db(QStringLiteral("bad.json"));
        QFile f(json);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(doc).toJson());
        f.close();
        const Result r =
            cli({QStringLiteral("import"), QStringLiteral("--db"), file, json}, m_pass);
        QCOMPARE(r.code, 4);
        QVERIFY(r.err.contains("0e9c1d4e-27b1-4a55-9e0f-2a1b3c4d5e6f"));
        QVERIFY(r.err.contains("tier"));
        const Result after =
            cli({QStringLiteral("export"), QStringLiteral("--db"), file, QStringLiteral("--json")},
                m_pass);
        QCOMPARE(QJsonDocument::fromJson(after.out).object().value(QStringLiteral("customers")),
                 QJsonDocument::fromJson(before.out).object().value(QStringLiteral("customers")));

        // The same file without the bad record imports, and a second database ends up equal.
        customers.removeLast();
        doc.insert(QStringLiteral("customers"), customers);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QJsonDocument(doc).toJson());
        f.close();
        QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("--db"), file, json}, m_pass).code,
                 0);
        const QString other = db(QStringLiteral("imp2.fdb"));
        QCOMPARE(cli({QStringLiteral("init"), QStringLiteral("--db"), other}, m_pass).code, 0);
        QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("--db"), other, json}, m_pass).code,
                 0);
        const auto exportOf = [&](const QString &path) {
            QJsonObject o =
                QJsonDocument::fromJson(cli({QStringLiteral("export"), QStringLiteral("--db"), path,
                                             QStringLiteral("--json")},
                                            m_pass)
                                            .out)
                    .object();
            return o;
        };
        QCOMPARE(exportOf(other), exportOf(file));
    }

    void rekeyAndBackup()
    {
        const QString file = initDemo(QStringLiteral("rk.fdb"));
        const QString newPass = QStringLiteral("the new passphrase 新");
        QProcessEnvironment extra;
        extra.insert(QStringLiteral("FIELDDESK_NEW_PASSPHRASE"), newPass);
        QCOMPARE(cli({QStringLiteral("rekey"), QStringLiteral("--db"), file}, m_pass, extra).code,
                 0);
        QCOMPARE(cli({QStringLiteral("verify"), QStringLiteral("--db"), file}, m_pass).code, 3);
        QCOMPARE(cli({QStringLiteral("verify"), QStringLiteral("--db"), file}, newPass).code, 0);

        const QString copy = db(QStringLiteral("rk-copy.fdb"));
        QCOMPARE(cli({QStringLiteral("backup"), QStringLiteral("--db"), file,
                      QStringLiteral("--to"), copy},
                     newPass)
                     .code,
                 0);
        QCOMPARE(cli({QStringLiteral("backup"), QStringLiteral("--db"), file,
                      QStringLiteral("--to"), copy},
                     newPass)
                     .code,
                 1);
        QCOMPARE(cli({QStringLiteral("verify"), QStringLiteral("--db"), copy}, newPass).code, 0);
        QVERIFY(!TestUtil::containsText(TestUtil::readAll(copy),
                                        QStringLiteral("成都呈显光电科技有限公司")));
    }

    void verifyDetectsTamperedAudit()
    {
        const QString file = initDemo(QStringLiteral("tamper.fdb"));
        {
            Database database;
            QVERIFY(database.open(file, m_pass, nullptr));
            QSqlQuery q(database.sql());
            QVERIFY(q.exec(QStringLiteral("UPDATE audit_log SET actor = 'mallory' WHERE seq = 2")));
        }
        const Result r = cli({QStringLiteral("verify"), QStringLiteral("--db"), file}, m_pass);
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.contains("2"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"

#include "db/AuditLog.h"
#include "db/Database.h"
#include "db/SqlCipherDriver.h"
#include "db/Transaction.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <thread>

using namespace Qt::StringLiterals;

// The hash-chained audit log: appends chain, verify() accepts an untouched log and names the
// entry for every kind of tampering done behind its back through a second raw connection.
class TestAuditLog : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_files = 0;
    QString m_template;
    const QString m_key = QString(64, QLatin1Char('a')).replace(10, 6, u"0123ef"_s);

    // A fresh database (raw key: no KDF cost) with `entries` audit entries.
    QString freshDatabase(Database &db, int entries)
    {
        const QString file = m_dir.filePath(u"audit%1.fdb"_s.arg(++m_files));
        Error error;
        if (!db.create(file, m_key, &error, Database::KeyKind::RawKey)) {
            qWarning() << error.message;
            return QString();
        }
        AuditLog log(db);
        for (int i = 1; i <= entries; ++i) {
            if (!log.append(u"change"_s, u"customers"_s, u"id-%1"_s.arg(i), u"详情 %1"_s.arg(i),
                            &error))
                qWarning() << error.message;
        }
        return file;
    }

    // Runs statements on the file through a connection of its own, as a tamperer would.
    bool tamper(const QString &file, const QStringList &statements)
    {
        bool ok = true;
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLCIPHER"_s, u"tamper"_s);
            raw.setDatabaseName(file);
            raw.setPassword(m_key);
            raw.setConnectOptions(u"FD_RAW_KEY"_s);
            ok = raw.open();
            QSqlQuery q(raw);
            for (const QString &sql : statements) {
                if (ok && !q.exec(sql)) {
                    qWarning() << sql << q.lastError().text();
                    ok = false;
                }
            }
        }
        QSqlDatabase::removeDatabase(u"tamper"_s);
        return ok;
    }

    static bool namesEntry(const QStringList &problems, qint64 seq)
    {
        const QRegularExpression re(u"\\b%1\\b"_s.arg(seq));
        for (const QString &p : problems) {
            if (re.match(p).hasMatch())
                return true;
        }
        return false;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void emptyLogVerifies()
    {
        Database db;
        QVERIFY(!freshDatabase(db, 0).isEmpty());
        QStringList problems{u"stale"_s};
        QVERIFY(AuditLog(db).verify(&problems));
        QVERIFY(problems.isEmpty());
        QVERIFY(AuditLog(db).entries().isEmpty());
    }

    void appendBuildsAChain()
    {
        Database db;
        QVERIFY(!freshDatabase(db, 0).isEmpty());
        db.setActor(u"审核员 Auditor"_s);
        AuditLog log(db);
        Error error;
        QVERIFY2(log.append(u"create"_s, u"customers"_s, u"c-1"_s, u"name,tier"_s, &error),
                 qPrintable(error.message));
        QVERIFY(log.append(u"print"_s, u"tasks"_s, u"t-𠮷"_s, QString(), &error));
        QVERIFY(
            log.append(u"export"_s, QString(), QString(), u"全部 \x1f odd separator"_s, &error));
        const QList<AuditLog::Entry> entries = log.entries();
        QCOMPARE(entries.size(), 3);
        QString previous(64, QLatin1Char('0'));
        for (int i = 0; i < entries.size(); ++i) {
            const AuditLog::Entry &e = entries.at(i);
            QCOMPARE(e.seq, qint64(i + 1));
            QCOMPARE(e.prevHash, previous);
            QCOMPARE(e.hash, AuditLog::hashOf(e));
            QCOMPARE(e.hash.size(), 64);
            QCOMPARE(e.actor, u"审核员 Auditor"_s);
            QCOMPARE(e.device, db.deviceId());
            const QDateTime at = QDateTime::fromString(e.at, Qt::ISODateWithMs);
            QVERIFY2(at.isValid() && at.timeSpec() != Qt::LocalTime, qPrintable(e.at));
            QVERIFY(qAbs(at.secsTo(QDateTime::currentDateTimeUtc())) < 60);
            previous = e.hash;
        }
        QCOMPARE(entries.at(0).action, u"create"_s);
        QCOMPARE(entries.at(0).detail, u"name,tier"_s);
        QCOMPARE(entries.at(1).recordId, u"t-𠮷"_s);
        QCOMPARE(log.entries(2).size(), 2);
        QCOMPARE(db.meta(u"audit_head_seq"_s), u"3"_s);
        QCOMPARE(db.meta(u"audit_head_hash"_s), previous);
        QStringList problems;
        QVERIFY2(log.verify(&problems), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void hashCoversEveryField()
    {
        AuditLog::Entry e;
        e.seq = 7;
        e.at = u"2024-05-01T08:00:00.000+08:00"_s;
        e.actor = u"a"_s;
        e.device = u"d"_s;
        e.action = u"sign"_s;
        e.recordTable = u"t"_s;
        e.recordId = u"r"_s;
        e.detail = u"x"_s;
        e.prevHash = QString(64, QLatin1Char('1'));
        const QString base = AuditLog::hashOf(e);
        QList<std::function<void(AuditLog::Entry &)>> edits{
            [](AuditLog::Entry &x) { x.seq = 8; },
            [](AuditLog::Entry &x) { x.at += QLatin1Char(' '); },
            [](AuditLog::Entry &x) { x.actor = u"b"_s; },
            [](AuditLog::Entry &x) { x.device = u"e"_s; },
            [](AuditLog::Entry &x) { x.action = u"print"_s; },
            [](AuditLog::Entry &x) { x.recordTable = u"u"_s; },
            [](AuditLog::Entry &x) { x.recordId = u"s"_s; },
            [](AuditLog::Entry &x) { x.detail = u"y"_s; },
            [](AuditLog::Entry &x) { x.prevHash[0] = QLatin1Char('2'); },
            // Moving text across a field boundary changes the hash too.
            [](AuditLog::Entry &x) {
                x.recordTable = u"tr"_s;
                x.recordId = QString();
            },
        };
        for (int i = 0; i < edits.size(); ++i) {
            AuditLog::Entry changed = e;
            edits[i](changed);
            QVERIFY2(AuditLog::hashOf(changed) != base, qPrintable(QString::number(i)));
        }
        QCOMPARE(AuditLog::hashOf(e), base); // deterministic
    }

    void tamperingIsDetected_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<qint64>("namedEntry");
        QTest::newRow("detail edited") << "edit detail" << qint64(3);
        QTest::newRow("actor edited") << "edit actor" << qint64(1);
        QTest::newRow("middle row deleted") << "delete 3" << qint64(3);
        QTest::newRow("first row deleted") << "delete 1" << qint64(1);
        QTest::newRow("last row deleted") << "delete 5" << qint64(5);
        QTest::newRow("all rows deleted") << "delete all" << qint64(5);
        QTest::newRow("hash recomputed after edit") << "rehash 2" << qint64(3);
        QTest::newRow("two entries swapped") << "swap 2 3" << qint64(2);
        QTest::newRow("entry renumbered") << "renumber 4" << qint64(4);
    }
    void tamperingIsDetected()
    {
        QFETCH(QString, kind);
        QFETCH(qint64, namedEntry);
        if (m_template.isEmpty()) { // five entries, built once and copied for every row
            Database db;
            m_template = freshDatabase(db, 5);
            QVERIFY(!m_template.isEmpty());
        }
        const QString file = m_dir.filePath(u"tamper%1.fdb"_s.arg(++m_files));
        QVERIFY(QFile::copy(m_template, file));
        Database db;
        Error error;
        QVERIFY2(db.open(file, m_key, &error, Database::KeyKind::RawKey),
                 qPrintable(error.message));
        QVERIFY(AuditLog(db).verify(nullptr));
        const QList<AuditLog::Entry> before = AuditLog(db).entries();
        QStringList sql;
        if (kind == QLatin1String("edit detail")) {
            sql << u"UPDATE audit_log SET detail = '改过 edited' WHERE seq = 3"_s;
        } else if (kind == QLatin1String("edit actor")) {
            sql << u"UPDATE audit_log SET actor = 'someone else' WHERE seq = 1"_s;
        } else if (kind.startsWith(QLatin1String("delete "))) {
            const QString which = kind.mid(7);
            sql << (which == QLatin1String("all")
                        ? u"DELETE FROM audit_log"_s
                        : u"DELETE FROM audit_log WHERE seq = %1"_s.arg(which));
        } else if (kind == QLatin1String("rehash 2")) {
            // A careful tamperer fixes the edited entry's own hash; the next entry still
            // points at the old one.
            AuditLog::Entry e = before.at(1);
            e.detail = u"forged"_s;
            sql << u"UPDATE audit_log SET detail = 'forged', hash = '%1' "
                   "WHERE seq = 2"_s.arg(AuditLog::hashOf(e));
        } else if (kind == QLatin1String("swap 2 3")) {
            // Entries 2 and 3 trade places: every column but seq.
            const auto quoted = [](QString text) {
                return QLatin1Char('\'') + text.replace(QLatin1Char('\''), QLatin1String("''")) +
                       QLatin1Char('\'');
            };
            for (int i : {1, 2}) {
                const AuditLog::Entry &e = before.at(i == 1 ? 2 : 1);
                sql << u"UPDATE audit_log SET at = %1, actor = %2, device = %3, "
                       "action = %4, record_table = %5, record_id = %6, "
                       "detail = %7, prev_hash = %8, hash = %9 WHERE seq = %10"_s
                           .arg(quoted(e.at), quoted(e.actor), quoted(e.device), quoted(e.action),
                                quoted(e.recordTable), quoted(e.recordId), quoted(e.detail),
                                quoted(e.prevHash), quoted(e.hash))
                           .arg(i + 1);
            }
        } else if (kind == QLatin1String("renumber 4")) {
            sql << u"UPDATE audit_log SET seq = 40 WHERE seq = 4"_s;
        }
        QVERIFY(tamper(file, sql));
        QVERIFY(AuditLog(db).entries().size() <= before.size());
        QStringList problems;
        QVERIFY(!AuditLog(db).verify(&problems));
        QVERIFY(!problems.isEmpty());
        QVERIFY2(namesEntry(problems, namedEntry), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // The check at unlock reads only what was added since the last check that passed.
    void checkpointChecksOnlyNewEntries()
    {
        Database db;
        QVERIFY(!freshDatabase(db, 5).isEmpty());
        AuditLog log(db);
        qint64 checked = -1;
        QVERIFY(log.verifySinceCheckpoint(nullptr, &checked));
        QCOMPARE(checked, qint64(5)); // no checkpoint yet: everything
        QVERIFY(log.verifySinceCheckpoint(nullptr, &checked));
        QCOMPARE(checked, qint64(0));
        Error error;
        for (int i = 0; i < 3; ++i)
            QVERIFY(log.append(u"print"_s, u"customers"_s, u"id"_s, QString(), &error));
        QVERIFY(log.verifySinceCheckpoint(nullptr, &checked));
        QCOMPARE(checked, qint64(3));
        // A full check that passes moves the checkpoint too.
        QVERIFY(log.append(u"print"_s, u"customers"_s, u"id"_s, QString(), &error));
        QVERIFY(log.verify(nullptr));
        QVERIFY(log.verifySinceCheckpoint(nullptr, &checked));
        QCOMPARE(checked, qint64(0));
    }

    void checkpointNoticesTampering_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<qint64>("namedEntry");
        QTest::addColumn<bool>("incrementalFinds"); // false: only the full check can
        // Entries 1-5 were checked (checkpoint 5), 6-8 were added since.
        QTest::newRow("new entry edited")
            << u"UPDATE audit_log SET detail = 'x' WHERE seq = 7"_s << qint64(7) << true;
        QTest::newRow("checkpoint entry edited")
            << u"UPDATE audit_log SET hash = '%1' WHERE seq = 5"_s.arg(QString(64, u'f'))
            << qint64(5) << true;
        QTest::newRow("new entries cut off")
            << u"DELETE FROM audit_log WHERE seq > 6"_s << qint64(6) << true;
        QTest::newRow("log cut back before the checkpoint")
            << u"DELETE FROM audit_log WHERE seq > 3"_s << qint64(8) << true;
        QTest::newRow("all deleted") << u"DELETE FROM audit_log"_s << qint64(8) << true;
        QTest::newRow("old entry edited")
            << u"UPDATE audit_log SET detail = 'x' WHERE seq = 2"_s << qint64(2) << false;
    }
    void checkpointNoticesTampering()
    {
        QFETCH(QString, sql);
        QFETCH(qint64, namedEntry);
        QFETCH(bool, incrementalFinds);
        Database db;
        const QString file = freshDatabase(db, 5);
        QVERIFY(!file.isEmpty());
        AuditLog log(db);
        QVERIFY(log.verify(nullptr));
        Error error;
        for (int i = 0; i < 3; ++i)
            QVERIFY(log.append(u"print"_s, u"customers"_s, u"id"_s, QString(), &error));
        QVERIFY(tamper(file, {sql}));
        QStringList problems;
        QCOMPARE(log.verifySinceCheckpoint(&problems), !incrementalFinds);
        if (incrementalFinds)
            QVERIFY2(namesEntry(problems, namedEntry),
                     qPrintable(problems.join(QLatin1Char('\n'))));
        // The full check on demand finds every one of them.
        QVERIFY(!log.verify(&problems));
        QVERIFY2(namesEntry(problems, namedEntry), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void rolledBackAppendLeavesNoTrace()
    {
        Database db;
        QVERIFY(!freshDatabase(db, 2).isEmpty());
        AuditLog log(db);
        const QString headHash = db.meta(u"audit_head_hash"_s);
        {
            Transaction outer(db);
            QVERIFY(outer.isActive());
            Error error;
            QVERIFY2(log.append(u"create"_s, u"customers"_s, u"gone"_s, QString(), &error),
                     qPrintable(error.message));
            QVERIFY(log.append(u"change"_s, u"customers"_s, u"gone"_s, QString(), &error));
            QCOMPARE(log.entries().size(), 4); // visible inside the transaction
            outer.rollback();
        }
        QCOMPARE(log.entries().size(), 2);
        QCOMPARE(db.meta(u"audit_head_seq"_s), u"2"_s);
        QCOMPARE(db.meta(u"audit_head_hash"_s), headHash);
        QStringList problems;
        QVERIFY2(log.verify(&problems), qPrintable(problems.join(QLatin1Char('\n'))));
        // The next append takes the number the rolled-back one had.
        QVERIFY(log.append(u"print"_s, QString(), QString(), QString(), nullptr));
        QCOMPARE(log.entries().last().seq, qint64(3));
        QVERIFY(log.verify(nullptr));
        {
            Transaction outer(db); // and a committed outer transaction keeps it
            QVERIFY(log.append(u"sign"_s, QString(), QString(), QString(), nullptr));
            QVERIFY(outer.commit(nullptr));
        }
        QCOMPARE(log.entries().size(), 4);
        QVERIFY(log.verify(nullptr));
    }

    void alternatingConnectionsKeepOneChain()
    {
        Database first;
        const QString file = freshDatabase(first, 1);
        QVERIFY(!file.isEmpty());
        Database second;
        Error error;
        QVERIFY2(second.open(file, m_key, &error, Database::KeyKind::RawKey),
                 qPrintable(error.message));
        first.setActor(u"first"_s);
        second.setActor(u"second"_s);
        AuditLog a(first), b(second);
        for (int i = 0; i < 10; ++i) {
            QVERIFY2(
                (i % 2 ? b : a)
                    .append(u"change"_s, u"customers"_s, QString::number(i), QString(), &error),
                qPrintable(error.message));
        }
        const QList<AuditLog::Entry> entries = b.entries();
        QCOMPARE(entries.size(), 11);
        for (int i = 1; i < entries.size(); ++i) {
            QCOMPARE(entries.at(i).seq, qint64(i + 1));
            QCOMPARE(entries.at(i).actor, QLatin1String(i % 2 ? "first" : "second"));
        }
        QStringList problems;
        QVERIFY2(a.verify(&problems), qPrintable(problems.join(QLatin1Char('\n'))));
        QVERIFY2(b.verify(&problems), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void concurrentThreadsKeepOneChain()
    {
        Database main;
        const QString file = freshDatabase(main, 0);
        QVERIFY(!file.isEmpty());
        constexpr int perThread = 15;
        int failures[2] = {0, 0};
        auto worker = [&](int n) {
            Database db; // each thread has its own connection
            if (!db.open(file, m_key, nullptr, Database::KeyKind::RawKey)) {
                failures[n] = perThread;
                return;
            }
            AuditLog log(db);
            for (int i = 0; i < perThread; ++i) {
                if (!log.append(u"change"_s, u"t%1"_s.arg(n), QString::number(i), QString(),
                                nullptr))
                    ++failures[n];
            }
        };
        std::thread t0(worker, 0), t1(worker, 1);
        t0.join();
        t1.join();
        QCOMPARE(failures[0], 0);
        QCOMPARE(failures[1], 0);
        AuditLog log(main);
        QCOMPARE(log.entries().size(), 2 * perThread);
        QStringList problems;
        QVERIFY2(log.verify(&problems), qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"

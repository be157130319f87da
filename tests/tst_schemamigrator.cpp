#include "app/demo/DemoData.h"
#include "app/search/SearchIndex.h"
#include "db/AuditLog.h"
#include "db/Database.h"
#include "db/SchemaMigrator.h"
#include "db/SqlCipherDriver.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

// A database written under an older schema opens under this build's latest one with nothing
// lost: every row of every table (records, change log, field versions, audit entries,
// signatures, locks, revisions, conflicts), a verifying audit chain and its search index state.
class TestSchemaMigrator : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    const QString m_key = QString(64, QLatin1Char('b'));

    // Row count of every table but meta (SQLite's own and the FTS shadow tables included).
    static QMap<QString, qint64> rowCounts(Database &db)
    {
        QMap<QString, qint64> counts;
        QSqlQuery q(db.sql());
        q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT "
                              "LIKE 'sqlite_%' AND name <> 'meta' AND sql NOT LIKE 'CREATE "
                              "VIRTUAL%'"));
        QStringList tables;
        while (q.next())
            tables << q.value(0).toString();
        for (const QString &table : std::as_const(tables)) {
            QSqlQuery c(db.sql());
            if (c.exec(QStringLiteral("SELECT COUNT(*) FROM \"%1\"").arg(table)) && c.next())
                counts.insert(table, c.value(0).toLongLong());
        }
        return counts;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void schema9DatabaseMigratesWithNothingLost()
    {
        // A real schema-9 desk: the demo as the SQLCipher 3.4.1 build wrote it before schema 10
        // existed (the cross-release fixture). Today's demo needs today's schema, so an old file
        // cannot be made by loading it into a schema-9 database.
        const QString fixture =
            QStringLiteral(FIELDDESK_SOURCE_DIR "/tests/data/crossrelease/sqlcipher-3.4.1");
        const QString file = m_dir.filePath(QStringLiteral("schema9.fdb"));
        QVERIFY(QFile::copy(fixture + QStringLiteral("/desk.fdb"), file));
        QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
        const QString pass = QStringLiteral("crossrelease-fixture-2026");
        QMap<QString, qint64> before;
        bool indexCurrent = false;
        {
            Database db;
            Error error;
            QVERIFY2(db.open(file, pass, &error, Database::KeyKind::Passphrase, 9),
                     qPrintable(error.message));
            QCOMPARE(db.schemaVersion(), 9);
            before = rowCounts(db);
            indexCurrent = SearchIndex(db).isCurrent();
        }
        QVERIFY(before.value(QStringLiteral("change_log")) > 0);
        QVERIFY(before.value(QStringLiteral("field_versions")) > 0);
        QVERIFY(before.value(QStringLiteral("audit_log")) > 0);
        QVERIFY(before.value(QStringLiteral("signatures")) > 0);
        Database db;
        Error error;
        QVERIFY2(db.open(file, pass, &error), qPrintable(error.message));
        QCOMPARE(db.schemaVersion(), SchemaMigrator::latestVersion());
        // Every table of schema 9 keeps every row (later steps may add tables of their own).
        const QMap<QString, qint64> after = rowCounts(db);
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            QCOMPARE(after.value(it.key(), -1), it.value());
        QStringList problems;
        QVERIFY2(AuditLog(db).verify(&problems), qPrintable(problems.join(QLatin1Char('\n'))));
        QVERIFY(db.checkIntegrity(&problems));
        // A written database keeps its index state: a current one stays current.
        QCOMPARE(SearchIndex(db).isCurrent(), indexCurrent);
    }
};

QTEST_GUILESS_MAIN(TestSchemaMigrator)
#include "tst_schemamigrator.moc"

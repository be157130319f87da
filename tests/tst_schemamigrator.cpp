#include "app/demo/DemoData.h"
#include "app/search/SearchIndex.h"
#include "db/AuditLog.h"
#include "db/Database.h"
#include "db/SchemaMigrator.h"
#include "db/SqlCipherDriver.h"

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
        const QString file = m_dir.filePath(QStringLiteral("schema9.fdb"));
        {
            SqlCipherDriver driver;
            QVERIFY(driver.open(file, {}, m_key, {}, 0, QStringLiteral("FD_CREATE;FD_RAW_KEY")));
            QString err;
            QVERIFY(driver.executeScript(
                QStringLiteral("PRAGMA application_id = %1").arg(Database::ApplicationId), &err));
        }
        QMap<QString, qint64> before;
        bool indexCurrent = false;
        {
            Database db;
            Error error;
            QVERIFY2(db.open(file, m_key, &error, Database::KeyKind::RawKey, 9),
                     qPrintable(error.message));
            QCOMPARE(db.schemaVersion(), 9);
            QVERIFY2(DemoData::load(db, &error), qPrintable(error.message));
            before = rowCounts(db);
            indexCurrent = SearchIndex(db).isCurrent();
        }
        QVERIFY(before.value(QStringLiteral("change_log")) > 0);
        QVERIFY(before.value(QStringLiteral("field_versions")) > 0);
        QVERIFY(before.value(QStringLiteral("audit_log")) > 0);
        QVERIFY(before.value(QStringLiteral("signatures")) > 0);
        Database db;
        Error error;
        QVERIFY2(db.open(file, m_key, &error, Database::KeyKind::RawKey),
                 qPrintable(error.message));
        QCOMPARE(db.schemaVersion(), SchemaMigrator::latestVersion());
        QCOMPARE(rowCounts(db), before);
        QStringList problems;
        QVERIFY2(AuditLog(db).verify(&problems), qPrintable(problems.join(QLatin1Char('\n'))));
        QVERIFY(db.checkIntegrity(&problems));
        // A written database keeps its index state: a current one stays current.
        QCOMPARE(SearchIndex(db).isCurrent(), indexCurrent);
    }
};

QTEST_GUILESS_MAIN(TestSchemaMigrator)
#include "tst_schemamigrator.moc"

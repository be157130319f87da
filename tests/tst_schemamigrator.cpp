#include "app/demo/DemoData.h"
#include "app/search/SearchIndex.h"
#include "db/AuditLog.h"
#include "db/Database.h"
#include "db/RecordStore.h"
#include "db/SchemaMigrator.h"
#include "db/SqlCipherDriver.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
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

    // Row count of every table but meta (SQLite's own and the FTS shadow tables included), and
    // of every view: a table a later schema stores in other tables stays readable as a view.
    static QMap<QString, qint64> rowCounts(Database &db)
    {
        QMap<QString, qint64> counts;
        QSqlQuery q(db.sql());
        q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type IN ('table', 'view') "
                              "AND name NOT "
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

    // Every row of a query, each as one text (typeof and quote keep the value's type).
    static QStringList rows(Database &db, const QString &sql)
    {
        QStringList out;
        QSqlQuery q(db.sql());
        if (!q.exec(sql))
            return {QStringLiteral("error: ") + q.lastError().text()};
        while (q.next()) {
            QStringList cells;
            for (int i = 0; i < q.record().count(); ++i)
                cells << q.value(i).toString();
            out << cells.join(QLatin1Char('|'));
        }
        return out;
    }
    static bool exec(Database &db, const QString &sql, const QVariantList &binds = {})
    {
        QSqlQuery q(db.sql());
        q.prepare(sql);
        for (const QVariant &v : binds)
            q.addBindValue(v);
        if (!q.exec())
            qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return !q.lastError().isValid();
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void schema14ChangeLogMovesToKeysWithNothingLost()
    {
        // A schema-14 file: change_log and field_versions as tables keyed by text.
        const QString file = m_dir.filePath(QStringLiteral("schema14.fdb"));
        const QString pass = QStringLiteral("schema-14 passphrase");
        {
            SqlCipherDriver driver;
            QVERIFY(driver.open(file, {}, pass, {}, 0, QStringLiteral("FD_CREATE")));
            QString err;
            QVERIFY(driver.executeScript(
                QStringLiteral("PRAGMA application_id = %1").arg(Database::ApplicationId), &err));
        }
        const QString a = RecordStore::newId(), b = RecordStore::newId();
        const QString d1 = RecordStore::newId(), d2 = RecordStore::newId(),
                      d3 = RecordStore::newId();
        const QString changeSql = QStringLiteral(
            "SELECT seq, record_table, record_id, field, typeof(value), quote(value), base_hlc, "
            "base_device, hlc, device, quote(bundle_seq) FROM change_log ORDER BY seq");
        const QString versionSql =
            QStringLiteral("SELECT record_table, record_id, field, hlc, device FROM "
                           "field_versions ORDER BY record_table, record_id, field");
        const QString receivedSql = QStringLiteral(
            "SELECT record_table, record_id, field, quote(value), base_hlc, base_device, hlc, "
            "device FROM sync_changes ORDER BY record_table, record_id, field, hlc, device");
        QStringList changes, versions, receivedRows;
        Error error;
        {
            Database db;
            QVERIFY2(db.open(file, pass, &error, Database::KeyKind::Passphrase, 14),
                     qPrintable(error.message));
            QCOMPARE(db.schemaVersion(), 14);
            const QString insert = QStringLiteral(
                "INSERT INTO change_log (record_table, record_id, field, value, base_hlc, "
                "base_device, hlc, device, bundle_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
            const QVariant none(QMetaType(QMetaType::LongLong));
            QVERIFY(exec(db, insert, {"customers", a, "name", "华东 𠮷", 0, "", 100, d1, 1}));
            QVERIFY(exec(db, insert, {"customers", a, "tier", "A", 0, "", 100, d1, 1}));
            QVERIFY(exec(db, insert, {"customers", a, "deleted", 0, 0, "", 100, d1, 1}));
            QVERIFY(exec(db, insert, {"customers", a, "name", "华东", 100, d1, 200, d2, none}));
            QVERIFY(exec(
                db, insert,
                {"attachments", b, "data", QByteArray("\x00\x01bin", 5), 0, "", 300, d2, none}));
            QVERIFY(exec(db, insert,
                         {"attachments", b, "note", QVariant(QMetaType(QMetaType::QString)), 0, "",
                          300, d2, none}));
            const QString version = QStringLiteral("INSERT INTO field_versions (record_table, "
                                                   "record_id, field, hlc, device) VALUES "
                                                   "(?, ?, ?, ?, ?)");
            QVERIFY(exec(db, version, {"customers", a, "name", 200, d2}));
            QVERIFY(exec(db, version, {"customers", a, "tier", 100, d1}));
            QVERIFY(exec(db, version, {"customers", a, "deleted", 100, d1}));
            QVERIFY(exec(db, version, {"attachments", b, "data", 300, d2}));
            // A version merged from another device: in field_versions only.
            QVERIFY(exec(db, version, {"people", b, "name", 250, d3}));
            // Versions received from other devices.
            const QString received = QStringLiteral(
                "INSERT INTO sync_changes (record_table, record_id, field, value, base_hlc, "
                "base_device, hlc, device) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
            QVERIFY(exec(db, received, {"people", b, "name", "王工", 0, "", 250, d3}));
            QVERIFY(exec(db, received, {"customers", a, "name", "华南", 100, d1, 210, d3}));
            changes = rows(db, changeSql);
            versions = rows(db, versionSql);
            receivedRows = rows(db, receivedSql);
        }
        QCOMPARE(changes.size(), 6);
        QCOMPARE(versions.size(), 5);
        Database db;
        QVERIFY2(db.open(file, pass, &error), qPrintable(error.message));
        QCOMPARE(db.schemaVersion(), SchemaMigrator::latestVersion());
        QCOMPARE(rows(db, changeSql), changes);
        QCOMPARE(rows(db, versionSql), versions);
        QCOMPARE(receivedRows.size(), 2);
        QCOMPARE(rows(db, receivedSql), receivedRows);
        // Stored by keys: no text column is repeated per change, no text index is left.
        QCOMPARE(rows(db, QStringLiteral("SELECT type FROM sqlite_master WHERE name IN "
                                         "('change_log', 'field_versions')")),
                 (QStringList{"view", "view"}));
        QCOMPARE(rows(db, QStringLiteral("SELECT type FROM sqlite_master WHERE name = "
                                         "'sync_changes'")),
                 QStringList{"view"});
        QCOMPARE(rows(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' "
                                         "AND tbl_name IN ('change_rows', 'version_rows', "
                                         "'received_rows') "
                                         "ORDER BY name")),
                 (QStringList{"change_rows_outbox", "change_rows_record"}));
        QCOMPARE(rows(db, QStringLiteral("SELECT count(*) FROM record_keys")), QStringList{"3"});

        // A new edit continues the log after the migrated rows, from the migrated version.
        const QString keyOfA = rows(db, QStringLiteral("SELECT id FROM record_keys WHERE "
                                                       "record_id = '%1'")
                                            .arg(a))
                                   .value(0);
        const QString c = RecordStore::newId();
        QVERIFY2(RecordStore(db).insert(QStringLiteral("customers"), c,
                                        {{QStringLiteral("name"), QStringLiteral("成都")},
                                         {QStringLiteral("tier"), QStringLiteral("B")},
                                         {QStringLiteral("kind"), QStringLiteral("customer")}},
                                        &error),
                 qPrintable(error.message));
        QCOMPARE(rows(db, QStringLiteral("SELECT min(seq) > 6, count(*), min(base_device), "
                                         "max(device) FROM change_log WHERE record_id = '%1'")
                              .arg(c)),
                 QStringList{QStringLiteral("1|5||") + db.deviceId()});
        // Writes through the views keep every record's key.
        QVERIFY(exec(db,
                     QStringLiteral("INSERT OR REPLACE INTO field_versions (record_table, "
                                    "record_id, field, hlc, device) VALUES (?, ?, ?, ?, ?)"),
                     {"customers", a, "name", 400, d3}));
        QVERIFY(exec(db,
                     QStringLiteral("DELETE FROM field_versions WHERE record_id = ? AND field = ?"),
                     {a, "tier"}));
        QVERIFY(exec(db, QStringLiteral("UPDATE change_log SET bundle_seq = 7 WHERE seq = 4")));
        QCOMPARE(rows(db, QStringLiteral("SELECT field, hlc, device FROM field_versions WHERE "
                                         "record_id = '%1' ORDER BY field")
                              .arg(a)),
                 (QStringList{"deleted|100|" + d1, "name|400|" + d3}));
        QCOMPARE(rows(db, QStringLiteral("SELECT bundle_seq FROM change_log WHERE seq = 4")),
                 QStringList{"7"});
        QCOMPARE(
            rows(db, QStringLiteral("SELECT id FROM record_keys WHERE record_id = '%1'").arg(a)),
            QStringList{keyOfA});
        // Values rewritten in place through the views (what the field held, in other words).
        QVERIFY(exec(db, QStringLiteral("UPDATE change_log SET value = '华北' WHERE seq = 4")));
        QVERIFY(exec(db, QStringLiteral("UPDATE sync_changes SET value = '华中' WHERE hlc = 210")));
        QCOMPARE(rows(db, QStringLiteral("SELECT value FROM change_log WHERE seq = 4 UNION ALL "
                                         "SELECT value FROM sync_changes WHERE record_id = '%1'")
                              .arg(a)),
                 (QStringList{"华北", "华中"}));
        QVERIFY(exec(db, QStringLiteral("DELETE FROM change_log WHERE record_table = "
                                        "'attachments'")));
        QCOMPARE(rows(db, QStringLiteral("SELECT count(*) FROM change_rows")), QStringList{"9"});
    }

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

#include "db/AuditLog.h"
#include "db/Database.h"
#include "db/HybridClock.h"
#include "db/RecordStore.h"
#include "db/Transaction.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

using namespace Qt::StringLiterals;

// RecordStore: every insert, update and tombstone writes the row, the change log, the field
// versions and the audit entry together or not at all, with rising HLCs and this device's id.
class TestRecordStore : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    const QString m_key = QString(64, QLatin1Char('c')).replace(0, 8, u"0badf00d"_s);
    Database m_db;
    const QString C = u"customers"_s;

    static QVariantMap customer(const QString &name = u"成都呈显光电"_s)
    {
        return {{u"name"_s, name},
                {u"tier"_s, u"A"_s},
                {u"kind"_s, u"customer"_s},
                {u"notes"_s, u"备注 𠮷"_s}};
    }
    QVariant scalar(const QString &sql, const QVariantList &binds = {}) const
    {
        QSqlQuery q(m_db.sql());
        q.prepare(sql);
        for (const QVariant &v : binds)
            q.addBindValue(v);
        if (!q.exec() || !q.next()) {
            qWarning() << sql << q.lastError().text();
            return QVariant();
        }
        return q.value(0);
    }
    qint64 number(const QString &sql, const QVariantList &binds = {}) const
    {
        return scalar(sql, binds).toLongLong();
    }
    // Rows of a bookkeeping table (change_log, field_versions, audit_log) about one record.
    qint64 rowsAbout(const char *table, const QString &id) const
    {
        return number(u"SELECT count(*) FROM %1 WHERE record_id = ?"_s.arg(QLatin1String(table)),
                      {id});
    }
    // Everything a write may touch, so "nothing was written" is one comparison.
    QString snapshot() const
    {
        return scalar("SELECT (SELECT count(*) FROM customers) || ' ' || (SELECT count(*) FROM "
                      "people) || ' ' || (SELECT count(*) FROM change_log) || ' ' || (SELECT "
                      "count(*) FROM field_versions) || ' ' || (SELECT count(*) FROM audit_log) "
                      "|| ' ' || (SELECT group_concat(updated_at) FROM (SELECT updated_at FROM "
                      "customers ORDER BY id)) || ' ' || (SELECT group_concat(kv) FROM (SELECT "
                      "key || '=' || value AS kv FROM meta ORDER BY key))")
            .toString();
    }
    // field -> (value, base_hlc, base_device, hlc, device) of the change-log rows of one write.
    QMap<QString, QVariantList> changes(const QString &id, qint64 hlc) const
    {
        QMap<QString, QVariantList> out;
        QSqlQuery q(m_db.sql());
        q.prepare("SELECT field, value, base_hlc, base_device, hlc, device FROM "
                  "change_log WHERE record_id = ? AND hlc = ?");
        q.addBindValue(id);
        q.addBindValue(hlc);
        q.exec();
        while (q.next())
            out.insert(q.value(0).toString(), {q.value(1), q.value(2).toLongLong(), q.value(3),
                                               q.value(4).toLongLong(), q.value(5)});
        return out;
    }
    qint64 fieldVersion(const QString &id, const QString &field) const
    {
        return number("SELECT hlc FROM field_versions WHERE record_table = "
                      "'customers' AND record_id = ? AND field = ?",
                      {id, field});
    }
    qint64 updatedAt(const QString &id) const
    {
        return number("SELECT updated_at FROM customers WHERE id = ?", {id});
    }
    AuditLog::Entry lastAudit() const
    {
        const QList<AuditLog::Entry> all = AuditLog(const_cast<Database &>(m_db)).entries();
        return all.isEmpty() ? AuditLog::Entry() : all.last();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Error error;
        QVERIFY2(
            m_db.create(m_dir.filePath(u"records.fdb"_s), m_key, &error, Database::KeyKind::RawKey),
            qPrintable(error.message));
        QVERIFY(!m_db.deviceId().isEmpty());
    }
    void cleanup()
    {
        QSqlQuery q(m_db.sql());
        for (const char *t : {"fail_cl", "fail_fv", "fail_audit", "fail_meta"})
            q.exec(u"DROP TRIGGER IF EXISTS %1"_s.arg(QLatin1String(t)));
        QCOMPARE(m_db.transactionDepth(), 0);
        QVERIFY(AuditLog(m_db).verify(nullptr));
    }

    void insertWritesRowChangesVersionsAndAudit()
    {
        RecordStore store(m_db);
        const QString id = RecordStore::newId();
        Error error;
        QVERIFY2(store.insert(C, id, customer(), &error), qPrintable(error.message));
        QVariantMap row;
        QVERIFY(store.get(C, id, &row, &error));
        QCOMPARE(row.value(u"name"_s).toString(), u"成都呈显光电"_s);
        QCOMPARE(row.value(u"notes"_s).toString(), u"备注 𠮷"_s);
        QCOMPARE(row.value(u"updated_by"_s).toString(), m_db.deviceId());
        QCOMPARE(row.value(u"deleted"_s).toLongLong(), 0);
        QVERIFY(row.value(u"short_name"_s).isNull());
        const qint64 hlc = row.value(u"updated_at"_s).toLongLong();
        QCOMPARE(row.value(u"updated_at"_s).typeId(), QMetaType::LongLong);
        QCOMPARE(hlc, m_db.clock().last());
        QCOMPARE(m_db.meta(u"hlc_last"_s), QString::number(hlc));
        const QString createdAt = row.value(u"created_at"_s).toString();
        QVERIFY2(QDateTime::fromString(createdAt, Qt::ISODate).isValid() &&
                     QDateTime::fromString(createdAt, Qt::ISODate).timeSpec() != Qt::LocalTime,
                 qPrintable(createdAt));

        const auto logged = changes(id, hlc);
        QCOMPARE(logged.keys(),
                 (QStringList{"created_at", "deleted", "kind", "name", "notes", "tier"}));
        QCOMPARE(rowsAbout("change_log", id), 6);
        for (auto it = logged.cbegin(); it != logged.cend(); ++it) {
            QCOMPARE(it.value().at(1).toLongLong(), 0); // no base version yet
            QCOMPARE(it.value().at(2).toString(), QString());
            QCOMPARE(it.value().at(4).toString(), m_db.deviceId());
            QCOMPARE(fieldVersion(id, it.key()), hlc);
        }
        QCOMPARE(logged.value(u"name"_s).at(0).toString(), u"成都呈显光电"_s);
        QCOMPARE(logged.value(u"created_at"_s).at(0).toString(), createdAt);
        QCOMPARE(logged.value(u"deleted"_s).at(0).toLongLong(), 0);
        QCOMPARE(rowsAbout("field_versions", id), 6);
        QCOMPARE(rowsAbout("audit_log", id), 1);
        const AuditLog::Entry audit = lastAudit();
        QCOMPARE(audit.action, u"create"_s);
        QCOMPARE(audit.recordTable, C);
        QCOMPARE(audit.recordId, id);
        QCOMPARE(audit.device, m_db.deviceId());
    }

    void insertIsAllOrNothing_data()
    {
        QTest::addColumn<QString>("trigger");
        QTest::addColumn<QString>("dropField"); // removed from the fields ("" = none)
        QTest::addColumn<bool>("nullName");
        QTest::newRow("row: name missing (NOT NULL)") << QString() << "name" << false;
        QTest::newRow("row: name NULL") << QString() << QString() << true;
        const QString abort = u" BEGIN SELECT RAISE(ABORT, 'injected'); END"_s;
        QTest::newRow("change_log, third field")
            << "CREATE TRIGGER fail_cl BEFORE INSERT ON change_rows WHEN NEW.field_key = "
               "(SELECT id FROM sync_fields WHERE field = 'name')" +
                   abort
            << QString() << false;
        QTest::newRow("field_versions, last field")
            << "CREATE TRIGGER fail_fv BEFORE INSERT ON version_rows WHEN NEW.field_key = "
               "(SELECT id FROM sync_fields WHERE field = 'deleted')" +
                   abort
            << QString() << false;
        QTest::newRow("audit entry")
            << "CREATE TRIGGER fail_audit BEFORE INSERT ON audit_log" + abort << QString() << false;
        QTest::newRow("audit head in meta")
            << "CREATE TRIGGER fail_meta BEFORE INSERT ON meta WHEN NEW.key = 'audit_head_hash'" +
                   abort
            << QString() << false;
        QTest::newRow("hlc high-water mark")
            << "CREATE TRIGGER fail_meta BEFORE INSERT ON meta WHEN NEW.key = 'hlc_last'" + abort
            << QString() << false;
    }
    void insertIsAllOrNothing()
    {
        QFETCH(QString, trigger);
        QFETCH(QString, dropField);
        QFETCH(bool, nullName);
        RecordStore store(m_db);
        QVERIFY(store.insert(C, RecordStore::newId(), customer(), nullptr)); // a previous record
        if (!trigger.isEmpty())
            QVERIFY(QSqlQuery(m_db.sql()).exec(trigger));
        QVariantMap fields = customer(u"半途而废"_s);
        fields.remove(dropField);
        if (nullName)
            fields.insert(u"name"_s, QVariant());
        const QString before = snapshot();
        const QString id = RecordStore::newId();
        Error error;
        QVERIFY(!store.insert(C, id, fields, &error));
        QCOMPARE(error.code, Error::Code::Failure);
        QVERIFY(!error.message.isEmpty());
        QCOMPARE(snapshot(), before);
        QVERIFY(!store.exists(C, id, true));
        QCOMPARE(rowsAbout("change_log", id), 0);
        QCOMPARE(m_db.transactionDepth(), 0);
        // Nothing half-written blocks the same record later.
        cleanup();
        fields.insert(u"name"_s, u"后来成功"_s);
        QVERIFY2(store.insert(C, id, fields, &error), qPrintable(error.message));
    }

    void failedInsertInsideOuterTransactionKeepsTheRest()
    {
        RecordStore store(m_db);
        const QString before = snapshot();
        const QString a = RecordStore::newId(), b = RecordStore::newId();
        {
            Transaction outer(m_db);
            QVERIFY(outer.isActive());
            QVERIFY(store.insert(C, a, customer(u"留下"_s), nullptr));
            QVERIFY(QSqlQuery(m_db.sql())
                        .exec(QString("CREATE TRIGGER fail_audit BEFORE INSERT ON audit_log WHEN "
                                      "NEW.record_id = '%1' BEGIN SELECT RAISE(ABORT, 'x'); END")
                                  .arg(b)));
            QVERIFY(!store.insert(C, b, customer(u"回滚"_s), nullptr));
            QVERIFY(outer.commit(nullptr));
        }
        QVERIFY(store.exists(C, a));
        QVERIFY(!store.exists(C, b, true));
        QCOMPARE(rowsAbout("change_log", b), 0);
        QVERIFY(snapshot() != before);
    }

    void updateWritesOnlyChangedFields()
    {
        RecordStore store(m_db);
        const QString id = RecordStore::newId();
        QVERIFY(store.insert(C, id, customer(), nullptr));
        const qint64 v1 = updatedAt(id);
        QVariantMap fields = customer();
        fields.insert(u"tier"_s, u"B"_s);
        fields.insert(u"notes"_s, QVariant()); // cleared
        QStringList changed;
        Error error;
        QVERIFY2(store.update(C, id, fields, &error, &changed), qPrintable(error.message));
        std::sort(changed.begin(), changed.end());
        QCOMPARE(changed, (QStringList{"notes", "tier"}));
        const qint64 v2 = updatedAt(id);
        QVERIFY(v2 > v1);
        auto logged = changes(id, v2);
        QCOMPARE(logged.keys(), (QStringList{"notes", "tier"}));
        for (const QVariantList &c : logged) {
            QCOMPARE(c.at(1).toLongLong(), v1); // base = the version it replaced
            QCOMPARE(c.at(2).toString(), m_db.deviceId());
            QCOMPARE(c.at(4).toString(), m_db.deviceId());
        }
        QVERIFY(logged.value(u"notes"_s).at(0).isNull());
        QCOMPARE(fieldVersion(id, u"tier"_s), v2);
        QCOMPARE(fieldVersion(id, u"name"_s), v1);
        QCOMPARE(scalar("SELECT updated_by FROM customers WHERE id = ?", {id}).toString(),
                 m_db.deviceId());
        QCOMPARE(lastAudit().action, u"change"_s);
        QCOMPARE(lastAudit().detail, u"notes,tier"_s);
        // The next change to tier is based on v2, the one to name still on v1.
        QVERIFY(
            store.update(C, id, {{u"tier"_s, u"C"_s}, {u"name"_s, u"新名"_s}}, &error, &changed));
        const qint64 v3 = updatedAt(id);
        QVERIFY(v3 > v2);
        logged = changes(id, v3);
        QCOMPARE(logged.value(u"tier"_s).at(1).toLongLong(), v2);
        QCOMPARE(logged.value(u"name"_s).at(1).toLongLong(), v1);
        QVariantMap row;
        QVERIFY(store.get(C, id, &row, &error));
        QCOMPARE(row.value(u"tier"_s).toString(), u"C"_s);
        QVERIFY(row.value(u"notes"_s).isNull());
    }

    void identicalUpdateWritesNothing_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QVariant>("stored");
        QTest::addColumn<QVariant>("again");
        QTest::newRow("text") << "name" << QVariant(u"张三"_s) << QVariant(u"张三"_s);
        QTest::newRow("null") << "phone" << QVariant() << QVariant();
        QTest::newRow("typed null")
            << "phone" << QVariant() << QVariant(QMetaType::fromType<QString>());
        QTest::newRow("bool true") << "non_compete" << QVariant(true) << QVariant(true);
        QTest::newRow("bool false") << "assessment_passed" << QVariant(false) << QVariant(false);
        QTest::newRow("int") << "non_compete" << QVariant(1) << QVariant(1);
        QTest::newRow("date") << "certified_on" << QVariant(QDate(2024, 2, 29))
                              << QVariant(QDate(2024, 2, 29));
        const QDateTime local(QDate(2024, 6, 1), QTime(9, 30)); // local time
        QTest::newRow("local datetime") << "left_on" << QVariant(local) << QVariant(local);
    }
    void identicalUpdateWritesNothing()
    {
        QFETCH(QString, field);
        QFETCH(QVariant, stored);
        QFETCH(QVariant, again);
        RecordStore store(m_db);
        const QString id = RecordStore::newId();
        QVariantMap fields{{u"name"_s, u"张三"_s}, {u"roles"_s, u"[\"engineer\"]"_s}};
        fields.insert(field, stored);
        Error error;
        QVERIFY2(store.insert(u"people"_s, id, fields, &error), qPrintable(error.message));
        const QString before = snapshot();
        const qint64 clock = m_db.clock().last();
        fields.insert(field, again);
        QStringList changed{u"stale"_s};
        QVERIFY2(store.update(u"people"_s, id, fields, &error, &changed),
                 qPrintable(error.message));
        QVERIFY2(changed.isEmpty(), qPrintable(changed.join(QLatin1Char(','))));
        QCOMPARE(snapshot(), before);
        QCOMPARE(m_db.clock().last(), clock); // not even a timestamp was taken
    }

    void removeLeavesATombstone()
    {
        RecordStore store(m_db);
        const QString id = RecordStore::newId();
        QVERIFY(store.insert(C, id, customer(), nullptr));
        const qint64 v1 = updatedAt(id);
        Error error;
        QVERIFY2(store.remove(C, id, &error), qPrintable(error.message));
        const qint64 v2 = updatedAt(id);
        QVERIFY(v2 > v1);
        QCOMPARE(number("SELECT deleted FROM customers WHERE id = ?", {id}), 1);
        QCOMPARE(scalar("SELECT name FROM customers WHERE id = ?", {id}).toString(),
                 u"成都呈显光电"_s);
        const auto logged = changes(id, v2);
        QCOMPARE(logged.keys(), QStringList{u"deleted"_s});
        QCOMPARE(logged.first().at(0).toLongLong(), 1);
        QCOMPARE(logged.first().at(1).toLongLong(), v1);
        QCOMPARE(fieldVersion(id, u"deleted"_s), v2);
        QCOMPARE(lastAudit().action, u"delete"_s);
        QCOMPARE(lastAudit().recordId, id);

        QVERIFY(!store.exists(C, id));
        QVERIFY(store.exists(C, id, true));
        QVariantMap row{{u"stale"_s, 1}};
        QVERIFY(!store.get(C, id, &row, &error));
        QCOMPARE(error.code, Error::Code::NotFound);
        QCOMPARE(error.recordId, id);
        const QString before = snapshot();
        error = Error();
        QVERIFY(!store.remove(C, id, &error));
        QCOMPARE(error.code, Error::Code::NotFound);
        error = Error();
        QVERIFY(!store.update(C, id, {{u"tier"_s, u"Z"_s}}, &error));
        QCOMPARE(error.code, Error::Code::NotFound);
        error = Error();
        QVERIFY(!store.insert(C, id, customer(), &error));
        QCOMPARE(error.code, Error::Code::Exists);
        QCOMPARE(snapshot(), before);
    }

    void insertRejectsNonUuid_data()
    {
        QTest::addColumn<QString>("id");
        QTest::newRow("empty") << QString();
        QTest::newRow("words") << "not-a-uuid";
        QTest::newRow("number") << "1234";
        QTest::newRow("nil uuid") << "00000000-0000-0000-0000-000000000000";
        QTest::newRow("one digit short") << "6ba7b810-9dad-11d1-80b4-00c04fd430c";
        QTest::newRow("injection") << "'; DROP TABLE customers; --";
    }
    void insertRejectsNonUuid()
    {
        QFETCH(QString, id);
        RecordStore store(m_db);
        const QString before = snapshot();
        Error error;
        QVERIFY(!store.insert(C, id, customer(), &error));
        QCOMPARE(error.code, Error::Code::Validation);
        QCOMPARE(error.field, u"id"_s);
        QCOMPARE(snapshot(), before);
    }

    void usageErrorsWriteNothing_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("column");
        QTest::newRow("unknown table") << "nope" << QString();
        QTest::newRow("not a record table") << "meta" << QString();
        QTest::newRow("audit log") << "audit_log" << QString();
        QTest::newRow("injected table") << "customers; DROP TABLE people" << QString();
        QTest::newRow("unknown column") << "customers"
                                        << "colour";
        QTest::newRow("record column updated_by") << "customers"
                                                  << "updated_by";
        QTest::newRow("record column deleted") << "customers"
                                               << "deleted";
        QTest::newRow("record column created_at") << "customers"
                                                  << "created_at";
    }
    void usageErrorsWriteNothing()
    {
        QFETCH(QString, table);
        QFETCH(QString, column);
        RecordStore store(m_db);
        const QString existing = RecordStore::newId();
        QVERIFY(store.insert(C, existing, customer(), nullptr));
        QVariantMap fields = customer();
        if (!column.isEmpty())
            fields.insert(column, u"x"_s);
        const QString before = snapshot();
        Error error;
        QVERIFY(!store.insert(table, RecordStore::newId(), fields, &error));
        QCOMPARE(error.code, Error::Code::Usage);
        if (!column.isEmpty())
            QCOMPARE(error.field, column);
        error = Error();
        QVERIFY(!store.update(table, existing, fields, &error));
        QCOMPARE(error.code, Error::Code::Usage);
        if (column.isEmpty()) {
            error = Error();
            QVERIFY(!store.remove(table, existing, &error));
            QCOMPARE(error.code, Error::Code::Usage);
            QVERIFY(!store.get(table, existing, nullptr, &error));
            QCOMPARE(error.code, Error::Code::Usage);
        }
        QCOMPARE(snapshot(), before);
        QVERIFY(m_db.sql().tables().contains(u"people"_s));
    }

    // Another program holding the write lock longer than a save waits: the message says the
    // database is busy and what to do, never SQLite's words, and names no record id.
    // A save of several records whose transaction could not begin (another program held the
    // lock longer than this desk waits) writes none of them, even when the lock is free again
    // by the time it gets to them: each would otherwise commit on its own.
    void nothingWrittenOutsideAFailedTransaction()
    {
        Database other;
        Error error;
        QVERIFY2(other.openSibling(m_db, &error), qPrintable(error.message));
        QSqlQuery(m_db.sql()).exec(u"PRAGMA busy_timeout = 200"_s);
        const QString first = RecordStore::newId(), second = RecordStore::newId();
        const QVariantMap fields{
            {u"name"_s, u"半途测试"_s}, {u"tier"_s, u"B"_s}, {u"kind"_s, u"customer"_s}};
        {
            auto writer = std::make_unique<Transaction>(other);
            QVERIFY(writer->isActive());
            Transaction save(m_db);
            QVERIFY(!save.isActive());
            writer.reset(); // the other program is done
            QVERIFY(!RecordStore(m_db).insert(u"customers"_s, first, fields, &error));
            QVERIFY2(error.message.contains(u"busy"_s), qPrintable(error.message));
            QVERIFY(!RecordStore(m_db).insert(u"customers"_s, second, fields, &error));
            QVERIFY(!save.commit(&error));
            QVERIFY2(error.message.contains(u"busy"_s), qPrintable(error.message));
        }
        QSqlQuery(m_db.sql()).exec(u"PRAGMA busy_timeout = 5000"_s);
        QVERIFY(!RecordStore(m_db).exists(u"customers"_s, first, true));
        QVERIFY(!RecordStore(m_db).exists(u"customers"_s, second, true));
        QCOMPARE(m_db.transactionDepth(), 0);
        // The next save is an ordinary one.
        QVERIFY2(RecordStore(m_db).insert(u"customers"_s, first, fields, &error),
                 qPrintable(error.message));
    }

    void busyDatabaseIsSaidInWords()
    {
        Database other;
        Error error;
        QVERIFY2(other.openSibling(m_db, &error), qPrintable(error.message));
        Transaction writer(other);
        QVERIFY(writer.isActive());
        const QString id = RecordStore::newId();
        QVERIFY(!RecordStore(m_db).insert(
            u"customers"_s, id,
            {{u"name"_s, u"忙碌测试"_s}, {u"tier"_s, u"B"_s}, {u"kind"_s, u"customer"_s}}, &error));
        QVERIFY2(error.message.contains(u"busy"_s), qPrintable(error.message));
        QVERIFY2(!error.message.contains(u"database is locked"_s), qPrintable(error.message));
        QVERIFY2(!error.message.contains(id), qPrintable(error.message));
        writer.rollback();
        QVERIFY2(RecordStore(m_db).insert(
                     u"customers"_s, id,
                     {{u"name"_s, u"忙碌测试"_s}, {u"tier"_s, u"B"_s}, {u"kind"_s, u"customer"_s}},
                     &error),
                 qPrintable(error.message));
    }

    void existingIdIsRefused()
    {
        RecordStore store(m_db);
        const QString id = RecordStore::newId();
        QVERIFY(store.insert(C, id, customer(u"原来的"_s), nullptr));
        const QString before = snapshot();
        Error error;
        QVERIFY(!store.insert(C, id, customer(u"冒名的"_s), &error));
        QCOMPARE(error.code, Error::Code::Exists);
        QCOMPARE(error.recordId, id);
        QCOMPARE(snapshot(), before);
        QVariantMap row;
        QVERIFY(store.get(C, id, &row, &error));
        QCOMPARE(row.value(u"name"_s).toString(), u"原来的"_s);
    }

    void outerTransaction_data()
    {
        QTest::addColumn<bool>("commit");
        QTest::newRow("rolled back") << false;
        QTest::newRow("committed") << true;
    }
    void outerTransaction()
    {
        QFETCH(bool, commit);
        RecordStore store(m_db);
        const QString before = snapshot();
        const QString a = RecordStore::newId(), b = RecordStore::newId();
        {
            Transaction outer(m_db);
            QVERIFY(outer.isActive());
            Error error;
            QVERIFY2(store.insert(C, a, customer(u"甲"_s), &error), qPrintable(error.message));
            QVERIFY(store.insert(C, b, customer(u"乙"_s), &error));
            QVERIFY(store.update(C, a, {{u"tier"_s, u"B"_s}}, &error));
            QVERIFY(store.exists(C, a) && store.exists(C, b));
            QCOMPARE(m_db.transactionDepth(), 1);
            if (commit)
                QVERIFY(outer.commit(&error));
            else
                outer.rollback();
        }
        QCOMPARE(store.exists(C, a, true), commit);
        QCOMPARE(store.exists(C, b, true), commit);
        if (!commit)
            QCOMPARE(snapshot(), before);
        QStringList problems;
        QVERIFY2(AuditLog(m_db).verify(&problems), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void hlcStrictlyIncreasesAcrossEditsAndReopen()
    {
        Database db;
        const QString file = m_dir.filePath(u"hlc.fdb"_s);
        Error error;
        QVERIFY(db.create(file, m_key, &error, Database::KeyKind::RawKey));
        RecordStore store(db);
        const QString id = RecordStore::newId();
        QVERIFY(store.insert(C, id, customer(), &error));
        for (int i = 0; i < 60; ++i) {
            QVERIFY2(store.update(C, id, {{i % 2 ? u"notes"_s : u"region"_s, u"第%1次"_s.arg(i)}},
                                  &error),
                     qPrintable(error.message));
        }
        QVERIFY(store.remove(C, id, &error));
        // A remote timestamp far ahead was merged and recorded; a reopened clock continues
        // above it.
        const qint64 future =
            HybridClock::pack(QDateTime::currentMSecsSinceEpoch() + 3600 * 1000, 5);
        QVERIFY(db.setMeta(u"hlc_last"_s, QString::number(future), &error));
        db.close();
        QVERIFY2(db.open(file, m_key, &error, Database::KeyKind::RawKey),
                 qPrintable(error.message));
        RecordStore reopened(db);
        const QString other = RecordStore::newId();
        QVERIFY(reopened.insert(C, other, customer(), &error));
        QSqlQuery q(db.sql());
        QVERIFY(q.exec(
            QString("SELECT hlc, min(device) FROM change_log GROUP BY hlc ORDER BY min(seq)")));
        QList<qint64> hlcs;
        while (q.next()) {
            QCOMPARE(q.value(1).toString(), db.deviceId());
            hlcs << q.value(0).toLongLong();
        }
        QCOMPARE(hlcs.size(), 1 + 60 + 1 + 1);
        for (int i = 1; i < hlcs.size(); ++i)
            QVERIFY2(hlcs.at(i) > hlcs.at(i - 1), qPrintable(QString::number(i)));
        QVERIFY(hlcs.last() > future);
        QVERIFY(q.exec("SELECT max(updated_at), min(updated_by), "
                       "max(updated_by) FROM customers") &&
                q.next());
        QCOMPARE(q.value(0).toLongLong(), hlcs.last());
        QCOMPARE(q.value(1).toString(), db.deviceId());
        QCOMPARE(q.value(2).toString(), db.deviceId());
        QCOMPARE(db.meta(u"hlc_last"_s), QString::number(hlcs.last()));
    }

    void dataColumnsExcludeRecordColumns()
    {
        RecordStore store(m_db);
        const QStringList columns = store.dataColumns(C);
        QVERIFY(columns.contains(u"name"_s));
        for (const char *c : {"id", "created_at", "updated_at", "updated_by", "deleted"})
            QVERIFY2(!columns.contains(QLatin1String(c)), c);
        QVERIFY(store.dataColumns(u"change_log"_s).isEmpty());
    }

    // Write hooks (derived data such as the search index) run inside every write that changes
    // something, and a failing hook undoes the whole write.
    void writeHooksRunInsideTheWrite()
    {
        static QStringList calls;
        static bool refuse = false;
        static int depthSeen = -1;
        const RecordStore::WriteHook hook = [](Database &db, const QString &table,
                                               const QString &id, Error *error) {
            calls << table + u':' + id;
            depthSeen = db.transactionDepth();
            if (refuse)
                return Error::set(error, Error::Code::Failure, u"hook refused"_s);
            return true;
        };
        calls.clear();
        RecordStore::addWriteHook(hook);
        RecordStore::addWriteHook(hook); // once is enough
        RecordStore store(m_db);
        Error error;
        const QString id = RecordStore::newId();
        QVERIFY2(store.insert(C, id, customer(u"钩子客户"_s), &error), qPrintable(error.message));
        QCOMPARE(calls, QStringList{C + u':' + id});
        QVERIFY(depthSeen >= 1); // inside the write's transaction
        QVERIFY(store.update(C, id, customer(u"钩子客户"_s), &error)); // nothing changed
        QCOMPARE(calls.size(), 1);
        QVERIFY(store.update(C, id, {{u"region"_s, u"苏州"_s}}, &error));
        QCOMPARE(calls.size(), 2);

        refuse = true;
        const QString before = snapshot();
        QVERIFY(!store.insert(C, RecordStore::newId(), customer(u"被拒"_s), &error));
        QCOMPARE(error.message, u"hook refused"_s);
        QVERIFY(!store.update(C, id, {{u"region"_s, u"无锡"_s}}, &error));
        QVERIFY(!store.remove(C, id, &error));
        QCOMPARE(snapshot(), before);
        QCOMPARE(m_db.transactionDepth(), 0);

        refuse = false;
        QVERIFY(store.remove(C, id, &error));
        QCOMPARE(calls.size(), 6);
        QCOMPARE(calls.last(), C + u':' + id);
        RecordStore::removeWriteHook(hook);
        QVERIFY(store.insert(C, RecordStore::newId(), customer(u"无钩"_s), &error));
        QCOMPARE(calls.size(), 6);
    }
};

QTEST_GUILESS_MAIN(TestRecordStore)
#include "tst_recordstore.moc"

// The QSQLCIPHER driver behaves like Qt's QSQLITE: the same cases, with the same expected
// results, run against both. This file is built twice:
//  - tst_driverconformance links fielddesk_db and runs the cases on QSQLCIPHER, then starts
//    driverconformance_qsqlite as a child process and requires it to pass;
//  - driverconformance_qsqlite (FIELDDESK_CONFORMANCE_QSQLITE) links only Qt Sql and Qt Test and
//    runs the cases on QSQLITE. Qt's SQLite plugin brings its own sqlite3, which must never be
//    loaded into a process that has SQLCipher linked, hence the separate process.
// Differences that stay on purpose are listed in the README ("The QSQLCIPHER driver").

#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QTime>
#include <QUuid>

#ifndef FIELDDESK_CONFORMANCE_QSQLITE
#include "db/SqlCipherDriver.h"

#include <QProcess>
#endif

using namespace Qt::StringLiterals;

class tst_DriverConformance : public QObject
{
    Q_OBJECT

public:
#ifdef FIELDDESK_CONFORMANCE_QSQLITE
    static constexpr const char *Driver = "QSQLITE";
#else
    static constexpr const char *Driver = "QSQLCIPHER";
#endif

private:
    QTemporaryDir m_dir;
    QSqlDatabase m_db;

    bool exec(const QString &sql)
    {
        QSqlQuery q(m_db);
        if (!q.exec(sql)) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            return false;
        }
        return true;
    }

    QString typeName(const QSqlField &field) const
    {
        return field.metaType().isValid() ? QString::fromLatin1(field.metaType().name()) : u"-"_s;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
#ifndef FIELDDESK_CONFORMANCE_QSQLITE
        SqlCipherDriver::registerDriver();
#endif
        QVERIFY2(QSqlDatabase::isDriverAvailable(QString::fromLatin1(Driver)), Driver);
        m_db = QSqlDatabase::addDatabase(QString::fromLatin1(Driver), u"conformance"_s);
        m_db.setDatabaseName(m_dir.filePath(u"main.db"_s));
#ifndef FIELDDESK_CONFORMANCE_QSQLITE
        m_db.setPassword(u"conformance-passphrase"_s);
        m_db.setConnectOptions(u"FD_CREATE"_s);
#endif
        QVERIFY2(m_db.open(), qPrintable(m_db.lastError().text()));
        qInfo("driver %s", Driver);
        QVERIFY(exec(u"CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                     "city TEXT, score REAL)"_s));
        QVERIFY(exec(u"CREATE TABLE v (x)"_s));
        // A second database on the connection (SQLCipher: with the main database's key).
        QSqlQuery q(m_db);
        QVERIFY(q.prepare(u"ATTACH DATABASE ? AS aux"_s));
        q.addBindValue(m_dir.filePath(u"aux.db"_s));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QVERIFY(exec(u"CREATE TABLE aux.extra (k INTEGER, n TEXT, PRIMARY KEY (k, n))"_s));
    }

    void cleanupTestCase()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"conformance"_s);
    }

    void features()
    {
        const QSqlDriver *d = m_db.driver();
        for (auto f : {QSqlDriver::Transactions, QSqlDriver::BLOB, QSqlDriver::Unicode,
                       QSqlDriver::PreparedQueries, QSqlDriver::PositionalPlaceholders,
                       QSqlDriver::LastInsertId, QSqlDriver::LowPrecisionNumbers,
                       QSqlDriver::FinishQuery, QSqlDriver::SimpleLocking})
            QVERIFY2(d->hasFeature(f), qPrintable(QString::number(int(f))));
        for (auto f : {QSqlDriver::QuerySize, QSqlDriver::BatchOperations,
                       QSqlDriver::MultipleResultSets, QSqlDriver::CancelQuery})
            QVERIFY2(!d->hasFeature(f), qPrintable(QString::number(int(f))));
    }

    // A typed null is SQL NULL: IS NULL, COALESCE and NOT NULL all see it.
    void typedNullBindsAsNull_data()
    {
        QTest::addColumn<QVariant>("value");
        QTest::newRow("QString()") << QVariant(QString());
        QTest::newRow("QByteArray()") << QVariant(QByteArray());
        QTest::newRow("invalid QDate") << QVariant(QDate());
        QTest::newRow("invalid QTime") << QVariant(QTime());
        QTest::newRow("invalid QDateTime") << QVariant(QDateTime());
        QTest::newRow("null QUuid") << QVariant(QUuid());
        QTest::newRow("invalid QVariant") << QVariant();
        QTest::newRow("null int variant") << QVariant(QMetaType::fromType<int>());
        QTest::newRow("null QString variant") << QVariant(QMetaType::fromType<QString>());
    }
    void typedNullBindsAsNull()
    {
        QFETCH(QVariant, value);
        QSqlQuery q(m_db);
        QVERIFY(q.prepare(u"SELECT ? IS NULL, typeof(?), COALESCE(?, 'fallback')"_s));
        q.addBindValue(value);
        q.addBindValue(value);
        q.addBindValue(value);
        QVERIFY2(q.exec() && q.next(), qPrintable(q.lastError().text()));
        QCOMPARE(q.value(0).toInt(), 1);
        QCOMPARE(q.value(1).toString(), u"null"_s);
        QCOMPARE(q.value(2).toString(), u"fallback"_s);

        QSqlQuery ins(m_db);
        QVERIFY(ins.prepare(u"INSERT INTO people (name) VALUES (?)"_s));
        ins.addBindValue(value);
        QVERIFY(!ins.exec()); // NOT NULL refuses it
        QVERIFY(ins.lastError().isValid());
    }

    // Empty but not null values stay values.
    void emptyValuesAreNotNull_data()
    {
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QString>("storage");
        QTest::newRow("empty string") << QVariant(QString(u""_s)) << u"text"_s;
        QTest::newRow("empty bytes") << QVariant(QByteArray("")) << u"blob"_s;
        QTest::newRow("zero") << QVariant(0) << u"integer"_s;
        QTest::newRow("false") << QVariant(false) << u"integer"_s;
    }
    void emptyValuesAreNotNull()
    {
        QFETCH(QVariant, value);
        QFETCH(QString, storage);
        QSqlQuery q(m_db);
        QVERIFY(q.prepare(u"SELECT ? IS NULL, typeof(?)"_s));
        q.addBindValue(value);
        q.addBindValue(value);
        QVERIFY2(q.exec() && q.next(), qPrintable(q.lastError().text()));
        QCOMPARE(q.value(0).toInt(), 0);
        QCOMPARE(q.value(1).toString(), storage);
    }

    void valuesRoundTrip_data()
    {
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QString>("storage");
        QTest::addColumn<QVariant>("readBack");
        QTest::newRow("int") << QVariant(-7) << u"integer"_s << QVariant(qlonglong(-7));
        QTest::newRow("int64") << QVariant(qlonglong(1) << 53) << u"integer"_s
                               << QVariant(qlonglong(1) << 53);
        QTest::newRow("bool") << QVariant(true) << u"integer"_s << QVariant(qlonglong(1));
        QTest::newRow("double") << QVariant(2.5) << u"real"_s << QVariant(2.5);
        QTest::newRow("text") << QVariant(u"成都 𠮷"_s) << u"text"_s << QVariant(u"成都 𠮷"_s);
        QTest::newRow("blob") << QVariant(QByteArray("\0\1\2", 3)) << u"blob"_s
                              << QVariant(QByteArray("\0\1\2", 3));
        QTest::newRow("date") << QVariant(QDate(2026, 2, 28)) << u"text"_s
                              << QVariant(u"2026-02-28"_s);
        QTest::newRow("time") << QVariant(QTime(8, 5, 9, 12)) << u"text"_s
                              << QVariant(u"08:05:09.012"_s);
        QTest::newRow("utc date-time")
            << QVariant(QDateTime::fromString(u"2026-03-01T07:59:58.123Z"_s, Qt::ISODateWithMs))
            << u"text"_s << QVariant(u"2026-03-01T07:59:58.123Z"_s);
        QTest::newRow("offset date-time")
            << QVariant(QDateTime::fromString(u"2026-03-01T15:00:00+08:00"_s, Qt::ISODate))
            << u"text"_s << QVariant(u"2026-03-01T15:00:00.000+08:00"_s);
    }
    void valuesRoundTrip()
    {
        QFETCH(QVariant, value);
        QFETCH(QString, storage);
        QFETCH(QVariant, readBack);
        QVERIFY(exec(u"DELETE FROM v"_s));
        QSqlQuery q(m_db);
        QVERIFY(q.prepare(u"INSERT INTO v (x) VALUES (?)"_s));
        q.addBindValue(value);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QVERIFY(q.exec(u"SELECT x, typeof(x) FROM v"_s) && q.next());
        QCOMPARE(q.value(1).toString(), storage);
        QCOMPARE(q.value(0).typeId(), readBack.typeId());
        QCOMPARE(q.value(0), readBack);
        QVERIFY(!q.isNull(0));
    }

    void nullReadsAsNull()
    {
        QSqlQuery q(m_db);
        QVERIFY(q.exec(u"SELECT NULL, city FROM people WHERE 0 UNION ALL SELECT NULL, NULL"_s));
        QVERIFY(q.next());
        QVERIFY(q.isNull(0) && q.value(0).isNull());
        QVERIFY(q.isNull(1) && q.value(1).isNull());
        QVERIFY(q.exec(u"SELECT x'', ''"_s) && q.next());
        QVERIFY(!q.isNull(0) && !q.isNull(1));
        // '' read back and bound again stays '' (an empty, not a null, QString).
        const QVariant empty = q.value(1);
        QVERIFY(!empty.toString().isNull());
        QVERIFY(q.prepare(u"SELECT typeof(?)"_s));
        q.addBindValue(empty);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toString(), u"text"_s);
    }

    // Declared types map by QSQLITE's table, for the table and for a query.
    void fieldTypes()
    {
        QVERIFY(exec(u"CREATE TABLE typed (a INTEGER, b INT, c NUMERIC, d NUMERIC(10,2), "
                     "e REAL, f DOUBLE, g FLOAT, h BLOB, i BOOLEAN, j BOOL, k TEXT, "
                     "l VARCHAR(20), m BIGINT, n DATETIME, o)"_s));
        const QStringList expected{"int",     "int",     "double",     "double",  "double",
                                   "double",  "double",  "QByteArray", "bool",    "bool",
                                   "QString", "QString", "QString",    "QString", "QString"};
        const QSqlRecord table = m_db.record(u"typed"_s);
        QStringList types;
        for (int i = 0; i < table.count(); ++i)
            types << typeName(table.field(i));
        QCOMPARE(types, expected);

        // A query: declared columns by their declaration even without rows.
        QSqlQuery q(m_db);
        QVERIFY(q.exec(u"SELECT a, c, e, h, i, k, m FROM typed"_s));
        types.clear();
        for (int i = 0; i < q.record().count(); ++i)
            types << typeName(q.record().field(i));
        QCOMPARE(types, (QStringList{"int", "double", "double", "QByteArray", "bool", "QString",
                                     "QString"}));
        QCOMPARE(q.record().field(0).tableName(), u"typed"_s);
    }

    // Expressions have no declaration: the first row's storage class; NULL or no row: no type.
    void expressionTypes()
    {
        QSqlQuery q(m_db);
        QVERIFY(q.exec(u"SELECT 1 + 1, 1.5, x'00', 'text', NULL"_s));
        QStringList types;
        for (int i = 0; i < q.record().count(); ++i)
            types << typeName(q.record().field(i));
        QCOMPARE(types, (QStringList{"int", "double", "QByteArray", "QString", "-"}));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).typeId(), QMetaType::LongLong);

        QVERIFY(q.exec(u"SELECT 1 + 1, NULL FROM v WHERE 0"_s));
        QVERIFY(!q.record().field(0).metaType().isValid());
        QVERIFY(!q.record().field(1).metaType().isValid());
        QCOMPARE(q.record().fieldName(0), u"1 + 1"_s);
    }

    void defaultValues()
    {
        QVERIFY(exec(u"CREATE TABLE defaults (a TEXT DEFAULT 'x y', b INTEGER DEFAULT 42, "
                     "c TEXT DEFAULT 'it''s', d REAL DEFAULT 1.5, e TEXT, "
                     "f TEXT DEFAULT CURRENT_TIMESTAMP, g TEXT NOT NULL DEFAULT '')"_s));
        const QSqlRecord rec = m_db.record(u"defaults"_s);
        QCOMPARE(rec.field(0).defaultValue().toString(), u"x y"_s);
        QCOMPARE(rec.field(1).defaultValue().toString(), u"42"_s);
        QCOMPARE(rec.field(2).defaultValue().toString(), u"it''s"_s); // quotes only stripped
        QCOMPARE(rec.field(3).defaultValue().toString(), u"1.5"_s);
        QVERIFY(rec.field(4).defaultValue().toString().isEmpty());
        QCOMPARE(rec.field(5).defaultValue().toString(), u"CURRENT_TIMESTAMP"_s);
        QVERIFY(rec.field(6).defaultValue().toString().isEmpty());
        QCOMPARE(rec.field(6).requiredStatus(), QSqlField::Required);
        QCOMPARE(rec.field(4).requiredStatus(), QSqlField::Optional);
    }

    void recordAndKey()
    {
        const QSqlRecord rec = m_db.record(u"people"_s);
        QCOMPARE(rec.count(), 4);
        QCOMPARE(rec.fieldName(1), u"name"_s);
        QVERIFY(rec.field(0).isAutoValue());
        QVERIFY(!rec.field(1).isAutoValue());
        QCOMPARE(rec.field(0).tableName(), u"people"_s);
        const QSqlIndex key = m_db.primaryIndex(u"people"_s);
        QCOMPARE(key.count(), 1);
        QCOMPARE(key.fieldName(0), u"id"_s);
        QVERIFY(key.field(0).isAutoValue());
        QVERIFY(m_db.record(u"no_such_table"_s).isEmpty());
        QVERIFY(m_db.primaryIndex(u"v"_s).isEmpty());
    }

    // Quoted, bracketed and schema-qualified names, for the main and an attached database.
    void identifiers_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("columns");
        QTest::addColumn<int>("keyColumns");
        QTest::newRow("plain") << u"people"_s << 4 << 1;
        QTest::newRow("quoted") << u"\"people\""_s << 4 << 1;
        QTest::newRow("bracketed") << u"[people]"_s << 4 << 1;
        QTest::newRow("bracketed schema.table") << u"[main].[people]"_s << 4 << 1;
        QTest::newRow("attached, bracketed") << u"[aux].[extra]"_s << 2 << 2;
        // Qt 6.4's QSQLITE finds nothing for "schema"."table"; later ones (and QSQLCIPHER) do.
        if (QLatin1String(qVersion()) >= QLatin1String("6.8")) {
            QTest::newRow("quoted schema.table") << u"\"main\".\"people\""_s << 4 << 1;
            QTest::newRow("attached, quoted") << u"\"aux\".\"extra\""_s << 2 << 2;
        }
    }
    void identifiers()
    {
        QFETCH(QString, name);
        QFETCH(int, columns);
        QFETCH(int, keyColumns);
        QSqlQuery q(m_db);
        QCOMPARE(m_db.record(name).count(), columns);
        QCOMPARE(m_db.primaryIndex(name).count(), keyColumns);
        QCOMPARE(m_db.driver()->escapeIdentifier(name, QSqlDriver::TableName),
                 name.startsWith(u'"') || name.startsWith(u'[') ? name : u'"' + name + u'"');
        QVERIFY(q.exec(u"SELECT * FROM "_s +
                       m_db.driver()->escapeIdentifier(name, QSqlDriver::TableName)));
        QCOMPARE(q.record().count(), columns);
    }

    void oneStatementPerQuery_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("plain") << u"SELECT 1"_s << true;
        QTest::newRow("trailing ;") << u"SELECT 1;"_s << true;
        QTest::newRow("trailing ; and space") << u"SELECT 1; \n\t"_s << true;
        QTest::newRow("trailing ;;") << u"SELECT 1;;"_s << false;
        QTest::newRow("trailing ; ;") << u"SELECT 1; ;"_s << false;
        QTest::newRow("two statements") << u"SELECT 1; SELECT 2"_s << false;
        QTest::newRow("comment after ;") << u"SELECT 1; -- done"_s << false;
    }
    void oneStatementPerQuery()
    {
        QFETCH(QString, sql);
        QFETCH(bool, accepted);
        QSqlQuery q(m_db);
        QCOMPARE(q.exec(sql), accepted);
        QCOMPARE(q.lastError().isValid(), !accepted);
        if (accepted)
            QVERIFY(q.next() && q.value(0).toInt() == 1);
    }

    void lastInsertId()
    {
        QVERIFY(exec(u"DELETE FROM people"_s));
        QSqlQuery q(m_db);
        QVERIFY(q.exec(u"INSERT INTO people (id, name) VALUES (41, 'a')"_s));
        QCOMPARE(q.lastInsertId(), QVariant(qlonglong(41)));
        QVERIFY(q.exec(u"INSERT INTO people (name) VALUES ('b')"_s));
        QCOMPARE(q.lastInsertId(), QVariant(qlonglong(42)));
        // A failed exec() has no insert id (not the previous statement's).
        QVERIFY(!q.exec(u"INSERT INTO people (id, name) VALUES (41, 'dup')"_s));
        QVERIFY(!q.lastInsertId().isValid());
        QSqlQuery other(m_db);
        QVERIFY(other.prepare(u"INSERT INTO people (name) VALUES (?)"_s));
        other.addBindValue(QString());
        QVERIFY(!other.exec());
        QVERIFY(!other.lastInsertId().isValid());
        QVERIFY(q.exec(u"UPDATE people SET city = 'x'"_s));
        QCOMPARE(q.numRowsAffected(), 2);
    }

    void precisionPolicy_data()
    {
        QTest::addColumn<int>("policy");
        QTest::addColumn<QVariant>("real");
        QTest::newRow("LowPrecisionInt32") << int(QSql::LowPrecisionInt32) << QVariant(2);
        QTest::newRow("LowPrecisionInt64")
            << int(QSql::LowPrecisionInt64) << QVariant(qlonglong(2));
        QTest::newRow("LowPrecisionDouble") << int(QSql::LowPrecisionDouble) << QVariant(2.75);
        QTest::newRow("HighPrecision") << int(QSql::HighPrecision) << QVariant(2.75);
    }
    void precisionPolicy()
    {
        QFETCH(int, policy);
        QFETCH(QVariant, real);
        QSqlQuery q(m_db);
        q.setNumericalPrecisionPolicy(QSql::NumericalPrecisionPolicy(policy));
        QVERIFY(q.exec(u"SELECT 5000000000, 2.75"_s) && q.next());
        // Integers are never truncated, whatever the policy.
        QCOMPARE(q.value(0), QVariant(qlonglong(5000000000)));
        QCOMPARE(q.value(1).typeId(), real.typeId());
        QCOMPARE(q.value(1), real);
    }

    void namedPlaceholders()
    {
        QSqlQuery q(m_db);
        QVERIFY(q.prepare(u"SELECT :a + :b, :a"_s));
        q.bindValue(u":a"_s, 2);
        q.bindValue(u":b"_s, 40);
        QVERIFY2(q.exec() && q.next(), qPrintable(q.lastError().text()));
        QCOMPARE(q.value(0).toInt(), 42);
        QCOMPARE(q.value(1).toInt(), 2);
    }

    void transactions()
    {
        QVERIFY(exec(u"DELETE FROM v"_s));
        QVERIFY(m_db.transaction());
        QVERIFY(exec(u"INSERT INTO v VALUES (1)"_s));
        QVERIFY(m_db.rollback());
        QVERIFY(m_db.transaction());
        QVERIFY(exec(u"INSERT INTO v VALUES (2)"_s));
        QVERIFY(m_db.commit());
        QSqlQuery q(m_db);
        QVERIFY(q.exec(u"SELECT group_concat(x) FROM v"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"2"_s);
    }

    void navigation()
    {
        QVERIFY(exec(u"DELETE FROM v"_s));
        for (int i = 1; i <= 3; ++i)
            QVERIFY(exec(u"INSERT INTO v VALUES (%1)"_s.arg(i)));
        QSqlQuery q(m_db);
        QVERIFY(q.exec(u"SELECT x FROM v ORDER BY x"_s));
        QCOMPARE(q.size(), -1);
        QVERIFY(q.last());
        QCOMPARE(q.value(0).toInt(), 3);
        QVERIFY(q.first());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.seek(1));
        QCOMPARE(q.value(0).toInt(), 2);
        QVERIFY(!q.seek(3));
        QVERIFY(q.isActive() && q.isSelect());
        QVERIFY(q.exec(u"DELETE FROM v WHERE x = 3"_s));
        QVERIFY(!q.isSelect());
        QVERIFY(q.record().isEmpty());
    }

#ifndef FIELDDESK_CONFORMANCE_QSQLITE
    // The same cases against QSQLITE, in their own process.
    void qsqliteInChildProcess()
    {
        QProcess child;
        child.setProcessChannelMode(QProcess::MergedChannels);
        child.start(QStringLiteral(FIELDDESK_QSQLITE_CHILD), QStringList());
        QVERIFY2(child.waitForFinished(120000), "the QSQLITE child did not finish");
        const QString output = QString::fromUtf8(child.readAll());
        if (child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0)
            qWarning().noquote() << output;
        QCOMPARE(child.exitStatus(), QProcess::NormalExit);
        QCOMPARE(child.exitCode(), 0);
        QVERIFY2(output.contains(u"driver QSQLITE"_s), qPrintable(output));
        QVERIFY2(output.contains(u" 0 failed"_s), qPrintable(output));
    }
#endif
};

QTEST_GUILESS_MAIN(tst_DriverConformance)
#include "tst_driverconformance.moc"

#include "db/SqlCipherDriver.h"
#include "tests/TestUtil.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSemaphore>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QSqlTableModel>
#include <QTemporaryDir>
#include <QtTest>

#include <thread>

using namespace Qt::StringLiterals;

// The QSQLCIPHER driver through Qt's public SQL API only (QSqlDatabase, QSqlQuery,
// QSqlTableModel), on encrypted files keyed with raw keys so no test pays for the KDF.
class TestSqlCipherDriver : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    const QString m_key = u"00112233445566778899aabbccddeeff0123456789abcdef0123456789ABCDEF"_s;
    QSqlDatabase m_db;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    // A named extra connection, removed again when it goes out of scope.
    struct Connection
    {
        const QString name;
        QSqlDatabase db;
        Connection(const QString &name, const QString &file, const QString &key,
                   const QString &options = u"FD_RAW_KEY"_s)
            : name(name), db(QSqlDatabase::addDatabase(u"QSQLCIPHER"_s, name))
        {
            db.setDatabaseName(file);
            db.setPassword(key);
            db.setConnectOptions(options);
            db.open();
        }
        ~Connection()
        {
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
        }
        SqlCipherDriver *driver() const { return static_cast<SqlCipherDriver *>(db.driver()); }
    };
    std::unique_ptr<Connection> m_main;
    bool exec(const QString &sql)
    {
        QSqlQuery q(m_db);
        if (!q.exec(sql))
            qWarning() << sql << q.lastError().text();
        return q.isActive();
    }
    // The first column of every row the query returns, as text.
    QStringList column(QSqlQuery &q)
    {
        QStringList out;
        while (q.next())
            out << (q.isNull(0) ? u"<null>"_s : q.value(0).toString());
        return out;
    }
    qint64 scalar(const QString &sql, QSqlDatabase db = QSqlDatabase())
    {
        QSqlQuery q(db.isValid() ? db : m_db);
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }

private slots:
    void initTestCase()
    {
        SqlCipherDriver::registerDriver();
        SqlCipherDriver::registerDriver(); // idempotent
        QVERIFY(m_dir.isValid());
        QVERIFY(QSqlDatabase::isDriverAvailable(u"QSQLCIPHER"_s));
        m_main = std::make_unique<Connection>(u"main"_s, path(u"main.db"_s), m_key,
                                              u"FD_CREATE;FD_RAW_KEY"_s);
        m_db = m_main->db;
        QVERIFY2(m_db.isOpen(), qPrintable(m_db.lastError().text()));
        QVERIFY(exec("PRAGMA synchronous = OFF")); // scratch file: no fsyncs
        QVERIFY(exec("CREATE TABLE rt (k INTEGER PRIMARY KEY, v)"));
        QVERIFY(exec("CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, "
                     "city TEXT, score REAL CHECK (score >= 0), photo BLOB, active BOOLEAN)"));
        QVERIFY(exec("CREATE TABLE nums (n INTEGER, label TEXT)"));
        QVERIFY(exec("INSERT INTO nums WITH RECURSIVE c(n) AS (SELECT 0 UNION ALL SELECT n + 1 "
                     "FROM c WHERE n < 999) SELECT n, '行' || n FROM c"));
    }
    void cleanupTestCase()
    {
        m_db = QSqlDatabase();
        m_main.reset();
    }

    void cipherVersion()
    {
        const QString version = m_main->driver()->cipherVersion();
        QVERIFY(!version.isEmpty() && version.at(0).isDigit());
        QSqlQuery q(m_db);
        QVERIFY(q.exec("PRAGMA cipher_version") && q.next());
        QCOMPARE(q.value(0).toString(), version);
    }

    void roundTrip_data()
    {
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QString>("storage");   // SQLite's typeof()
        QTest::addColumn<QVariant>("expected"); // invalid: the value itself
        const auto add = [](const char *tag, QVariant v, const char *storage, QVariant e = {}) {
            QTest::newRow(tag) << v << QString::fromLatin1(storage) << (e.isValid() ? e : v);
        };
        add("qint64 max", qlonglong(LLONG_MAX), "integer");
        add("qint64 min", qlonglong(LLONG_MIN), "integer");
        add("2^53+1", qlonglong((qint64(1) << 53) + 1), "integer");
        add("int -1", -1, "integer", qlonglong(-1));
        add("uint max", 4294967295u, "integer", qlonglong(4294967295LL));
        add("bool true", true, "integer", qlonglong(1));
        add("bool false", false, "integer", qlonglong(0));
        add("double pi", 3.141592653589793, "real");
        add("double tiny", 2.2250738585072014e-308, "real");
        add("double -1e308", -1e308, "real");
        add("float", 1.5f, "real", 1.5);
        add("string", u"hello"_s, "text");
        add("empty string (not NULL)", u""_s, "text");
        add("chinese", u"成都呈显光电有限公司"_s, "text");
        add("cjk ext b", u"𠀀𠮷"_s, "text");
        add("null", QVariant(), "null");
        for (QMetaType t : {QMetaType::fromType<QString>(), QMetaType::fromType<qlonglong>(),
                            QMetaType::fromType<double>(), QMetaType::fromType<QByteArray>(),
                            QMetaType::fromType<QDateTime>()})
            add(QByteArray("typed null ").append(t.name()).constData(), QVariant(t), "null");
        add("blob with zero bytes", QByteArray("\0a\0\0b\0", 6), "blob");
        add("empty blob", QByteArray(""), "blob", QByteArray());
        QByteArray big(1024 * 1024, Qt::Uninitialized);
        QRandomGenerator gen(42);
        for (char &c : big)
            c = char(gen.bounded(256));
        add("1 MB blob", big, "blob");
        add("date", QDate(2024, 2, 29), "text", u"2024-02-29"_s);
        add("datetime utc", QDateTime::fromString(u"2024-02-29T23:59:58.123Z"_s, Qt::ISODateWithMs),
            "text", u"2024-02-29T23:59:58.123Z"_s);
        add("datetime +08:00",
            QDateTime::fromString(u"2024-03-01T07:59:58.123+08:00"_s, Qt::ISODateWithMs), "text",
            u"2024-03-01T07:59:58.123+08:00"_s);
        // Local times keep the offset they had: ISO 8601 with offset, not zone-less text.
        const QDateTime local(QDate(2024, 6, 1), QTime(10, 0, 0, 5)); // local time
        add("datetime local", local, "text",
            local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODateWithMs));
    }
    void roundTrip()
    {
        QFETCH(QVariant, value);
        QFETCH(QString, storage);
        QFETCH(QVariant, expected);
        QVERIFY(exec("DELETE FROM rt"));
        QSqlQuery q(m_db);
        QVERIFY(q.prepare("INSERT INTO rt (v) VALUES (?)"));
        q.addBindValue(value);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QVERIFY(q.exec("SELECT v, typeof(v), length(v) FROM rt") && q.next());
        QCOMPARE(q.value(1).toString(), storage);
        const bool isNull = storage == "null"_L1;
        QCOMPARE(q.isNull(0), isNull);
        QCOMPARE(q.value(0).isNull(), isNull);
        if (!isNull) {
            QCOMPARE(q.value(0).typeId(), expected.typeId()); // qint64 must not become double
            QCOMPARE(q.value(0), expected);
        }
        if (storage == "blob"_L1)
            QCOMPARE(q.value(2).toLongLong(), qlonglong(expected.toByteArray().size()));
        if (value.typeId() == QMetaType::QDateTime && !isNull)
            QCOMPARE(QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs),
                     value.toDateTime());
        QVERIFY(!q.next());
    }

    void nullsReadBackWithColumnType()
    {
        QVERIFY(exec("DELETE FROM people"));
        QVERIFY(exec("INSERT INTO people (id, name) VALUES (1, 'n')"));
        QSqlQuery q(m_db);
        QVERIFY(q.exec("SELECT city, score, photo, id FROM people") && q.next());
        const QList<QMetaType> types{QMetaType::fromType<QString>(), QMetaType::fromType<double>(),
                                     QMetaType::fromType<QByteArray>()};
        for (int i = 0; i < types.size(); ++i) {
            QVERIFY(q.isNull(i) && q.value(i).isNull());
            QCOMPARE(q.value(i).metaType(), types.at(i));
            QCOMPARE(q.record().field(i).metaType(), types.at(i));
        }
        QVERIFY(!q.isNull(3));
    }

    void unicodeAndLike_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QStringList>("matches");
        QTest::newRow("chinese infix") << "%光电%" << QStringList{"上海光电科技", "成都呈显光电"};
        QTest::newRow("chinese prefix") << "成都%" << QStringList{"成都呈显光电"};
        QTest::newRow("ext b prefix") << "𠮷%" << QStringList{"𠮷野家"};
        QTest::newRow("ext b infix") << "%𠮷%" << QStringList{"𠀀𠮷测试", "𠮷野家"};
        QTest::newRow("_ = one code point") << "_𠮷%" << QStringList{"𠀀𠮷测试"};
        QTest::newRow("_ between ext b") << "𠮷_家" << QStringList{"𠮷野家"};
        QTest::newRow("ascii case-insensitive") << "ascii%" << QStringList{"ASCII Corp"};
        QTest::newRow("no match") << "%𠀁%" << QStringList{};
    }
    void unicodeAndLike()
    {
        QFETCH(QString, pattern);
        QFETCH(QStringList, matches);
        QVERIFY(exec("DELETE FROM people"));
        QVERIFY(exec("INSERT INTO people (name) VALUES ('成都呈显光电'), ('上海光电科技'), "
                     "('𠀀𠮷测试'), ('ASCII Corp'), ('𠮷野家')"));
        QSqlQuery q(m_db);
        QVERIFY(q.prepare("SELECT name FROM people WHERE name LIKE ?"));
        q.addBindValue(pattern);
        QVERIFY(q.exec());
        QStringList found = column(q);
        found.sort();
        matches.sort();
        QCOMPARE(found, matches);
        // SQLite counts code points: each surrogate pair arrives as one character.
        QVERIFY(q.prepare("SELECT length(?), name FROM people WHERE name = ?"));
        q.addBindValue(u"𠀀𠮷"_s);
        q.addBindValue(u"𠀀𠮷测试"_s);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toLongLong(), 2);
        QCOMPARE(q.value(1).toString(), u"𠀀𠮷测试"_s);
    }

    void placeholders()
    {
        QVERIFY(exec("DELETE FROM people"));
        QSqlQuery q(m_db);
        QVERIFY(q.prepare("INSERT INTO people (name, city) VALUES (?, ?)"));
        q.bindValue(0, u"p1"_s);
        q.bindValue(1, u"成都"_s);
        QVERIFY(q.exec());
        for (int i = 2; i <= 4; ++i) { // the prepared statement again, with new values
            q.addBindValue(u"p%1"_s.arg(i));
            q.addBindValue(u"city%1"_s.arg(i));
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
        QVERIFY(q.prepare("INSERT INTO people (name, city, score) VALUES (:name, :city, :score)"));
        q.bindValue(u":score"_s, 2.5);
        q.bindValue(u":name"_s, u"named"_s);
        q.bindValue(u":city"_s, u"西安"_s);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        // One name used twice binds both places.
        QVERIFY(q.prepare("SELECT count(*) FROM people WHERE city = :c OR name = :c || '1'"));
        q.bindValue(u":c"_s, u"p"_s);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toLongLong(), 1);
        QVERIFY(q.exec("SELECT name || '|' || city || '|' || ifnull(score, '') FROM people "
                       "ORDER BY id"));
        QCOMPARE(column(q), (QStringList{"p1|成都|", "p2|city2|", "p3|city3|", "p4|city4|",
                                         "named|西安|2.5"}));
    }

    void transactions()
    {
        QVERIFY(exec("DELETE FROM rt"));
        Connection connection(u"other"_s, m_db.databaseName(), m_key);
        const QSqlDatabase other = connection.db;
        QVERIFY(other.isOpen());
        QVERIFY(m_db.transaction());
        QVERIFY(!m_db.transaction()); // no nesting at this level
        QCOMPARE(m_db.lastError().type(), QSqlError::TransactionError);
        QVERIFY(exec("INSERT INTO rt (v) VALUES ('committed')"));
        QCOMPARE(scalar("SELECT count(*) FROM rt", other), 0); // not yet
        QVERIFY2(m_db.commit(), qPrintable(m_db.lastError().text()));
        QCOMPARE(scalar("SELECT count(*) FROM rt", other), 1);
        QVERIFY(m_db.transaction());
        QVERIFY(exec("INSERT INTO rt (v) VALUES ('rolled back')"));
        QCOMPARE(scalar("SELECT count(*) FROM rt"), 2);
        QVERIFY(m_db.rollback());
        QCOMPARE(scalar("SELECT count(*) FROM rt"), 1);
        QCOMPARE(scalar("SELECT count(*) FROM rt", other), 1);
        QVERIFY(!m_db.commit()); // nothing open
    }

    void lastInsertIdAndRowsAffected()
    {
        QVERIFY(exec("DELETE FROM people"));
        QSqlQuery q(m_db);
        QVERIFY(q.exec("INSERT INTO people (id, name) VALUES (42, 'a')"));
        QCOMPARE(q.lastInsertId().toLongLong(), 42);
        QCOMPARE(q.numRowsAffected(), 1);
        QVERIFY(q.exec("INSERT INTO people (name) VALUES ('b')"));
        QCOMPARE(q.lastInsertId().toLongLong(), 43);
        QVERIFY(q.exec("INSERT INTO people (name) VALUES ('c'), ('d'), ('e'), ('f')"));
        QCOMPARE(q.numRowsAffected(), 4);
        QCOMPARE(q.lastInsertId().toLongLong(), 47);
        QVERIFY(q.exec("UPDATE people SET city = 'x' WHERE id <= 44"));
        QCOMPARE(q.numRowsAffected(), 3);
        QVERIFY(q.exec("UPDATE people SET city = 'x' WHERE id > 1000"));
        QCOMPARE(q.numRowsAffected(), 0);
        // Rows written by a trigger are not rows the statement affected.
        QVERIFY(exec("CREATE TEMP TRIGGER people_log AFTER DELETE ON people BEGIN "
                     "INSERT INTO rt (v) VALUES (old.name); INSERT INTO rt (v) VALUES (1); END"));
        QVERIFY(q.exec("DELETE FROM people WHERE id >= 45"));
        QCOMPARE(q.numRowsAffected(), 3);
        QVERIFY(exec("DROP TRIGGER people_log"));
        QVERIFY(q.exec("CREATE TEMP TABLE scratch (a)"));
        QCOMPARE(q.numRowsAffected(), 0);
        QCOMPARE(scalar("SELECT count(*) FROM people"), 3);
    }

    void navigation_data()
    {
        QTest::addColumn<bool>("forwardOnly");
        QTest::newRow("forward-only") << true;
        QTest::newRow("scrollable") << false;
    }
    void navigation()
    {
        QFETCH(bool, forwardOnly);
        QSqlQuery q(m_db);
        q.setForwardOnly(forwardOnly);
        QVERIFY(q.exec("SELECT n, label FROM nums ORDER BY n"));
        QCOMPARE(q.size(), -1); // QuerySize is not offered
        const auto on = [&q](bool moved, int n) {
            return moved && q.at() == n && q.value(0).toInt() == n &&
                   q.value(1).toString() == u"行%1"_s.arg(n);
        };
        if (forwardOnly) {
            int count = 0;
            while (q.next())
                QVERIFY(on(true, count++));
            QCOMPARE(count, 1000);
            QVERIFY(q.exec());
            QVERIFY(on(q.seek(500), 500)); // forward seeks are fine
            QVERIFY(on(q.next(), 501));
            QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"forward only"_s));
            QVERIFY(!q.previous());
            QVERIFY(on(q.last(), 999));
            return;
        }
        QVERIFY(on(q.last(), 999));
        QVERIFY(on(q.previous(), 998));
        QVERIFY(on(q.first(), 0));
        QVERIFY(on(q.seek(500), 500));
        QVERIFY(on(q.seek(-100, true), 400));
        QVERIFY(!q.seek(1000));
        QCOMPARE(q.at(), int(QSql::AfterLastRow));
        QVERIFY(on(q.seek(999), 999) && !q.next() && on(q.previous(), 999));
    }

    void errors_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<int>("bound"); // -1: run directly, else prepare and bind this many
        QTest::addColumn<bool>("constraint");
        QTest::newRow("syntax") << "SELEC 1" << -1 << false;
        QTest::newRow("missing table") << "SELECT * FROM no_such_table" << -1 << false;
        QTest::newRow("missing column") << "INSERT INTO people (nope) VALUES (1)" << -1 << false;
        QTest::newRow("too few values")
            << "INSERT INTO people (id, name) VALUES (?, ?)" << 1 << false;
        QTest::newRow("too many values") << "INSERT INTO people (name) VALUES (?)" << 2 << false;
        QTest::newRow("no values") << "INSERT INTO people (name) VALUES (?)" << 0 << false;
        QTest::newRow("unique") << "INSERT INTO people (name) VALUES ('dup')" << -1 << true;
        QTest::newRow("not null") << "INSERT INTO people (city) VALUES ('x')" << -1 << true;
        QTest::newRow("check") << "UPDATE people SET score = -1" << -1 << true;
        QTest::newRow("primary key")
            << "INSERT INTO people (id, name) VALUES (1, 'o')" << -1 << true;
    }
    void errors()
    {
        QFETCH(QString, sql);
        QFETCH(int, bound);
        QFETCH(bool, constraint);
        QVERIFY(exec("DELETE FROM people"));
        QVERIFY(exec("INSERT INTO people (id, name, score) VALUES (1, 'dup', 1)"));
        QSqlQuery q(m_db);
        if (bound >= 0) {
            QVERIFY(q.prepare(sql));
            for (int i = 0; i < bound; ++i)
                q.addBindValue(i + 100);
        }
        QVERIFY(bound >= 0 ? !q.exec() : !q.exec(sql));
        const QSqlError error = q.lastError();
        QCOMPARE(error.type(), QSqlError::StatementError);
        QVERIFY(!error.text().isEmpty() && !error.driverText().isEmpty());
        if (constraint) {
            QCOMPARE(error.nativeErrorCode().toInt() & 0xff, 19); // SQLITE_CONSTRAINT
            QVERIFY2(error.text().contains("constraint"_L1, Qt::CaseInsensitive),
                     qPrintable(error.text()));
        }
        QVERIFY(q.exec("SELECT score FROM people")); // the query is still usable
        QCOMPARE(column(q), QStringList{u"1"_s});    // and nothing changed
    }

    void tableModel()
    {
        QVERIFY(exec("DELETE FROM people"));
        QVERIFY(exec("INSERT INTO people (name, city, score) VALUES ('张三', '成都', 3), "
                     "('李四', '成都', 9), ('王五', '上海', 5), ('𠮷田', '成都', 7)"));
        QSqlTableModel model(nullptr, m_db);
        model.setTable(u"people"_s);
        model.setEditStrategy(QSqlTableModel::OnManualSubmit);
        QVERIFY2(model.select(), qPrintable(model.lastError().text()));
        QCOMPARE(model.rowCount(), 4);
        const int name = model.fieldIndex(u"name"_s), city = model.fieldIndex(u"city"_s);
        const int score = model.fieldIndex(u"score"_s);
        QVERIFY(name >= 0 && city >= 0 && score >= 0);

        QVERIFY(model.setData(model.index(0, city), u"西安"_s));
        QCOMPARE(scalar("SELECT count(*) FROM people WHERE city = '西安'"), 0); // not yet
        QVERIFY2(model.submitAll(), qPrintable(model.lastError().text()));
        QCOMPARE(scalar("SELECT count(*) FROM people WHERE city = '西安'"), 1);

        QSqlRecord rec = model.record();
        rec.setValue(u"name"_s, u"𠀀新人"_s);
        rec.setValue(u"city"_s, u"成都"_s);
        rec.setValue(u"score"_s, 8.5);
        rec.setGenerated(u"id"_s, false);
        QVERIFY(model.insertRecord(-1, rec));
        QVERIFY2(model.submitAll(), qPrintable(model.lastError().text()));
        QCOMPARE(scalar("SELECT count(*) FROM people WHERE name = '𠀀新人' AND score = 8.5"), 1);

        QCOMPARE(model.rowCount(), 5);
        QVERIFY(model.removeRows(0, 1));
        QVERIFY(model.submitAll());
        QCOMPARE(scalar("SELECT count(*) FROM people"), 4);
        QCOMPARE(scalar("SELECT count(*) FROM people WHERE city = '西安'"), 0);

        // A change the database refuses (UNIQUE name) is reported and leaves the table as it was.
        QVERIFY(model.setData(model.index(0, name), model.index(1, name).data()));
        QVERIFY(!model.submitAll());
        QVERIFY(model.lastError().isValid());
        model.revertAll();
        QCOMPARE(scalar("SELECT count(DISTINCT name) FROM people"), 4);

        model.setFilter(u"city = '成都'"_s);
        model.setSort(score, Qt::DescendingOrder);
        QVERIFY2(model.select(), qPrintable(model.lastError().text()));
        QStringList names;
        for (int r = 0; r < model.rowCount(); ++r)
            names << model.index(r, name).data().toString();
        QCOMPARE(names, (QStringList{"李四", "𠀀新人", "𠮷田"}));
    }

    void schemaIntrospection()
    {
        QVERIFY(exec("CREATE TABLE pair (a TEXT, b INTEGER NOT NULL, c, PRIMARY KEY (b, a))"));
        QVERIFY(exec("CREATE TABLE seqd (id INTEGER PRIMARY KEY AUTOINCREMENT, x)"));
        QVERIFY(exec("INSERT INTO seqd (x) VALUES (1)")); // creates sqlite_sequence
        QVERIFY(exec("CREATE TABLE \"客户 \"\"q\"\"\" (名称 TEXT)"));
        QVERIFY(exec("CREATE VIEW v_people AS SELECT name FROM people"));
        const QStringList tables = m_db.tables();
        for (const char *t : {"people", "rt", "pair", "seqd", "客户 \"q\""})
            QVERIFY2(tables.contains(QString::fromUtf8(t)), t);
        QVERIFY(!tables.contains(u"v_people"_s) && !tables.contains(u"sqlite_sequence"_s));
        QCOMPARE(m_db.tables(QSql::Views), QStringList{u"v_people"_s});
        QVERIFY(m_db.tables(QSql::SystemTables).contains(u"sqlite_master"_s));

        const QSqlRecord rec = m_db.record(u"people"_s);
        QStringList described;
        for (int i = 0; i < rec.count(); ++i)
            described << rec.fieldName(i) + u':' + QLatin1String(rec.field(i).metaType().name());
        // QSQLITE's types (values still read as qlonglong from INTEGER columns).
        QCOMPARE(described, (QStringList{"id:int", "name:QString", "city:QString", "score:double",
                                         "photo:QByteArray", "active:bool"}));
        QVERIFY(rec.field(0).isAutoValue());
        QCOMPARE(rec.field(1).requiredStatus(), QSqlField::Required);
        QCOMPARE(rec.field(2).requiredStatus(), QSqlField::Optional);
        QCOMPARE(rec.field(0).tableName(), u"people"_s);
        QCOMPARE(m_db.record(u"客户 \"q\""_s).fieldName(0), u"名称"_s);
        QVERIFY(m_db.record(u"no_such_table"_s).isEmpty());

        const QSqlIndex pk = m_db.primaryIndex(u"people"_s);
        QCOMPARE(pk.count(), 1);
        QCOMPARE(pk.fieldName(0), u"id"_s);
        const QSqlIndex pair = m_db.primaryIndex(u"pair"_s);
        QCOMPARE(pair.count(), 2);
        QCOMPARE(pair.fieldName(0), u"b"_s); // key order, not column order
        QCOMPARE(pair.fieldName(1), u"a"_s);
        QVERIFY(!m_db.record(u"pair"_s).field(1).isAutoValue());
        QVERIFY(m_db.primaryIndex(u"v_people"_s).isEmpty());

        // Schema-qualified and bracketed names; an unquoted schema.table as well (Qt 6.4's
        // QSQLITE reads it so), unless a table has that very name.
        for (const QString &name : {u"main.people"_s, u"[people]"_s, u"main.[people]"_s,
                                    u"\"main\".people"_s, u"\"main\".\"people\""_s, u"`people`"_s})
            QVERIFY2(m_db.record(name).count() == 6 && m_db.primaryIndex(name).count() == 1,
                     qPrintable(name));
        QVERIFY(exec("CREATE TABLE \"main.dotted\" (only_column)"));
        QCOMPARE(m_db.record(u"main.dotted"_s).fieldName(0), u"only_column"_s);
        const QSqlDriver *d = m_db.driver();
        QCOMPARE(d->escapeIdentifier(u"main.dotted"_s, QSqlDriver::TableName),
                 u"\"main.dotted\""_s);
        QCOMPARE(d->escapeIdentifier(u"main.[t]"_s, QSqlDriver::TableName), u"\"main\".[t]"_s);
        QCOMPARE(d->escapeIdentifier(u"a\"b"_s, QSqlDriver::FieldName), u"\"a\"\"b\""_s);
        QCOMPARE(d->stripDelimiters(u"\"main\".[t]"_s, QSqlDriver::TableName), u"main.t"_s);
        QVERIFY(d->isIdentifierEscaped(u"[t]"_s, QSqlDriver::TableName));
    }

    // ATTACH … KEY reads and writes attached files with the same pinned cipher settings as a
    // main connection: files made by ATTACH open as ordinary databases and the other way round.
    void attachWithKey()
    {
        const QString passphrase = u"附加 attach passphrase"_s;
        const QString existing = path(u"attach-existing.db"_s);
        {
            Connection c(u"att"_s, existing, passphrase, u"FD_CREATE"_s);
            QVERIFY2(c.db.isOpen(), qPrintable(c.db.lastError().text()));
            QSqlQuery q(c.db);
            QVERIFY(q.exec("CREATE TABLE t (v TEXT)") && q.exec("INSERT INTO t VALUES ('甲')"));
        }
        QSqlQuery q(m_db);
        QVERIFY(q.prepare("ATTACH DATABASE ? AS other KEY ?"));
        q.addBindValue(existing);
        q.addBindValue(passphrase);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QVERIFY(q.exec("SELECT v FROM other.t") && q.next());
        QCOMPARE(q.value(0).toString(), u"甲"_s);
        QCOMPARE(m_db.record(u"other.t"_s).count(), 1);
        QVERIFY(q.exec("DETACH DATABASE other"));

        // A new file made through ATTACH with a passphrase, and one with the main raw key.
        const QString made = path(u"attach-made.db"_s);
        const QString sameKey = path(u"attach-samekey.db"_s);
        QVERIFY(q.prepare("ATTACH DATABASE ? AS made KEY ?"));
        q.addBindValue(made);
        q.addBindValue(passphrase);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QVERIFY(q.exec("CREATE TABLE made.t (v TEXT)") && q.exec("INSERT INTO made.t VALUES (1)"));
        QVERIFY(q.exec("DETACH DATABASE made"));
        QVERIFY(q.prepare("ATTACH DATABASE ? AS same"));
        q.addBindValue(sameKey);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QVERIFY(q.exec("CREATE TABLE same.t (v TEXT)") && q.exec("INSERT INTO same.t VALUES (2)"));
        QVERIFY(q.exec("DETACH DATABASE same"));
        {
            Connection c(u"att2"_s, made, passphrase, QString());
            QVERIFY2(c.db.isOpen(), qPrintable(c.db.lastError().text()));
            QCOMPARE(scalar("SELECT v FROM t", c.db), 1);
        }
        {
            Connection c(u"att3"_s, sameKey, m_key, u"FD_RAW_KEY"_s);
            QVERIFY2(c.db.isOpen(), qPrintable(c.db.lastError().text()));
            QCOMPARE(scalar("SELECT v FROM t", c.db), 2);
        }
        QVERIFY(!TestUtil::readAll(made).startsWith("SQLite format 3"));

        // A wrong key is refused and nothing stays attached.
        QVERIFY(q.prepare("ATTACH DATABASE ? AS wrong KEY ?"));
        q.addBindValue(existing);
        q.addBindValue(u"not the passphrase"_s);
        const bool attached = q.exec();
        if (attached) // SQLCipher 3 attaches lazily: the first read fails
            QVERIFY(!q.exec("SELECT count(*) FROM wrong.t"));
        QSqlQuery(m_db).exec("DETACH DATABASE wrong");
        QVERIFY(q.exec("SELECT count(*) FROM rt"));
    }

    void busyWriterMakesSecondConnectionWait_data()
    {
        QTest::addColumn<int>("timeoutMs");
        QTest::addColumn<bool>("succeeds");
        QTest::newRow("default timeout outlasts the writer") << -1 << true;
        QTest::newRow("short timeout gives up") << 100 << false;
    }
    void busyWriterMakesSecondConnectionWait()
    {
        QFETCH(int, timeoutMs);
        QFETCH(bool, succeeds);
        const QString file = path(u"busy.db"_s);
        QString options = u"FD_CREATE;FD_RAW_KEY"_s;
        if (timeoutMs >= 0)
            options += u";FD_BUSY_TIMEOUT=%1"_s.arg(timeoutMs);
        Connection second(u"second"_s, file, m_key, options);
        QVERIFY(second.db.isOpen());
        QSqlQuery q(second.db);
        QVERIFY(q.exec("CREATE TABLE IF NOT EXISTS w (x)"));
        constexpr int holdMs = 400;
        QSemaphore locked;
        bool writerOk = false;
        std::thread writer([&] { // another connection holds the write lock for holdMs
            SqlCipherDriver driver;
            QString error;
            writerOk =
                driver.open(file, {}, m_key, {}, 0, u"FD_RAW_KEY"_s) &&
                driver.executeScript("BEGIN IMMEDIATE; INSERT INTO w VALUES ('first')", &error);
            locked.release();
            std::this_thread::sleep_for(std::chrono::milliseconds(holdMs));
            writerOk = writerOk && driver.executeScript("COMMIT", &error);
        });
        locked.acquire();
        QElapsedTimer timer;
        timer.start();
        const bool ok = q.exec("INSERT INTO w VALUES ('second')");
        const qint64 waited = timer.elapsed();
        writer.join();
        QVERIFY(writerOk);
        QCOMPARE(ok, succeeds);
        if (succeeds) {
            QVERIFY2(waited >= holdMs - 100, qPrintable(QString::number(waited)));
            QVERIFY(q.exec("SELECT group_concat(x) FROM w") && q.next());
            QVERIFY(q.value(0).toString().endsWith("first,second"_L1));
        } else {
            QVERIFY2(waited >= timeoutMs - 20 && waited < holdMs,
                     qPrintable(QString::number(waited)));
            QCOMPARE(q.lastError().nativeErrorCode().toInt() & 0xff, 5); // SQLITE_BUSY
        }
    }

    // Statements are kept per connection and handed out again for the same SQL: the results
    // stay right when one text is run by several live queries at once, with new bindings, and
    // after a script changed the table the statement reads.
    void preparedStatementsAreReused()
    {
        QVERIFY(exec(u"CREATE TABLE reuse (k INTEGER, v TEXT)"_s));
        for (int i = 1; i <= 3; ++i)
            QVERIFY(exec(u"INSERT INTO reuse VALUES (%1, '值%1')"_s.arg(i)));
        const QString sql = u"SELECT v FROM reuse WHERE k >= ? ORDER BY k"_s;
        QSqlQuery a(m_db), b(m_db);
        QVERIFY(a.prepare(sql));
        a.addBindValue(1);
        QVERIFY(a.exec());
        QVERIFY(a.next());
        // The same text while a still steps through its rows: a statement of its own.
        QVERIFY(b.prepare(sql));
        b.addBindValue(3);
        QVERIFY(b.exec());
        QCOMPARE(column(b), QStringList{u"值3"_s});
        QCOMPARE(a.value(0).toString(), u"值1"_s);
        QCOMPARE(column(a), (QStringList{u"值2"_s, u"值3"_s}));
        // Finished queries give their statement back; preparing again takes it with fresh
        // bindings and no rows left over.
        a.finish();
        b.finish();
        for (int round = 0; round < 3; ++round) {
            QSqlQuery again(m_db);
            QVERIFY(again.prepare(sql));
            again.addBindValue(2);
            QVERIFY(again.exec());
            QCOMPARE(column(again), (QStringList{u"值2"_s, u"值3"_s}));
        }
        // A script changes the table: the kept statements are dropped, the new column is seen.
        QString error;
        QVERIFY2(m_main->driver()->executeScript(
                     u"ALTER TABLE reuse ADD COLUMN w TEXT DEFAULT 'new'"_s, &error),
                 qPrintable(error));
        QSqlQuery star(m_db);
        QVERIFY(star.exec(u"SELECT * FROM reuse WHERE k = 1"_s));
        QVERIFY(star.next());
        QCOMPARE(star.record().count(), 3);
        QCOMPARE(star.value(2).toString(), u"new"_s);
        star.finish(); // a query still on a row keeps the table in use
        QVERIFY(exec(u"DROP TABLE reuse"_s));
    }

    void oneStatementPerQuery()
    {
        QVERIFY(exec("DELETE FROM rt"));
        QSqlQuery q(m_db);
        QVERIFY(!q.exec("INSERT INTO rt (v) VALUES (1); INSERT INTO rt (v) VALUES (2)"));
        QCOMPARE(q.lastError().type(), QSqlError::StatementError);
        QVERIFY(!q.lastError().text().isEmpty());
        QCOMPARE(scalar("SELECT count(*) FROM rt"), 0);        // not even the first one ran
        QVERIFY(q.exec("INSERT INTO rt (v) VALUES (3);  \n")); // a trailing ; is fine
        auto *driver = m_main->driver();
        QString error;
        QVERIFY2(driver->executeScript("INSERT INTO rt (v) VALUES (4);\n"
                                       "INSERT INTO rt (v) VALUES ('五');\n"
                                       "UPDATE rt SET v = v || '!' WHERE v = 3;",
                                       &error),
                 qPrintable(error));
        QCOMPARE(scalar("SELECT count(*) FROM rt"), 3);
        QCOMPARE(scalar("SELECT count(*) FROM rt WHERE v IN ('3!', '五')"), 2);
        QVERIFY(!driver->executeScript("INSERT INTO rt (v) VALUES (6); BOGUS;", &error));
        QVERIFY(!error.isEmpty());
    }

    void rawKey_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("opens");
        QTest::newRow("same key") << m_key << true;
        QTest::newRow("same key, other case") << m_key.toUpper() << true;
        QTest::newRow("63 digits") << m_key.left(63) << false;
        QTest::newRow("65 digits") << m_key + u'0' << false;
        QTest::newRow("not hex") << QString(m_key).replace(0, 1, u'g') << false;
        QTest::newRow("sqlcipher literal") << "x'" + m_key + "'" << false;
        QTest::newRow("other key") << QString(64, u'7') << false;
        QTest::newRow("no key") << QString() << false;
    }
    void rawKey()
    {
        QFETCH(QString, key);
        QFETCH(bool, opens);
        const QString file = m_db.databaseName();
        const QByteArray before = TestUtil::readAll(file);
        Connection c(u"rk"_s, file, key);
        QCOMPARE(c.db.isOpen(), opens);
        if (opens) {
            QCOMPARE(scalar("SELECT count(*) FROM nums WHERE label LIKE '行%'", c.db), 1000);
        } else {
            QCOMPARE(c.db.lastError().type(), QSqlError::ConnectionError);
            QVERIFY(!c.db.lastError().text().isEmpty());
            QCOMPARE(TestUtil::readAll(file), before); // refused without writing
        }
    }

    void plainAndKeyedHeaders_data()
    {
        QTest::addColumn<QString>("options");
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("plain");
        QTest::newRow("FD_PLAIN") << "FD_CREATE;FD_PLAIN" << QString() << true;
        QTest::newRow("raw key") << "FD_CREATE;FD_RAW_KEY" << m_key << false;
        QTest::newRow("passphrase") << "FD_CREATE" << u"口令 passphrase"_s << false;
    }
    void plainAndKeyedHeaders()
    {
        QFETCH(QString, options);
        QFETCH(QString, key);
        QFETCH(bool, plain);
        const QString file = path(u"hdr-%1.db"_s.arg(qHash(options)));
        const QString sentinel = u"SENTINEL-明文-4711"_s;
        {
            Connection c(u"hdr"_s, file, key, options);
            QVERIFY2(c.db.isOpen(), qPrintable(c.db.lastError().text()));
            QSqlQuery q(c.db);
            QVERIFY(q.exec("CREATE TABLE s (v TEXT)") && q.prepare("INSERT INTO s VALUES (?)"));
            q.addBindValue(sentinel);
            QVERIFY(q.exec());
        }
        const QByteArray bytes = TestUtil::readAll(file);
        QVERIFY(bytes.size() >= 1024);
        QCOMPARE(bytes.startsWith(QByteArray("SQLite format 3\0", 16)), plain);
        QCOMPARE(TestUtil::containsText(bytes, sentinel), plain);
        // The other kind of connection cannot read it, and says the key is wrong.
        Connection other(u"hdr2"_s, file, plain ? m_key : QString(),
                         plain ? u"FD_RAW_KEY"_s : u"FD_PLAIN"_s);
        QVERIFY(!other.db.isOpen());
        QVERIFY(other.driver()->keyRejected());
        QCOMPARE(TestUtil::readAll(file), bytes);
    }
};

QTEST_GUILESS_MAIN(TestSqlCipherDriver)
#include "tst_sqlcipherdriver.moc"

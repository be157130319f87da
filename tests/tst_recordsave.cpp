#include "app/catalog/RecordCatalog.h"
#include "app/demo/DemoData.h"
#include "app/workflow/RecordSave.h"
#include "db/Database.h"
#include "db/RecordStore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

// What a form save checks before it writes: date-times against the record's own timeline and
// the plausible window, at the field, with nothing written on a refusal.
class TestRecordSave : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    Database m_db;

    QString idOf(const QString &sql)
    {
        QSqlQuery q(m_db.sql());
        return q.exec(sql) && q.next() ? q.value(0).toString() : QString();
    }
    int changeCount()
    {
        QSqlQuery q(m_db.sql());
        return q.exec(QStringLiteral("SELECT count(*) FROM change_log")) && q.next()
                   ? q.value(0).toInt()
                   : -1;
    }

private slots:
    void initTestCase()
    {
        Error error;
        QVERIFY2(m_db.create(m_dir.filePath(QStringLiteral("save.fdb")),
                             QString(64, QLatin1Char('b')), &error, Database::KeyKind::RawKey),
                 qPrintable(error.message));
        QVERIFY2(DemoData::load(m_db, &error), qPrintable(error.message));
    }

    void implausibleDatesAreRefusedAtTheField_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        const QString unsignedReport =
            QStringLiteral("NOT EXISTS (SELECT 1 FROM record_locks l WHERE l.record_id = t.id) "
                           "AND t.id NOT IN (SELECT record_id FROM record_revisions)");
        QTest::newRow("left the site years before registration")
            << "tasks" << unsignedReport << "onsite_end"
            << "2020-01-01T10:00:00+08:00";
        QTest::newRow("daily report submitted in year 1")
            << "daily_reports" << unsignedReport << "submitted_at"
            << "0001-05-14T16:00:00+08:00";
        QTest::newRow("daily report submitted in 9999")
            << "daily_reports" << unsignedReport << "submitted_at"
            << "9999-05-14T16:00:00+08:00";
        QTest::newRow("daily report submitted before its task was registered")
            << "daily_reports" << unsignedReport << "submitted_at"
            << "2020-05-14T16:00:00+08:00";
    }

    void implausibleDatesAreRefusedAtTheField()
    {
        QFETCH(QString, table);
        QFETCH(QString, where);
        QFETCH(QString, field);
        QFETCH(QString, value);
        const RecordKind &kind = *RecordCatalog::byTable(table);
        const QString id =
            idOf(QStringLiteral("SELECT id FROM %1 t WHERE deleted = 0 AND %2 ORDER BY id LIMIT 1")
                     .arg(table, where));
        QVERIFY(!id.isEmpty());
        QVariantMap stored;
        Error error;
        QVERIFY(RecordStore(m_db).get(table, id, &stored, &error));
        const int before = changeCount();
        QVERIFY(!RecordSave(m_db).save(kind, id, false, stored, {{field, value}}, {}, &error));
        QCOMPARE(error.code, Error::Code::Validation);
        QCOMPARE(error.field, field);
        QVERIFY2(!error.message.contains(id), qPrintable(error.message)); // a form names no id
        QCOMPARE(changeCount(), before);
        QVariantMap after;
        QVERIFY(RecordStore(m_db).get(table, id, &after, &error));
        QCOMPARE(after.value(field), stored.value(field));
    }
};

QTEST_GUILESS_MAIN(TestRecordSave)
#include "tst_recordsave.moc"

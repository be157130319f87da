#include "app/catalog/RecordCatalog.h"
#include "app/demo/DemoData.h"
#include "app/signing/PaperCode.h"
#include "app/signing/RecordFingerprint.h"
#include "db/Database.h"
#include "db/RecordStore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

// The content hash that signing locks and the printout's QR code carries, and the QR text.
class TestRecordFingerprint : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void hashIsStableAndFollowsContent();
    void nestedLinesCount();
    void deletedRecordHasNoContent();
    void paperCodeRoundTrip();
    void paperCodeParse_data();
    void paperCodeParse();

private:
    QString firstId(const QString &table);
    QTemporaryDir m_dir;
    Database m_database;
    Database *m_db = &m_database;
};

void TestRecordFingerprint::initTestCase()
{
    QVERIFY(m_dir.isValid());
    Error error;
    QVERIFY2(m_db->create(m_dir.filePath(QStringLiteral("fp.fdb")), QString(64, QLatin1Char('7')),
                          &error, Database::KeyKind::RawKey),
             qPrintable(error.message));
    QVERIFY2(DemoData::load(*m_db, &error), qPrintable(error.message));
}

QString TestRecordFingerprint::firstId(const QString &table)
{
    QSqlQuery q(m_db->sql());
    // Not a correction: the demo's corrections get random ids, so they would make "first"
    // change from run to run (and they are signed); not signed either: the test edits it.
    q.exec(QStringLiteral("SELECT id FROM %1 WHERE deleted = 0 AND id NOT IN (SELECT record_id "
                          "FROM record_revisions) AND id NOT IN (SELECT record_id FROM "
                          "record_locks) ORDER BY id LIMIT 1")
               .arg(table));
    return q.next() ? q.value(0).toString() : QString();
}

void TestRecordFingerprint::hashIsStableAndFollowsContent()
{
    const RecordKind *kind = RecordCatalog::byArray(QStringLiteral("daily_reports"));
    QVERIFY(kind);
    const QString id = firstId(kind->table);
    QVERIFY(!id.isEmpty());
    QString first, again, changed;
    Error error;
    QVERIFY2(RecordFingerprint::contentHash(*m_db, *kind, id, &first, &error),
             qPrintable(error.message));
    QVERIFY(RecordFingerprint::contentHash(*m_db, *kind, id, &again, &error));
    QCOMPARE(again, first);
    QCOMPARE(first.size(), 64);

    QByteArray content;
    QVERIFY(RecordFingerprint::canonicalContent(*m_db, *kind, id, &content, &error));
    QVERIFY(content.contains(id.toUtf8()));
    QVERIFY(!content.contains("updated_at"));

    RecordStore store(*m_db);
    QVERIFY(store.update(kind->table, id,
                         {{QStringLiteral("findings"), QStringLiteral("改了一个字")}}, &error));
    QVERIFY(RecordFingerprint::contentHash(*m_db, *kind, id, &changed, &error));
    QVERIFY(changed != first);
}

void TestRecordFingerprint::nestedLinesCount()
{
    const RecordKind *claims = RecordCatalog::byArray(QStringLiteral("expense_claims"));
    const RecordKind *lines = RecordCatalog::byArray(QStringLiteral("expense_lines"));
    QVERIFY(claims && lines);
    QSqlQuery q(m_db->sql());
    QVERIFY(q.exec(QStringLiteral("SELECT claim_id, id FROM expense_lines WHERE deleted = 0 "
                                  "ORDER BY claim_id LIMIT 1")));
    QVERIFY(q.next());
    const QString claimId = q.value(0).toString();
    const QString lineId = q.value(1).toString();
    Error error;
    QString before, after;
    QVERIFY(RecordFingerprint::contentHash(*m_db, *claims, claimId, &before, &error));
    QByteArray content;
    QVERIFY(RecordFingerprint::canonicalContent(*m_db, *claims, claimId, &content, &error));
    QVERIFY(content.contains(lineId.toUtf8()));
    RecordStore store(*m_db);
    QVERIFY(store.update(lines->table, lineId,
                         {{QStringLiteral("description"), QStringLiteral("出租车")}}, &error));
    QVERIFY(RecordFingerprint::contentHash(*m_db, *claims, claimId, &after, &error));
    QVERIFY(after != before);
}

void TestRecordFingerprint::deletedRecordHasNoContent()
{
    const RecordKind *kind = RecordCatalog::byArray(QStringLiteral("anomalies"));
    QVERIFY(kind);
    const QString id = firstId(kind->table);
    RecordStore store(*m_db);
    Error error;
    QVERIFY(store.remove(kind->table, id, &error));
    QString hash;
    QVERIFY(!RecordFingerprint::contentHash(*m_db, *kind, id, &hash, &error));
    QCOMPARE(error.code, Error::Code::NotFound);
}

void TestRecordFingerprint::paperCodeRoundTrip()
{
    PaperCode code;
    code.recordId = QStringLiteral("6f1c2b1e-4c1d-4e55-9a0b-0c6a1e2f3a4b");
    code.revision = 2;
    code.shortHash = QStringLiteral("0123456789ab");
    QVERIFY(code.isValid());
    QCOMPARE(code.toText(),
             QStringLiteral("FD1:6f1c2b1e-4c1d-4e55-9a0b-0c6a1e2f3a4b:2:0123456789ab"));
    PaperCode back;
    QVERIFY(PaperCode::parse(code.toText(), &back));
    QCOMPARE(back.recordId, code.recordId);
    QCOMPARE(back.revision, 2);
    QCOMPARE(back.shortHash, code.shortHash);
}

void TestRecordFingerprint::paperCodeParse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    const QString id = QStringLiteral("6f1c2b1e-4c1d-4e55-9a0b-0c6a1e2f3a4b");
    QTest::newRow("plain") << QStringLiteral("FD1:%1:1:0123456789ab").arg(id) << true;
    QTest::newRow("blanks and case")
        << QStringLiteral("  fd1:%1:1:0123456789AB \n").arg(id.toUpper()) << true;
    QTest::newRow("braces") << QStringLiteral("FD1:{%1}:3:0123456789ab").arg(id) << true;
    QTest::newRow("revision 0") << QStringLiteral("FD1:%1:0:0123456789ab").arg(id) << false;
    QTest::newRow("short hash 11") << QStringLiteral("FD1:%1:1:0123456789a").arg(id) << false;
    QTest::newRow("hash 13") << QStringLiteral("FD1:%1:1:0123456789abc").arg(id) << false;
    QTest::newRow("not hex") << QStringLiteral("FD1:%1:1:0123456789ag").arg(id) << false;
    QTest::newRow("other prefix") << QStringLiteral("FD2:%1:1:0123456789ab").arg(id) << false;
    QTest::newRow("no uuid") << QStringLiteral("FD1:LITH-FE-2026-0001:1:0123456789ab") << false;
    QTest::newRow("extra part") << QStringLiteral("FD1:%1:1:0123456789ab:x").arg(id) << false;
    QTest::newRow("empty") << QString() << false;
}

void TestRecordFingerprint::paperCodeParse()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    PaperCode code;
    QCOMPARE(PaperCode::parse(text, &code), ok);
}

QTEST_GUILESS_MAIN(TestRecordFingerprint)
#include "tst_recordfingerprint.moc"

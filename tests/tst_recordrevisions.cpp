#include "app/signing/RecordRevisions.h"
#include "db/Database.h"
#include "db/RecordStore.h"

#include <QTemporaryDir>
#include <QtTest>

// The revision chain read side: originals are revision 1, a correction names what it
// replaces, the current one is found from any revision, tombstoned links do not count, and a
// correction replaces nothing until it is signed (locked).
class TestRecordRevisions : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void chain();
    void tombstonedLinkIsIgnored();
    void draftSupersedesNothing();

private:
    QString link(const QString &newer, const QString &older, int revision);
    void lock(const QString &id);
    QTemporaryDir m_dir;
    Database m_db;
};

void TestRecordRevisions::initTestCase()
{
    QVERIFY(m_dir.isValid());
    Error error;
    QVERIFY2(m_db.create(m_dir.filePath(QStringLiteral("rev.fdb")), QString(64, QLatin1Char('5')),
                         &error, Database::KeyKind::RawKey),
             qPrintable(error.message));
}

QString TestRecordRevisions::link(const QString &newer, const QString &older, int revision)
{
    const QString id = RecordStore::newId();
    Error error;
    const bool ok = RecordStore(m_db).insert(
        QStringLiteral("record_revisions"), id,
        {{QStringLiteral("record_table"), QStringLiteral("service_reports")},
         {QStringLiteral("record_id"), newer},
         {QStringLiteral("previous_id"), older},
         {QStringLiteral("revision"), revision},
         {QStringLiteral("reason"), QStringLiteral("更正金额")}},
        &error);
    if (!ok)
        qWarning() << error.message;
    return ok ? id : QString();
}

void TestRecordRevisions::lock(const QString &id)
{
    Error error;
    QVERIFY2(RecordStore(m_db).insert(
                 QStringLiteral("record_locks"), RecordStore::newId(),
                 {{QStringLiteral("record_table"), QStringLiteral("service_reports")},
                  {QStringLiteral("record_id"), id},
                  {QStringLiteral("revision"), 1},
                  {QStringLiteral("content_hash"), QStringLiteral("00")},
                  {QStringLiteral("locked_at"), QStringLiteral("2026-11-20T10:00:00+08:00")}},
                 &error),
             qPrintable(error.message));
}

void TestRecordRevisions::chain()
{
    // Signed corrections: each replaces the one before.
    const QString a = RecordStore::newId(), b = RecordStore::newId(), c = RecordStore::newId();
    QVERIFY(!link(b, a, 2).isEmpty());
    QVERIFY(!link(c, b, 3).isEmpty());
    lock(b);
    lock(c);
    RecordRevisions revisions(m_db);
    Error error;
    int revision = 0;
    QVERIFY(revisions.revisionOf(a, &revision, &error));
    QCOMPARE(revision, 1);
    QVERIFY(revisions.revisionOf(c, &revision, &error));
    QCOMPARE(revision, 3);
    QString id;
    QVERIFY(revisions.supersededBy(a, &id, &error));
    QCOMPARE(id, b);
    QVERIFY(revisions.supersededBy(c, &id, &error));
    QVERIFY(id.isEmpty());
    QVERIFY(revisions.currentOf(a, &id, &error));
    QCOMPARE(id, c);
    QVERIFY(revisions.currentOf(c, &id, &error));
    QCOMPARE(id, c);
    QVERIFY(revisions.previousOf(c, &id, &error));
    QCOMPARE(id, b);
    QVERIFY(revisions.previousOf(a, &id, &error));
    QVERIFY(id.isEmpty());
}

void TestRecordRevisions::tombstonedLinkIsIgnored()
{
    const QString a = RecordStore::newId(), b = RecordStore::newId();
    const QString linkId = link(b, a, 2);
    QVERIFY(!linkId.isEmpty());
    Error error;
    QVERIFY(RecordStore(m_db).remove(QStringLiteral("record_revisions"), linkId, &error));
    RecordRevisions revisions(m_db);
    QString id;
    QVERIFY(revisions.currentOf(a, &id, &error));
    QCOMPARE(id, a);
    int revision = 0;
    QVERIFY(revisions.revisionOf(b, &revision, &error));
    QCOMPARE(revision, 1);
}

void TestRecordRevisions::draftSupersedesNothing()
{
    // a signed; b its correction, still a draft: a stays current, b is pending.
    const QString a = RecordStore::newId(), b = RecordStore::newId();
    lock(a);
    QVERIFY(!link(b, a, 2).isEmpty());
    RecordRevisions revisions(m_db);
    Error error;
    QString id;
    QVERIFY(revisions.supersededBy(a, &id, &error));
    QVERIFY(id.isEmpty());
    QVERIFY(revisions.currentOf(a, &id, &error));
    QCOMPARE(id, a);
    QVERIFY(revisions.latestOf(a, &id, &error));
    QCOMPARE(id, b);
    QVERIFY(revisions.pendingCorrectionOf(a, &id, &error));
    QCOMPARE(id, b);
    bool pending = false;
    QVERIFY(revisions.isPendingCorrection(b, &pending, &error));
    QVERIFY(pending);
    QVERIFY(revisions.isPendingCorrection(a, &pending, &error));
    QVERIFY(!pending);
    // Signed: b replaces a.
    lock(b);
    QVERIFY(revisions.supersededBy(a, &id, &error));
    QCOMPARE(id, b);
    QVERIFY(revisions.currentOf(a, &id, &error));
    QCOMPARE(id, b);
    QVERIFY(revisions.pendingCorrectionOf(a, &id, &error));
    QVERIFY(id.isEmpty());
    QVERIFY(revisions.isPendingCorrection(b, &pending, &error));
    QVERIFY(!pending);
}

QTEST_GUILESS_MAIN(TestRecordRevisions)
#include "tst_recordrevisions.moc"

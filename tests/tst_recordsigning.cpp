#include "app/catalog/FieldCodec.h"
#include "app/catalog/RecordCatalog.h"
#include "app/demo/DemoDailyReports.h"
#include "app/demo/DemoData.h"
#include "app/demo/DemoKeys.h"
#include "app/demo/DemoSignatures.h"
#include "app/signing/PaperCode.h"
#include "app/signing/PaperVerification.h"
#include "app/signing/RecordFingerprint.h"
#include "app/signing/RecordLocks.h"
#include "app/signing/RecordRevisions.h"
#include "app/signing/RecordSigning.h"
#include "db/AuditLog.h"
#include "db/Database.h"
#include "db/RecordStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

// Signing, locking and correcting forms on the demo data: a form locks when its required
// signers have signed, RecordStore then refuses every change to it and to its nested lines
// (nothing written), signatures and locks stay appendable, corrections form a chain of
// revisions, and a paper code is told current / superseded / mismatch / unknown / invalid.
// The CLI: a change to a locked record is refused on import (exit 4), the same content is fine,
// and verify-paper answers with its exit code.
class TestRecordSigning : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void signAndLock();
    void signerChecks();
    void explicitLock();
    void lockEnforcement();
    void nestedLinesLockWithTheirClaim();
    void revisions();
    void correctionCopiesLines();
    void paperVerification();
    void tamperedContentIsNoticed();
    void cli();

private:
    const RecordKind &kind(const char *table) { return *RecordCatalog::byTable(table); }
    RecordSigning::Signature signature(const char *role, const char *person, int seed = 1);
    int count(const QString &sql);
    QString code(const QString &id, const char *table);

    QTemporaryDir m_dir;
    Database m_db;
};

void TestRecordSigning::initTestCase()
{
    QVERIFY(m_dir.isValid());
    Error error;
    QVERIFY2(m_db.create(m_dir.filePath(QStringLiteral("sign.fdb")), QString(64, QLatin1Char('7')),
                         &error, Database::KeyKind::RawKey),
             qPrintable(error.message));
    QVERIFY2(DemoData::load(m_db, &error), qPrintable(error.message));
    DemoKeys::unlockAll(); // the demo people sign as if they had entered their PIN
}

RecordSigning::Signature TestRecordSigning::signature(const char *role, const char *person,
                                                      int seed)
{
    RecordSigning::Signature s;
    s.role = QString::fromLatin1(role);
    if (person)
        s.signerId = DemoData::personId(person);
    s.strokes = DemoSignatures::strokes(seed);
    return s;
}

int TestRecordSigning::count(const QString &sql)
{
    QSqlQuery q(m_db.sql());
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

QString TestRecordSigning::code(const QString &id, const char *table)
{
    QString hash;
    Error error;
    int revision = 0;
    RecordFingerprint::contentHash(m_db, kind(table), id, &hash, &error);
    RecordRevisions(m_db).revisionOf(id, &revision, &error);
    return PaperCode{id, revision, RecordFingerprint::shortHash(hash)}.toText();
}

void TestRecordSigning::signAndLock()
{
    const QString report = DemoData::idFor(QStringLiteral("service_report"), QStringLiteral("3"));
    RecordSigning signing(m_db);
    RecordLocks locks(m_db);
    Error error;
    bool locked = true;
    RecordSigning::Signature engineer = signature("engineer", "周文彬");
    engineer.signedAt =
        QDateTime::fromString(QStringLiteral("2026-11-20T15:00:00+08:00"), Qt::ISODate);
    QVERIFY2(signing.sign(kind("service_reports"), report, engineer, false, &locked, &error),
             qPrintable(error.message));
    QVERIFY(!locked); // the CTO has not signed yet, nor the task's engineer
    QVERIFY(locks.isLocked(report, &locked, &error));
    QVERIFY(!locked);
    QStringList missing;
    QVERIFY(signing.missingRoles(kind("service_reports"), report, &missing, &error));
    // Every engineer of the task signs: 周文彬's signature does not stand in for Robert's.
    QCOMPARE(missing, (QStringList{QStringLiteral("engineer"), QStringLiteral("cto")}));
    QList<RecordSigning::MissingSignature> still;
    QVERIFY(signing.missingSignatures(kind("service_reports"), report, &still, &error));
    QCOMPARE(still.size(), 2);
    QCOMPARE(still.at(0).personId, DemoData::personId("Robert"));
    QVERIFY(still.at(1).personId.isEmpty());
    RecordSigning::Signature robert = signature("engineer", "Robert", 5);
    robert.signedAt =
        QDateTime::fromString(QStringLiteral("2026-11-20T15:30:00+08:00"), Qt::ISODate);
    QVERIFY2(signing.sign(kind("service_reports"), report, robert, false, &locked, &error),
             qPrintable(error.message));
    QVERIFY(!locked);
    QVERIFY(signing.missingRoles(kind("service_reports"), report, &missing, &error));
    QCOMPARE(missing, QStringList{QStringLiteral("cto")});
    // The draft can still be edited between signatures.
    QVERIFY(RecordStore(m_db).update(QStringLiteral("service_reports"), report,
                                     {{QStringLiteral("suggestions"), QStringLiteral("补充建议")}},
                                     &error));

    RecordSigning::Signature cto = signature("cto", "Robert", 2);
    cto.signedAt = QDateTime::fromString(QStringLiteral("2026-11-20T16:00:00+08:00"), Qt::ISODate);
    QVERIFY2(signing.sign(kind("service_reports"), report, cto, false, &locked, &error),
             qPrintable(error.message));
    QVERIFY(locked);
    RecordLocks::Lock lock;
    bool found = false;
    QVERIFY(locks.lockOf(report, &lock, &found, &error));
    QVERIFY(found);
    QCOMPARE(lock.revision, 1);
    QCOMPARE(lock.lockedAt, QStringLiteral("2026-11-20T16:00:00+08:00"));
    QCOMPARE(lock.lockedById, DemoData::personId("Robert"));
    QString hash;
    QVERIFY(RecordFingerprint::contentHash(m_db, kind("service_reports"), report, &hash, &error));
    QCOMPARE(lock.contentHash, hash);
    bool matches = false;
    QVERIFY(locks.verifyHash(report, &matches, nullptr, &error));
    QVERIFY(matches);
    // The form's own signed_at / signed_by_ids are in step with the signatures.
    QVariantMap row;
    QVERIFY(RecordStore(m_db).get(QStringLiteral("service_reports"), report, &row, &error));
    QCOMPARE(row.value(QStringLiteral("signed_at")).toString(),
             QStringLiteral("2026-11-20T16:00:00+08:00"));
    QCOMPARE(FieldCodec::listValues(row.value(QStringLiteral("signed_by_ids"))),
             QStringList({DemoData::personId("周文彬"), DemoData::personId("Robert")}));
    QList<RecordSigning::Signature> list;
    QVERIFY(signing.signatures(report, &list, &error));
    QCOMPARE(list.size(), 3);
    QCOMPARE(list.at(0).signerName, QStringLiteral("周文彬"));
    QCOMPARE(list.at(2).strokes.toJson(), DemoSignatures::strokes(2).toJson());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'sign' AND "
                                  "record_id = '%1'")
                       .arg(report)),
             3);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'lock' AND "
                                  "record_id = '%1'")
                       .arg(report)),
             1);
    // A locked record takes no further signature.
    QVERIFY(!signing.sign(kind("service_reports"), report, signature("customer", nullptr), false,
                          nullptr, &error));
    QCOMPARE(error.code, Error::Code::Locked);
}

void TestRecordSigning::signerChecks()
{
    const QString callback = DemoData::idFor(QStringLiteral("callback"), QStringLiteral("2"));
    RecordSigning signing(m_db);
    Error error;
    const int before = count(QStringLiteral("SELECT count(*) FROM signatures"));
    // KC is not among the callers (sales / admin).
    QVERIFY(!signing.sign(kind("callbacks"), callback, signature("caller", "KC"), false, nullptr,
                          &error));
    QCOMPARE(error.code, Error::Code::Validation);
    QCOMPARE(error.field, QStringLiteral("signer_id"));
    // A role the form does not have.
    QVERIFY(!signing.sign(kind("callbacks"), callback, signature("cto", "Robert"), false, nullptr,
                          &error));
    QCOMPARE(error.field, QStringLiteral("role"));
    // A dot is not a signature.
    RecordSigning::Signature dot = signature("caller", "盛转红");
    dot.strokes.strokes = {QPolygonF({QPointF(10, 10), QPointF(12, 11)})};
    QVERIFY(!signing.sign(kind("callbacks"), callback, dot, false, nullptr, &error));
    QCOMPARE(error.field, QStringLiteral("strokes"));
    // The customer's representative is a typed name.
    const QString report = DemoData::idFor(QStringLiteral("service_report"), QStringLiteral("3"));
    Q_UNUSED(report);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM signatures")), before);
    // 王婧 may sign as caller; twice is refused.
    QVERIFY2(signing.sign(kind("callbacks"), callback, signature("caller", "王婧"), false, nullptr,
                          &error),
             qPrintable(error.message));
    // One required role: that locked it.
    bool locked = false;
    QVERIFY(RecordLocks(m_db).isLocked(callback, &locked, &error));
    QVERIFY(locked);
    QVERIFY(!signing.sign(kind("callbacks"), QStringLiteral("00000000-0000-4000-8000-000000000000"),
                          signature("caller", "王婧"), false, nullptr, &error));
    QCOMPARE(error.code, Error::Code::NotFound);
}

void TestRecordSigning::explicitLock()
{
    // A daily report; its engineer signs — that is its only block — so use the briefing, which
    // needs the CTO and an engineer: "sign and lock" with the CTO alone.
    QSqlQuery q(m_db.sql());
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM briefings WHERE deleted = 0 ORDER BY id")));
    QString briefing;
    while (q.next() && briefing.isEmpty()) {
        bool locked = true;
        RecordLocks(m_db).isLocked(q.value(0).toString(), &locked, nullptr);
        if (!locked)
            briefing = q.value(0).toString();
    }
    QVERIFY(!briefing.isEmpty());
    RecordSigning signing(m_db);
    Error error;
    QVERIFY(!signing.lock(kind("briefings"), briefing, QString(), QDateTime(), &error));
    QCOMPARE(error.code, Error::Code::Validation); // nothing signed yet
    // The form locks only with every required signature: asking to lock with the CTO's
    // alone is refused and stores nothing; each engineer's acknowledgement is named.
    bool locked = false;
    const int signatures = count(QStringLiteral("SELECT count(*) FROM signatures"));
    QVERIFY(!signing.sign(kind("briefings"), briefing, signature("cto", "Robert"), true, &locked,
                          &error));
    QCOMPARE(error.code, Error::Code::Validation);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM signatures")), signatures);
    QList<RecordSigning::MissingSignature> still;
    QVERIFY(signing.missingSignatures(kind("briefings"), briefing, &still, &error));
    QVERIFY(still.size() >= 2); // the CTO and at least one engineer
    for (const RecordSigning::MissingSignature &m : std::as_const(still)) {
        if (!m.personId.isEmpty()) // each engineer still to acknowledge is named
            QVERIFY2(error.message.contains(m.name), qPrintable(error.message));
    }
    // Signed by everyone, one by one: locked with the last signature.
    int seed = 20;
    for (const RecordSigning::MissingSignature &m : std::as_const(still)) {
        RecordSigning::Signature s = signature(m.role.toLatin1().constData(), "Robert", seed++);
        if (!m.personId.isEmpty())
            s.signerId = m.personId;
        QVERIFY(!locked);
        QVERIFY2(signing.sign(kind("briefings"), briefing, s, false, &locked, &error),
                 qPrintable(error.message));
    }
    QVERIFY(locked);
    QVERIFY(!signing.lock(kind("briefings"), briefing, QString(), QDateTime(), &error));
    QCOMPARE(error.code, Error::Code::Locked);
}

void TestRecordSigning::lockEnforcement()
{
    // The demo's signed service report of task 1.
    const QString report = DemoData::idFor(QStringLiteral("service_report"), QStringLiteral("1"));
    RecordStore store(m_db);
    Error error;
    const int changes = count(QStringLiteral("SELECT count(*) FROM change_log"));
    const int audit = count(QStringLiteral("SELECT count(*) FROM audit_log"));
    QVERIFY(!store.update(QStringLiteral("service_reports"), report,
                          {{QStringLiteral("satisfaction"), 3}}, &error));
    QCOMPARE(error.code, Error::Code::Locked);
    QCOMPARE(error.recordId, report);
    QVERIFY(error.message.contains(report));
    QVERIFY(!store.remove(QStringLiteral("service_reports"), report, &error));
    QCOMPARE(error.code, Error::Code::Locked);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM change_log")), changes);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log")), audit);
    QVariantMap row;
    QVERIFY(store.get(QStringLiteral("service_reports"), report, &row, &error));
    QCOMPARE(row.value(QStringLiteral("satisfaction")).toInt(), 9);
    // The same value again writes nothing and is not refused.
    QVERIFY2(store.update(QStringLiteral("service_reports"), report,
                          {{QStringLiteral("satisfaction"), 9}}, &error),
             qPrintable(error.message));
    // What was signed stays: its signatures and locks cannot be changed or removed ...
    QSqlQuery q(m_db.sql());
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM signatures WHERE record_id = '%1'").arg(report)));
    QVERIFY(q.next());
    const QString signatureId = q.value(0).toString();
    QVERIFY(!store.remove(QStringLiteral("signatures"), signatureId, &error));
    QCOMPARE(error.code, Error::Code::Locked);
    QVERIFY(!store.update(QStringLiteral("signatures"), signatureId,
                          {{QStringLiteral("signer_name"), QStringLiteral("X")}}, &error));
    QVERIFY(
        q.exec(QStringLiteral("SELECT id FROM record_locks WHERE record_id = '%1'").arg(report)));
    QVERIFY(q.next());
    QVERIFY(!store.remove(QStringLiteral("record_locks"), q.value(0).toString(), &error));
    QCOMPARE(error.code, Error::Code::Locked);
    // ... but both tables stay appendable (a second device's lock arrives by sync).
    QVERIFY2(store.insert(QStringLiteral("record_locks"), RecordStore::newId(),
                          {{QStringLiteral("record_table"), QStringLiteral("service_reports")},
                           {QStringLiteral("record_id"), report},
                           {QStringLiteral("revision"), 1},
                           {QStringLiteral("content_hash"), QStringLiteral("ab")},
                           {QStringLiteral("locked_at"), QStringLiteral("2030-01-01T00:00:00Z")}},
                          &error),
             qPrintable(error.message));
    // The earliest lock still counts.
    RecordLocks::Lock lock;
    bool found = false;
    QVERIFY(RecordLocks(m_db).lockOf(report, &lock, &found, &error));
    QCOMPARE(lock.lockedAt, QStringLiteral("2026-05-19T15:00:00+08:00"));
    // Other records are untouched by all this (a daily report of task 2, not signed yet; the
    // demo's call-backs are signed by now).
    const QString draft =
        DemoDailyReports::id(2, QStringLiteral("林国栋"), QStringLiteral("2026-11-10"));
    bool locked = true;
    QVERIFY(RecordLocks(m_db).isLocked(draft, &locked, &error));
    QVERIFY(!locked);
    QVERIFY2(store.update(QStringLiteral("daily_reports"), draft,
                          {{QStringLiteral("support"), QStringLiteral("可编辑")}}, &error),
             qPrintable(error.message));
}

void TestRecordSigning::nestedLinesLockWithTheirClaim()
{
    const QString claim = DemoData::idFor(QStringLiteral("expense_claim"), QStringLiteral("2-lin"));
    RecordSigning signing(m_db);
    RecordStore store(m_db);
    Error error;
    QVERIFY2(signing.sign(kind("expense_claims"), claim, signature("claimant", "林国栋"), false,
                          nullptr, &error),
             qPrintable(error.message));
    bool locked = false;
    QVERIFY2(signing.sign(kind("expense_claims"), claim, signature("admin", "王婧", 3), false,
                          &locked, &error),
             qPrintable(error.message));
    QVERIFY(locked);
    QSqlQuery q(m_db.sql());
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM expense_lines WHERE claim_id = '%1' AND "
                                  "deleted = 0")
                       .arg(claim)));
    QVERIFY(q.next());
    const QString line = q.value(0).toString();
    const int changes = count(QStringLiteral("SELECT count(*) FROM change_log"));
    QVERIFY(!store.update(QStringLiteral("expense_lines"), line,
                          {{QStringLiteral("description"), QStringLiteral("改")}}, &error));
    QCOMPARE(error.code, Error::Code::Locked);
    QCOMPARE(error.recordId, claim); // names the signed claim
    QVERIFY(!store.remove(QStringLiteral("expense_lines"), line, &error));
    QCOMPARE(error.code, Error::Code::Locked);
    QVariantMap row;
    QVERIFY(store.get(QStringLiteral("expense_lines"), line, &row, &error));
    row.remove(QStringLiteral("id"));
    for (const char *c : {"created_at", "updated_at", "updated_by", "deleted"})
        row.remove(QString::fromLatin1(c));
    row.insert(QStringLiteral("line_no"), 99);
    QVERIFY(!store.insert(QStringLiteral("expense_lines"), RecordStore::newId(), row, &error));
    QCOMPARE(error.code, Error::Code::Locked);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM change_log")), changes);
    // Lines of a claim that is not signed stay editable.
    QVERIFY(q.exec(
        QStringLiteral("SELECT id FROM expense_lines WHERE claim_id = '%1' AND "
                       "deleted = 0")
            .arg(DemoData::idFor(QStringLiteral("expense_claim"), QStringLiteral("3-robert")))));
    QVERIFY(q.next());
    QVERIFY2(store.update(QStringLiteral("expense_lines"), q.value(0).toString(),
                          {{QStringLiteral("description"), QStringLiteral("可改")}}, &error),
             qPrintable(error.message));
}

void TestRecordSigning::revisions()
{
    const QString nda = DemoData::idFor(QStringLiteral("nda"), QStringLiteral("jingche"));
    RecordSigning signing(m_db);
    RecordRevisions revisions(m_db);
    Error error;
    QString rev2, rev3, other;
    // Not signed: edit it, do not correct it.
    QVERIFY(!signing.correct(kind("ndas"), nda, QStringLiteral("理由"), &other, &error));
    QCOMPARE(error.code, Error::Code::Validation);
    QVERIFY2(
        signing.sign(kind("ndas"), nda, signature("custodian", "王婧"), false, nullptr, &error),
        qPrintable(error.message));
    // A reason is required (blanks are no reason).
    QVERIFY(!signing.correct(kind("ndas"), nda, QStringLiteral("  "), &other, &error));
    QCOMPARE(error.field, QStringLiteral("reason"));
    const int ndas = count(QStringLiteral("SELECT count(*) FROM ndas"));
    QVERIFY2(signing.correct(kind("ndas"), nda, QStringLiteral("客户签回版本"), &rev2, &error),
             qPrintable(error.message));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM ndas")), ndas + 1);
    // The new revision is an editable copy; the old one stays locked.
    RecordStore store(m_db);
    QVERIFY2(store.update(QStringLiteral("ndas"), rev2,
                          {{QStringLiteral("signed_on"), QStringLiteral("2026-11-20")}}, &error),
             qPrintable(error.message));
    QVERIFY(!store.update(QStringLiteral("ndas"), nda,
                          {{QStringLiteral("signed_on"), QStringLiteral("2026-11-20")}}, &error));
    QVariantMap oldRow, newRow;
    QVERIFY(store.get(QStringLiteral("ndas"), nda, &oldRow, &error));
    QVERIFY(store.get(QStringLiteral("ndas"), rev2, &newRow, &error));
    QCOMPARE(newRow.value(QStringLiteral("counterparty_id")),
             oldRow.value(QStringLiteral("counterparty_id")));
    // Superseded: correct the current one instead; the current one is not signed yet.
    QVERIFY(!signing.correct(kind("ndas"), nda, QStringLiteral("再改"), &other, &error));
    QVERIFY(error.message.contains(rev2));
    QVERIFY(!signing.correct(kind("ndas"), rev2, QStringLiteral("再改"), &other, &error));
    // Signing the superseded one is refused too.
    QVERIFY2(
        signing.sign(kind("ndas"), rev2, signature("custodian", "王婧", 4), false, nullptr, &error),
        qPrintable(error.message));
    QVERIFY2(signing.correct(kind("ndas"), rev2, QStringLiteral("再改"), &rev3, &error),
             qPrintable(error.message));
    int revision = 0;
    QVERIFY(revisions.revisionOf(rev3, &revision, &error));
    QCOMPARE(revision, 3);
    // Revision 3 is a draft: it replaces nothing until signed; revision 2 stays current.
    QString id;
    QVERIFY(revisions.currentOf(nda, &id, &error));
    QCOMPARE(id, rev2);
    QVERIFY(revisions.latestOf(nda, &id, &error));
    QCOMPARE(id, rev3);
    QVERIFY(revisions.previousOf(rev3, &id, &error));
    QCOMPARE(id, rev2);
    RecordLocks::Lock lock;
    bool found = false;
    QVERIFY(RecordLocks(m_db).lockOf(rev2, &lock, &found, &error));
    QCOMPARE(lock.revision, 2);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'revise' AND "
                                  "record_id IN ('%1', '%2')")
                       .arg(rev2, rev3)),
             2);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM record_revisions WHERE record_id = '%1' "
                                  "AND reason = '客户签回版本'")
                       .arg(rev2)),
             1);
}

void TestRecordSigning::correctionCopiesLines()
{
    const QString claim = DemoData::idFor(QStringLiteral("expense_claim"), QStringLiteral("2-lin"));
    Error error;
    QString copy;
    QVERIFY2(RecordSigning(m_db).correct(kind("expense_claims"), claim, QStringLiteral("补收据"),
                                         &copy, &error),
             qPrintable(error.message));
    const QString lines =
        QStringLiteral("SELECT count(*) FROM expense_lines WHERE claim_id = '%1' AND deleted = 0");
    QVERIFY(count(lines.arg(claim)) > 0);
    QCOMPARE(count(lines.arg(copy)), count(lines.arg(claim)));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM expense_lines a JOIN expense_lines b ON "
                                  "a.id = b.id WHERE a.claim_id = '%1' AND b.claim_id = '%2'")
                       .arg(claim, copy)),
             0); // new ids
    // The lines of the draft are editable.
    QSqlQuery q(m_db.sql());
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM expense_lines WHERE claim_id = '%1'").arg(copy)));
    QVERIFY(q.next());
    QVERIFY2(RecordStore(m_db).update(QStringLiteral("expense_lines"), q.value(0).toString(),
                                      {{QStringLiteral("receipt"), true}}, &error),
             qPrintable(error.message));
}

void TestRecordSigning::paperVerification()
{
    PaperVerification verification(m_db);
    PaperVerification::Result result;
    Error error;
    const int audits =
        count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'verify_paper'"));
    // The demo's corrected NDA: revision 1 superseded, revision 2 current and signed.
    const QString nda = DemoData::idFor(QStringLiteral("nda"), QStringLiteral("saide"));
    QString current;
    QVERIFY(RecordRevisions(m_db).currentOf(nda, &current, &error));
    QVERIFY(current != nda);
    QVERIFY(verification.verify(code(nda, "ndas"), &result, &error));
    QCOMPARE(result.status, PaperVerification::Status::Superseded);
    QCOMPARE(result.currentId, current);
    QCOMPARE(result.currentRevision, 2);
    QVERIFY(result.sentence.contains(current));
    QVERIFY(verification.verify(code(current, "ndas"), &result, &error));
    QCOMPARE(result.status, PaperVerification::Status::Current);
    QVERIFY(result.locked);
    // Scanners add blanks and upper case.
    QVERIFY(verification.verify(QStringLiteral("  ") + code(current, "ndas").toUpper(), &result,
                                &error));
    QCOMPARE(result.status, PaperVerification::Status::Current);
    // An unsigned draft printed, then changed: the old print no longer matches.
    const QString draft =
        DemoDailyReports::id(2, QStringLiteral("林国栋"), QStringLiteral("2026-11-10"));
    const QString printed = code(draft, "daily_reports");
    QVERIFY(verification.verify(printed, &result, &error));
    QCOMPARE(result.status, PaperVerification::Status::Current);
    QVERIFY(!result.locked);
    QVERIFY(RecordStore(m_db).update(QStringLiteral("daily_reports"), draft,
                                     {{QStringLiteral("support"), QStringLiteral("新需求")}},
                                     &error));
    QVERIFY(verification.verify(printed, &result, &error));
    QCOMPARE(result.status, PaperVerification::Status::Mismatch);
    // The right hash with the wrong revision number is no match either.
    PaperCode wrongRevision;
    QVERIFY(PaperCode::parse(code(current, "ndas"), &wrongRevision));
    wrongRevision.revision = 1;
    QVERIFY(verification.verify(wrongRevision.toText(), &result, &error));
    QCOMPARE(result.status, PaperVerification::Status::Mismatch);
    // Unknown record, and no code at all.
    QVERIFY(verification.verify(
        QStringLiteral("FD1:0f0f0f0f-0000-4000-8000-000000000001:1:0123456789ab"), &result,
        &error));
    QCOMPARE(result.status, PaperVerification::Status::Unknown);
    QVERIFY(verification.verify(QStringLiteral("FD1:nonsense"), &result, &error));
    QCOMPARE(result.status, PaperVerification::Status::Invalid);
    QVERIFY(!result.sentence.isEmpty());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'verify_paper'")),
             audits + 8);
}

void TestRecordSigning::tamperedContentIsNoticed()
{
    const QString report = DemoData::idFor(QStringLiteral("service_report"), QStringLiteral("2"));
    const QString printed = code(report, "service_reports");
    // Behind the desk's back (no RecordStore): the lock's hash no longer matches.
    QSqlQuery q(m_db.sql());
    QVERIFY(q.exec(
        QStringLiteral("UPDATE service_reports SET satisfaction = 2 WHERE id = '%1'").arg(report)));
    bool matches = true;
    QString now;
    Error error;
    QVERIFY(RecordLocks(m_db).verifyHash(report, &matches, &now, &error));
    QVERIFY(!matches);
    QVERIFY(!now.isEmpty());
    // The paper printed before still matches the signed hash; a print of the altered row not.
    PaperVerification::Result result;
    QVERIFY(PaperVerification(m_db).verify(printed, &result, &error));
    QCOMPARE(result.status, PaperVerification::Status::Current);
    QVERIFY(PaperVerification(m_db).verify(code(report, "service_reports"), &result, &error));
    QCOMPARE(result.status, PaperVerification::Status::Current); // current content, see below
    QVERIFY(q.exec(
        QStringLiteral("UPDATE service_reports SET satisfaction = 8 WHERE id = '%1'").arg(report)));
    QVERIFY(RecordLocks(m_db).verifyHash(report, &matches, nullptr, &error));
    QVERIFY(matches);
}

void TestRecordSigning::cli()
{
#ifdef FIELDDESK_CLI_PATH
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("FIELDDESK_PASSPHRASE"), QStringLiteral("签名 passphrase"));
    const auto cli = [&](const QStringList &args, QByteArray *out = nullptr) {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(FIELDDESK_CLI_PATH), args);
        p.waitForFinished(60000);
        if (out)
            *out = p.readAllStandardOutput();
        return p.exitCode();
    };
    const QString a = m_dir.filePath(QStringLiteral("a.fdb"));
    const QString b = m_dir.filePath(QStringLiteral("b.fdb"));
    QCOMPARE(cli({QStringLiteral("init"), QStringLiteral("--db"), a}), 0);
    QCOMPARE(cli({QStringLiteral("demo"), QStringLiteral("--db"), a}), 0);
    QByteArray json;
    QCOMPARE(
        cli({QStringLiteral("export"), QStringLiteral("--db"), a, QStringLiteral("--json")}, &json),
        0);
    const QJsonObject doc = QJsonDocument::fromJson(json).object();
    // Two service reports; an NDA and a daily report, each with its signed correction; and
    // the rest of closed task 1 (brief, two more daily reports, call-back, claim).
    QCOMPARE(doc.value(QStringLiteral("record_locks")).toArray().size(), 11);
    QCOMPARE(doc.value(QStringLiteral("record_revisions")).toArray().size(), 2);
    QCOMPARE(doc.value(QStringLiteral("signatures")).toArray().size(), 16);
    const QString file = m_dir.filePath(QStringLiteral("a.json"));
    const auto write = [&](const QJsonObject &d) {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QJsonDocument(d).toJson());
    };
    write(doc);
    // Into a fresh database: the same locks; again: nothing changes.
    QCOMPARE(cli({QStringLiteral("init"), QStringLiteral("--db"), b}), 0);
    QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("--db"), b, file}), 0);
    QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("--db"), b, file}), 0);
    QByteArray again;
    QCOMPARE(cli({QStringLiteral("export"), QStringLiteral("--db"), b, QStringLiteral("--json")},
                 &again),
             0);
    const QJsonObject docB = QJsonDocument::fromJson(again).object();
    for (const char *array : {"record_locks", "signatures", "record_revisions", "service_reports"})
        QCOMPARE(docB.value(QLatin1String(array)), doc.value(QLatin1String(array)));

    // A change to the signed service report: exit 4, nothing written.
    const QString report = DemoData::idFor(QStringLiteral("service_report"), QStringLiteral("1"));
    QJsonObject changed = doc;
    QJsonArray reports = changed.value(QStringLiteral("service_reports")).toArray();
    for (int i = 0; i < reports.size(); ++i) {
        QJsonObject r = reports.at(i).toObject();
        if (r.value(QStringLiteral("id")).toString() == report) {
            r.insert(QStringLiteral("summary"), QStringLiteral("改过的摘要"));
            reports.replace(i, r);
        }
    }
    changed.insert(QStringLiteral("service_reports"), reports);
    write(changed);
    QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("--db"), b, file}), 4);
    // A lock whose hash does not match the content it claims: exit 4.
    QJsonObject forged = doc;
    QJsonArray locks = forged.value(QStringLiteral("record_locks")).toArray();
    QJsonObject lock = locks.at(0).toObject(); // a second lock, forged
    lock.insert(QStringLiteral("id"), QStringLiteral("9e0c3b59-4a55-4c4e-9f3e-0d7c2b9a1f00"));
    lock.insert(QStringLiteral("content_hash"), QString(64, QLatin1Char('0')));
    locks.append(lock);
    forged.insert(QStringLiteral("record_locks"), locks);
    write(forged);
    QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("--db"), b, file}), 4);
    QByteArray after;
    QCOMPARE(cli({QStringLiteral("export"), QStringLiteral("--db"), b, QStringLiteral("--json")},
                 &after),
             0);
    const QJsonObject docAfter = QJsonDocument::fromJson(after).object();
    QCOMPARE(docAfter.value(QStringLiteral("service_reports")),
             doc.value(QStringLiteral("service_reports")));
    QCOMPARE(docAfter.value(QStringLiteral("record_locks")),
             doc.value(QStringLiteral("record_locks")));

    // verify-paper: 0 current, 1 otherwise, 2 without --code.
    QJsonObject first;
    for (const QJsonValue &v : doc.value(QStringLiteral("record_locks")).toArray()) {
        if (v.toObject().value(QStringLiteral("record_id")).toString() == report)
            first = v.toObject();
    }
    const QString goodCode =
        PaperCode{first.value(QStringLiteral("record_id")).toString(),
                  first.value(QStringLiteral("revision")).toInt(),
                  first.value(QStringLiteral("content_hash")).toString().left(12)}
            .toText();
    QByteArray out;
    QCOMPARE(cli({QStringLiteral("verify-paper"), QStringLiteral("--db"), b,
                  QStringLiteral("--code"), goodCode, QStringLiteral("--json")},
                 &out),
             0);
    QCOMPARE(QJsonDocument::fromJson(out).object().value(QStringLiteral("status")).toString(),
             QStringLiteral("current"));
    QCOMPARE(cli({QStringLiteral("verify-paper"), QStringLiteral("--db"), b,
                  QStringLiteral("--code"), QStringLiteral("FD1:x")}),
             1);
    QCOMPARE(cli({QStringLiteral("verify-paper"), QStringLiteral("--db"), b}), 2);
#else
    QSKIP("built without the command-line tool");
#endif
}

QTEST_GUILESS_MAIN(TestRecordSigning)
#include "tst_recordsigning.moc"

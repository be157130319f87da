#include "app/catalog/RecordCatalog.h"
#include "app/demo/DemoData.h"
#include "app/demo/DemoKeys.h"
#include "app/demo/DemoSignatures.h"
#include "app/interchange/InterchangeExporter.h"
#include "app/interchange/InterchangeImporter.h"
#include "app/people/DeskSession.h"
#include "app/print/PrintDocument.h"
#include "app/print/PrintRecord.h"
#include "app/signing/PaperCode.h"
#include "app/signing/PaperSignatureCheck.h"
#include "app/signing/RecordSigning.h"
#include "app/signing/SignatureVerification.h"
#include "db/Database.h"
#include "db/RecordStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

// A person's signature is bound to them and to the content: signing stores the Ed25519 proof
// over record id, revision, content hash, signer, role and time; a person with a key cannot sign
// without their PIN (DeskSession); verification notices an altered, borrowed or unbound
// signature; an import carrying a forged signature is refused with nothing written.
class TestSignatureBinding : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void demoSignaturesAreBound();
    void signingNeedsThePin();
    void signatureCoversPersonAndContent();
    void alteredSignaturesFailVerification();
    void importRefusesForgedSignatures();
    void paperCarriesVerifiableSignatures();

private:
    QString unsignedDailyReport();
    int count(const QString &sql);

    QTemporaryDir m_dir;
    Database m_db;
};

void TestSignatureBinding::initTestCase()
{
    QVERIFY(m_dir.isValid());
    Error error;
    QVERIFY2(m_db.create(m_dir.filePath(QStringLiteral("bind.fdb")), QString(64, QLatin1Char('3')),
                         &error, Database::KeyKind::RawKey),
             qPrintable(error.message));
    QVERIFY2(DemoData::load(m_db, &error), qPrintable(error.message));
}

int TestSignatureBinding::count(const QString &sql)
{
    QSqlQuery q(m_db.sql());
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

QString TestSignatureBinding::unsignedDailyReport()
{
    QSqlQuery q(m_db.sql());
    q.exec(QStringLiteral("SELECT d.id FROM daily_reports d WHERE d.deleted = 0 AND NOT EXISTS "
                          "(SELECT 1 FROM signatures s WHERE s.record_id = d.id) AND NOT EXISTS "
                          "(SELECT 1 FROM record_revisions r WHERE r.record_id = d.id) AND "
                          "d.engineer_id = '%1' ORDER BY d.id LIMIT 1")
               .arg(DemoData::personId("Robert")));
    return q.next() ? q.value(0).toString() : QString();
}

void TestSignatureBinding::demoSignaturesAreBound()
{
    SignatureVerification::Result result;
    QVERIFY(SignatureVerification::verifyAll(m_db, &result, nullptr));
    QVERIFY2(result.ok(), qPrintable(result.problems.join(QLatin1Char('\n'))));
    QVERIFY(result.checked > 0);
    QCOMPARE(result.bound, result.checked);
}

void TestSignatureBinding::signingNeedsThePin()
{
    DeskSession::instance().clear();
    const QString report = unsignedDailyReport();
    QVERIFY(!report.isEmpty());
    const RecordKind &kind = *RecordCatalog::byTable(QStringLiteral("daily_reports"));
    RecordSigning::Signature s;
    s.role = QStringLiteral("engineer");
    s.signerId = DemoData::personId("Robert");
    s.strokes = DemoSignatures::strokes(3);
    Error error;
    const int before = count(QStringLiteral("SELECT count(*) FROM signatures"));
    QVERIFY(!RecordSigning(m_db).sign(kind, report, s, false, nullptr, &error));
    QCOMPARE(error.code, Error::Code::Usage);
    QCOMPARE(error.field, QStringLiteral("pin"));
    // Someone else's PIN does not sign for Robert.
    DeskSession::instance().add(DemoKeys::unlocked(QStringLiteral("林国栋")));
    QVERIFY(!RecordSigning(m_db).sign(kind, report, s, false, nullptr, &error));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM signatures")), before);
    // His own, entered in this session, does.
    DeskSession::instance().add(DemoKeys::unlocked(QStringLiteral("Robert")));
    QVERIFY2(RecordSigning(m_db).sign(kind, report, s, false, nullptr, &error),
             qPrintable(error.message));
    QList<RecordSigning::Signature> list;
    QVERIFY(RecordSigning(m_db).signatures(report, &list, nullptr));
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().keyId, DemoKeys::unlocked(QStringLiteral("Robert")).keyId);
    QCOMPARE(list.first().proof.size(), 64);
    QCOMPARE(list.first().revision, 1);
    QCOMPARE(list.first().contentHash.size(), 64);
    // The lock clears the session: the PIN is asked again.
    DeskSession::instance().clear();
    QVERIFY(!DeskSession::instance().isUnlocked(DemoData::personId("Robert")));
}

void TestSignatureBinding::signatureCoversPersonAndContent()
{
    const PeopleKeys::Unlocked robert = DemoKeys::unlocked(QStringLiteral("Robert"));
    const QByteArray m = RecordSigning::signedMessage(
        QStringLiteral("r1"), 2, QStringLiteral("abc"), robert.personId, QStringLiteral("engineer"),
        QStringLiteral("2026-05-14T16:25:00+08:00"));
    const QByteArray proof = PersonalKeys::sign(robert.keys.signPrivate, m);
    QVERIFY(PersonalKeys::verify(robert.keys.signPublic, m, proof));
    // Every part of the message matters.
    const QList<QByteArray> others = {
        RecordSigning::signedMessage(QStringLiteral("r2"), 2, QStringLiteral("abc"),
                                     robert.personId, QStringLiteral("engineer"),
                                     QStringLiteral("2026-05-14T16:25:00+08:00")),
        RecordSigning::signedMessage(QStringLiteral("r1"), 3, QStringLiteral("abc"),
                                     robert.personId, QStringLiteral("engineer"),
                                     QStringLiteral("2026-05-14T16:25:00+08:00")),
        RecordSigning::signedMessage(QStringLiteral("r1"), 2, QStringLiteral("abd"),
                                     robert.personId, QStringLiteral("engineer"),
                                     QStringLiteral("2026-05-14T16:25:00+08:00")),
        RecordSigning::signedMessage(QStringLiteral("r1"), 2, QStringLiteral("abc"),
                                     DemoData::personId("KC"), QStringLiteral("engineer"),
                                     QStringLiteral("2026-05-14T16:25:00+08:00")),
        RecordSigning::signedMessage(QStringLiteral("r1"), 2, QStringLiteral("abc"),
                                     robert.personId, QStringLiteral("cto"),
                                     QStringLiteral("2026-05-14T16:25:00+08:00")),
        RecordSigning::signedMessage(QStringLiteral("r1"), 2, QStringLiteral("abc"),
                                     robert.personId, QStringLiteral("engineer"),
                                     QStringLiteral("2026-05-14T16:26:00+08:00")),
    };
    for (const QByteArray &other : others)
        QVERIFY(!PersonalKeys::verify(robert.keys.signPublic, other, proof));
}

void TestSignatureBinding::alteredSignaturesFailVerification()
{
    QSqlQuery q(m_db.sql());
    QVERIFY(q.exec(QStringLiteral("SELECT id, signer_id, signed_at, proof, key_id FROM signatures "
                                  "WHERE proof IS NOT NULL ORDER BY id LIMIT 1")) &&
            q.next());
    const QString id = q.value(0).toString();
    const QString signedAt = q.value(2).toString();
    const QString proof = q.value(3).toString();
    const QString keyId = q.value(4).toString();
    q.finish();
    const auto problems = [this] {
        SignatureVerification::Result r;
        SignatureVerification::verifyAll(m_db, &r, nullptr);
        return r.problems.size();
    };
    QCOMPARE(problems(), 0);
    // Each change made behind RecordStore's back (a bundle, a hand-edited file) is noticed.
    const QList<QPair<QString, QString>> edits = {
        {QStringLiteral("signed_at = '2026-01-01T00:00:00+08:00'"),
         QStringLiteral("signed_at = '%1'").arg(signedAt)},
        {QStringLiteral("signer_id = '%1'").arg(DemoData::personId("KC")),
         QStringLiteral("signer_id = (SELECT signer_id FROM signatures WHERE id = '%1')").arg(id)},
        // Unbound, dated after the signer had a key (older unbound signatures are the ones
        // drawn before personal keys existed, and stay valid).
        {QStringLiteral("proof = NULL, key_id = NULL, signed_at = '2027-01-01T00:00:00+08:00'"),
         QStringLiteral("proof = '%1', key_id = '%2'").arg(proof, keyId)},
        {QStringLiteral("key_id = '%1'").arg(DemoKeys::unlocked(QStringLiteral("KC")).keyId),
         QStringLiteral("key_id = '%1'").arg(keyId)},
        {QStringLiteral("content_hash = '%1'").arg(QString(64, QLatin1Char('0'))),
         QStringLiteral("content_hash = content_hash")},
    };
    for (const auto &edit : edits) {
        QSqlQuery backup(m_db.sql());
        QVERIFY(backup.exec(QStringLiteral("SELECT signer_id, content_hash FROM signatures WHERE "
                                           "id = '%1'")
                                .arg(id)) &&
                backup.next());
        const QString signer = backup.value(0).toString();
        const QString hash = backup.value(1).toString();
        backup.finish();
        QSqlQuery w(m_db.sql());
        QVERIFY2(
            w.exec(QStringLiteral("UPDATE signatures SET %1 WHERE id = '%2'").arg(edit.first, id)),
            qPrintable(edit.first));
        QVERIFY2(problems() == 1, qPrintable(edit.first));
        QVERIFY(w.exec(QStringLiteral("UPDATE signatures SET signer_id = '%1', content_hash = "
                                      "'%2', signed_at = '%3', proof = '%4', key_id = '%5' WHERE "
                                      "id = '%6'")
                           .arg(signer, hash, signedAt, proof, keyId, id)));
        QCOMPARE(problems(), 0);
    }
}

void TestSignatureBinding::importRefusesForgedSignatures()
{
    QJsonObject document;
    Error error;
    QVERIFY(InterchangeExporter(m_db).exportAll(&document, &error));
    QJsonArray signatures = document.value(QStringLiteral("signatures")).toArray();
    QVERIFY(!signatures.isEmpty());
    // The same file imports cleanly (nothing changes).
    InterchangeImporter importer(m_db);
    QVERIFY2(importer.importJson(QJsonDocument(document).toJson(), nullptr, &error),
             qPrintable(error.message));
    // A new signature "by Robert" made with another key, or with none: refused.
    const PeopleKeys::Unlocked mallory = DemoKeys::unlocked(QStringLiteral("盛转红"));
    QJsonObject forged = signatures.first().toObject();
    for (int variant = 0; variant < 3; ++variant) {
        QJsonObject s = forged;
        s.insert(QStringLiteral("id"), RecordStore::newId());
        s.insert(QStringLiteral("signer_id"), DemoData::personId("Robert"));
        s.insert(QStringLiteral("signed_at"), QStringLiteral("2026-06-01T10:00:00+08:00"));
        if (variant == 0) {
            s.insert(QStringLiteral("proof"), QJsonValue());
            s.insert(QStringLiteral("key_id"), QJsonValue());
        } else {
            s.insert(QStringLiteral("key_id"),
                     variant == 1 ? mallory.keyId
                                  : DemoKeys::unlocked(QStringLiteral("Robert")).keyId);
            const QByteArray message = RecordSigning::signedMessage(
                s.value(QStringLiteral("record_id")).toString(),
                s.value(QStringLiteral("revision")).toInt(),
                s.value(QStringLiteral("content_hash")).toString(), DemoData::personId("Robert"),
                s.value(QStringLiteral("role")).toString(),
                s.value(QStringLiteral("signed_at")).toString());
            s.insert(QStringLiteral("proof"),
                     QString::fromLatin1(
                         PersonalKeys::sign(mallory.keys.signPrivate, message).toBase64()));
        }
        QJsonArray list = signatures;
        list.append(s);
        QJsonObject doc = document;
        doc.insert(QStringLiteral("signatures"), list);
        const int before = count(QStringLiteral("SELECT count(*) FROM change_log"));
        QVERIFY2(!importer.importJson(QJsonDocument(doc).toJson(), nullptr, &error),
                 qPrintable(QString::number(variant)));
        QCOMPARE(error.code, Error::Code::Validation);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM change_log")), before);
    }
}

void TestSignatureBinding::paperCarriesVerifiableSignatures()
{
    // A locked record signed by two people (a service report: engineer and CTO).
    QSqlQuery q(m_db.sql());
    QVERIFY(q.exec(QStringLiteral("SELECT record_id FROM signatures WHERE proof IS NOT NULL AND "
                                  "record_table = 'service_reports' GROUP BY record_id HAVING "
                                  "count(*) >= 2 ORDER BY record_id LIMIT 1")) &&
            q.next());
    const QString id = q.value(0).toString();
    q.finish();
    PrintRecord record(m_db);
    Error error;
    QVERIFY2(record.load(id, &error), qPrintable(error.message));
    const QString text =
        record.startForm(QStringLiteral("QEF"), QStringLiteral("t"), QStringLiteral("n")).paperCode;
    QVERIFY2(text.startsWith(QStringLiteral("FD2:")), qPrintable(text));
    QCOMPARE(text, text.toUpper());
    PaperCode code;
    QVERIFY2(PaperCode::parse(text, &code), qPrintable(text));
    QCOMPARE(code.recordId, id);
    QCOMPARE(code.fullHash, record.contentHash());
    QVERIFY(code.signatures.size() >= 2);
    // Only the team's public-key file: who signed, and every signature holds.
    QJsonObject keys;
    QVERIFY(PeopleKeys(m_db).teamKeysDocument(&keys, nullptr));
    const QJsonObject file = QJsonDocument::fromJson(QJsonDocument(keys).toJson()).object();
    const auto trusted = PeopleKeys::trustedKeysOf(file);
    const auto names = PaperSignatureCheck::namesOf(file);
    const auto signers = PaperSignatureCheck::check(code, trusted, names);
    QVERIFY(PaperSignatureCheck::allValid(signers));
    QStringList who;
    for (const auto &s : signers)
        who << s.name;
    QVERIFY2(who.contains(QStringLiteral("Robert")), qPrintable(who.join(QLatin1Char(','))));
    // Another revision, another content, a bent signature or an unknown key: not valid.
    PaperCode other = code;
    other.revision = code.revision + 1;
    QVERIFY(!PaperSignatureCheck::allValid(PaperSignatureCheck::check(other, trusted, names)));
    other = code;
    other.signatures[0].contentHash = QString(64, QLatin1Char('a'));
    QVERIFY(!PaperSignatureCheck::allValid(PaperSignatureCheck::check(other, trusted, names)));
    other = code;
    other.signatures[0].proof[3] = char(other.signatures[0].proof[3] ^ 1);
    QVERIFY(!PaperSignatureCheck::allValid(PaperSignatureCheck::check(other, trusted, names)));
    other = code;
    other.signatures[0].keyId = DemoKeys::unlocked(QStringLiteral("KC")).keyId;
    QVERIFY(!PaperSignatureCheck::allValid(PaperSignatureCheck::check(other, trusted, names)));
    // The text survives a round trip, and a damaged one is no code.
    PaperCode again;
    QVERIFY(PaperCode::parse(code.toText(), &again));
    QCOMPARE(again.toText(), text);
    QVERIFY(!PaperCode::parse(text.left(text.size() - 3), &again) ||
            !PaperSignatureCheck::allValid(PaperSignatureCheck::check(again, trusted, names)));
    // Base32 both ways.
    const QByteArray bytes = PersonalKeys::randomBytes(64);
    QByteArray back;
    QVERIFY(PaperCode::fromBase32(PaperCode::base32(bytes), &back));
    QCOMPARE(back, bytes);
}

QTEST_GUILESS_MAIN(TestSignatureBinding)
#include "tst_signaturebinding.moc"

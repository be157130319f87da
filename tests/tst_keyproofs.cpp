#include "app/catalog/RecordCatalog.h"
#include "app/demo/DemoData.h"
#include "app/demo/DemoKeys.h"
#include "app/demo/DemoSignatures.h"
#include "app/demo/DemoTasks.h"
#include "app/interchange/InterchangeExporter.h"
#include "app/interchange/InterchangeImporter.h"
#include "app/people/DeskSession.h"
#include "app/signing/KeyProofs.h"
#include "app/signing/RecordRevisions.h"
#include "app/signing/RecordSigning.h"
#include "app/signing/SignatureVerification.h"
#include "app/workflow/TaskWorkflow.h"
#include "db/RecordStore.h"
#include "db/SyncConflicts.h"
#include "tests/SyncTestUtil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace SyncTestUtil;

// Locks, approvals and corrections carry their makers' personal-key signatures (KeyProofs),
// and what a person did not make does not get in: an import carrying a forged signature, lock,
// approval, correction or a changed public key is refused with nothing written; the same
// forgeries arriving in a bundle are rejected as "invalid" conflicts, the same on every desk,
// while the genuine acts beside them arrive intact.
class TestKeyProofs : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void demoActsAreSigned();
    void messageCoversEveryPart();
    void actingNeedsThePin();
    void importRefusesForgedActs();
    void importRefusesForgedApproval();
    void importRefusesKeyChanges();
    void bundleForgeriesAreRejectedEverywhere();

private:
    static QString person(const char *name) { return DemoData::personId(name); }
    static const RecordKind &kind(const char *table)
    {
        return *RecordCatalog::byTable(QString::fromLatin1(table));
    }
    // Robert's id and key id with someone else's private keys: what a forger holds.
    static PeopleKeys::Unlocked forgedAs(const char *name);
    static QString unsignedDailyReport(Database &db, const char *engineer);
    static int count(Database &db, const QString &sql);
    static QJsonObject exportOf(Database &db);
    static QJsonArray withReplaced(const QJsonArray &list, const QString &id,
                                   const QJsonObject &replacement);
    // Imports doc into m_b; true when refused with Validation and nothing written.
    bool refused(const QJsonObject &doc, QString *message);

    QTemporaryDir m_dir;
    Database m_a; // the desk where things are done
    Database m_b; // a copy of it from before, receiving A's export
};

PeopleKeys::Unlocked TestKeyProofs::forgedAs(const char *name)
{
    PeopleKeys::Unlocked forged = DemoKeys::unlocked(QString::fromUtf8(name));
    PersonalKeys::KeyPair other;
    PersonalKeys::generate(&other, nullptr);
    forged.keys = other;
    return forged;
}

QString TestKeyProofs::unsignedDailyReport(Database &db, const char *engineer)
{
    QSqlQuery q(db.sql());
    q.exec(QStringLiteral("SELECT d.id FROM daily_reports d WHERE d.deleted = 0 AND NOT EXISTS "
                          "(SELECT 1 FROM signatures s WHERE s.record_id = d.id) AND NOT EXISTS "
                          "(SELECT 1 FROM record_revisions r WHERE r.record_id = d.id) AND "
                          "d.engineer_id = '%1' ORDER BY d.id LIMIT 1")
               .arg(person(engineer)));
    return q.next() ? q.value(0).toString() : QString();
}

int TestKeyProofs::count(Database &db, const QString &sql)
{
    QSqlQuery q(db.sql());
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

QJsonObject TestKeyProofs::exportOf(Database &db)
{
    QJsonObject document;
    Error error;
    if (!InterchangeExporter(db).exportAll(&document, &error))
        qWarning("%s", qPrintable(error.message));
    // Through text, as a file would carry it.
    return QJsonDocument::fromJson(QJsonDocument(document).toJson()).object();
}

QJsonArray TestKeyProofs::withReplaced(const QJsonArray &list, const QString &id,
                                       const QJsonObject &replacement)
{
    QJsonArray out;
    for (const QJsonValue &v : list)
        out.append(v.toObject().value(QStringLiteral("id")).toString() == id ? replacement : v);
    return out;
}

bool TestKeyProofs::refused(const QJsonObject &doc, QString *message)
{
    const int before = count(m_b, QStringLiteral("SELECT count(*) FROM change_log"));
    Error error;
    const bool imported =
        InterchangeImporter(m_b).importJson(QJsonDocument(doc).toJson(), nullptr, &error);
    *message = error.message;
    return !imported && error.code == Error::Code::Validation &&
           count(m_b, QStringLiteral("SELECT count(*) FROM change_log")) == before;
}

void TestKeyProofs::initTestCase()
{
    QVERIFY(m_dir.isValid());
    Error error;
    const QString key(64, QLatin1Char('7'));
    QVERIFY2(
        m_a.create(m_dir.filePath(QStringLiteral("a.fdb")), key, &error, Database::KeyKind::RawKey),
        qPrintable(error.message));
    QVERIFY2(DemoData::load(m_a, &error), qPrintable(error.message));
    QVERIFY2(m_a.backupTo(m_dir.filePath(QStringLiteral("b.fdb")), &error),
             qPrintable(error.message));
    QVERIFY2(
        m_b.open(m_dir.filePath(QStringLiteral("b.fdb")), key, &error, Database::KeyKind::RawKey),
        qPrintable(error.message));
    DemoKeys::unlockAll();
}

void TestKeyProofs::demoActsAreSigned()
{
    // The demo's locks by a person and its corrections carry their makers' proofs, and they
    // hold; its approvals were recorded before the people had keys and stay acceptable.
    QVERIFY(count(m_a, QStringLiteral("SELECT count(*) FROM record_locks WHERE locked_by_id IS "
                                      "NOT NULL AND proof IS NULL")) == 0);
    QVERIFY(count(m_a, QStringLiteral("SELECT count(*) FROM record_locks WHERE proof IS NOT "
                                      "NULL")) > 0);
    QVERIFY(count(m_a, QStringLiteral("SELECT count(*) FROM record_revisions WHERE made_by_id "
                                      "IS NOT NULL AND proof IS NOT NULL")) >= 2);
    SignatureVerification::Result result;
    Error error;
    QVERIFY2(SignatureVerification::verifyAll(m_a, &result, &error), qPrintable(error.message));
    QVERIFY2(result.ok(), qPrintable(result.problems.join(QLatin1Char('\n'))));
    QVERIFY(result.acts > 0);
    // An altered lock, approval or correction is noticed by `verify`.
    for (const char *edit :
         {"UPDATE record_locks SET locked_at = '2026-01-01T00:00:00+08:00' WHERE id = (SELECT id "
          "FROM record_locks WHERE proof IS NOT NULL ORDER BY id LIMIT 1)",
          "UPDATE record_revisions SET reason = 'other' WHERE id = (SELECT id FROM "
          "record_revisions WHERE proof IS NOT NULL ORDER BY id LIMIT 1)"}) {
        Database copy;
        const QString path = m_dir.filePath(QStringLiteral("verify.fdb"));
        QFile::remove(path);
        QVERIFY(m_a.backupTo(path, &error));
        QVERIFY(copy.open(path, QString(64, QLatin1Char('7')), &error, Database::KeyKind::RawKey));
        QSqlQuery q(copy.sql());
        QVERIFY2(q.exec(QString::fromLatin1(edit)), edit);
        QVERIFY(SignatureVerification::verifyAll(copy, &result, &error));
        QVERIFY2(result.problems.size() == 1, edit);
    }
}

void TestKeyProofs::messageCoversEveryPart()
{
    const QVariantMap lock{{QStringLiteral("record_table"), QStringLiteral("ndas")},
                           {QStringLiteral("record_id"), QStringLiteral("r1")},
                           {QStringLiteral("revision"), 2},
                           {QStringLiteral("content_hash"), QStringLiteral("abc")},
                           {QStringLiteral("locked_by_id"), QStringLiteral("p1")},
                           {QStringLiteral("locked_at"), QStringLiteral("t1")}};
    const QVariantMap approval{{QStringLiteral("task_id"), QStringLiteral("t")},
                               {QStringLiteral("approver_id"), QStringLiteral("p1")},
                               {QStringLiteral("decision"), QStringLiteral("approve")},
                               {QStringLiteral("level"), QStringLiteral("kc")},
                               {QStringLiteral("comment"), QStringLiteral("ok")},
                               {QStringLiteral("decided_at"), QStringLiteral("t1")}};
    const QVariantMap revision{{QStringLiteral("record_table"), QStringLiteral("ndas")},
                               {QStringLiteral("record_id"), QStringLiteral("r2")},
                               {QStringLiteral("previous_id"), QStringLiteral("r1")},
                               {QStringLiteral("revision"), 2},
                               {QStringLiteral("reason"), QStringLiteral("why")},
                               {QStringLiteral("made_by_id"), QStringLiteral("p1")},
                               {QStringLiteral("made_at"), QStringLiteral("t1")}};
    for (const auto &[table, row] : {std::pair{QStringLiteral("record_locks"), lock},
                                     std::pair{QStringLiteral("approvals"), approval},
                                     std::pair{QStringLiteral("record_revisions"), revision}}) {
        QVERIFY(KeyProofs::covers(table));
        const QByteArray m = KeyProofs::message(table, row);
        for (auto it = row.cbegin(); it != row.cend(); ++it) {
            QVariantMap other = row;
            other.insert(it.key(), it.value().toString() == QLatin1String("2")
                                       ? QVariant(3)
                                       : QVariant(it.value().toString() + QLatin1Char('x')));
            QVERIFY2(KeyProofs::message(table, other) != m, qPrintable(table + it.key()));
        }
    }
    // The three kinds never sign the same text.
    QVERIFY(KeyProofs::message(QStringLiteral("record_locks"), lock) !=
            KeyProofs::message(QStringLiteral("record_revisions"), lock));
    QVERIFY(!KeyProofs::covers(QStringLiteral("signatures")));
}

void TestKeyProofs::actingNeedsThePin()
{
    DeskSession::instance().clear();
    Error error;
    QVariantMap row{{QStringLiteral("task_id"), DemoTasks::taskId(7)}};
    // Someone with a key must have entered their PIN; someone without one acts by hand.
    QVERIFY(!KeyProofs::make(m_a, QStringLiteral("approvals"), person("KC"), PeopleKeys::Unlocked(),
                             &row, &error));
    QCOMPARE(error.code, Error::Code::Usage);
    QCOMPARE(error.field, QStringLiteral("pin"));
    QVERIFY(!row.contains(QStringLiteral("proof")));
    // A correction needs someone acting once the team has keys.
    const QString nda = DemoData::idFor(QStringLiteral("nda"), QStringLiteral("saide"));
    QString current;
    QVERIFY(RecordRevisions(m_a).currentOf(nda, &current, nullptr));
    QString draft;
    QVERIFY(
        !RecordSigning(m_a).correct(kind("ndas"), current, QStringLiteral("理由"), &draft, &error));
    QCOMPARE(error.field, QStringLiteral("pin"));
    // With her PIN entered she signs with her confirmed key; a key nobody confirmed does not.
    DeskSession::instance().add(DemoKeys::unlocked(QStringLiteral("KC")));
    QVERIFY2(KeyProofs::make(m_a, QStringLiteral("approvals"), person("KC"), PeopleKeys::Unlocked(),
                             &row, &error),
             qPrintable(error.message));
    QCOMPARE(row.value(QStringLiteral("key_id")).toString(),
             DemoKeys::unlocked(QStringLiteral("KC")).keyId);
    QCOMPARE(
        QByteArray::fromBase64(row.value(QStringLiteral("proof")).toString().toLatin1()).size(),
        64);
    PeopleKeys::Unlocked stranger;
    stranger.personId = person("KC");
    QVERIFY(PersonalKeys::generate(&stranger.keys, nullptr));
    stranger.keyId = PersonalKeys::keyId(stranger.keys.signPublic);
    QVERIFY(
        !KeyProofs::make(m_a, QStringLiteral("approvals"), person("KC"), stranger, &row, &error));
    QCOMPARE(error.code, Error::Code::Validation);
    DemoKeys::unlockAll();
}

void TestKeyProofs::importRefusesForgedActs()
{
    // On desk A Robert signs a daily report (it locks with his signature) and corrects his
    // corrected report of 14 May again; desk B, a copy of A from before, imports A's export.
    const QString report = unsignedDailyReport(m_a, "Robert");
    QVERIFY(!report.isEmpty());
    RecordSigning::Signature s;
    s.role = QStringLiteral("engineer");
    s.signerId = person("Robert");
    s.strokes = DemoSignatures::strokes(11);
    Error error;
    bool locked = false;
    QVERIFY2(RecordSigning(m_a).sign(kind("daily_reports"), report, s, false, &locked, &error),
             qPrintable(error.message));
    QVERIFY(locked);
    const QString nda = DemoData::idFor(QStringLiteral("nda"), QStringLiteral("saide"));
    QString current, correction;
    QVERIFY(RecordRevisions(m_a).currentOf(nda, &current, nullptr));
    DeskSession::instance().setActingPersonId(person("王婧"));
    QVERIFY2(RecordSigning(m_a).correct(kind("ndas"), current, QStringLiteral("补记签回日期"),
                                        &correction, &error),
             qPrintable(error.message));
    const QJsonObject document = exportOf(m_a);

    QJsonObject lock, revision;
    for (const QJsonValue &v : document.value(QStringLiteral("record_locks")).toArray()) {
        if (v.toObject().value(QStringLiteral("record_id")).toString() == report)
            lock = v.toObject();
    }
    for (const QJsonValue &v : document.value(QStringLiteral("record_revisions")).toArray()) {
        if (v.toObject().value(QStringLiteral("record_id")).toString() == correction)
            revision = v.toObject();
    }
    QCOMPARE(lock.value(QStringLiteral("locked_by_id")).toString(), person("Robert"));
    QVERIFY(!lock.value(QStringLiteral("proof")).toString().isEmpty());
    QCOMPARE(revision.value(QStringLiteral("made_by_id")).toString(), person("王婧"));
    QVERIFY(!revision.value(QStringLiteral("proof")).toString().isEmpty());

    const PeopleKeys::Unlocked mallory = DemoKeys::unlocked(QStringLiteral("盛转红"));
    const auto signedBy = [](const PeopleKeys::Unlocked &who, const QString &table,
                             const QJsonObject &row) {
        return QString::fromLatin1(
            PersonalKeys::sign(who.keys.signPrivate, KeyProofs::message(table, row.toVariantMap()))
                .toBase64());
    };
    // Each forgery of the lock or of the correction: refused, nothing written.
    QList<QPair<QString, QJsonObject>> forgeries;
    {
        QJsonObject f = lock;
        f.insert(QStringLiteral("proof"), QJsonValue());
        f.insert(QStringLiteral("key_id"), QJsonValue());
        forgeries.append({QStringLiteral("record_locks"), f}); // unsigned, though he has a key
        f = lock;
        f.insert(QStringLiteral("locked_at"), QStringLiteral("2026-12-01T08:00:00+08:00"));
        forgeries.append({QStringLiteral("record_locks"), f}); // altered after signing
        f = lock;
        f.insert(QStringLiteral("proof"), signedBy(mallory, QStringLiteral("record_locks"), f));
        forgeries.append({QStringLiteral("record_locks"), f}); // someone else's signature
        f = lock;
        f.insert(QStringLiteral("key_id"), mallory.keyId);
        f.insert(QStringLiteral("proof"), signedBy(mallory, QStringLiteral("record_locks"), f));
        forgeries.append({QStringLiteral("record_locks"), f}); // someone else's key
        f = revision;
        f.insert(QStringLiteral("proof"), QJsonValue());
        f.insert(QStringLiteral("key_id"), QJsonValue());
        forgeries.append({QStringLiteral("record_revisions"), f});
        f = revision;
        f.insert(QStringLiteral("made_by_id"), QJsonValue());
        f.insert(QStringLiteral("made_at"), QJsonValue());
        f.insert(QStringLiteral("proof"), QJsonValue());
        f.insert(QStringLiteral("key_id"), QJsonValue());
        forgeries.append({QStringLiteral("record_revisions"), f}); // made by nobody
        f = revision;
        f.insert(QStringLiteral("reason"), QStringLiteral("另一个理由"));
        forgeries.append({QStringLiteral("record_revisions"), f});
        f = revision;
        f.insert(QStringLiteral("made_by_id"), person("盛转红"));
        forgeries.append({QStringLiteral("record_revisions"), f}); // borrowed
    }
    for (int i = 0; i < forgeries.size(); ++i) {
        const QString array = forgeries.at(i).first;
        const QJsonObject &forged = forgeries.at(i).second;
        QJsonObject doc = document;
        doc.insert(array, withReplaced(document.value(array).toArray(),
                                       forged.value(QStringLiteral("id")).toString(), forged));
        QString message;
        QVERIFY2(refused(doc, &message),
                 qPrintable(QStringLiteral("%1 #%2: %3").arg(array).arg(i).arg(message)));
        QVERIFY2(message.contains(forged.value(QStringLiteral("id")).toString()),
                 qPrintable(message));
    }
    // The genuine file imports: the lock and the correction are there, signed.
    Error importError;
    QVERIFY2(InterchangeImporter(m_b).importJson(QJsonDocument(document).toJson(), nullptr,
                                                 &importError),
             qPrintable(importError.message));
    QCOMPARE(count(m_b, QStringLiteral("SELECT count(*) FROM record_locks WHERE record_id = '%1' "
                                       "AND proof IS NOT NULL")
                            .arg(report)),
             1);
    QCOMPARE(count(m_b, QStringLiteral("SELECT count(*) FROM record_revisions WHERE record_id = "
                                       "'%1' AND proof IS NOT NULL")
                            .arg(correction)),
             1);
    SignatureVerification::Result result;
    QVERIFY(SignatureVerification::verifyAll(m_b, &result, &error));
    QVERIFY2(result.ok(), qPrintable(result.problems.join(QLatin1Char('\n'))));
}

void TestKeyProofs::importRefusesForgedApproval()
{
    // KC decides on task 7 at desk A with her PIN: the decision carries her key signature.
    Error error;
    DeskSession::instance().add(DemoKeys::unlocked(QStringLiteral("KC")));
    QVERIFY2(TaskWorkflow(m_a).decide(DemoTasks::taskId(7), person("KC"), true,
                                      QStringLiteral("同意，尽快出发。"),
                                      QDateTime::currentDateTime(), &error),
             qPrintable(error.message));
    const QJsonObject document = exportOf(m_a);
    QJsonObject genuine, old;
    for (const QJsonValue &v : document.value(QStringLiteral("approvals")).toArray()) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("task_id")).toString() == DemoTasks::taskId(7))
            genuine = o;
        else if (o.value(QStringLiteral("approver_id")).toString() == person("KC") && old.isEmpty())
            old = o;
    }
    QCOMPARE(genuine.value(QStringLiteral("key_id")).toString(),
             DemoKeys::unlocked(QStringLiteral("KC")).keyId);
    QVERIFY(!old.isEmpty());
    const PeopleKeys::Unlocked mallory = DemoKeys::unlocked(QStringLiteral("盛转红"));
    QList<QJsonObject> forgeries;
    QJsonObject f = genuine;
    f.insert(QStringLiteral("comment"), QStringLiteral("同意，可先垫付费用。"));
    forgeries << f; // altered
    f = genuine;
    f.insert(QStringLiteral("proof"), QJsonValue());
    f.insert(QStringLiteral("key_id"), QJsonValue());
    forgeries << f; // unsigned
    f = genuine;
    f.insert(QStringLiteral("proof"),
             QString::fromLatin1(PersonalKeys::sign(mallory.keys.signPrivate,
                                                    KeyProofs::message(QStringLiteral("approvals"),
                                                                       f.toVariantMap()))
                                     .toBase64()));
    forgeries << f; // someone else's signature
    // An approval made before keys, changed now: it would need KC's signature.
    f = old;
    f.insert(QStringLiteral("comment"), QStringLiteral("改过的意见"));
    forgeries << f;
    for (const QJsonObject &forged : std::as_const(forgeries)) {
        QJsonObject doc = document;
        doc.insert(QStringLiteral("approvals"),
                   withReplaced(document.value(QStringLiteral("approvals")).toArray(),
                                forged.value(QStringLiteral("id")).toString(), forged));
        QString message;
        QVERIFY2(refused(doc, &message), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("approval"), Qt::CaseInsensitive) ||
                     message.contains(forged.value(QStringLiteral("id")).toString()),
                 qPrintable(message));
    }
    Error importError;
    QVERIFY2(InterchangeImporter(m_b).importJson(QJsonDocument(document).toJson(), nullptr,
                                                 &importError),
             qPrintable(importError.message));
    QCOMPARE(count(m_b, QStringLiteral("SELECT count(*) FROM approvals WHERE id = '%1' AND proof "
                                       "IS NOT NULL")
                            .arg(genuine.value(QStringLiteral("id")).toString())),
             1);
}

void TestKeyProofs::importRefusesKeyChanges()
{
    const QJsonObject document = exportOf(m_a);
    const QJsonArray keys = document.value(QStringLiteral("person_keys")).toArray();
    QVERIFY(keys.size() >= 8);
    QVERIFY(!document.value(QStringLiteral("key_confirmations")).toArray().isEmpty());
    QJsonObject robert;
    for (const QJsonValue &v : keys) {
        if (v.toObject().value(QStringLiteral("person_id")).toString() == person("Robert"))
            robert = v.toObject();
    }
    PersonalKeys::KeyPair other;
    QVERIFY(PersonalKeys::generate(&other, nullptr));
    // Robert's public key replaced in his enrolment: refused.
    QJsonObject changed = robert;
    changed.insert(QStringLiteral("sign_key"), QString::fromLatin1(other.signPublic.toBase64()));
    QJsonObject doc = document;
    doc.insert(QStringLiteral("person_keys"),
               withReplaced(keys, robert.value(QStringLiteral("id")).toString(), changed));
    const int before = count(m_b, QStringLiteral("SELECT count(*) FROM change_log"));
    Error error;
    QVERIFY(!InterchangeImporter(m_b).importJson(QJsonDocument(doc).toJson(), nullptr, &error));
    QCOMPARE(error.code, Error::Code::Locked);
    QVERIFY2(error.message.contains(QStringLiteral("person_keys")), qPrintable(error.message));
    QCOMPARE(count(m_b, QStringLiteral("SELECT count(*) FROM change_log")), before);
    // A new enrolment "of Robert" with a key of the forger's, proved by that key, and a
    // signature of Robert's made with it: the key is nobody's confirmed key, so the signature
    // is refused (the enrolment alone would only be pending).
    PeopleKeys::Enrolment e;
    e.id = RecordStore::newId();
    e.personId = person("Robert");
    e.keyId = PersonalKeys::keyId(other.signPublic);
    e.signKey = other.signPublic;
    e.sealKey = other.sealPublic;
    e.enrolledAt = QStringLiteral("2026-12-01T08:00:00.000+08:00");
    e.proof = PersonalKeys::sign(other.signPrivate, PeopleKeys::enrolmentMessage(e));
    QJsonArray moreKeys = keys;
    moreKeys.append(
        QJsonObject{{QStringLiteral("id"), e.id},
                    {QStringLiteral("person_id"), e.personId},
                    {QStringLiteral("key_id"), e.keyId},
                    {QStringLiteral("sign_key"), QString::fromLatin1(e.signKey.toBase64())},
                    {QStringLiteral("seal_key"), QString::fromLatin1(e.sealKey.toBase64())},
                    {QStringLiteral("enrolled_at"), e.enrolledAt},
                    {QStringLiteral("proof"), QString::fromLatin1(e.proof.toBase64())}});
    const QString report = unsignedDailyReport(m_b, "Robert");
    QVERIFY(!report.isEmpty());
    QJsonObject sig{
        {QStringLiteral("id"), RecordStore::newId()},
        {QStringLiteral("record_table"), QStringLiteral("daily_reports")},
        {QStringLiteral("record_id"), report},
        {QStringLiteral("role"), QStringLiteral("engineer")},
        {QStringLiteral("signer_id"), person("Robert")},
        {QStringLiteral("signer_name"), QStringLiteral("Robert")},
        {QStringLiteral("strokes"),
         QJsonDocument::fromJson(DemoSignatures::strokes(4).toJson().toUtf8()).object()},
        {QStringLiteral("signed_at"), QStringLiteral("2026-12-01T09:00:00+08:00")},
        {QStringLiteral("key_id"), e.keyId},
        {QStringLiteral("revision"), 1},
        {QStringLiteral("content_hash"), QString(64, QLatin1Char('a'))}};
    sig.insert(
        QStringLiteral("proof"),
        QString::fromLatin1(
            PersonalKeys::sign(other.signPrivate, RecordSigning::signedMessage(
                                                      report, 1, QString(64, QLatin1Char('a')),
                                                      person("Robert"), QStringLiteral("engineer"),
                                                      QStringLiteral("2026-12-01T09:00:00+08:00")))
                .toBase64()));
    QJsonArray signatures = document.value(QStringLiteral("signatures")).toArray();
    signatures.append(sig);
    doc = document;
    doc.insert(QStringLiteral("person_keys"), moreKeys);
    doc.insert(QStringLiteral("signatures"), signatures);
    QString message;
    QVERIFY2(refused(doc, &message), qPrintable(message));
    // A self-proof that does not hold: refused at the door.
    QJsonObject bent = moreKeys.last().toObject();
    bent.insert(QStringLiteral("seal_key"), QString::fromLatin1(other.signPublic.toBase64()));
    moreKeys.replace(moreKeys.size() - 1, bent);
    doc = document;
    doc.insert(QStringLiteral("person_keys"), moreKeys);
    QVERIFY2(refused(doc, &message), qPrintable(message));
    // Robert's trusted key is still his own.
    PeopleKeys::Enrolment current;
    QVERIFY(PeopleKeys(m_b).currentKey(person("Robert"), &current, nullptr));
    QCOMPARE(current.keyId, DemoKeys::unlocked(QStringLiteral("Robert")).keyId);
}

void TestKeyProofs::bundleForgeriesAreRejectedEverywhere()
{
    Team team;
    QString problem;
    QVERIFY2(team.setUp(3, &problem), qPrintable(problem));
    Error error;
    Database &a = *team.devices[0];
    QVERIFY2(DemoData::load(a, &error), qPrintable(error.message));
    DemoKeys::unlockAll();
    for (int i : {1, 2})
        QVERIFY(team.devices[i]->setMeta(QStringLiteral("trust_root"), PeopleKeys::trustRoot(a),
                                         &error));
    team.sync(0);
    team.sync(2); // desk 2 has everything but what follows; desk 1 gets it all at once

    RecordStore store(a);
    const QString now =
        QDateTime::currentDateTime().toOffsetFromUtc(8 * 3600).toString(Qt::ISODate);
    QHash<QString, QString> forged; // id -> table
    // A signature of Robert's made with someone else's key.
    const QString report = unsignedDailyReport(a, "Robert");
    const QString other = unsignedDailyReport(a, "林国栋");
    QVERIFY(!report.isEmpty() && !other.isEmpty());
    {
        const QString id = RecordStore::newId();
        const PeopleKeys::Unlocked robert = forgedAs("Robert");
        const QString hash(64, QLatin1Char('b'));
        QVERIFY2(store.insert(
                     QStringLiteral("signatures"), id,
                     {{QStringLiteral("record_table"), QStringLiteral("daily_reports")},
                      {QStringLiteral("record_id"), report},
                      {QStringLiteral("role"), QStringLiteral("engineer")},
                      {QStringLiteral("signer_id"), robert.personId},
                      {QStringLiteral("signer_name"), QStringLiteral("Robert")},
                      {QStringLiteral("strokes"), DemoSignatures::strokes(5).toJson()},
                      {QStringLiteral("signed_at"), now},
                      {QStringLiteral("key_id"), robert.keyId},
                      {QStringLiteral("revision"), 1},
                      {QStringLiteral("content_hash"), hash},
                      {QStringLiteral("proof"),
                       QString::fromLatin1(PersonalKeys::sign(robert.keys.signPrivate,
                                                              RecordSigning::signedMessage(
                                                                  report, 1, hash, robert.personId,
                                                                  QStringLiteral("engineer"), now))
                                               .toBase64())}},
                     &error),
                 qPrintable(error.message));
        forged.insert(id, QStringLiteral("signatures"));
    }
    // A lock "by Robert" without his key signature.
    {
        const QString id = RecordStore::newId();
        QVERIFY2(store.insert(QStringLiteral("record_locks"), id,
                              {{QStringLiteral("record_table"), QStringLiteral("daily_reports")},
                               {QStringLiteral("record_id"), other},
                               {QStringLiteral("revision"), 1},
                               {QStringLiteral("content_hash"), QString(64, QLatin1Char('c'))},
                               {QStringLiteral("locked_at"), now},
                               {QStringLiteral("locked_by_id"), person("Robert")}},
                              &error),
                 qPrintable(error.message));
        forged.insert(id, QStringLiteral("record_locks"));
    }
    // An approval "by KC" signed by someone else, next to KC's genuine one.
    QVariantMap approval{{QStringLiteral("task_id"), DemoTasks::taskId(7)},
                         {QStringLiteral("approver_id"), person("KC")},
                         {QStringLiteral("decision"), QStringLiteral("approve")},
                         {QStringLiteral("level"), QStringLiteral("kc")},
                         {QStringLiteral("decided_at"), now}};
    {
        const QString id = RecordStore::newId();
        QVariantMap row = approval;
        QVERIFY(KeyProofs::make(a, QStringLiteral("approvals"), person("KC"), forgedAs("KC"), &row,
                                &error));
        QVERIFY2(store.insert(QStringLiteral("approvals"), id, row, &error),
                 qPrintable(error.message));
        forged.insert(id, QStringLiteral("approvals"));
    }
    DeskSession::instance().add(DemoKeys::unlocked(QStringLiteral("KC")));
    QVERIFY2(TaskWorkflow(a).decide(DemoTasks::taskId(7), person("KC"), true, QString(),
                                    QDateTime::currentDateTime(), &error),
             qPrintable(error.message));
    QString genuineApproval;
    {
        QSqlQuery q(a.sql());
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM approvals WHERE task_id = '%1' AND proof IS "
                                      "NOT NULL AND id NOT IN ('%2')")
                           .arg(DemoTasks::taskId(7), forged.keys().join(QStringLiteral("','")))) &&
                q.next());
        genuineApproval = q.value(0).toString();
    }
    // A correction "by 王婧" signed with someone else's key (a real correction otherwise).
    {
        const QString nda = DemoData::idFor(QStringLiteral("nda"), QStringLiteral("saide"));
        QString current, draft;
        QVERIFY(RecordRevisions(a).currentOf(nda, &current, nullptr));
        QVERIFY2(RecordSigning(a).correct(kind("ndas"), current, QStringLiteral("补记"), &draft,
                                          &error, forgedAs("王婧")),
                 qPrintable(error.message));
        QSqlQuery q(a.sql());
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM record_revisions WHERE record_id = '%1'")
                           .arg(draft)) &&
                q.next());
        forged.insert(q.value(0).toString(), QStringLiteral("record_revisions"));
    }
    // A new key "of Robert's" (self-proved, never confirmed) and a signature made with it.
    {
        PersonalKeys::KeyPair keys;
        QVERIFY(PersonalKeys::generate(&keys, nullptr));
        PeopleKeys::Enrolment e;
        e.personId = person("Robert");
        e.keyId = PersonalKeys::keyId(keys.signPublic);
        e.signKey = keys.signPublic;
        e.sealKey = keys.sealPublic;
        e.enrolledAt = now;
        e.proof = PersonalKeys::sign(keys.signPrivate, PeopleKeys::enrolmentMessage(e));
        QVERIFY2(
            store.insert(QStringLiteral("person_keys"), RecordStore::newId(),
                         {{QStringLiteral("person_id"), e.personId},
                          {QStringLiteral("key_id"), e.keyId},
                          {QStringLiteral("sign_key"), QString::fromLatin1(e.signKey.toBase64())},
                          {QStringLiteral("seal_key"), QString::fromLatin1(e.sealKey.toBase64())},
                          {QStringLiteral("enrolled_at"), e.enrolledAt},
                          {QStringLiteral("proof"), QString::fromLatin1(e.proof.toBase64())}},
                         &error),
            qPrintable(error.message));
        const QString id = RecordStore::newId();
        const QString hash(64, QLatin1Char('d'));
        const QString signedAt = now;
        QVERIFY2(store.insert(QStringLiteral("signatures"), id,
                              {{QStringLiteral("record_table"), QStringLiteral("daily_reports")},
                               {QStringLiteral("record_id"), report},
                               {QStringLiteral("role"), QStringLiteral("engineer")},
                               {QStringLiteral("signer_id"), e.personId},
                               {QStringLiteral("signer_name"), QStringLiteral("Robert")},
                               {QStringLiteral("strokes"), DemoSignatures::strokes(6).toJson()},
                               {QStringLiteral("signed_at"), signedAt},
                               {QStringLiteral("key_id"), e.keyId},
                               {QStringLiteral("revision"), 1},
                               {QStringLiteral("content_hash"), hash},
                               {QStringLiteral("proof"),
                                QString::fromLatin1(
                                    PersonalKeys::sign(keys.signPrivate,
                                                       RecordSigning::signedMessage(
                                                           report, 1, hash, e.personId,
                                                           QStringLiteral("engineer"), signedAt))
                                        .toBase64())}},
                              &error),
                 qPrintable(error.message));
        forged.insert(id, QStringLiteral("signatures"));
    }

    for (int d : {0, 1, 2, 1}) {
        const SyncReport report = team.sync(d);
        QVERIFY2(report.errors.isEmpty(), qPrintable(report.errors.join(QLatin1Char('\n'))));
    }
    for (int d : {1, 2}) {
        Database &db = *team.devices[d];
        QSet<QString> invalid;
        for (const SyncConflict &c : SyncConflicts(db).list()) {
            if (c.kind == QLatin1String("invalid"))
                invalid.insert(c.recordId);
        }
        for (auto it = forged.cbegin(); it != forged.cend(); ++it) {
            QVERIFY2(
                !RecordStore(db).exists(it.value(), it.key()),
                qPrintable(QStringLiteral("desk %1 keeps %2 %3").arg(d).arg(it.value(), it.key())));
            QVERIFY2(invalid.contains(it.key()),
                     qPrintable(QStringLiteral("desk %1 files no conflict for %2 %3")
                                    .arg(d)
                                    .arg(it.value(), it.key())));
        }
        // The genuine decision arrives; Robert's key is still his own; what is left verifies.
        QVERIFY(RecordStore(db).exists(QStringLiteral("approvals"), genuineApproval));
        PeopleKeys::Enrolment current;
        QVERIFY(PeopleKeys(db).currentKey(person("Robert"), &current, nullptr));
        QCOMPARE(current.keyId, DemoKeys::unlocked(QStringLiteral("Robert")).keyId);
        SignatureVerification::Result result;
        QVERIFY(SignatureVerification::verifyAll(db, &result, &error));
        QVERIFY2(result.ok(), qPrintable(result.problems.join(QLatin1Char('\n'))));
    }
    QCOMPARE(exportHash(*team.devices[2]), exportHash(*team.devices[1]));
}

QTEST_GUILESS_MAIN(TestKeyProofs)
#include "tst_keyproofs.moc"

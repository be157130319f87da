#include "app/demo/DemoData.h"
#include "app/demo/DemoKeys.h"
#include "app/interchange/InterchangeImporter.h"
#include "app/people/PeopleKeys.h"
#include "app/people/PersonalKeys.h"
#include "app/rules/KeyAdministration.h"
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

// Personal keys: the crypto round trips (sign / verify, PIN wrap, seal), the PIN rules, the
// enrolment and confirmation chain from the trust root, who may confirm (table-driven), and the
// hostile cases: a wrong PIN reveals nothing, a forged or edited key row is refused by every
// writer that goes through RecordStore (form, import) and not trusted when it is slipped into
// the table directly (as a bundle would), and a person who left cannot open their key.
class TestPersonalKeys : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void signAndVerify();
    void wrapNeedsTheRightPin();
    void pinRules();
    void sealRoundTrip();
    void mayConfirm_data();
    void mayConfirm();
    void demoKeysAreTrustedFromTheRoot();
    void enrolAndConfirm();
    void nonAdministratorCannotConfirm();
    void keyRowsCannotBeEdited();
    void forgedRowsAreRefusedOrUntrusted();
    void importCannotChangeAKey();
    void teamKeysDocument();
    void leftPersonCannotUnlock();
    void cli();

private:
    int count(const QString &sql);
    QString person(const char *name) { return DemoData::personId(name); }

    QTemporaryDir m_dir;
    Database m_db;
    PeopleKeys::WrappingKey m_wrap;
};

void TestPersonalKeys::initTestCase()
{
    QVERIFY(m_dir.isValid());
    Error error;
    QVERIFY2(m_db.create(m_dir.filePath(QStringLiteral("keys.fdb")), QString(64, QLatin1Char('5')),
                         &error, Database::KeyKind::RawKey),
             qPrintable(error.message));
    QVERIFY2(DemoData::load(m_db, &error), qPrintable(error.message));
    // One slow derivation for the enrolments below.
    m_wrap = PeopleKeys::WrappingKey::derive(QStringLiteral("pin-4711"),
                                             PersonalKeys::randomBytes(PersonalKeys::SaltSize));
    QCOMPARE(m_wrap.key.size(), PersonalKeys::DerivedKeySize);
}

int TestPersonalKeys::count(const QString &sql)
{
    QSqlQuery q(m_db.sql());
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

void TestPersonalKeys::signAndVerify()
{
    PersonalKeys::KeyPair a, b;
    QVERIFY(PersonalKeys::generate(&a, nullptr));
    QVERIFY(PersonalKeys::generate(&b, nullptr));
    QCOMPARE(a.signPublic.size(), 32);
    QVERIFY(a.signPublic != b.signPublic);
    const QByteArray message("record 1 revision 2 hash abc");
    const QByteArray sig = PersonalKeys::sign(a.signPrivate, message);
    QCOMPARE(sig.size(), 64);
    QVERIFY(PersonalKeys::verify(a.signPublic, message, sig));
    QVERIFY(!PersonalKeys::verify(b.signPublic, message, sig));
    QVERIFY(!PersonalKeys::verify(a.signPublic, message + "x", sig));
    QByteArray bent = sig;
    bent[5] = char(bent[5] ^ 1);
    QVERIFY(!PersonalKeys::verify(a.signPublic, message, bent));
    QVERIFY(!PersonalKeys::verify(a.signPublic, message, sig.left(63)));
    // A seed gives the same keys every time, different seeds different keys.
    PersonalKeys::KeyPair s1, s2, s3;
    QVERIFY(PersonalKeys::fromSeed("seed", &s1, nullptr));
    QVERIFY(PersonalKeys::fromSeed("seed", &s2, nullptr));
    QVERIFY(PersonalKeys::fromSeed("other", &s3, nullptr));
    QCOMPARE(s1.signPublic, s2.signPublic);
    QCOMPARE(s1.sealPublic, s2.sealPublic);
    QVERIFY(s1.signPublic != s3.signPublic);
    QCOMPARE(PersonalKeys::keyId(s1.signPublic).size(), 32);
}

void TestPersonalKeys::wrapNeedsTheRightPin()
{
    const QByteArray secret = PersonalKeys::randomBytes(64);
    const QByteArray blob = PersonalKeys::encrypt(m_wrap.key, secret, "p|k");
    QVERIFY(!blob.contains(secret));
    QByteArray back;
    QVERIFY(PersonalKeys::decrypt(m_wrap.key, blob, "p|k", &back, nullptr));
    QCOMPARE(back, secret);
    // Another key, another binding or a flipped bit: refused, nothing revealed.
    Error error;
    back.clear();
    QVERIFY(!PersonalKeys::decrypt(PersonalKeys::randomBytes(32), blob, "p|k", &back, &error));
    QCOMPARE(error.code, Error::Code::WrongPassphrase);
    QVERIFY(back.isEmpty());
    QVERIFY(!PersonalKeys::decrypt(m_wrap.key, blob, "q|k", &back, nullptr));
    QByteArray bent = blob;
    bent[20] = char(bent[20] ^ 1);
    QVERIFY(!PersonalKeys::decrypt(m_wrap.key, bent, "p|k", &back, nullptr));
    QVERIFY(back.isEmpty());
    // Fewer iterations than the minimum derive nothing.
    QVERIFY(PersonalKeys::deriveKey(QStringLiteral("123456"), "salt", 1000).isEmpty());
}

void TestPersonalKeys::pinRules()
{
    Error error;
    QVERIFY(!PersonalKeys::checkPin(QStringLiteral("12345"), &error));
    QCOMPARE(error.code, Error::Code::Validation);
    QCOMPARE(error.field, QStringLiteral("pin"));
    QVERIFY(PersonalKeys::checkPin(QStringLiteral("123456"), nullptr));
    QVERIFY(PersonalKeys::checkPin(QStringLiteral("密码一二三四"), nullptr));
}

void TestPersonalKeys::sealRoundTrip()
{
    PersonalKeys::KeyPair a, b;
    QVERIFY(PersonalKeys::generate(&a, nullptr));
    QVERIFY(PersonalKeys::generate(&b, nullptr));
    const QByteArray contentKey = PersonalKeys::randomBytes(32);
    const QByteArray sealed = PersonalKeys::seal(a.sealPublic, contentKey, "entry-1");
    QVERIFY(!sealed.isEmpty());
    QByteArray out;
    QVERIFY(PersonalKeys::unseal(a.sealPrivate, sealed, "entry-1", &out, nullptr));
    QCOMPARE(out, contentKey);
    out.clear();
    QVERIFY(!PersonalKeys::unseal(b.sealPrivate, sealed, "entry-1", &out, nullptr));
    QVERIFY(!PersonalKeys::unseal(a.sealPrivate, sealed, "entry-2", &out, nullptr));
    QVERIFY(out.isEmpty());
}

void TestPersonalKeys::mayConfirm_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<int>("leftOffset"); // days from today; 999: stays
    QTest::addColumn<bool>("may");
    const QStringList roles = {"cto", "gm", "chairman", "engineer", "sales", "consultant", "admin"};
    for (const QString &role : roles) {
        const bool admin = role == QLatin1String("admin") || role == QLatin1String("gm");
        for (const int offset : {999, 1, 0, -1}) {
            const QByteArray name = (role + QStringLiteral(" left %1").arg(offset)).toUtf8();
            QTest::newRow(name.constData()) << role << offset << (admin && offset > 0);
        }
    }
}

void TestPersonalKeys::mayConfirm()
{
    QFETCH(QString, role);
    QFETCH(int, leftOffset);
    QFETCH(bool, may);
    const QDate today(2026, 12, 7);
    const QDate leftOn = leftOffset == 999 ? QDate() : today.addDays(leftOffset);
    QCOMPARE(KeyAdministration::mayConfirmEnrolments({role}, leftOn, today), may);
}

void TestPersonalKeys::demoKeysAreTrustedFromTheRoot()
{
    PeopleKeys keys(m_db);
    const PeopleKeys::Unlocked root = DemoKeys::unlocked(QStringLiteral("王婧"));
    QCOMPARE(PeopleKeys::trustRoot(m_db), root.keyId);
    QHash<QString, PeopleKeys::Enrolment> trusted;
    QVERIFY(keys.trustedKeys(&trusted, nullptr));
    QCOMPARE(trusted.size(), 8);
    PeopleKeys::Enrolment robert;
    QVERIFY(keys.currentKey(person("Robert"), &robert, nullptr));
    QCOMPARE(robert.keyId, DemoKeys::unlocked(QStringLiteral("Robert")).keyId);
    // The demo PIN opens the stored key; the private half never sits in the file in clear.
    PeopleKeys::DeskKey desk;
    QVERIFY(keys.deskKey(person("Robert"), &desk, nullptr));
    PeopleKeys::Unlocked opened;
    Error error;
    QVERIFY2(keys.open(desk, DemoKeys::wrappingKey().key, &opened, &error),
             qPrintable(error.message));
    QCOMPARE(opened.keys.signPrivate,
             DemoKeys::unlocked(QStringLiteral("Robert")).keys.signPrivate);
    QVERIFY(!desk.wrapped.contains(opened.keys.signPrivate));
    QVERIFY(!keys.open(desk, m_wrap.key, &opened, &error));
    QCOMPARE(error.code, Error::Code::WrongPassphrase);
    // Loading the demo again enrols nobody twice.
    const int before = count(QStringLiteral("SELECT count(*) FROM person_keys"));
    QVERIFY(DemoKeys::enrolAll(m_db, nullptr));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM person_keys")), before);
}

void TestPersonalKeys::enrolAndConfirm()
{
    PeopleKeys keys(m_db);
    const QString zhou = person("周文彬");
    PersonalKeys::KeyPair pair;
    QVERIFY(PersonalKeys::generate(&pair, nullptr));
    QString keyId;
    bool root = true;
    Error error;
    // Re-enrolment (a lost PIN): a new key, pending until an administrator confirms it.
    QVERIFY2(keys.enrol(zhou, pair, m_wrap, &keyId, &root, &error), qPrintable(error.message));
    QVERIFY(!root);
    QCOMPARE(keys.status(zhou), PeopleKeys::Status::Confirmed); // the old key still counts
    PeopleKeys::Enrolment current;
    QVERIFY(keys.currentKey(zhou, &current, nullptr));
    QVERIFY(current.keyId != keyId);
    QList<PeopleKeys::Enrolment> waiting;
    QVERIFY(keys.pending(&waiting, nullptr));
    QCOMPARE(waiting.size(), 1);
    QCOMPARE(waiting.first().keyId, keyId);
    QVERIFY2(keys.confirm(zhou, DemoKeys::unlocked(QStringLiteral("王婧")), &error),
             qPrintable(error.message));
    QVERIFY(keys.currentKey(zhou, &current, nullptr));
    QCOMPARE(current.keyId, keyId);
    QVERIFY(keys.pending(&waiting, nullptr));
    QVERIFY(waiting.isEmpty());
    // The new key opens with its PIN; a wrong PIN is refused.
    PeopleKeys::DeskKey desk;
    QVERIFY(keys.deskKey(zhou, &desk, nullptr));
    QCOMPARE(desk.keyId, keyId);
    QVERIFY(desk.iterations >= PersonalKeys::MinimumIterations);
    PeopleKeys::Unlocked opened;
    QVERIFY(keys.open(desk, m_wrap.key, &opened, nullptr));
    QCOMPARE(opened.keys.sealPrivate, pair.sealPrivate);
    // Both steps are audited.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'key_enrol' "
                                  "AND record_id = '%1'")
                       .arg(zhou)),
             2);
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'key_confirm' "
                                 "AND record_id = '%1'")
                      .arg(zhou)) >= 2);
    // Nothing is pending: confirming again is refused.
    QVERIFY(!keys.confirm(zhou, DemoKeys::unlocked(QStringLiteral("王婧")), &error));
    QCOMPARE(error.code, Error::Code::NotFound);
}

void TestPersonalKeys::nonAdministratorCannotConfirm()
{
    PeopleKeys keys(m_db);
    const QString lin = person("林国栋");
    PersonalKeys::KeyPair pair;
    QVERIFY(PersonalKeys::generate(&pair, nullptr));
    Error error;
    QVERIFY(keys.enrol(lin, pair, m_wrap, nullptr, nullptr, &error));
    // Robert (CTO) has a trusted key but is no administrator.
    QVERIFY(!keys.confirm(lin, DemoKeys::unlocked(QStringLiteral("Robert")), &error));
    QCOMPARE(error.code, Error::Code::Validation);
    // A key nobody trusts cannot confirm either, even an administrator's.
    PeopleKeys::Unlocked stranger;
    QVERIFY(PersonalKeys::generate(&stranger.keys, nullptr));
    stranger.personId = person("KC");
    stranger.keyId = PersonalKeys::keyId(stranger.keys.signPublic);
    QVERIFY(!keys.confirm(lin, stranger, &error));
    QCOMPARE(keys.status(lin), PeopleKeys::Status::Confirmed); // still the demo key
    PeopleKeys::Enrolment current;
    QVERIFY(keys.currentKey(lin, &current, nullptr));
    QVERIFY(current.keyId != PersonalKeys::keyId(pair.signPublic));
    // KC (general manager) may.
    QVERIFY2(keys.confirm(lin, DemoKeys::unlocked(QStringLiteral("KC")), &error),
             qPrintable(error.message));
    QVERIFY(keys.currentKey(lin, &current, nullptr));
    QCOMPARE(current.keyId, PersonalKeys::keyId(pair.signPublic));
}

void TestPersonalKeys::keyRowsCannotBeEdited()
{
    RecordStore store(m_db);
    QSqlQuery q(m_db.sql());
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM person_keys LIMIT 1")) && q.next());
    const QString id = q.value(0).toString();
    PersonalKeys::KeyPair other;
    QVERIFY(PersonalKeys::generate(&other, nullptr));
    Error error;
    QVERIFY(!store.update(
        QStringLiteral("person_keys"), id,
        {{QStringLiteral("sign_key"), QString::fromLatin1(other.signPublic.toBase64())}}, &error));
    QCOMPARE(error.code, Error::Code::Locked);
    QVERIFY(!store.remove(QStringLiteral("person_keys"), id, &error));
    QCOMPARE(error.code, Error::Code::Locked);
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM key_confirmations LIMIT 1")) && q.next());
    QVERIFY(!store.update(QStringLiteral("key_confirmations"), q.value(0).toString(),
                          {{QStringLiteral("confirmed_by_id"), person("Robert")}}, &error));
    QCOMPARE(error.code, Error::Code::Locked);
}

void TestPersonalKeys::forgedRowsAreRefusedOrUntrusted()
{
    PeopleKeys keys(m_db);
    RecordStore store(m_db);
    const QString robert = person("Robert");
    PeopleKeys::Enrolment before;
    QVERIFY(keys.currentKey(robert, &before, nullptr));
    // An attacker's key claimed for Robert, "confirmed" by the attacker's own key.
    PersonalKeys::KeyPair evil;
    QVERIFY(PersonalKeys::generate(&evil, nullptr));
    PeopleKeys::Enrolment e;
    e.personId = robert;
    e.keyId = PersonalKeys::keyId(evil.signPublic);
    e.signKey = evil.signPublic;
    e.sealKey = evil.sealPublic;
    e.enrolledAt = QStringLiteral("2027-01-01T00:00:00Z");
    e.proof = PersonalKeys::sign(evil.signPrivate, PeopleKeys::enrolmentMessage(e));
    const QVariantMap row{{QStringLiteral("person_id"), robert},
                          {QStringLiteral("key_id"), e.keyId},
                          {QStringLiteral("sign_key"), QString::fromLatin1(e.signKey.toBase64())},
                          {QStringLiteral("seal_key"), QString::fromLatin1(e.sealKey.toBase64())},
                          {QStringLiteral("enrolled_at"), e.enrolledAt},
                          {QStringLiteral("proof"), QString::fromLatin1(e.proof.toBase64())}};
    // Through RecordStore a row whose proof does not match its key is refused.
    QVariantMap bad = row;
    bad.insert(QStringLiteral("seal_key"), QString::fromLatin1(before.sealKey.toBase64()));
    Error error;
    QVERIFY(!store.insert(QStringLiteral("person_keys"), RecordStore::newId(), bad, &error));
    QCOMPARE(error.code, Error::Code::Validation);
    // A confirmation signed by someone else than the named administrator is refused.
    const PeopleKeys::Unlocked admin = DemoKeys::unlocked(QStringLiteral("王婧"));
    QVERIFY(store.insert(QStringLiteral("person_keys"), RecordStore::newId(), row, &error));
    const QString at = QStringLiteral("2027-01-01T00:00:01Z");
    QVariantMap confirmation{
        {QStringLiteral("key_id"), e.keyId},
        {QStringLiteral("person_id"), robert},
        {QStringLiteral("confirmed_by_id"), admin.personId},
        {QStringLiteral("confirmed_by_key"), admin.keyId},
        {QStringLiteral("confirmed_at"), at},
        {QStringLiteral("signature"),
         QString::fromLatin1(
             PersonalKeys::sign(evil.signPrivate,
                                PeopleKeys::confirmationMessage(e, admin.personId, admin.keyId, at))
                 .toBase64())}};
    QVERIFY(!store.insert(QStringLiteral("key_confirmations"), RecordStore::newId(), confirmation,
                          &error));
    QCOMPARE(error.code, Error::Code::Validation);
    // Slipped into the tables directly (what a merged bundle does): never trusted.
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO key_confirmations (id, created_at, updated_at, "
                             "updated_by, key_id, person_id, confirmed_by_id, confirmed_by_key, "
                             "confirmed_at, signature) VALUES (?, '', 0, 'x', ?, ?, ?, ?, ?, ?)"));
    for (const QString &v : {RecordStore::newId(), e.keyId, robert, admin.personId, admin.keyId, at,
                             confirmation.value(QStringLiteral("signature")).toString()})
        q.addBindValue(v);
    QVERIFY(q.exec());
    PeopleKeys::Enrolment after;
    QVERIFY(keys.currentKey(robert, &after, nullptr));
    QCOMPARE(after.keyId, before.keyId);
    // Nor is a row whose key was swapped in place.
    QVERIFY(q.exec(QStringLiteral("UPDATE person_keys SET seal_key = '%1' WHERE key_id = '%2'")
                       .arg(QString::fromLatin1(evil.sealPublic.toBase64()), before.keyId)));
    QHash<QString, PeopleKeys::Enrolment> trusted;
    QVERIFY(keys.trustedKeys(&trusted, nullptr));
    QVERIFY(!trusted.contains(before.keyId));
    QVERIFY(!trusted.contains(e.keyId));
    QVERIFY(q.exec(QStringLiteral("UPDATE person_keys SET seal_key = '%1' WHERE key_id = '%2'")
                       .arg(QString::fromLatin1(before.sealKey.toBase64()), before.keyId)));
    QVERIFY(keys.trustedKeys(&trusted, nullptr));
    QVERIFY(trusted.contains(before.keyId));
}

void TestPersonalKeys::importCannotChangeAKey()
{
    QSqlQuery q(m_db.sql());
    QVERIFY(q.exec(QStringLiteral("SELECT id, person_id, key_id, enrolled_at, proof, seal_key "
                                  "FROM person_keys LIMIT 1")) &&
            q.next());
    PersonalKeys::KeyPair other;
    QVERIFY(PersonalKeys::generate(&other, nullptr));
    const QJsonObject doc{
        {QStringLiteral("format"), QStringLiteral("fielddesk-export")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("person_keys"),
         QJsonArray{QJsonObject{
             {QStringLiteral("id"), q.value(0).toString()},
             {QStringLiteral("person_id"), q.value(1).toString()},
             {QStringLiteral("key_id"), q.value(2).toString()},
             {QStringLiteral("sign_key"), QString::fromLatin1(other.signPublic.toBase64())},
             {QStringLiteral("seal_key"), q.value(5).toString()},
             {QStringLiteral("enrolled_at"), q.value(3).toString()},
             {QStringLiteral("proof"), q.value(4).toString()}}}}};
    // Key rows in a file are append-only: one that changes a stored key is refused, named.
    InterchangeImporter importer(m_db);
    Error error;
    const int before = count(QStringLiteral("SELECT count(*) FROM change_log"));
    QVERIFY(!importer.importJson(QJsonDocument(doc).toJson(), nullptr, &error));
    QVERIFY2(error.message.contains(QStringLiteral("person_keys")), qPrintable(error.message));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM change_log")), before);
}

void TestPersonalKeys::teamKeysDocument()
{
    PeopleKeys keys(m_db);
    QJsonObject doc;
    QVERIFY(keys.teamKeysDocument(&doc, nullptr));
    QHash<QString, PeopleKeys::Enrolment> fromDb, fromDoc;
    QVERIFY(keys.trustedKeys(&fromDb, nullptr));
    fromDoc =
        PeopleKeys::trustedKeysOf(QJsonDocument::fromJson(QJsonDocument(doc).toJson()).object());
    QCOMPARE(QSet<QString>(fromDoc.keyBegin(), fromDoc.keyEnd()),
             QSet<QString>(fromDb.keyBegin(), fromDb.keyEnd()));
    QVERIFY(!fromDoc.isEmpty());
    // No private half in it.
    const QByteArray text = QJsonDocument(doc).toJson();
    const PeopleKeys::Unlocked robert = DemoKeys::unlocked(QStringLiteral("Robert"));
    QVERIFY(!text.contains(robert.keys.signPrivate.toBase64()));
    // Another trust root (someone edited the file): nothing is trusted.
    doc.insert(QStringLiteral("trust_root"), robert.keyId);
    QVERIFY(PeopleKeys::trustedKeysOf(doc).isEmpty());
}

void TestPersonalKeys::leftPersonCannotUnlock()
{
    PeopleKeys keys(m_db);
    const QString chen = person("陈雅婷");
    RecordStore store(m_db);
    Error error;
    QVERIFY2(store.update(QStringLiteral("people"), chen,
                          {{QStringLiteral("left_on"),
                            QDate::currentDate().addDays(-1).toString(Qt::ISODate)}},
                          &error),
             qPrintable(error.message));
    PeopleKeys::DeskKey desk;
    QVERIFY(keys.deskKey(chen, &desk, nullptr));
    PeopleKeys::Unlocked opened;
    QVERIFY(!keys.open(desk, DemoKeys::wrappingKey().key, &opened, &error));
    QCOMPARE(error.code, Error::Code::Validation);
    QVERIFY(opened.isNull());
    PersonalKeys::KeyPair pair;
    QVERIFY(PersonalKeys::generate(&pair, nullptr));
    QVERIFY(!keys.enrol(chen, pair, m_wrap, nullptr, nullptr, &error));
}

// people enrol / confirm / list and team keys: the PIN only from the environment or a file,
// exit 2 without a person or a PIN, 3 for a wrong PIN, 4 for someone who may not confirm; the
// first administrator becomes the trust root; verify-paper checks a signed paper's code with
// only the team's public-key file.
void TestPersonalKeys::cli()
{
#ifdef FIELDDESK_CLI_PATH
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("FIELDDESK_PASSPHRASE"), QStringLiteral("keys passphrase"));
    env.remove(QStringLiteral("FIELDDESK_PIN"));
    const auto cli = [&](const QStringList &args, const QString &pin = QString(),
                         QByteArray *out = nullptr) {
        QProcess p;
        QProcessEnvironment e = env;
        if (!pin.isEmpty())
            e.insert(QStringLiteral("FIELDDESK_PIN"), pin);
        p.setProcessEnvironment(e);
        p.start(QStringLiteral(FIELDDESK_CLI_PATH), args);
        p.waitForFinished(120000);
        if (out)
            *out = p.readAllStandardOutput();
        return p.exitCode();
    };
    const QString db = m_dir.filePath(QStringLiteral("cli.fdb"));
    const QString keysFile = m_dir.filePath(QStringLiteral("team-keys.json"));
    QCOMPARE(cli({QStringLiteral("init"), QStringLiteral("--db"), db}), 0);
    // A database with people but no keys: the administrator 王婧 enrols first (trust root).
    QCOMPARE(cli({QStringLiteral("demo"), QStringLiteral("--db"), db}), 0);
    const QStringList enrol = {QStringLiteral("people"), QStringLiteral("enrol"),
                               QStringLiteral("--db"), db};
    QCOMPARE(cli(enrol), 2);                                                             // no --as
    QCOMPARE(cli(enrol + QStringList{QStringLiteral("--as"), QStringLiteral("KC")}), 2); // no PIN
    QCOMPARE(cli(enrol + QStringList{QStringLiteral("--as"), QStringLiteral("KC")},
                 QStringLiteral("12345")),
             4); // too short
    QCOMPARE(cli(enrol + QStringList{QStringLiteral("--as"), QStringLiteral("nobody")},
                 QStringLiteral("123456")),
             2);
    // Re-enrolment of 周文彬 (the demo gave him a key): pending until confirmed.
    QByteArray out;
    QCOMPARE(cli(enrol + QStringList{QStringLiteral("--as"), QStringLiteral("周文彬")},
                 QStringLiteral("zhou-pin-1"), &out),
             0);
    const QStringList confirm = {QStringLiteral("people"),   QStringLiteral("confirm"),
                                 QStringLiteral("--db"),     db,
                                 QStringLiteral("--person"), QStringLiteral("周文彬")};
    QCOMPARE(cli(confirm), 2); // no --as
    QCOMPARE(cli(confirm + QStringList{QStringLiteral("--as"), QStringLiteral("王婧")},
                 QStringLiteral("wrong-pin")),
             3);
    QCOMPARE(cli(confirm + QStringList{QStringLiteral("--as"), QStringLiteral("Robert")},
                 QString::fromLatin1(DemoKeys::Pin)),
             4); // the CTO is no administrator
    QCOMPARE(cli(confirm + QStringList{QStringLiteral("--as"), QStringLiteral("王婧")},
                 QString::fromLatin1(DemoKeys::Pin), &out),
             0);
    QVERIFY2(out.contains("Confirmed"), out.constData());
    QCOMPARE(cli({QStringLiteral("people"), QStringLiteral("list"), QStringLiteral("--db"), db,
                  QStringLiteral("--json")},
                 QString(), &out),
             0);
    const QJsonArray people = QJsonDocument::fromJson(out).array();
    QCOMPARE(people.size(), 8);
    for (const QJsonValue &p : people)
        QCOMPARE(p.toObject().value(QStringLiteral("key")).toString(), QStringLiteral("confirmed"));
    // The public-key file and an offline paper check.
    QCOMPARE(cli({QStringLiteral("team"), QStringLiteral("keys"), QStringLiteral("--db"), db,
                  QStringLiteral("--out"), keysFile}),
             0);
    QCOMPARE(cli({QStringLiteral("verify"), QStringLiteral("--db"), db}), 0);
#else
    QSKIP("fielddesk-cli is not built");
#endif
}

QTEST_GUILESS_MAIN(TestPersonalKeys)
#include "tst_personalkeys.moc"

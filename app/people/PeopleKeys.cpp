#include "app/people/PeopleKeys.h"

#include "app/catalog/FieldCodec.h"
#include "app/rules/KeyAdministration.h"
#include "db/AuditLog.h"
#include "db/Database.h"
#include "db/RecordStore.h"
#include "db/Transaction.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>

namespace {

const QString TrustRootKey = QStringLiteral("trust_root");
const QString PersonKeys = QStringLiteral("person_keys");
const QString KeyConfirmations = QStringLiteral("key_confirmations");

QString nowIso()
{
    const QDateTime now = QDateTime::currentDateTime();
    return now.toOffsetFromUtc(now.offsetFromUtc()).toString(Qt::ISODateWithMs);
}

QString b64(const QByteArray &a)
{
    return QString::fromLatin1(a.toBase64());
}

QByteArray unb64(const QVariant &v)
{
    return QByteArray::fromBase64(v.toString().toLatin1());
}

bool queryFailed(Error *error, const QSqlQuery &q)
{
    return Error::set(error, Error::Code::Failure, q.lastError().text());
}

PeopleKeys::Enrolment enrolmentFrom(const QVariantMap &row, const QString &id)
{
    PeopleKeys::Enrolment e;
    e.id = id;
    e.personId = row.value(QStringLiteral("person_id")).toString();
    e.keyId = row.value(QStringLiteral("key_id")).toString();
    e.signKey = unb64(row.value(QStringLiteral("sign_key")));
    e.sealKey = unb64(row.value(QStringLiteral("seal_key")));
    e.enrolledAt = row.value(QStringLiteral("enrolled_at")).toString();
    e.proof = unb64(row.value(QStringLiteral("proof")));
    return e;
}

PeopleKeys::Confirmation confirmationFrom(const QVariantMap &row, const QString &id)
{
    PeopleKeys::Confirmation c;
    c.id = id;
    c.keyId = row.value(QStringLiteral("key_id")).toString();
    c.personId = row.value(QStringLiteral("person_id")).toString();
    c.confirmedById = row.value(QStringLiteral("confirmed_by_id")).toString();
    c.confirmedByKey = row.value(QStringLiteral("confirmed_by_key")).toString();
    c.confirmedAt = row.value(QStringLiteral("confirmed_at")).toString();
    c.signature = unb64(row.value(QStringLiteral("signature")));
    return c;
}

// An enrolment is well formed when its key id is its key's and the key proves it.
bool selfProved(const PeopleKeys::Enrolment &e)
{
    return e.signKey.size() == 32 && e.sealKey.size() == 32 &&
           PersonalKeys::keyId(e.signKey) == e.keyId &&
           PersonalKeys::verify(e.signKey, PeopleKeys::enrolmentMessage(e), e.proof);
}

QVariantMap rowOf(const QJsonObject &o)
{
    return o.toVariantMap();
}

// The lock guard: stored key rows never change; a new one must prove itself. A confirmation
// is checked against the trust chain when keys are read (its confirmer may arrive later by
// sync), here only for its shape.
bool keyRowGuard(Database &db, const QString &table, const QString &id, const QVariantMap &row,
                 Error *error)
{
    if (table != PersonKeys && table != KeyConfirmations)
        return true;
    RecordStore store(db);
    if (store.exists(table, id, true))
        return Error::set(error, Error::Code::Locked,
                          PeopleKeys::tr("A person's key cannot be edited or removed: a new key "
                                         "is a new enrolment, confirmed by an administrator."),
                          id, QStringLiteral("sign_key"));
    if (table == PersonKeys) {
        if (!selfProved(enrolmentFrom(row, id)))
            return Error::set(error, Error::Code::Validation,
                              PeopleKeys::tr("The key enrolment %1 is not signed by its own key: "
                                             "it was forged or altered.")
                                  .arg(id),
                              id, QStringLiteral("proof"));
        return true;
    }
    const PeopleKeys::Confirmation c = confirmationFrom(row, id);
    if (c.signature.size() != 64 || c.keyId.isEmpty() || c.confirmedByKey.isEmpty())
        return Error::set(
            error, Error::Code::Validation,
            PeopleKeys::tr("The key confirmation %1 carries no valid signature.").arg(id), id,
            QStringLiteral("signature"));
    // When the confirmer's key is already known its signature must hold now.
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT id, person_id, key_id, sign_key, seal_key, enrolled_at, "
                             "proof FROM person_keys WHERE deleted = 0 AND key_id IN (?, ?)"));
    q.addBindValue(c.keyId);
    q.addBindValue(c.confirmedByKey);
    if (!q.exec())
        return queryFailed(error, q);
    QHash<QString, PeopleKeys::Enrolment> known;
    while (q.next()) {
        QVariantMap r;
        for (const char *f :
             {"person_id", "key_id", "sign_key", "seal_key", "enrolled_at", "proof"})
            r.insert(QString::fromLatin1(f), q.value(QString::fromLatin1(f)));
        const PeopleKeys::Enrolment e = enrolmentFrom(r, q.value(0).toString());
        if (selfProved(e))
            known.insert(e.keyId, e);
    }
    if (known.contains(c.keyId) && known.contains(c.confirmedByKey)) {
        const PeopleKeys::Enrolment &target = known[c.keyId];
        const PeopleKeys::Enrolment &by = known[c.confirmedByKey];
        if (target.personId != c.personId || by.personId != c.confirmedById ||
            !PersonalKeys::verify(by.signKey,
                                  PeopleKeys::confirmationMessage(target, c.confirmedById,
                                                                  c.confirmedByKey, c.confirmedAt),
                                  c.signature))
            return Error::set(error, Error::Code::Validation,
                              PeopleKeys::tr("The key confirmation %1 does not verify against "
                                             "the confirming administrator's key.")
                                  .arg(id),
                              id, QStringLiteral("signature"));
    }
    return true;
}

} // namespace

void PeopleKeys::install()
{
    RecordStore::addLockGuard(&keyRowGuard);
}

PeopleKeys::WrappingKey PeopleKeys::WrappingKey::derive(const QString &pin, const QByteArray &salt,
                                                        int iterations)
{
    WrappingKey w;
    w.salt = salt;
    w.iterations = iterations;
    w.key = PersonalKeys::deriveKey(pin, salt, iterations);
    return w;
}

QString PeopleKeys::trustRoot(const Database &db)
{
    return db.meta(TrustRootKey);
}

bool PeopleKeys::enrolledBy(const Enrolment &e, const QDateTime &at)
{
    const QDateTime enrolled = QDateTime::fromString(e.enrolledAt, Qt::ISODate);
    if (!enrolled.isValid() || !at.isValid())
        return false;
    return enrolled.addMSecs(-enrolled.time().msec()) <= at;
}

QByteArray PeopleKeys::enrolmentMessage(const Enrolment &e)
{
    return QStringList{QStringLiteral("fielddesk-key/1"),
                       e.personId,
                       e.keyId,
                       b64(e.signKey),
                       b64(e.sealKey),
                       e.enrolledAt}
        .join(QLatin1Char('\n'))
        .toUtf8();
}

QByteArray PeopleKeys::confirmationMessage(const Enrolment &e, const QString &confirmedById,
                                           const QString &confirmedByKey,
                                           const QString &confirmedAt)
{
    return QStringList{QStringLiteral("fielddesk-key-confirmation/1"),
                       QString::fromUtf8(enrolmentMessage(e)), confirmedById, confirmedByKey,
                       confirmedAt}
        .join(QLatin1Char('\n'))
        .toUtf8();
}

QString PeopleKeys::resolvePerson(const QString &nameOrId) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT id FROM people WHERE deleted = 0 AND (id = ? OR name = ?)"));
    q.addBindValue(nameOrId);
    q.addBindValue(nameOrId);
    QStringList ids;
    if (q.exec()) {
        while (q.next())
            ids << q.value(0).toString();
    }
    return ids.size() == 1 ? ids.first() : QString();
}

QString PeopleKeys::personName(const QString &personId) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT name FROM people WHERE id = ?"));
    q.addBindValue(personId);
    return q.exec() && q.next() ? q.value(0).toString() : personId;
}

bool PeopleKeys::peopleRoles(QHash<QString, QPair<QStringList, QDate>> *out, Error *error) const
{
    out->clear();
    QSqlQuery q(m_db.sql());
    if (!q.exec(QStringLiteral("SELECT id, roles, left_on FROM people WHERE deleted = 0")))
        return queryFailed(error, q);
    while (q.next())
        out->insert(q.value(0).toString(), {FieldCodec::listValues(q.value(1)),
                                            QDate::fromString(q.value(2).toString(), Qt::ISODate)});
    return true;
}

bool PeopleKeys::enrol(const QString &personId, const PersonalKeys::KeyPair &keys,
                       const WrappingKey &wrap, QString *keyId, bool *isRoot, Error *error)
{
    if (!keys.hasPrivate() || wrap.key.size() != PersonalKeys::DerivedKeySize)
        return Error::set(error, Error::Code::Failure, tr("The personal keys could not be made."));
    QHash<QString, QPair<QStringList, QDate>> people;
    if (!peopleRoles(&people, error))
        return false;
    if (!people.contains(personId))
        return Error::set(error, Error::Code::NotFound,
                          tr("There is no person %1 in the people registry.").arg(personId),
                          personId, QStringLiteral("person_id"));
    const QDate today = QDate::currentDate();
    const QDate leftOn = people.value(personId).second;
    if (leftOn.isValid() && leftOn <= today)
        return Error::set(
            error, Error::Code::Validation,
            tr("%1 has left Lithera and cannot enrol a key.").arg(personName(personId)), personId,
            QStringLiteral("person_id"));
    Enrolment e;
    e.id = RecordStore::newId();
    e.personId = personId;
    e.keyId = PersonalKeys::keyId(keys.signPublic);
    e.signKey = keys.signPublic;
    e.sealKey = keys.sealPublic;
    e.enrolledAt = nowIso();
    e.proof = PersonalKeys::sign(keys.signPrivate, enrolmentMessage(e));
    const QByteArray aad = (personId + QLatin1Char('|') + e.keyId).toUtf8();
    const QByteArray wrapped =
        PersonalKeys::encrypt(wrap.key, keys.signPrivate + keys.sealPrivate, aad);
    if (e.proof.isEmpty() || wrapped.isEmpty())
        return Error::set(error, Error::Code::Failure, tr("The personal keys could not be made."));

    QHash<QString, Enrolment> trusted;
    if (!trustedKeys(&trusted, error))
        return false;
    const bool root =
        trustRoot(m_db).isEmpty() && trusted.isEmpty() &&
        KeyAdministration::mayConfirmEnrolments(people.value(personId).first, leftOn, today);
    Transaction tx(m_db);
    RecordStore store(m_db);
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO desk_keys (key_id, person_id, kdf, iterations, salt, "
                             "wrapped, created_at) VALUES (?, ?, 'pbkdf2-sha256', ?, ?, ?, ?)"));
    q.addBindValue(e.keyId);
    q.addBindValue(personId);
    q.addBindValue(wrap.iterations);
    q.addBindValue(b64(wrap.salt));
    q.addBindValue(b64(wrapped));
    q.addBindValue(e.enrolledAt);
    if (!q.exec())
        return queryFailed(error, q);
    const QVariantMap row{
        {QStringLiteral("person_id"), e.personId},     {QStringLiteral("key_id"), e.keyId},
        {QStringLiteral("sign_key"), b64(e.signKey)},  {QStringLiteral("seal_key"), b64(e.sealKey)},
        {QStringLiteral("enrolled_at"), e.enrolledAt}, {QStringLiteral("proof"), b64(e.proof)},
    };
    if (!store.insert(PersonKeys, e.id, row, error) ||
        !AuditLog(m_db).append(QStringLiteral("key_enrol"), QStringLiteral("people"), personId,
                               QStringLiteral("key=%1%2")
                                   .arg(e.keyId, root ? QStringLiteral(",trust_root") : QString()),
                               error))
        return false;
    if (root) {
        const QString at = e.enrolledAt;
        const QVariantMap c{
            {QStringLiteral("key_id"), e.keyId},
            {QStringLiteral("person_id"), personId},
            {QStringLiteral("confirmed_by_id"), personId},
            {QStringLiteral("confirmed_by_key"), e.keyId},
            {QStringLiteral("confirmed_at"), at},
            {QStringLiteral("signature"),
             b64(PersonalKeys::sign(keys.signPrivate,
                                    confirmationMessage(e, personId, e.keyId, at)))},
        };
        if (!store.insert(KeyConfirmations, RecordStore::newId(), c, error) ||
            !m_db.setMeta(TrustRootKey, e.keyId, error))
            return false;
    }
    if (!tx.commit(error))
        return false;
    if (keyId)
        *keyId = e.keyId;
    if (isRoot)
        *isRoot = root;
    return true;
}

bool PeopleKeys::deskKey(const QString &personId, DeskKey *out, Error *error) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT key_id, iterations, salt, wrapped FROM desk_keys WHERE "
                             "person_id = ? ORDER BY created_at DESC, rowid DESC LIMIT 1"));
    q.addBindValue(personId);
    if (!q.exec())
        return queryFailed(error, q);
    if (!q.next())
        return Error::set(error, Error::Code::NotFound,
                          tr("%1 has no key at this desk: enrol first (Settings › People at "
                             "this desk, or fielddesk-cli people enrol).")
                              .arg(personName(personId)),
                          personId, QStringLiteral("person_id"));
    out->keyId = q.value(0).toString();
    out->personId = personId;
    out->iterations = q.value(1).toInt();
    out->salt = unb64(q.value(2));
    out->wrapped = unb64(q.value(3));
    return true;
}

bool PeopleKeys::open(const DeskKey &deskKey, const QByteArray &derived, Unlocked *out,
                      Error *error) const
{
    QHash<QString, QPair<QStringList, QDate>> people;
    if (!peopleRoles(&people, error))
        return false;
    const QDate leftOn = people.value(deskKey.personId).second;
    if (!people.contains(deskKey.personId) || (leftOn.isValid() && leftOn <= QDate::currentDate()))
        return Error::set(
            error, Error::Code::Validation,
            tr("%1 has left Lithera: their key no longer opens.").arg(personName(deskKey.personId)),
            deskKey.personId, QStringLiteral("person_id"));
    QByteArray secret;
    const QByteArray aad = (deskKey.personId + QLatin1Char('|') + deskKey.keyId).toUtf8();
    if (!PersonalKeys::decrypt(derived, deskKey.wrapped, aad, &secret, error))
        return false;
    if (secret.size() != 64)
        return Error::set(error, Error::Code::Failure, tr("The stored key is damaged."));
    // The public halves come from the registry row of this key.
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT sign_key, seal_key FROM person_keys WHERE key_id = ? AND "
                             "person_id = ? AND deleted = 0 LIMIT 1"));
    q.addBindValue(deskKey.keyId);
    q.addBindValue(deskKey.personId);
    if (!q.exec())
        return queryFailed(error, q);
    if (!q.next())
        return Error::set(error, Error::Code::NotFound,
                          tr("The enrolment of this key is missing from the people registry."));
    Unlocked u;
    u.personId = deskKey.personId;
    u.keyId = deskKey.keyId;
    u.keys.signPrivate = secret.left(32);
    u.keys.sealPrivate = secret.mid(32);
    u.keys.signPublic = unb64(q.value(0));
    u.keys.sealPublic = unb64(q.value(1));
    // The private half must belong to the registered public half.
    const QByteArray probe("fielddesk-unlock-check");
    if (!PersonalKeys::verify(u.keys.signPublic, probe,
                              PersonalKeys::sign(u.keys.signPrivate, probe)))
        return Error::set(error, Error::Code::Failure,
                          tr("The stored key does not match the registered one."));
    *out = u;
    return true;
}

bool PeopleKeys::unlock(const QString &personId, const QString &pin, Unlocked *out,
                        Error *error) const
{
    DeskKey key;
    if (!deskKey(personId, &key, error))
        return false;
    return open(key, PersonalKeys::deriveKey(pin, key.salt, key.iterations), out, error);
}

bool PeopleKeys::changePin(const Unlocked &person, const WrappingKey &wrap, Error *error)
{
    if (person.isNull() || wrap.key.size() != PersonalKeys::DerivedKeySize)
        return Error::set(error, Error::Code::Usage, tr("Enter the current PIN first."));
    const QByteArray aad = (person.personId + QLatin1Char('|') + person.keyId).toUtf8();
    const QByteArray wrapped =
        PersonalKeys::encrypt(wrap.key, person.keys.signPrivate + person.keys.sealPrivate, aad);
    Transaction tx(m_db);
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE desk_keys SET iterations = ?, salt = ?, wrapped = ? WHERE "
                             "key_id = ? AND person_id = ?"));
    q.addBindValue(wrap.iterations);
    q.addBindValue(b64(wrap.salt));
    q.addBindValue(b64(wrapped));
    q.addBindValue(person.keyId);
    q.addBindValue(person.personId);
    if (wrapped.isEmpty() || !q.exec())
        return queryFailed(error, q);
    return AuditLog(m_db).append(QStringLiteral("key_pin_change"), QStringLiteral("people"),
                                 person.personId, QStringLiteral("key=%1").arg(person.keyId),
                                 error) &&
           tx.commit(error);
}

bool PeopleKeys::confirm(const QString &personId, const Unlocked &admin, Error *error)
{
    if (admin.isNull())
        return Error::set(error, Error::Code::Usage,
                          tr("An administrator must enter their PIN to confirm a key."));
    QHash<QString, Enrolment> trusted;
    if (!trustedKeys(&trusted, error))
        return false;
    QHash<QString, QPair<QStringList, QDate>> people;
    if (!peopleRoles(&people, error))
        return false;
    const auto adminPerson = people.value(admin.personId);
    if (!trusted.contains(admin.keyId) ||
        !KeyAdministration::mayConfirmEnrolments(adminPerson.first, adminPerson.second,
                                                 QDate::currentDate()))
        return Error::set(error, Error::Code::Validation,
                          tr("%1 cannot confirm keys: only an administrator (administration "
                             "or the general manager) with a confirmed key can.")
                              .arg(personName(admin.personId)),
                          admin.personId, QStringLiteral("confirmed_by_id"));
    QList<Enrolment> waiting;
    if (!pending(&waiting, error))
        return false;
    const auto it = std::find_if(waiting.cbegin(), waiting.cend(),
                                 [&](const Enrolment &e) { return e.personId == personId; });
    if (it == waiting.cend())
        return Error::set(error, Error::Code::NotFound,
                          tr("%1 has no key waiting for confirmation.").arg(personName(personId)),
                          personId, QStringLiteral("person_id"));
    const QString at = nowIso();
    const QVariantMap c{
        {QStringLiteral("key_id"), it->keyId},
        {QStringLiteral("person_id"), personId},
        {QStringLiteral("confirmed_by_id"), admin.personId},
        {QStringLiteral("confirmed_by_key"), admin.keyId},
        {QStringLiteral("confirmed_at"), at},
        {QStringLiteral("signature"),
         b64(PersonalKeys::sign(admin.keys.signPrivate,
                                confirmationMessage(*it, admin.personId, admin.keyId, at)))},
    };
    Transaction tx(m_db);
    return RecordStore(m_db).insert(KeyConfirmations, RecordStore::newId(), c, error) &&
           AuditLog(m_db).append(QStringLiteral("key_confirm"), QStringLiteral("people"), personId,
                                 QStringLiteral("key=%1,by=%2").arg(it->keyId, admin.personId),
                                 error) &&
           tx.commit(error);
}

bool PeopleKeys::enrolments(QHash<QString, Enrolment> *out, Error *error) const
{
    out->clear();
    QSqlQuery q(m_db.sql());
    if (!q.exec(QStringLiteral("SELECT id, person_id, key_id, sign_key, seal_key, enrolled_at, "
                               "proof FROM person_keys WHERE deleted = 0 ORDER BY enrolled_at, "
                               "id")))
        return queryFailed(error, q);
    while (q.next()) {
        Enrolment e;
        e.id = q.value(0).toString();
        e.personId = q.value(1).toString();
        e.keyId = q.value(2).toString();
        e.signKey = unb64(q.value(3));
        e.sealKey = unb64(q.value(4));
        e.enrolledAt = q.value(5).toString();
        e.proof = unb64(q.value(6));
        // A key id claimed by two people is trusted for neither.
        if (!selfProved(e))
            continue;
        if (out->contains(e.keyId) && out->value(e.keyId).personId != e.personId) {
            (*out)[e.keyId].personId.clear();
            continue;
        }
        if (!out->contains(e.keyId))
            out->insert(e.keyId, e);
    }
    for (auto it = out->begin(); it != out->end();)
        it = it->personId.isEmpty() ? out->erase(it) : std::next(it);
    return true;
}

bool PeopleKeys::confirmations(QList<Confirmation> *out, Error *error) const
{
    out->clear();
    QSqlQuery q(m_db.sql());
    if (!q.exec(QStringLiteral("SELECT id, key_id, person_id, confirmed_by_id, confirmed_by_key, "
                               "confirmed_at, signature FROM key_confirmations WHERE deleted = 0 "
                               "ORDER BY confirmed_at, id")))
        return queryFailed(error, q);
    while (q.next()) {
        Confirmation c;
        c.id = q.value(0).toString();
        c.keyId = q.value(1).toString();
        c.personId = q.value(2).toString();
        c.confirmedById = q.value(3).toString();
        c.confirmedByKey = q.value(4).toString();
        c.confirmedAt = q.value(5).toString();
        c.signature = unb64(q.value(6));
        out->append(c);
    }
    return true;
}

QHash<QString, PeopleKeys::Enrolment>
PeopleKeys::trustChain(const QString &root, const QHash<QString, Enrolment> &enrolments,
                       const QList<Confirmation> &confirmations,
                       const QHash<QString, QPair<QStringList, QDate>> &people)
{
    QHash<QString, Enrolment> trusted;
    const auto holds = [&](const Confirmation &c, const Enrolment &by) {
        const auto target = enrolments.constFind(c.keyId);
        if (target == enrolments.constEnd() || target->personId != c.personId ||
            by.personId != c.confirmedById || !people.contains(c.confirmedById))
            return false;
        const auto person = people.value(c.confirmedById);
        const QDate on = QDateTime::fromString(c.confirmedAt, Qt::ISODate).date();
        return KeyAdministration::mayConfirmEnrolments(person.first, person.second, on) &&
               PersonalKeys::verify(
                   by.signKey,
                   confirmationMessage(*target, c.confirmedById, c.confirmedByKey, c.confirmedAt),
                   c.signature);
    };
    if (root.isEmpty() || !enrolments.contains(root))
        return trusted;
    for (const Confirmation &c : confirmations) {
        if (c.keyId == root && c.confirmedByKey == root && holds(c, enrolments.value(root))) {
            trusted.insert(root, enrolments.value(root));
            break;
        }
    }
    bool grew = !trusted.isEmpty();
    while (grew) {
        grew = false;
        for (const Confirmation &c : confirmations) {
            if (trusted.contains(c.keyId) || !trusted.contains(c.confirmedByKey))
                continue;
            if (holds(c, trusted.value(c.confirmedByKey))) {
                trusted.insert(c.keyId, enrolments.value(c.keyId));
                grew = true;
            }
        }
    }
    return trusted;
}

bool PeopleKeys::trustedKeys(QHash<QString, Enrolment> *out, Error *error) const
{
    QHash<QString, Enrolment> all;
    QList<Confirmation> list;
    QHash<QString, QPair<QStringList, QDate>> people;
    if (!enrolments(&all, error) || !confirmations(&list, error) || !peopleRoles(&people, error))
        return false;
    *out = trustChain(trustRoot(m_db), all, list, people);
    return true;
}

bool PeopleKeys::currentKey(const QString &personId, Enrolment *out, Error *error) const
{
    QHash<QString, Enrolment> trusted;
    if (!trustedKeys(&trusted, error))
        return false;
    const Enrolment *best = nullptr;
    for (const Enrolment &e : std::as_const(trusted)) {
        if (e.personId == personId && (!best || e.enrolledAt > best->enrolledAt ||
                                       (e.enrolledAt == best->enrolledAt && e.id > best->id)))
            best = &e;
    }
    if (!best)
        return Error::set(error, Error::Code::NotFound,
                          tr("%1 has no confirmed key.").arg(personName(personId)), personId,
                          QStringLiteral("person_id"));
    *out = *best;
    return true;
}

PeopleKeys::Status PeopleKeys::status(const QString &personId) const
{
    Enrolment e;
    if (currentKey(personId, &e, nullptr))
        return Status::Confirmed;
    QList<Enrolment> waiting;
    pending(&waiting, nullptr);
    for (const Enrolment &w : std::as_const(waiting)) {
        if (w.personId == personId)
            return Status::Pending;
    }
    return Status::None;
}

bool PeopleKeys::pending(QList<Enrolment> *out, Error *error) const
{
    out->clear();
    QHash<QString, Enrolment> all, trusted;
    if (!enrolments(&all, error) || !trustedKeys(&trusted, error))
        return false;
    QHash<QString, Enrolment> newest;
    for (const Enrolment &e : std::as_const(all)) {
        if (trusted.contains(e.keyId))
            continue;
        const auto it = newest.constFind(e.personId);
        if (it == newest.constEnd() || e.enrolledAt > it->enrolledAt)
            newest.insert(e.personId, e);
    }
    // A pending enrolment older than the person's trusted key is superseded, not pending.
    for (const Enrolment &e : std::as_const(newest)) {
        bool superseded = false;
        for (const Enrolment &t : std::as_const(trusted))
            superseded = superseded || (t.personId == e.personId && t.enrolledAt > e.enrolledAt);
        if (!superseded)
            out->append(e);
    }
    std::sort(out->begin(), out->end(),
              [](const Enrolment &a, const Enrolment &b) { return a.enrolledAt < b.enrolledAt; });
    return true;
}

bool PeopleKeys::teamKeysDocument(QJsonObject *out, Error *error) const
{
    QHash<QString, Enrolment> all;
    QList<Confirmation> list;
    if (!enrolments(&all, error) || !confirmations(&list, error))
        return false;
    QJsonArray people;
    QSqlQuery q(m_db.sql());
    if (!q.exec(QStringLiteral("SELECT id, name, roles, left_on FROM people WHERE deleted = 0 "
                               "ORDER BY name, id")))
        return queryFailed(error, q);
    while (q.next())
        people.append(QJsonObject{
            {QStringLiteral("id"), q.value(0).toString()},
            {QStringLiteral("name"), q.value(1).toString()},
            {QStringLiteral("roles"),
             QJsonArray::fromStringList(FieldCodec::listValues(q.value(2)))},
            {QStringLiteral("left_on"), q.value(3).toString()},
        });
    QJsonArray keys;
    QList<Enrolment> sorted = all.values();
    std::sort(sorted.begin(), sorted.end(),
              [](const Enrolment &a, const Enrolment &b) { return a.id < b.id; });
    for (const Enrolment &e : std::as_const(sorted))
        keys.append(QJsonObject{
            {QStringLiteral("id"), e.id},
            {QStringLiteral("person_id"), e.personId},
            {QStringLiteral("key_id"), e.keyId},
            {QStringLiteral("sign_key"), b64(e.signKey)},
            {QStringLiteral("seal_key"), b64(e.sealKey)},
            {QStringLiteral("enrolled_at"), e.enrolledAt},
            {QStringLiteral("proof"), b64(e.proof)},
        });
    QJsonArray confirmations;
    for (const Confirmation &c : std::as_const(list))
        confirmations.append(QJsonObject{
            {QStringLiteral("id"), c.id},
            {QStringLiteral("key_id"), c.keyId},
            {QStringLiteral("person_id"), c.personId},
            {QStringLiteral("confirmed_by_id"), c.confirmedById},
            {QStringLiteral("confirmed_by_key"), c.confirmedByKey},
            {QStringLiteral("confirmed_at"), c.confirmedAt},
            {QStringLiteral("signature"), b64(c.signature)},
        });
    *out = QJsonObject{
        {QStringLiteral("format"), QStringLiteral("fielddesk-team-keys/1")},
        {QStringLiteral("trust_root"), trustRoot(m_db)},
        {QStringLiteral("people"), people},
        {QStringLiteral("keys"), keys},
        {QStringLiteral("confirmations"), confirmations},
    };
    return true;
}

QHash<QString, PeopleKeys::Enrolment> PeopleKeys::trustedKeysOf(const QJsonObject &document)
{
    if (document.value(QStringLiteral("format")).toString() !=
        QLatin1String("fielddesk-team-keys/1"))
        return {};
    QHash<QString, QPair<QStringList, QDate>> people;
    for (const QJsonValue &v : document.value(QStringLiteral("people")).toArray()) {
        const QJsonObject p = v.toObject();
        QStringList roles;
        for (const QJsonValue &r : p.value(QStringLiteral("roles")).toArray())
            roles << r.toString();
        people.insert(
            p.value(QStringLiteral("id")).toString(),
            {roles, QDate::fromString(p.value(QStringLiteral("left_on")).toString(), Qt::ISODate)});
    }
    QHash<QString, Enrolment> all;
    for (const QJsonValue &v : document.value(QStringLiteral("keys")).toArray()) {
        const QJsonObject o = v.toObject();
        const Enrolment e = enrolmentFrom(rowOf(o), o.value(QStringLiteral("id")).toString());
        if (selfProved(e) && !all.contains(e.keyId))
            all.insert(e.keyId, e);
    }
    QList<Confirmation> list;
    for (const QJsonValue &v : document.value(QStringLiteral("confirmations")).toArray()) {
        const QJsonObject o = v.toObject();
        list.append(confirmationFrom(rowOf(o), o.value(QStringLiteral("id")).toString()));
    }
    return trustChain(document.value(QStringLiteral("trust_root")).toString(), all, list, people);
}

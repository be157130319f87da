#include "app/signing/RecordSigning.h"
#include "app/utils/RecordTime.h"

#include "app/catalog/FieldCodec.h"
#include "app/catalog/RecordCatalog.h"
#include "app/catalog/RecordKind.h"
#include "app/kpi/MonthlyReview.h"
#include "app/people/DeskSession.h"
#include "app/rules/SignerRoles.h"
#include "app/signing/RecordFingerprint.h"
#include "app/signing/RecordLocks.h"
#include "app/signing/RecordRevisions.h"
#include "db/AuditLog.h"
#include "db/Database.h"
#include "db/RecordStore.h"
#include "db/Transaction.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace {

QString isoWithOffset(QDateTime at)
{
    if (!at.isValid())
        at = QDateTime::currentDateTime();
    // Signatures and locks are recorded in China time, whatever the computer's zone.
    return RecordTime::inOwnOffset(at).toString(Qt::ISODate);
}

bool queryFailed(Error *error, const QSqlQuery &q, const QString &id)
{
    return Error::set(error, Error::Code::Failure, q.lastError().text(), id);
}

} // namespace

bool RecordSigning::signatures(const QString &recordId, QList<Signature> *out, Error *error) const
{
    out->clear();
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
        "SELECT id, role, signer_id, signer_name, strokes, signed_at, "
        "key_id, revision, content_hash, proof FROM signatures WHERE record_id = ? AND deleted = 0 "
        "ORDER BY signed_at, created_at, id"));
    q.addBindValue(recordId);
    if (!q.exec())
        return queryFailed(error, q, recordId);
    while (q.next()) {
        Signature s;
        s.id = q.value(0).toString();
        s.role = q.value(1).toString();
        s.signerId = q.value(2).toString();
        s.signerName = q.value(3).toString();
        // A stored signature that no longer parses (a damaged row) still counts as signed;
        // it just has no strokes to draw.
        SignatureStrokes::parse(q.value(4).toString(), &s.strokes, nullptr);
        s.signedAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODate);
        s.signedAtText = q.value(5).toString();
        s.keyId = q.value(6).toString();
        s.revision = q.value(7).toInt();
        s.contentHash = q.value(8).toString();
        s.proof = QByteArray::fromBase64(q.value(9).toString().toLatin1());
        out->append(s);
    }
    return true;
}

QByteArray RecordSigning::signedMessage(const QString &recordId, int revision,
                                        const QString &contentHash, const QString &signerId,
                                        const QString &role, const QString &signedAt)
{
    return QStringList{QStringLiteral("fielddesk-signature/1"),
                       recordId,
                       QString::number(revision),
                       contentHash,
                       signerId,
                       role,
                       signedAt}
        .join(QLatin1Char('\n'))
        .toUtf8();
}

bool RecordSigning::bindToKey(const RecordKind &kind, const QString &recordId,
                              const QString &signedAt, Signature *signature, Error *error) const
{
    if (signature->signerId.isEmpty())
        return true;
    PeopleKeys keys(m_db);
    PeopleKeys::Unlocked person = signature->key;
    if (person.isNull())
        DeskSession::instance().unlocked(signature->signerId, &person);
    PeopleKeys::Enrolment current;
    const bool hasKey = keys.currentKey(signature->signerId, &current, nullptr);
    if (person.isNull() || person.personId != signature->signerId) {
        // Someone without a key yet signs by hand only (the drawn strokes, as on paper).
        if (!hasKey && keys.status(signature->signerId) == PeopleKeys::Status::None)
            return true;
        return Error::set(error, Error::Code::Usage,
                          tr("%1 must enter their PIN to sign.").arg(signature->signerName),
                          recordId, QStringLiteral("pin"));
    }
    QHash<QString, PeopleKeys::Enrolment> trusted;
    if (!keys.trustedKeys(&trusted, error))
        return false;
    const auto it = trusted.constFind(person.keyId);
    if (it == trusted.constEnd() || it->personId != signature->signerId)
        return Error::set(error, Error::Code::Validation,
                          tr("The key of %1 is not confirmed by an administrator yet: it cannot "
                             "sign.")
                              .arg(signature->signerName),
                          recordId, QStringLiteral("signer_id"));
    int revision = 1;
    QString hash;
    if (!RecordRevisions(m_db).revisionOf(recordId, &revision, error) ||
        !RecordFingerprint::contentHash(m_db, kind, recordId, &hash, error))
        return false;
    signature->keyId = person.keyId;
    signature->revision = revision;
    signature->contentHash = hash;
    signature->proof = PersonalKeys::sign(
        person.keys.signPrivate,
        signedMessage(recordId, revision, hash, signature->signerId, signature->role, signedAt));
    if (signature->proof.isEmpty())
        return Error::set(error, Error::Code::Failure, tr("The signature could not be made."),
                          recordId);
    return true;
}

bool RecordSigning::candidates(const RecordKind &kind, const QString &recordId,
                               const SignerRole &role, QList<Candidate> *out, Error *error) const
{
    out->clear();
    if (role.external)
        return true;
    QStringList expected;
    expectedPeople(kind, recordId, role, &expected);
    QSqlQuery q(m_db.sql());
    if (!q.exec(QStringLiteral("SELECT id, name, roles FROM people WHERE deleted = 0 "
                               "ORDER BY name")))
        return queryFailed(error, q, recordId);
    QList<Candidate> others;
    while (q.next()) {
        const QStringList roles = FieldCodec::listValues(q.value(2));
        bool allowed = role.personRoles.isEmpty();
        for (const QString &r : roles)
            allowed = allowed || role.personRoles.contains(r);
        Candidate c{q.value(0).toString(), q.value(1).toString(), false};
        c.expected = expected.contains(c.personId);
        if (c.expected)
            out->append(c);
        else if (allowed)
            others.append(c);
    }
    out->append(others);
    return true;
}

bool RecordSigning::expectedPeople(const RecordKind &kind, const QString &recordId,
                                   const SignerRole &role, QStringList *people) const
{
    // The people the record names for this role ("task_id.engineer_ids": through the task).
    people->clear();
    if (role.expectedField.isEmpty())
        return true;
    RecordStore store(m_db);
    QVariantMap row;
    QString field = role.expectedField;
    if (!store.get(kind.table, recordId, &row, nullptr))
        return false;
    const int dot = field.indexOf(QLatin1Char('.'));
    if (dot > 0) {
        const QString via = row.value(field.left(dot)).toString();
        field = field.mid(dot + 1);
        if (!store.get(QStringLiteral("tasks"), via, &row, nullptr))
            row.clear();
    }
    *people = FieldCodec::listValues(row.value(field));
    if (people->isEmpty() && !row.value(field).toString().isEmpty())
        *people << row.value(field).toString();
    return true;
}

bool RecordSigning::missingRoles(const RecordKind &kind, const QString &recordId,
                                 QStringList *missing, Error *error) const
{
    QList<MissingSignature> list;
    if (!missingSignatures(kind, recordId, &list, error))
        return false;
    missing->clear();
    for (const MissingSignature &m : std::as_const(list)) {
        if (!missing->contains(m.role))
            missing->append(m.role);
    }
    return true;
}

bool RecordSigning::missingSignatures(const RecordKind &kind, const QString &recordId,
                                      QList<MissingSignature> *missing, Error *error) const
{
    missing->clear();
    QList<Signature> list;
    if (!signatures(recordId, &list, error))
        return false;
    for (const SignerRole &role : SignerRoles::forTable(kind.table)) {
        if (!role.required)
            continue;
        QStringList signers;
        for (const Signature &s : std::as_const(list)) {
            if (s.role == role.key)
                signers << (s.signerId.isEmpty() ? s.signerName : s.signerId);
        }
        // Every engineer of the task signs, one signature each; other roles need one.
        QStringList each;
        if (role.key == QLatin1String("engineer"))
            expectedPeople(kind, recordId, role, &each);
        if (each.isEmpty()) {
            if (signers.isEmpty())
                missing->append({role.key, QString(), role.translatedLabel()});
            continue;
        }
        for (const QString &person : std::as_const(each)) {
            if (signers.contains(person))
                continue;
            QSqlQuery q(m_db.sql());
            q.prepare(QStringLiteral("SELECT name FROM people WHERE id = ?"));
            q.addBindValue(person);
            if (!q.exec())
                return queryFailed(error, q, recordId);
            missing->append({role.key, person, q.next() ? q.value(0).toString() : person});
        }
    }
    return true;
}

bool RecordSigning::checkSigner(const RecordKind &kind, const QString &recordId,
                                Signature *signature, Error *error) const
{
    const SignerRole *role = SignerRoles::find(kind.table, signature->role);
    if (!role)
        return Error::set(error, Error::Code::Validation,
                          tr("A %1 has no signature block \"%2\".")
                              .arg(kind.translatedSingular(), signature->role),
                          recordId, QStringLiteral("role"));
    signature->signerName = signature->signerName.trimmed();
    if (role->external) {
        signature->signerId.clear();
        if (signature->signerName.isEmpty())
            return Error::set(
                error, Error::Code::Validation,
                tr("Type the name of the person signing as %1.").arg(role->translatedLabel()),
                recordId, QStringLiteral("signer_name"));
    } else {
        QList<Candidate> allowed;
        if (!candidates(kind, recordId, *role, &allowed, error))
            return false;
        const auto it = std::find_if(allowed.cbegin(), allowed.cend(), [&](const Candidate &c) {
            return c.personId == signature->signerId;
        });
        if (it == allowed.cend())
            return Error::set(error, Error::Code::Validation,
                              tr("Choose who signs as %1: only the people entitled to that "
                                 "block may sign it.")
                                  .arg(role->translatedLabel()),
                              recordId, QStringLiteral("signer_id"));
        signature->signerName = it->name;
    }
    if (!signature->strokes.check(error))
        return false;
    if (!signature->strokes.hasEnoughInk())
        return Error::set(error, Error::Code::Validation,
                          tr("The signature is too short: sign with your full name."), recordId,
                          QStringLiteral("strokes"));
    QList<Signature> existing;
    if (!signatures(recordId, &existing, error))
        return false;
    for (const Signature &s : std::as_const(existing)) {
        if (s.role == signature->role && s.signerId == signature->signerId &&
            s.signerName == signature->signerName)
            return Error::set(
                error, Error::Code::Validation,
                tr("%1 has already signed as %2.").arg(s.signerName, role->translatedLabel()),
                recordId, QStringLiteral("signer_id"));
    }
    return true;
}

bool RecordSigning::sign(const RecordKind &kind, const QString &recordId, Signature signature,
                         bool lockNow, bool *locked, Error *error)
{
    RecordStore store(m_db);
    if (!store.exists(kind.table, recordId))
        return Error::set(error, Error::Code::NotFound,
                          tr("There is no %1 %2 to sign.").arg(kind.translatedSingular(), recordId),
                          recordId);
    bool alreadyLocked = false;
    if (!RecordLocks(m_db).isLocked(recordId, &alreadyLocked, error))
        return false;
    if (alreadyLocked)
        return Error::set(error, Error::Code::Locked,
                          tr("This %1 is already signed and locked. Make a correction to sign "
                             "a new revision.")
                              .arg(kind.translatedSingular()),
                          recordId);
    QString newer;
    if (!RecordRevisions(m_db).supersededBy(recordId, &newer, error))
        return false;
    if (!newer.isEmpty())
        return Error::set(error, Error::Code::Validation,
                          tr("This %1 was replaced by a correction (%2); sign that one.")
                              .arg(kind.translatedSingular(), newer),
                          recordId);
    if (!checkSigner(kind, recordId, &signature, error))
        return false;

    const QString signedAt = isoWithOffset(signature.signedAt);
    if (!bindToKey(kind, recordId, signedAt, &signature, error))
        return false;
    Transaction tx(m_db);
    if (signature.id.isEmpty())
        signature.id = RecordStore::newId();
    QVariantMap row{
        {QStringLiteral("record_table"), kind.table},
        {QStringLiteral("record_id"), recordId},
        {QStringLiteral("role"), signature.role},
        {QStringLiteral("signer_id"), signature.signerId.isEmpty()
                                          ? QVariant(QMetaType(QMetaType::QString))
                                          : QVariant(signature.signerId)},
        {QStringLiteral("signer_name"), signature.signerName},
        {QStringLiteral("strokes"), signature.strokes.toJson()},
        {QStringLiteral("signed_at"), signedAt},
    };
    if (!signature.proof.isEmpty()) {
        row.insert(QStringLiteral("key_id"), signature.keyId);
        row.insert(QStringLiteral("revision"), signature.revision);
        row.insert(QStringLiteral("content_hash"), signature.contentHash);
        row.insert(QStringLiteral("proof"), QString::fromLatin1(signature.proof.toBase64()));
    }
    if (!store.insert(QStringLiteral("signatures"), signature.id, row, error) ||
        !AuditLog(m_db).append(QStringLiteral("sign"), kind.table, recordId,
                               QStringLiteral("role=%1,signer=%2,signature=%3%4")
                                   .arg(signature.role, signature.signerName, signature.id,
                                        signature.keyId.isEmpty()
                                            ? QString()
                                            : QStringLiteral(",key=") + signature.keyId),
                               error))
        return false;
    QList<MissingSignature> missing;
    if (!missingSignatures(kind, recordId, &missing, error))
        return false;
    if (lockNow && !missing.isEmpty()) {
        QStringList names;
        for (const MissingSignature &m : std::as_const(missing))
            names << m.name;
        return Error::set(error, Error::Code::Validation,
                          tr("The %1 cannot be locked yet: %2 must sign it too. It locks by "
                             "itself with the last signature.")
                              .arg(kind.translatedSingular(), names.join(QStringLiteral(", "))),
                          recordId);
    }
    const bool lockIt = missing.isEmpty();
    if (lockIt && !lockInTransaction(kind, recordId, signature.signerId,
                                     QDateTime::fromString(signedAt, Qt::ISODate), error))
        return false;
    if (!tx.commit(error))
        return false;
    if (locked)
        *locked = lockIt;
    return true;
}

bool RecordSigning::lock(const RecordKind &kind, const QString &recordId, const QString &lockedById,
                         const QDateTime &at, Error *error)
{
    bool alreadyLocked = false;
    if (!RecordLocks(m_db).isLocked(recordId, &alreadyLocked, error))
        return false;
    if (alreadyLocked)
        return Error::set(error, Error::Code::Locked,
                          tr("This %1 is already locked.").arg(kind.translatedSingular()),
                          recordId);
    QList<Signature> list;
    if (!signatures(recordId, &list, error))
        return false;
    if (list.isEmpty())
        return Error::set(error, Error::Code::Validation,
                          tr("Sign the %1 before locking it.").arg(kind.translatedSingular()),
                          recordId);
    QList<MissingSignature> missing;
    if (!missingSignatures(kind, recordId, &missing, error))
        return false;
    if (!missing.isEmpty()) {
        QStringList names;
        for (const MissingSignature &m : std::as_const(missing))
            names << m.name;
        return Error::set(error, Error::Code::Validation,
                          tr("The %1 cannot be locked yet: %2 must sign it too. It locks by "
                             "itself with the last signature.")
                              .arg(kind.translatedSingular(), names.join(QStringLiteral(", "))),
                          recordId);
    }
    Transaction tx(m_db);
    return lockInTransaction(kind, recordId, lockedById, at, error) && tx.commit(error);
}

bool RecordSigning::lockInTransaction(const RecordKind &kind, const QString &recordId,
                                      const QString &lockedById, const QDateTime &at, Error *error)
{
    RecordStore store(m_db);
    const QString lockedAt = isoWithOffset(at);
    // The form's own "signed at / signed by" (service reports) says the same as the lock.
    const FieldSpec *signedAtSpec = kind.field(QStringLiteral("signed_at"));
    const FieldSpec *signedBySpec = kind.field(QStringLiteral("signed_by_ids"));
    if (signedAtSpec || signedBySpec) {
        QList<Signature> list;
        if (!signatures(recordId, &list, error))
            return false;
        QStringList signers;
        for (const Signature &s : std::as_const(list)) {
            if (!s.signerId.isEmpty() && !signers.contains(s.signerId))
                signers << s.signerId;
        }
        QVariantMap fields;
        if (signedAtSpec) {
            QVariant stored;
            if (!FieldCodec::fromJson(*signedAtSpec, lockedAt, &stored, recordId, error))
                return false;
            fields.insert(signedAtSpec->key, stored);
        }
        if (signedBySpec)
            fields.insert(signedBySpec->key, FieldCodec::storedList(signers));
        if (!store.update(kind.table, recordId, fields, error))
            return false;
    }
    // A monthly review keeps the figures it was signed with (SOP-10 §5.5): stored before the
    // content hash, so the paper's hash covers them.
    if (kind.table == QLatin1String("monthly_reviews") &&
        !MonthlyReview::freeze(m_db, recordId, error))
        return false;
    int revision = 1;
    QString hash;
    if (!RecordRevisions(m_db).revisionOf(recordId, &revision, error) ||
        !RecordFingerprint::contentHash(m_db, kind, recordId, &hash, error))
        return false;
    const QString lockId = RecordStore::newId();
    const QVariantMap row{
        {QStringLiteral("record_table"), kind.table},
        {QStringLiteral("record_id"), recordId},
        {QStringLiteral("revision"), revision},
        {QStringLiteral("content_hash"), hash},
        {QStringLiteral("locked_at"), lockedAt},
        {QStringLiteral("locked_by_id"),
         lockedById.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(lockedById)},
    };
    return store.insert(QStringLiteral("record_locks"), lockId, row, error) &&
           AuditLog(m_db).append(QStringLiteral("lock"), kind.table, recordId,
                                 QStringLiteral("revision=%1,hash=%2")
                                     .arg(revision)
                                     .arg(RecordFingerprint::shortHash(hash)),
                                 error);
}

bool RecordSigning::correct(const RecordKind &kind, const QString &recordId, const QString &reason,
                            QString *newId, Error *error)
{
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return Error::set(error, Error::Code::Validation,
                          tr("Say why the %1 is corrected: the reason is printed on the new "
                             "revision.")
                              .arg(kind.translatedSingular()),
                          recordId, QStringLiteral("reason"));
    bool locked = false;
    if (!RecordLocks(m_db).isLocked(recordId, &locked, error))
        return false;
    if (!locked)
        return Error::set(error, Error::Code::Validation,
                          tr("This %1 is not signed yet: edit it instead of correcting it.")
                              .arg(kind.translatedSingular()),
                          recordId);
    RecordRevisions revisions(m_db);
    QString newer;
    if (!revisions.supersededBy(recordId, &newer, error))
        return false;
    if (!newer.isEmpty()) {
        QString current;
        revisions.currentOf(recordId, &current, nullptr);
        return Error::set(error, Error::Code::Validation,
                          tr("This %1 was already corrected; correct the current revision (%2) "
                             "instead.")
                              .arg(kind.translatedSingular(), current),
                          recordId);
    }
    QString draft;
    if (!revisions.pendingCorrectionOf(recordId, &draft, error))
        return false;
    if (!draft.isEmpty())
        return Error::set(error, Error::Code::Validation,
                          tr("This %1 already has a correction being drafted (%2): finish and "
                             "sign that one, or delete it first.")
                              .arg(kind.translatedSingular(), draft),
                          recordId);
    int revision = 1;
    if (!revisions.revisionOf(recordId, &revision, error))
        return false;

    RecordStore store(m_db);
    Transaction tx(m_db);
    QVariantMap row;
    if (!store.get(kind.table, recordId, &row, error))
        return false;
    const QString id = RecordStore::newId();
    QVariantMap fields;
    for (const FieldSpec &spec : kind.storedFields())
        fields.insert(spec.key, row.value(spec.key));
    // The new revision is a draft: it is signed afresh. Figures a signature froze (a monthly
    // review's KPIs) are computed again from today's records and frozen at the new signing: a
    // review is corrected mostly because its figures, or the records behind them, were wrong.
    for (const char *key : {"signed_at", "signed_by_ids", "figures"}) {
        if (kind.field(QString::fromLatin1(key)))
            fields.insert(QString::fromLatin1(key), QVariant(QMetaType(QMetaType::QString)));
    }
    // A kind keyed by its content (one daily report per engineer and day) names the report it
    // replaces on the row as well, so its unique key tells the revisions apart (schema 009).
    if (kind.field(QStringLiteral("revision_of")))
        fields.insert(QStringLiteral("revision_of"), recordId);
    if (!store.insert(kind.table, id, fields, error))
        return false;
    for (const RecordKind &child : RecordCatalog::kinds()) {
        if (child.parentArray != kind.array)
            continue;
        QSqlQuery q(m_db.sql());
        q.prepare(QStringLiteral("SELECT id FROM %1 WHERE %2 = ? AND deleted = 0 ORDER BY %3, id")
                      .arg(child.table, child.parentField, child.orderField));
        q.addBindValue(recordId);
        if (!q.exec())
            return queryFailed(error, q, recordId);
        QStringList childIds;
        while (q.next())
            childIds << q.value(0).toString();
        for (const QString &childId : std::as_const(childIds)) {
            QVariantMap childRow;
            if (!store.get(child.table, childId, &childRow, error))
                return false;
            QVariantMap childFields;
            for (const FieldSpec &spec : child.storedFields())
                childFields.insert(spec.key, childRow.value(spec.key));
            childFields.insert(child.parentField, id);
            if (!store.insert(child.table, RecordStore::newId(), childFields, error))
                return false;
        }
    }
    const QVariantMap link{
        {QStringLiteral("record_table"), kind.table},
        {QStringLiteral("record_id"), id},
        {QStringLiteral("previous_id"), recordId},
        {QStringLiteral("revision"), revision + 1},
        {QStringLiteral("reason"), why},
    };
    if (!store.insert(QStringLiteral("record_revisions"), RecordStore::newId(), link, error) ||
        !AuditLog(m_db).append(QStringLiteral("revise"), kind.table, id,
                               QStringLiteral("previous=%1,revision=%2,reason=%3")
                                   .arg(recordId)
                                   .arg(revision + 1)
                                   .arg(why),
                               error) ||
        !tx.commit(error))
        return false;
    *newId = id;
    return true;
}

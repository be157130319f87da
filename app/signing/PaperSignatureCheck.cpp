#include "app/signing/PaperSignatureCheck.h"

#include "app/signing/RecordSigning.h"

#include <QJsonArray>

QList<PaperSignatureCheck::Signer>
PaperSignatureCheck::check(const PaperCode &code,
                           const QHash<QString, PeopleKeys::Enrolment> &trusted,
                           const QHash<QString, QString> &names)
{
    QList<Signer> out;
    for (const PaperCode::Seal &seal : code.signatures) {
        Signer s;
        s.role = seal.role;
        s.signedAt = seal.signedAt;
        const auto key = trusted.constFind(seal.keyId);
        if (key == trusted.constEnd()) {
            s.name = tr("unknown key %1").arg(PersonalKeys::groupedKeyId(seal.keyId));
            s.problem = tr("The key %1 is not a confirmed key of the team.")
                            .arg(PersonalKeys::groupedKeyId(seal.keyId));
            out.append(s);
            continue;
        }
        s.personId = key->personId;
        s.name = names.value(key->personId, key->personId);
        const QByteArray message =
            RecordSigning::signedMessage(code.recordId, code.revision, seal.contentHash,
                                         key->personId, seal.role, seal.signedAt);
        s.valid = PersonalKeys::verify(key->signKey, message, seal.proof);
        if (!s.valid)
            s.problem = tr("The signature of %1 does not match this record, revision and "
                           "content: the paper was altered or the signature forged.")
                            .arg(s.name);
        out.append(s);
    }
    return out;
}

QHash<QString, QString> PaperSignatureCheck::namesOf(const QJsonObject &teamKeys)
{
    QHash<QString, QString> names;
    for (const QJsonValue &v : teamKeys.value(QStringLiteral("people")).toArray())
        names.insert(v.toObject().value(QStringLiteral("id")).toString(),
                     v.toObject().value(QStringLiteral("name")).toString());
    return names;
}

bool PaperSignatureCheck::allValid(const QList<Signer> &signers)
{
    for (const Signer &s : signers) {
        if (!s.valid)
            return false;
    }
    return true;
}

QList<PaperSignatureCheck::Signer> PaperSignatureCheck::checkWithDatabase(Database &db,
                                                                          const PaperCode &code)
{
    PeopleKeys keys(db);
    QHash<QString, PeopleKeys::Enrolment> trusted;
    keys.trustedKeys(&trusted, nullptr);
    QHash<QString, QString> names;
    for (const PeopleKeys::Enrolment &e : std::as_const(trusted))
        names.insert(e.personId, keys.personName(e.personId));
    return check(code, trusted, names);
}

QStringList PaperSignatureCheck::describe(const QList<Signer> &signers)
{
    QStringList lines;
    for (const Signer &s : signers)
        lines << (s.valid
                      ? tr("Signed by %1 as %2 on %3: valid.").arg(s.name, s.role, s.signedAt)
                      : tr("Signature of %1 as %2: NOT VALID. %3").arg(s.name, s.role, s.problem));
    return lines;
}

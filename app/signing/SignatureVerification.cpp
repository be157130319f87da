#include "app/signing/SignatureVerification.h"

#include "app/signing/KeyProofs.h"
#include "app/signing/RecordSigning.h"
#include "db/Database.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

QString SignatureVerification::check(const QString &id, const QVariantMap &row,
                                     const QHash<QString, PeopleKeys::Enrolment> &trusted,
                                     bool strict, bool incoming)
{
    const QString signerId = row.value(QStringLiteral("signer_id")).toString();
    if (signerId.isEmpty())
        return QString();
    const QString name = row.value(QStringLiteral("signer_name")).toString();
    const QString signedAt = row.value(QStringLiteral("signed_at")).toString();
    const QString proof = row.value(QStringLiteral("proof")).toString();
    if (proof.isEmpty()) {
        const QDateTime at = QDateTime::fromString(signedAt, Qt::ISODate);
        for (const PeopleKeys::Enrolment &e : trusted) {
            if (e.personId == signerId && (incoming || PeopleKeys::enrolledBy(e, at)))
                return tr("Signature %1 of %2 is not made with their personal key, though they "
                          "had one: it may be forged.")
                    .arg(id, name);
        }
        return QString();
    }
    const QString keyId = row.value(QStringLiteral("key_id")).toString();
    const auto key = trusted.constFind(keyId);
    if (key == trusted.constEnd() && !strict)
        return QString();
    if (key == trusted.constEnd() || key->personId != signerId)
        return tr("Signature %1 of %2 names a key that is not their confirmed key.").arg(id, name);
    const QByteArray message =
        RecordSigning::signedMessage(row.value(QStringLiteral("record_id")).toString(),
                                     row.value(QStringLiteral("revision")).toInt(),
                                     row.value(QStringLiteral("content_hash")).toString(), signerId,
                                     row.value(QStringLiteral("role")).toString(), signedAt);
    if (!PersonalKeys::verify(key->signKey, message, QByteArray::fromBase64(proof.toLatin1())))
        return tr("Signature %1 of %2 does not verify: it was forged or altered.").arg(id, name);
    return QString();
}

bool SignatureVerification::verifyAll(Database &db, Result *result, Error *error)
{
    *result = Result();
    QHash<QString, PeopleKeys::Enrolment> trusted;
    if (!PeopleKeys(db).trustedKeys(&trusted, error))
        return false;
    QSqlQuery q(db.sql());
    if (!q.exec(QStringLiteral("SELECT id, record_id, role, signer_id, signer_name, signed_at, "
                               "key_id, revision, content_hash, proof FROM signatures WHERE "
                               "deleted = 0 ORDER BY id")))
        return Error::set(error, Error::Code::Failure, q.lastError().text());
    while (q.next()) {
        QVariantMap row;
        const QStringList columns = {QStringLiteral("record_id"), QStringLiteral("role"),
                                     QStringLiteral("signer_id"), QStringLiteral("signer_name"),
                                     QStringLiteral("signed_at"), QStringLiteral("key_id"),
                                     QStringLiteral("revision"),  QStringLiteral("content_hash"),
                                     QStringLiteral("proof")};
        for (int i = 0; i < columns.size(); ++i)
            row.insert(columns.at(i), q.value(i + 1));
        if (row.value(QStringLiteral("signer_id")).toString().isEmpty()) {
            ++result->external;
            continue;
        }
        ++result->checked;
        const QString problem =
            check(q.value(0).toString(), row, trusted, !PeopleKeys::trustRoot(db).isEmpty());
        if (!problem.isEmpty())
            result->problems << problem;
        else if (trusted.contains(row.value(QStringLiteral("key_id")).toString()))
            ++result->bound;
    }
    q.finish();
    // The locks, approvals and corrections are their makers' too.
    return KeyProofs::verifyAll(db, &result->acts, &result->problems, error);
}

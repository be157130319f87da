#pragma once

#include "app/people/PeopleKeys.h"
#include "db/Error.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

class Database;

// Checks that every stored signature of a person is theirs (architecture.md "People and
// keys"): a bound signature's Ed25519 proof must verify, over the record id, revision, content
// hash, signer, role and time it stores, against a trusted key of the person it names; and a
// signature that is not bound is acceptable only from someone who had no trusted key when it
// was made (signatures drawn before personal keys). `verify`, the import and paper checks use
// it; a forged, altered or borrowed signature fails. verifyAll checks the locks, approvals and
// corrections as well (KeyProofs).
class SignatureVerification
{
    Q_DECLARE_TR_FUNCTIONS(SignatureVerification)
public:
    struct Result
    {
        int checked = 0;  // signatures of people
        int bound = 0;    // with a proof that verifies
        int external = 0; // customers' representatives: strokes only
        int acts = 0;     // locks, approvals and corrections checked (KeyProofs)
        QStringList problems;
        bool ok() const { return problems.isEmpty(); }
    };
    // One signature row as stored (columns of the signatures table); empty problem: fine.
    // strict: this desk has a trust root, so a key it does not trust is a problem; a desk
    // without one (a fresh file an export is imported into) cannot judge keys it never saw.
    // incoming: a signature arriving now (import) must be bound whenever its signer has a
    // trusted key, whatever time it claims; a stored one only if it claims a time after the
    // signer's enrolment (signatures drawn before personal keys stay valid).
    static QString check(const QString &id, const QVariantMap &row,
                         const QHash<QString, PeopleKeys::Enrolment> &trusted, bool strict,
                         bool incoming = false);
    static bool verifyAll(Database &db, Result *result, Error *error);
};

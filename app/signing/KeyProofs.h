#pragma once

#include "app/people/PeopleKeys.h"
#include "db/Error.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>
#include <QVariantMap>

class Database;

// The personal-key proofs of the signed acts besides signatures (architecture.md "People and
// keys"): a lock is signed by the person whose signature locked the form, an approval by the
// approver, a correction by the person who made it — an Ed25519 signature over what the row
// states, stored in its key_id and proof (schema 013). make() signs for the person acting;
// check() judges a row by the rule SignatureVerification::check applies to signatures (a row
// without a proof is acceptable only from someone who had no trusted key when it was made).
// The importer refuses a row that fails; installSyncChecks() makes every desk reject one that
// arrives in a bundle (and a forged signature) as an "invalid" conflict.
class KeyProofs
{
    Q_DECLARE_TR_FUNCTIONS(KeyProofs)
public:
    // The trust a desk judges by: its trusted keys, and when the team got keys.
    struct Trust
    {
        QHash<QString, PeopleKeys::Enrolment> trusted;
        // The trust root's enrolment time: a correction naming no maker is an old one (made
        // before personal keys) only if it was written before this.
        QString rootEnrolledAt;
        // The desk has a trust root: a key it does not trust is a problem. A desk without one
        // (a fresh file an export is imported into) cannot judge keys it never saw.
        bool strict = false;
    };
    static bool trust(Database &db, Trust *out, Error *error);

    // The tables whose rows carry such a proof.
    static bool covers(const QString &table);
    // What the proof of a row of table signs: a format tag, then the row's statement, one
    // value per line.
    static QByteArray message(const QString &table, const QVariantMap &row);

    // Signs row (of a covered table, holding what message() covers) for personId: sets key_id
    // and proof. person: their unlocked keys; null takes them from DeskSession. Someone without
    // a key acts by hand as before personal keys (nothing set); someone with one must have
    // entered their PIN (Usage, field "pin") and their key must be confirmed (Validation).
    static bool make(Database &db, const QString &table, const QString &personId,
                     const PeopleKeys::Unlocked &person, QVariantMap *row, Error *error);

    // Empty when the row holds, else why not (naming the row). incoming: a row arriving now
    // (import) must carry a proof whenever its maker has a trusted key; a stored one only if it
    // claims a time after the maker's enrolment.
    static QString check(Database &db, const QString &table, const QString &id,
                         const QVariantMap &row, const Trust &trust, bool incoming);

    // The check of a stored row as sync runs it (SyncMerger row check); signatures included.
    static bool checkStored(Database &db, const QString &table, const QString &id, QString *reason);
    // Installs checkStored for signatures, locks, approvals and corrections (for corrections
    // added to their link check, so call it after that is set).
    static void installSyncChecks();

    // Every live lock, approval and correction of the desk (`verify`).
    static bool verifyAll(Database &db, int *checked, QStringList *problems, Error *error);
};

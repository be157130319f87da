#pragma once

#include "app/people/PeopleKeys.h"
#include "app/signing/SignatureStrokes.h"
#include "db/Error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

class Database;
struct RecordKind;
struct SignerRole;

// Signing, locking and correcting a form (product.md "The forms": saved as draft, signed —
// which locks it — and printed; a correction is a new revision). Every write goes through
// RecordStore in one transaction with its audit entry:
//   sign    — a signatures row ("sign"); once every required role of SignerRoles has signed
//             (or when the caller asks to lock now) the record is locked;
//   lock    — the form's own signed_at / signed_by_ids are brought in step where the kind
//             declares them, then a record_locks row with the revision and the SHA-256 of the
//             content (RecordFingerprint) is appended ("lock");
//   correct — a copy of a locked, current record (nested children too, new ids) as an editable
//             draft plus a record_revisions row naming the old one ("revise").
class RecordSigning
{
    Q_DECLARE_TR_FUNCTIONS(RecordSigning)
public:
    struct Signature
    {
        QString id;
        QString role;       // SignerRole::key
        QString signerId;   // people.id; empty for an external signer
        QString signerName; // filled from people for a person
        SignatureStrokes strokes;
        QDateTime signedAt; // invalid: now
        // The signer's unlocked keys; null: the person's entry in DeskSession (their PIN).
        PeopleKeys::Unlocked key;
        // Stored with a person's signature: the Ed25519 signature (proof) by key keyId over
        // signedMessage(). Empty for an external signer and for signatures made before keys.
        QString keyId;
        int revision = 0;
        QString contentHash;
        QByteArray proof;
        QString signedAtText; // as stored (the signed message uses this exact text)
    };
    // A person who may sign a role; expected ones (the record's engineers, caller, ...) first.
    struct Candidate
    {
        QString personId;
        QString name;
        bool expected = false;
    };

    // A signature the form still needs: a role, and for a role signed by each of the task's
    // engineers, the engineer (personId empty: anyone entitled to the role).
    struct MissingSignature
    {
        QString role;
        QString personId;
        QString name; // the person's name, or the role's label when anyone may sign
    };

    explicit RecordSigning(Database &db) : m_db(db) {}

    // What a person's signature signs: record id, revision, content hash at signing, signer,
    // role and time, one per line after a format tag.
    static QByteArray signedMessage(const QString &recordId, int revision,
                                    const QString &contentHash, const QString &signerId,
                                    const QString &role, const QString &signedAt);

    bool signatures(const QString &recordId, QList<Signature> *out, Error *error) const;
    bool candidates(const RecordKind &kind, const QString &recordId, const SignerRole &role,
                    QList<Candidate> *out, Error *error) const;
    // Required roles still short of a signature.
    bool missingRoles(const RecordKind &kind, const QString &recordId, QStringList *missing,
                      Error *error) const;
    // Every required signature not given yet: one per required role, except that a role with
    // the key "engineer" is signed by each engineer the record names (one signature each).
    bool missingSignatures(const RecordKind &kind, const QString &recordId,
                           QList<MissingSignature> *missing, Error *error) const;

    // Stores the signature; locks when nothing required is missing. The form locks only with
    // every required signature: lockNow asks for the lock and is refused (nothing stored)
    // while another signature is still needed. *locked (optional) tells whether the record
    // is locked afterwards.
    bool sign(const RecordKind &kind, const QString &recordId, Signature signature, bool lockNow,
              bool *locked, Error *error);
    // Locks a record that has every required signature. at invalid: now.
    bool lock(const RecordKind &kind, const QString &recordId, const QString &lockedById,
              const QDateTime &at, Error *error);
    // A new revision of a locked, current record; *newId receives the draft's id. The
    // correction is made by maker (null: the person acting at this desk, DeskSession) and
    // carries their key signature (KeyProofs); with personal keys in use someone must act.
    bool correct(const RecordKind &kind, const QString &recordId, const QString &reason,
                 QString *newId, Error *error,
                 const PeopleKeys::Unlocked &maker = PeopleKeys::Unlocked());

private:
    bool expectedPeople(const RecordKind &kind, const QString &recordId, const SignerRole &role,
                        QStringList *people) const;
    bool checkSigner(const RecordKind &kind, const QString &recordId, Signature *signature,
                     Error *error) const;
    // A person with a confirmed key signs with it: binds the signature (keyId, revision,
    // contentHash, proof); refuses when their PIN was not entered.
    bool bindToKey(const RecordKind &kind, const QString &recordId, const QString &signedAt,
                   Signature *signature, Error *error) const;
    // locker: the unlocked keys of lockedById (null: from DeskSession) to sign the lock with.
    bool lockInTransaction(const RecordKind &kind, const QString &recordId,
                           const QString &lockedById, const QDateTime &at, Error *error,
                           const PeopleKeys::Unlocked &locker = PeopleKeys::Unlocked());

    Database &m_db;
};

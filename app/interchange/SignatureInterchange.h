#pragma once

#include "app/signing/KeyProofs.h"
#include "db/Error.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>
#include <QVariantMap>

class Database;

// The signing records in the JSON interchange format, as three extra arrays beside the forms:
//   "signatures"       id, record_table, record_id, role, signer_id, signer_name,
//                      strokes ({"width", "height", "strokes"}), signed_at
//   "record_revisions" id, record_table, record_id, previous_id, revision, reason,
//                      made_by_id, made_at, key_id, proof
//   "record_locks"     id, record_table, record_id, revision, content_hash, locked_at,
//                      locked_by_id, key_id, proof
// (signatures also key_id, revision, content_hash, proof). A new row of a person must carry
// their key signature where they had a key (SignatureVerification, KeyProofs).
// All three are append-only: an id already present must come in unchanged. A new lock must
// carry the hash of the record's content as it is after the import (the importer writes the
// forms first), so a file cannot lock content other than what it signed. A new revision row
// must be the trace of a real correction (RevisionLinks), checked after the locks are written.
class SignatureInterchange
{
    Q_DECLARE_TR_FUNCTIONS(SignatureInterchange)
public:
    static const QStringList &arrays();

    explicit SignatureInterchange(Database &db) : m_db(db) {}

    bool exportTo(QJsonObject *document, Error *error) const;
    // Runs inside the importer's transaction, after the forms were written; *created counts
    // the new rows.
    bool importFrom(const QJsonObject &document, int *created, Error *error);

private:
    bool importArray(const QString &array, const QJsonValue &section, int *created, Error *error);

    Database &m_db;
    // The revision rows this import added: checked (RevisionLinks) once the locks are in.
    QList<QPair<QString, QVariantMap>> m_newLinks;
    // The keys new rows are checked against (read once, after the file's keys are in).
    KeyProofs::Trust m_trust;
    bool m_trustRead = false;
};

#pragma once

#include "db/Error.h"

#include <QCoreApplication>
#include <QString>

class Database;

// Tells whether a paper copy matches the desk, from the text of its QR code or the code typed
// from its footer (PaperCode): the current revision, an old (superseded) one, a copy whose
// content matches no revision of a known record (altered, or printed from a draft that changed
// since), an unknown record, or text that is no code at all. Every check is written to the
// audit log ("verify_paper").
class PaperVerification
{
    Q_DECLARE_TR_FUNCTIONS(PaperVerification)
public:
    enum class Status { Current, Superseded, Mismatch, Unknown, Invalid };

    struct Result
    {
        Status status = Status::Invalid;
        QString recordId;
        QString recordTable;
        int revision = 0;  // the revision the paper claims
        QString currentId; // the current revision's record (Superseded)
        int currentRevision = 0;
        bool locked = false; // the paper's record is signed and locked
        QString sentence;    // translated: what it means and what to do
    };

    explicit PaperVerification(Database &db) : m_db(db) {}

    // False only when the database cannot be read or the audit entry cannot be written; every
    // outcome about the paper itself is a Result.
    bool verify(const QString &codeText, Result *result, Error *error);

    static QString statusName(Status status); // "current", "superseded", ... (for JSON, audit)

private:
    bool evaluate(const QString &codeText, Result *result, Error *error);

    Database &m_db;
};

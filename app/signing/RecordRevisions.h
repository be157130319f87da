#pragma once

#include "db/Error.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class Database;
class QSqlQuery;

// The revision chain of corrected forms (schema 007, record_revisions): a record without a row
// there is revision 1; a correction names the record it replaces. A correction replaces its
// predecessor only once it is signed (locked): until then the signed revision stays current
// for lists, totals, closure, printing and paper verification, and the draft is pending.
// Reads only; the correction itself is made by the signing code.
class RecordRevisions
{
    Q_DECLARE_TR_FUNCTIONS(RecordRevisions)
public:
    explicit RecordRevisions(Database &db) : m_db(db) {}

    // 1 for an original, 2 for its first correction, ...
    bool revisionOf(const QString &recordId, int *revision, Error *error) const;
    // The signed correction that replaced recordId; empty when it is current.
    bool supersededBy(const QString &recordId, QString *newerId, Error *error) const;
    // The correction of recordId still being drafted (not signed); empty when there is none.
    bool pendingCorrectionOf(const QString &recordId, QString *draftId, Error *error) const;
    // True when recordId is a correction that is not signed yet.
    bool isPendingCorrection(const QString &recordId, bool *pending, Error *error) const;
    // The newest revision in recordId's chain (recordId itself when it is current).
    bool currentOf(const QString &recordId, QString *currentId, Error *error) const;
    // The newest revision in the chain, a correction still being drafted included: the one
    // to open for editing.
    bool latestOf(const QString &recordId, QString *latestId, Error *error) const;
    // The record that recordId replaced; empty for an original.
    bool previousOf(const QString &recordId, QString *previousId, Error *error) const;
    // Why recordId was made (the reason given when correcting); empty for an original.
    bool reasonOf(const QString &recordId, QString *reason, Error *error) const;
    // recordId and every revision it replaced, newest first.
    bool chainOf(const QString &recordId, QStringList *ids, Error *error) const;
    // An SQL condition true for the rows of table (as alias) that are the current revision: no
    // signed correction replaced them and they are not an unsigned correction draft. Totals,
    // checks and closure read these, while lists and prints show every revision.
    static QString currentOnly(const QString &table, const QString &alias);
    // An SQL condition true for the newest revision of each chain, a pending draft included:
    // where a form is still being written (the open claim a daily expense goes to).
    static QString latestOnly(const QString &table, const QString &alias);

private:
    bool successor(const QString &recordId, bool signedOnly, QString *newerId, Error *error) const;
    static bool readFailed(const QSqlQuery &q, const QString &id, Error *error);
    bool lookup(const char *sql, const QString &id, QVariant *value, Error *error) const;

    Database &m_db;
};

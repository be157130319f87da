#pragma once

#include "db/Error.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class Database;
class QSqlQuery;

// The revision chain of corrected forms (schema 007, record_revisions): a record without a row
// there is revision 1; a correction names the record it replaces. Printing marks a superseded
// copy as such, and paper verification tells a current copy from an old one. Reads only; the
// correction itself is made by the signing code.
class RecordRevisions
{
    Q_DECLARE_TR_FUNCTIONS(RecordRevisions)
public:
    explicit RecordRevisions(Database &db) : m_db(db) {}

    // 1 for an original, 2 for its first correction, ...
    bool revisionOf(const QString &recordId, int *revision, Error *error) const;
    // The correction that replaced recordId; empty when it is current.
    bool supersededBy(const QString &recordId, QString *newerId, Error *error) const;
    // The newest revision in recordId's chain (recordId itself when it is current).
    bool currentOf(const QString &recordId, QString *currentId, Error *error) const;
    // The record that recordId replaced; empty for an original.
    bool previousOf(const QString &recordId, QString *previousId, Error *error) const;
    // Why recordId was made (the reason given when correcting); empty for an original.
    bool reasonOf(const QString &recordId, QString *reason, Error *error) const;
    // recordId and every revision it replaced, newest first.
    bool chainOf(const QString &recordId, QStringList *ids, Error *error) const;
    // An SQL condition true for the rows of table (as alias) that no live correction replaced:
    // totals, drafts and checks read current revisions only, while lists and prints show both.
    static QString currentOnly(const QString &table, const QString &alias);

private:
    static bool readFailed(const QSqlQuery &q, const QString &id, Error *error);
    bool lookup(const char *sql, const QString &id, QVariant *value, Error *error) const;

    Database &m_db;
};

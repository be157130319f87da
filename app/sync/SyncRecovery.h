#pragma once

#include "db/Error.h"
#include "db/SyncReport.h"

#include <QCoreApplication>
#include <QString>
#include <memory>

class Database;
class SyncFileSystem;

// Rebuilding a desk when every passphrase is lost (product.md "Retention"): with only the
// shared folder and the recovery sheet's key, a new, empty database becomes a new device of
// the team — the key is checked against the team's own files, the latest snapshot is restored,
// then every later bundle of every device is applied, and every attachment is fetched from the
// share's blobs into the database, so the rebuilt desk is complete even without the share.
class SyncRecovery
{
    Q_DECLARE_TR_FUNCTIONS(SyncRecovery)
public:
    // The 256-bit team key (64 hex digits, lower case) from a recovery sheet's text, or from a
    // file holding only the key (spaces, line breaks and dashes between groups are ignored).
    static bool parseKey(const QString &text, QString *keyHex, Error *error);

    // The whole rebuild as the CLI and the desktop run it: creates a new database at path under
    // passphrase (never over an existing file), with actor as the audit actor, and recovers the
    // team into it. On failure nothing is left at path. Slow (key derivation, every bundle):
    // run it off the GUI thread; the returned connection belongs to the calling thread.
    static std::unique_ptr<Database> rebuild(const QString &path, const QString &passphrase,
                                             const QString &actor, const QString &share,
                                             const QString &keyHex, SyncReport *report,
                                             int *attachments, Error *error);

    SyncRecovery(Database &db, SyncFileSystem *fs = nullptr);

    // db must be new: no team, no records but the shipped holiday calendar. *report sums the
    // rounds that applied the bundles; *attachments counts the attachments fetched.
    bool recover(const QString &share, const QString &keyHex, SyncReport *report, int *attachments,
                 Error *error);

private:
    bool checkKey(const QString &root, const QString &keyHex, const QString &teamId, Error *error);
    bool fetchAttachments(int *count, Error *error);

    Database &m_db;
    SyncFileSystem *m_fs;
};

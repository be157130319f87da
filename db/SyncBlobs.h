#pragma once

#include "db/Error.h"

#include <QCoreApplication>

class Database;
class SyncFileSystem;

// A column whose content travels as a blob on the share instead of inside bundles (attachments):
// the bundle carries an empty value and nameColumn the blob's name.
struct SyncBlobField
{
    QString table;
    QString dataColumn;
    QString nameColumn;
};

// Attachment content on the share (architecture.md "Attachments"): <share>/fielddesk/blobs/<name>,
// name = HMAC-SHA256(team key, plaintext) in hex, so equal files share one blob and the name
// tells nothing about the content. A blob is a small SQLCipher file keyed with the raw team
// key holding the content and its SHA-256; it is written once (partial, flush, rename to a
// name that does not exist) and on every read decrypted and checked against its name.
class SyncBlobs
{
    Q_DECLARE_TR_FUNCTIONS(SyncBlobs)
public:
    SyncBlobs(Database &db, SyncFileSystem *fs = nullptr);

    static QString nameFor(const QString &keyHex, const QByteArray &data);
    // Writes the blob unless the share has it already.
    bool upload(const QString &name, const QByteArray &data, Error *error);
    // Reads and checks a blob: false with a message when missing, unreadable or not matching.
    bool fetch(const QString &name, QByteArray *data, Error *error);

private:
    QString tempPath(const QString &what) const;

    Database &m_db;
    SyncFileSystem *m_fs;
    QString m_key;
    QString m_dir;
};

#pragma once

#include "db/Error.h"

#include <QCoreApplication>
#include <QString>

class Database;

// Files kept inside the encrypted database (SOP-10 §5.2.5: the scanned, signed NDA; later
// contracts, SDS and COA): one row of the attachments table per file, written once through
// RecordStore (change log and audit included) and never changed. The SHA-256 of the content is
// stored with it and checked on every read, so a damaged copy is reported, not handed out.
class AttachmentStore
{
    Q_DECLARE_TR_FUNCTIONS(AttachmentStore)
public:
    static constexpr qint64 MaxSize = 20 * 1024 * 1024; // 20 MB: a scanned multi-page PDF

    struct Info
    {
        QString id;
        QString fileName; // without folders
        QString mimeType;
        QString sha256; // lower-case hex of the content
        qint64 size = 0;
    };

    explicit AttachmentStore(Database &db);

    // Reads the file and stores it as a new attachment; *attachmentId receives its id.
    bool add(const QString &filePath, QString *attachmentId, Error *error);
    // Stores content already read (readFile) under an id chosen beforehand: an editor holds a
    // chosen file until its record is saved and writes both in one transaction.
    bool addData(const QString &fileName, const QByteArray &data, const QString &id, Error *error);
    // Reads a file for attaching, refusing one larger than MaxSize before reading it.
    static bool readFile(const QString &filePath, QByteArray *data, Error *error);
    // The content, after checking it against the stored SHA-256.
    bool read(const QString &id, QByteArray *data, Error *error) const;
    // Name, type, size and hash without loading the content.
    bool info(const QString &id, Info *out, Error *error) const;

    // A plaintext copy of the attachment was saved outside the database: a line in the audit
    // log (action attachment_export, detail path=...).
    bool logCopySaved(const QString &id, const QString &path, Error *error);

    static QString sha256Hex(const QByteArray &data);

private:
    static bool tooLarge(const QString &fileName, qint64 size, Error *error);

    Database &m_db;
};

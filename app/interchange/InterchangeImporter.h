#pragma once

#include "app/signing/KeyProofs.h"
#include "db/Error.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>

class Database;
class QFile;
struct RecordKind;

// Reads a JSON interchange document into the database, all or nothing: every record is
// checked against the catalog first (ids, types, enums, lengths, references, duplicates),
// then everything is written in one transaction through RecordStore, so each new record or
// changed field is an ordinary edit (change log, audit). Any problem leaves the database as
// it was and names the record and field.
//
// Nested kinds (expense lines) come inside their parent record under their nestedKey. A child
// without "id" gets a name-based UUID of its parent id and order number, so importing the same
// file again updates it instead of adding a copy. When a parent carries the list, the list is
// the whole set: live children of that parent missing from it are removed (tombstoned).
// A signed (locked, RecordLocks) form comes in unchanged or not at all (Locked). The signing
// records (SignatureInterchange) are imported last, in the same transaction.
//
// The write lock is held briefly. A small file is written in one transaction. A larger one is
// first imported whole into a private encrypted copy of the database (a snapshot through the
// backup API, holding no lock on the real file): a file the rules refuse leaves the database
// untouched. Then it is written in short transactions (batches of about BatchMillis, a pause
// after each so a waiting desk or CLI gets its turn), parents and referenced records first,
// the signing records and the import's audit entry in the last one. From the first batch to
// the last the database carries an "unfinished import" mark (unfinishedImports()): a process
// killed between batches leaves whole records and that mark, and importing the same file again
// completes it (an import is idempotent) and removes the mark.
class InterchangeImporter
{
    Q_DECLARE_TR_FUNCTIONS(InterchangeImporter)
public:
    struct Summary
    {
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        int removed = 0; // nested records left out of their parent's list
    };

    // The largest file import reads. A desk's whole ten-year export is tens of MiB (record
    // text only: attachments travel as sync blobs); parsing needs several times the file's
    // size in memory, so 256 MiB keeps a mistaken file (a disk image, /dev/zero) from eating
    // a desk PC's memory while leaving ten times the largest real export.
    static constexpr qint64 MaxFileBytes = qint64(256) << 20;
    // Reads an opened file for import, refusing one over MaxFileBytes before holding it.
    static bool readFile(QFile &file, QByteArray *out, Error *error);

    // The id a nested record without one gets: UUID v5 of its parent id and order number.
    static QString nestedId(const QString &parentId, int orderNumber, int attempt = 1);

    // Up to this many records a file is written in one transaction: at about 1-2 ms per
    // record the lock is held well under a second, and the copy is not worth making.
    static constexpr int OneTransactionRecords = 400;
    // How long one batch writes, and the pause after it: longer than the longest sleep of
    // SQLite's busy handler (100 ms), so every waiting connection finds the lock free.
    static constexpr int BatchMillis = 400;
    static constexpr int PauseMillis = 120;

    // One sentence per import that started writing and did not finish, saying what to do.
    static QStringList unfinishedImports(Database &db);

    explicit InterchangeImporter(Database &db);
    // The file's name, for the unfinished-import mark and its message.
    void setSourceName(const QString &name) { m_sourceName = name; }
    bool importJson(const QByteArray &json, Summary *summary, Error *error);
    bool importDocument(const QJsonObject &document, Summary *summary, Error *error);

private:
    struct Pending
    {
        const RecordKind *kind = nullptr;
        QString id;
        QVariantMap fields;
        // Nested kinds whose list this record carried: the list replaces the stored set.
        QList<const RecordKind *> childLists;
    };
    // parentId/position: for a record nested in a parent's list (position counts from 1).
    bool parseRecord(const RecordKind &kind, const QJsonValue &value, Pending *out,
                     QList<Pending> *children, Error *error, const QString &parentId = QString(),
                     int position = 0, int index = -1) const;
    bool parseChildren(const RecordKind &child, const QString &parentId, const QJsonValue &list,
                       QList<Pending> *children, Error *error) const;
    bool removeLeftOut(const QList<Pending> &pending, int *removed, Error *error);
    bool checkNotSigned(const Pending &p, const QVariantMap &current, Error *error);
    // Know-how never becomes less restricted through a file (L3 text would reach the index).
    bool checkLevelNotLowered(const Pending &p, const QVariantMap &current, Error *error) const;
    bool checkReferences(const QList<Pending> &pending, Error *error) const;
    // Everything a file is checked against before anything is written.
    bool prepare(const QJsonObject &document, QList<Pending> *pending, Error *error);
    // One record with its rules; counts it.
    bool writeRecord(const Pending &p, Summary *counts, Error *error);
    // Left-out children, signing records and the import's audit entry.
    bool finish(const QJsonObject &document, const QList<Pending> &pending, Summary *counts,
                Error *error);
    bool writeAll(const QJsonObject &document, const QList<Pending> &pending, Summary *summary,
                  Error *error);
    // The whole import in a private copy of the database: a refusal there writes nothing here.
    bool checkOnCopy(const QJsonObject &document, const QList<Pending> &pending, Error *error);
    bool writeInBatches(const QJsonObject &document, const QList<Pending> &pending,
                        Summary *summary, Error *error);
    // A new or changed approval must carry its approver's key signature (KeyProofs).
    bool checkKeyProof(const Pending &p, const QVariantMap &current, const QVariantMap &merged,
                       Error *error);
    // A record naming another record of its own kind from the file (a correction names the
    // report it replaces) is written after that one, so the rules see the chain in order.
    static QList<Pending> referencedFirst(const QList<Pending> &pending);

    Database &m_db;
    QString m_sourceName;
    KeyProofs::Trust m_trust; // read once per import, after the file's keys are in
    bool m_trustRead = false;
};

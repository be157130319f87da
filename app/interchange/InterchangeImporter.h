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

    explicit InterchangeImporter(Database &db);
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
    // A new or changed approval must carry its approver's key signature (KeyProofs).
    bool checkKeyProof(const Pending &p, const QVariantMap &current, const QVariantMap &merged,
                       Error *error);
    // A record naming another record of its own kind from the file (a correction names the
    // report it replaces) is written after that one, so the rules see the chain in order.
    static QList<Pending> referencedFirst(const QList<Pending> &pending);

    Database &m_db;
    KeyProofs::Trust m_trust; // read once per import, after the file's keys are in
    bool m_trustRead = false;
};

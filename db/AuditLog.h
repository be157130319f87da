#pragma once

#include "db/Error.h"

#include <QCoreApplication>
#include <QStringList>

class Database;

// The append-only audit trail: every create, change, sign, print, export and L3 access.
// Each entry stores the SHA-256 of the previous entry and its own, and the newest hash is
// also kept in the meta table, so verify() notices an entry that was edited, removed from
// the middle, or cut off the end.
//
// Ten years of work are over 100,000 entries: verify() streams through them (one row in memory
// at a time) and is the full check on demand. What a desk checks each time it is unlocked is
// verifySinceCheckpoint(): a checkpoint (sequence and hash of the last entry found intact, in
// the meta table) lets it check only the entries added since, plus that the checkpoint entry
// itself is still the one that was checked. A full check that passes moves the checkpoint.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)
public:
    struct Entry
    {
        qint64 seq = 0;
        QString at; // ISO 8601 with offset
        QString actor;
        QString device;
        QString action; // create, change, delete, sign, print, export, import, l3_access, ...
        QString recordTable;
        QString recordId;
        QString detail;
        QString prevHash;
        QString hash;
    };

    explicit AuditLog(Database &db);

    // Appends one entry. Joins the caller's transaction when there is one.
    bool append(const QString &action, const QString &recordTable, const QString &recordId,
                const QString &detail, Error *error);
    // Walks the whole chain; fills problems with one sentence per break found. When intact,
    // records the head as the checkpoint (which needs a writable database; a read-only one
    // just verifies).
    bool verify(QStringList *problems);
    // Checks the entries after the checkpoint (all of them when there is none) and moves the
    // checkpoint to the head when they are intact. *checked (optional): entries read.
    bool verifySinceCheckpoint(QStringList *problems, qint64 *checked = nullptr);
    QList<Entry> entries(int limit = -1) const;

    static QString hashOf(const Entry &entry);

private:
    // Walks the entries after afterSeq, expecting the first to chain to afterHash.
    bool walk(qint64 afterSeq, const QString &afterHash, QStringList *found, qint64 *lastSeq,
              QString *lastHash, qint64 *read) const;
    void saveCheckpoint(qint64 seq, const QString &hash);

    Database &m_db;
};

#pragma once

#include "db/Error.h"

#include <QCoreApplication>
#include <QString>
#include <QVariantMap>

class Database;

// Read side of signed-record locks (schema 007, record_locks), for everyone who must respect
// them: the editors (read-only), import and sync (a change to a locked record is refused or
// becomes a rejected conflict), printing and paper verification (the stored hash). Two offline
// devices may both lock a record; the earliest lock (locked_at, then id) is the one that
// counts. install() adds the guard that makes RecordStore refuse writes to nested records of a
// locked parent (the db layer does not know the catalog).
class RecordLocks
{
    Q_DECLARE_TR_FUNCTIONS(RecordLocks)
public:
    struct Lock
    {
        QString id;
        QString recordTable;
        QString recordId;
        int revision = 0;
        QString contentHash; // hex SHA-256 of RecordFingerprint::canonicalContent
        QString lockedAt;    // ISO 8601 with offset
        QString lockedById;  // people.id, may be empty
    };

    explicit RecordLocks(Database &db) : m_db(db) {}

    bool isLocked(const QString &recordId, bool *locked, Error *error) const;
    // *found false (and true returned) when recordId has no lock.
    bool lockOf(const QString &recordId, Lock *lock, bool *found, Error *error) const;
    // Recomputes the content hash of the locked record and compares it with the lock's.
    // *matches is false for an unlocked record. currentHash (optional) receives the recomputed
    // hash. A mismatch means the row was changed behind the desk's back (or a sync bug).
    bool verifyHash(const QString &recordId, bool *matches, QString *currentHash,
                    Error *error) const;
    // The locked record that blocks a write to table/id with this row: the record itself, or
    // the parent of a nested record (an expense line's claim). Empty when nothing blocks.
    bool blockingLock(const QString &table, const QString &id, const QVariantMap &row,
                      QString *lockedId, Error *error) const;

    // Installs the nested-record guard into RecordStore (process-wide; once is enough).
    static void install();

private:
    Database &m_db;
};

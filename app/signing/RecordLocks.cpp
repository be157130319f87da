#include "app/signing/RecordLocks.h"

#include "app/catalog/RecordCatalog.h"
#include "app/signing/RecordFingerprint.h"
#include "db/Database.h"
#include "db/RecordStore.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

bool nestedGuard(Database &db, const QString &table, const QString &id, const QVariantMap &row,
                 Error *error)
{
    QString lockedId;
    if (!RecordLocks(db).blockingLock(table, id, row, &lockedId, error))
        return false;
    if (lockedId.isEmpty() || lockedId == id)
        return true; // the record's own lock is RecordStore's built-in check
    return Error::set(error, Error::Code::Locked, RecordStore::lockedMessage(lockedId), lockedId);
}

} // namespace

void RecordLocks::install()
{
    RecordStore::addLockGuard(&nestedGuard);
}

bool RecordLocks::lockOf(const QString &recordId, Lock *lock, bool *found, Error *error) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT id, record_table, record_id, revision, content_hash, "
                             "locked_at, locked_by_id FROM record_locks "
                             "WHERE record_id = ? AND deleted = 0 ORDER BY locked_at, id LIMIT 1"));
    q.addBindValue(recordId);
    if (!q.exec())
        return Error::set(
            error, Error::Code::Failure,
            tr("Could not read the lock of record %1: %2").arg(recordId, q.lastError().text()),
            recordId);
    *found = q.next();
    if (*found && lock) {
        lock->id = q.value(0).toString();
        lock->recordTable = q.value(1).toString();
        lock->recordId = q.value(2).toString();
        lock->revision = q.value(3).toInt();
        lock->contentHash = q.value(4).toString();
        lock->lockedAt = q.value(5).toString();
        lock->lockedById = q.value(6).toString();
    }
    return true;
}

bool RecordLocks::isLocked(const QString &recordId, bool *locked, Error *error) const
{
    return lockOf(recordId, nullptr, locked, error);
}

bool RecordLocks::verifyHash(const QString &recordId, bool *matches, QString *currentHash,
                             Error *error) const
{
    *matches = false;
    Lock lock;
    bool found = false;
    if (!lockOf(recordId, &lock, &found, error))
        return false;
    if (!found)
        return true;
    const RecordKind *kind = RecordCatalog::byTable(lock.recordTable);
    if (!kind)
        return Error::set(error, Error::Code::Failure,
                          tr("Record %1 is locked as a %2, which this desk does not know.")
                              .arg(recordId, lock.recordTable),
                          recordId);
    QString hash;
    if (!RecordFingerprint::contentHash(m_db, *kind, recordId, &hash, error))
        return false;
    if (currentHash)
        *currentHash = hash;
    *matches = hash == lock.contentHash;
    return true;
}

bool RecordLocks::blockingLock(const QString &table, const QString &id, const QVariantMap &row,
                               QString *lockedId, Error *error) const
{
    lockedId->clear();
    QStringList candidates{id};
    if (const RecordKind *kind = RecordCatalog::byTable(table); kind && kind->isNested()) {
        const QString parent = row.value(kind->parentField).toString();
        if (!parent.isEmpty())
            candidates << parent;
    }
    for (const QString &candidate : std::as_const(candidates)) {
        bool locked = false;
        if (!isLocked(candidate, &locked, error))
            return false;
        if (locked) {
            *lockedId = candidate;
            return true;
        }
    }
    return true;
}

#include "db/SyncMerger.h"

#include "db/Database.h"
#include "db/RecordStore.h"
#include "db/SyncConflictFinder.h"
#include "db/VersionKeys.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QMutex>
#include <QSqlError>
#include <QSqlRecord>
#include <QUuid>
#include <tuple>

namespace {

// A device id for a NOT NULL column: "no device" is '' there (a null QString binds as NULL).
QVariant deviceText(const QString &device)
{
    return device.isNull() ? QVariant(QStringLiteral("")) : QVariant(device);
}

// Text for a NOT NULL column that may be empty: a conflict about a whole row (kind "invalid")
// names no field, and a null QString would bind as NULL and fail the whole bundle.
QVariant notNullText(const QString &text)
{
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}

QMutex &parentMutex()
{
    static QMutex mutex;
    return mutex;
}

QHash<QString, QString> &lockParents()
{
    static QHash<QString, QString> parents;
    return parents;
}

QHash<QString, SyncMerger::RowCheck> &rowChecks()
{
    static QHash<QString, SyncMerger::RowCheck> checks;
    return checks;
}

const QString Invalid = QStringLiteral("invalid");

const QString Deleted = QStringLiteral("deleted");
const QString CreatedAt = QStringLiteral("created_at");

bool sqlFail(Error *error, const QSqlQuery &q, const QString &id = QString())
{
    return Error::set(error, Error::Code::Failure, q.lastError().text(), id);
}

// How deep this thread is inside a merge: write hooks run by the merge must not start another.
int &mergeDepth()
{
    static thread_local int depth = 0;
    return depth;
}

} // namespace

SyncMerger::SyncMerger(Database &db)
    : m_db(db), m_unique(db), m_insertChange(db.sql()), m_loadVersions(db.sql()),
      m_fieldVersions(db.sql()), m_storeVersion(db.sql())
{
    m_insertChange.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO received_rows (record_key, field_key, value, base_hlc, "
        "base_device_key, hlc, device_key) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    m_loadVersions.prepare(
        QStringLiteral("SELECT field, value, base_hlc, base_device, hlc, device FROM change_log "
                       "WHERE record_table = ?1 AND record_id = ?2 UNION ALL "
                       "SELECT field, value, base_hlc, base_device, hlc, device FROM sync_changes "
                       "WHERE record_table = ?1 AND record_id = ?2"));
    m_fieldVersions.prepare(QStringLiteral("SELECT field, hlc, device FROM field_versions "
                                           "WHERE record_table = ? AND record_id = ?"));
    m_storeVersion.prepare(QStringLiteral("INSERT OR REPLACE INTO version_rows (record_key, "
                                          "field_key, hlc, device_key) VALUES (?, ?, ?, ?)"));
    m_hasLocks = db.sql().tables().contains(QStringLiteral("record_locks"));
}

void SyncMerger::setLockParent(const QString &table, const QString &parentField)
{
    QMutexLocker lock(&parentMutex());
    lockParents().insert(table, parentField);
}

void SyncMerger::setRowCheck(const QString &table, const RowCheck &check)
{
    QMutexLocker lock(&parentMutex());
    rowChecks().insert(table, check);
}

void SyncMerger::addRowCheck(const QString &table, const RowCheck &check)
{
    QMutexLocker lock(&parentMutex());
    const RowCheck before = rowChecks().value(table);
    if (!before) {
        rowChecks().insert(table, check);
        return;
    }
    rowChecks().insert(table, [before, check](Database &db, const QString &id, QString *reason) {
        return before(db, id, reason) && check(db, id, reason);
    });
}

bool SyncMerger::recheckRows(int *conflicts, Error *error)
{
    QHash<QString, RowCheck> checks;
    {
        QMutexLocker lock(&parentMutex());
        checks = rowChecks();
    }
    for (auto it = checks.cbegin(); it != checks.cend(); ++it) {
        const QString &table = it.key();
        if (!m_db.sql().tables().contains(table))
            continue;
        // Rejecting one row can make another fail (a chain built on it), and a row that
        // passes again can make another pass: repeat until nothing changes.
        for (int pass = 0; pass < 20; ++pass) {
            QSqlQuery q(m_db.sql());
            if (!q.exec(QStringLiteral("SELECT t.id, t.deleted, EXISTS (SELECT 1 FROM "
                                       "sync_conflicts c WHERE c.kind = '%2' AND "
                                       "c.record_table = '%1' AND c.record_id = t.id) FROM %1 t "
                                       "ORDER BY t.id")
                            .arg(table, Invalid)))
                return sqlFail(error, q);
            QList<std::tuple<QString, bool, bool>> rows;
            while (q.next())
                rows.append({q.value(0).toString(), q.value(1).toInt() != 0, q.value(2).toBool()});
            q.finish();
            bool changed = false;
            for (const auto &[id, hidden, rejected] : std::as_const(rows)) {
                if (hidden && !rejected)
                    continue; // deleted by a person, not by this check
                QString reason;
                const bool ok = it.value()(m_db, id, &reason);
                if (ok == !hidden)
                    continue;
                QSqlQuery w(m_db.sql());
                w.prepare(QStringLiteral("UPDATE %1 SET deleted = ? WHERE id = ?").arg(table));
                w.addBindValue(ok ? 0 : 1);
                w.addBindValue(id);
                if (!w.exec())
                    return sqlFail(error, w, id);
                const QString cid = conflictId(Invalid, table, id, QString(), 0, QString());
                if (ok) {
                    w.prepare(QStringLiteral("DELETE FROM sync_conflicts WHERE id = ?"));
                    w.addBindValue(cid);
                    if (!w.exec())
                        return sqlFail(error, w, id);
                } else {
                    SyncFoundConflict c;
                    c.kind = Invalid;
                    c.other = reason;
                    if (!storeConflict(table, id, c, conflicts, error))
                        return false;
                }
                changed = true;
            }
            if (!changed)
                break;
        }
    }
    return true;
}

QString SyncMerger::conflictId(const QString &kind, const QString &table, const QString &id,
                               const QString &field, qint64 hlc, const QString &device)
{
    static const QUuid ns = QUuid::fromString(u"6f1d3c52-9a0e-4b7e-8d55-2f0c6a1b9e41");
    const QString name =
        QStringList{kind, table, id, field, QString::number(hlc), device}.join(QLatin1Char('|'));
    return QUuid::createUuidV5(ns, name).toString(QUuid::WithoutBraces);
}

bool SyncMerger::apply(const QList<SyncChange> &changes, int *applied, int *conflicts, Error *error)
{
    QList<QPair<QString, QString>> touched;
    QSet<QString> seen;
    for (const SyncChange &ch : changes) {
        // sync_changes is a view over received_rows (schema 15), which names records, fields
        // and devices by key; the table itself says whether the version is new.
        const qint64 record = VersionKeys::record(m_db, ch.table, ch.rowId, error);
        const qint64 field = record < 0 ? -1 : VersionKeys::field(m_db, ch.field, error);
        const qint64 base = field < 0 ? -1 : VersionKeys::device(m_db, ch.baseDevice, error);
        const qint64 device = base < 0 ? -1 : VersionKeys::device(m_db, ch.device, error);
        if (device < 0)
            return false;
        for (const QVariant &v : {QVariant(record), QVariant(field), ch.value, QVariant(ch.baseHlc),
                                  QVariant(base), QVariant(ch.hlc), QVariant(device)})
            m_insertChange.addBindValue(v);
        if (!m_insertChange.exec())
            return sqlFail(error, m_insertChange, ch.rowId);
        if (m_insertChange.numRowsAffected() <= 0)
            continue; // known already: applying a bundle twice changes nothing
        ++*applied;
        const QString key = ch.table + QLatin1Char('/') + ch.rowId;
        if (!seen.contains(key)) {
            seen.insert(key);
            touched.append({ch.table, ch.rowId});
        }
    }
    for (const auto &row : std::as_const(touched)) {
        if (!resolve(row.first, row.second, conflicts, error))
            return false;
        // A lock that arrives re-resolves the record it locks: later changes are rejected.
        if (m_hasLocks && row.first == QLatin1String("record_locks")) {
            QSqlQuery q(m_db.sql());
            q.prepare(
                QStringLiteral("SELECT record_table, record_id FROM record_locks WHERE id = ?"));
            q.addBindValue(row.second);
            if (!q.exec() || !q.next())
                continue;
            const QString lockedTable = q.value(0).toString();
            const QString lockedId = q.value(1).toString();
            q.finish();
            if (!resolve(lockedTable, lockedId, conflicts, error))
                return false;
            // Its nested records are locked with it.
            QHash<QString, QString> parents;
            {
                QMutexLocker lock(&parentMutex());
                parents = lockParents();
            }
            for (auto it = parents.cbegin(); it != parents.cend(); ++it) {
                QSqlQuery children(m_db.sql());
                children.prepare(
                    QStringLiteral("SELECT id FROM %1 WHERE %2 = ?").arg(it.key(), it.value()));
                children.addBindValue(lockedId);
                QStringList ids;
                if (children.exec()) {
                    while (children.next())
                        ids << children.value(0).toString();
                }
                for (const QString &child : std::as_const(ids)) {
                    if (!resolve(it.key(), child, conflicts, error))
                        return false;
                }
            }
        }
    }
    return touched.isEmpty() || recheckRows(conflicts, error);
}

bool SyncMerger::loadVersions(const QString &table, const QString &id, SyncVersions *out,
                              Error *error)
{
    m_loadVersions.bindValue(0, table);
    m_loadVersions.bindValue(1, id);
    if (!m_loadVersions.exec())
        return sqlFail(error, m_loadVersions, id);
    while (m_loadVersions.next()) {
        SyncVersion v;
        v.value = m_loadVersions.value(1);
        v.baseHlc = m_loadVersions.value(2).toLongLong();
        v.baseDevice = m_loadVersions.value(3).toString();
        v.hlc = m_loadVersions.value(4).toLongLong();
        v.device = m_loadVersions.value(5).toString();
        (*out)[m_loadVersions.value(0).toString()].append(v);
    }
    m_loadVersions.finish();
    return true;
}

qint64 SyncMerger::lockHlc(const QString &table, const QString &id, const QVariantMap &row)
{
    qint64 lock = lockHlcOf(table, id);
    QString parentField;
    {
        QMutexLocker guard(&parentMutex());
        parentField = lockParents().value(table);
    }
    const QString parent = parentField.isEmpty() ? QString() : row.value(parentField).toString();
    if (!parent.isEmpty()) {
        // The parent's table is not needed: record ids are unique UUIDs.
        const qint64 parentLock = lockHlcOf(QString(), parent);
        if (parentLock != 0 && (lock == 0 || parentLock < lock))
            lock = parentLock;
    }
    return lock;
}

qint64 SyncMerger::lockHlcOf(const QString &table, const QString &id)
{
    if (!m_hasLocks || table == QLatin1String("record_locks"))
        return 0;
    // The earliest live lock counts; its version is the one its record_id field carries.
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
        "SELECT min(v.hlc) FROM record_locks l JOIN field_versions v ON v.record_table = "
        "'record_locks' AND v.record_id = l.id AND v.field = 'record_id' "
        "WHERE (? = '' OR l.record_table = ?) AND l.record_id = ? AND l.deleted = 0"));
    // No table: any table ('' — a null QString would bind as NULL and match nothing).
    const QString anyOrTable = table.isNull() ? QStringLiteral("") : table;
    q.addBindValue(anyOrTable);
    q.addBindValue(anyOrTable);
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

bool SyncMerger::resolve(const QString &table, const QString &id, int *conflicts, Error *error)
{
    ++mergeDepth();
    const bool ok = resolveWithPairs(table, id, conflicts, error);
    --mergeDepth();
    return ok;
}

bool SyncMerger::resolveWithPairs(const QString &table, const QString &id, int *conflicts,
                                  Error *error)
{
    if (!m_unique.hasRule(table))
        return resolveRecord(table, id, conflicts, error);
    // The unique conflicts this record is in are dropped, then it and the other records of
    // those conflicts are resolved again: the clashes that still stand are filed again (same
    // ids), the others are gone, and a duplicate whose rival was deleted comes back.
    QStringList before, others;
    if (!m_unique.conflictsOf(table, id, &before, &others, error) || !m_unique.drop(before, error))
        return false;
    m_storedConflicts.clear();
    int refiled = 0;
    if (!resolveRecord(table, id, &refiled, error))
        return false;
    for (const QString &other : std::as_const(others)) {
        if (!resolveRecord(table, other, &refiled, error))
            return false;
    }
    for (const QString &cid : std::as_const(m_storedConflicts))
        *conflicts += before.contains(cid) ? 0 : 1;
    return true;
}

bool SyncMerger::recheckUnique(Database &db, const QList<SyncUniqueRule> &rules,
                               const QString &table, const QString &id, Error *error)
{
    if (mergeDepth() > 0)
        return true; // the merger re-resolves the pair itself
    SyncUniqueKeys keys(db);
    keys.setRules(rules);
    if (!keys.hasRule(table))
        return true;
    QStringList conflictIds, others;
    if (!keys.conflictsOf(table, id, &conflictIds, &others, error))
        return false;
    if (conflictIds.isEmpty())
        return true;
    SyncMerger merger(db);
    merger.setUniqueRules(rules);
    int created = 0;
    return merger.resolve(table, id, &created, error);
}

bool SyncMerger::resolveRecord(const QString &table, const QString &id, int *conflicts,
                               Error *error)
{
    RecordStore store(m_db);
    const QStringList columns = store.dataColumns(table);
    if (columns.isEmpty())
        return true; // a kind this build does not know: the versions wait in sync_changes
    SyncVersions versions;
    if (!loadVersions(table, id, &versions, error))
        return false;
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(table));
    q.addBindValue(id);
    if (!q.exec())
        return sqlFail(error, q, id);
    const bool exists = q.next();
    QVariantMap row;
    if (exists) {
        const QSqlRecord rec = q.record();
        for (int i = 0; i < rec.count(); ++i)
            row.insert(rec.fieldName(i), q.value(i));
    } else if (!versions.contains(CreatedAt) || !versions.contains(Deleted)) {
        return true; // edits of a record whose creation has not arrived yet: they wait
    }
    q.finish();

    QVariantMap lockRow = row; // for a nested record: which parent it belongs to
    if (!exists) {
        for (auto it = versions.cbegin(); it != versions.cend(); ++it) {
            SyncVersion newest;
            for (const SyncVersion &v : *it) {
                if (v.isNewerThan(newest))
                    newest = v;
            }
            lockRow.insert(it.key(), newest.value);
        }
    }
    const qint64 lock = lockHlc(table, id, lockRow);
    QHash<QString, SyncVersion> winners;
    QStringList rejectedOnly;
    for (auto it = versions.cbegin(); it != versions.cend(); ++it) {
        if (it.key() != Deleted && it.key() != CreatedAt && !columns.contains(it.key()))
            continue;
        bool found = false;
        SyncVersion best;
        for (const SyncVersion &v : *it) {
            if (lock != 0 && v.hlc > lock)
                continue;
            if (!found || v.isNewerThan(best)) {
                best = v;
                found = true;
            }
        }
        if (found)
            winners.insert(it.key(), best);
        else
            rejectedOnly << it.key(); // every version came after the lock
    }
    QList<SyncFoundConflict> found;
    SyncConflictFinder::concurrentAndLocked(table, versions, winners, lock, &found);
    if (!winners.contains(CreatedAt)) {
        // Created inside a record after it was signed: rejected everywhere, kept as conflicts
        // only (hidden where it had arrived before the lock).
        for (const SyncFoundConflict &c : std::as_const(found)) {
            if (!storeConflict(table, id, c, conflicts, error))
                return false;
        }
        if (exists && row.value(Deleted).toInt() == 0) {
            QSqlQuery hide(m_db.sql());
            hide.prepare(QStringLiteral("UPDATE %1 SET deleted = 1 WHERE id = ?").arg(table));
            hide.addBindValue(id);
            if (!hide.exec())
                return sqlFail(error, hide, id);
            return RecordStore::runHooks(m_db, table, id, error);
        }
        return true;
    }

    // An edit newer than the winning delete keeps the record (see SyncConflictFinder).
    int deleted = winners.value(Deleted).value.toInt();
    if (SyncConflictFinder::editsAfterDeletes(versions, winners, lock, &found))
        deleted = 0;

    // Current versions of this record's fields.
    QHash<QString, QPair<qint64, QString>> current;
    m_fieldVersions.addBindValue(table);
    m_fieldVersions.addBindValue(id);
    if (!m_fieldVersions.exec())
        return sqlFail(error, m_fieldVersions, id);
    while (m_fieldVersions.next())
        current.insert(m_fieldVersions.value(0).toString(), {m_fieldVersions.value(1).toLongLong(),
                                                             m_fieldVersions.value(2).toString()});
    m_fieldVersions.finish();

    QVariantMap target = row;
    QStringList changedVersions;
    SyncVersion newest;
    for (auto it = winners.cbegin(); it != winners.cend(); ++it) {
        if (it->isNewerThan(newest))
            newest = *it;
        const auto cur = current.value(it.key());
        if (cur.first != it->hlc || cur.second != it->device)
            changedVersions << it.key();
        if (it.key() != Deleted)
            target.insert(it.key(), it->value);
    }
    for (const QString &field : std::as_const(rejectedOnly)) {
        if (field != Deleted && field != CreatedAt)
            target.insert(field, QVariant());
    }
    target.insert(Deleted, deleted);
    target.insert(QStringLiteral("updated_at"), newest.hlc);
    target.insert(QStringLiteral("updated_by"), newest.device);
    target.insert(QStringLiteral("id"), id);

    QStringList othersTouched;
    if (deleted == 0 && !m_unique.check(table, id, &target, winners.value(CreatedAt), &found,
                                        &othersTouched, error))
        return false;

    bool rowChanged = !exists;
    for (auto it = target.cbegin(); it != target.cend() && !rowChanged; ++it)
        rowChanged = !RecordStore::sameValue(row.value(it.key()), it.value());
    if (rowChanged) {
        QStringList cols;
        QVariantList values;
        for (auto it = target.cbegin(); it != target.cend(); ++it) {
            if (it.key() == QLatin1String("id") && exists)
                continue;
            cols << it.key();
            values << it.value();
        }
        if (exists) {
            QStringList assignments;
            for (const QString &c : std::as_const(cols))
                assignments << c + QStringLiteral(" = ?");
            q.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
                          .arg(table, assignments.join(QLatin1String(", "))));
            values << id;
        } else {
            q.prepare(
                QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                    .arg(table, cols.join(QLatin1String(", ")),
                         QStringList(cols.size(), QStringLiteral("?")).join(QLatin1String(", "))));
        }
        for (const QVariant &v : std::as_const(values))
            q.addBindValue(v);
        if (!q.exec())
            return Error::set(
                error, Error::Code::Failure,
                tr("Cannot merge record %1 of %2: %3").arg(id, table, q.lastError().text()), id);
    }
    const qint64 record =
        changedVersions.isEmpty() ? 0 : VersionKeys::record(m_db, table, id, error);
    if (record < 0)
        return false;
    for (const QString &field : std::as_const(changedVersions)) {
        const SyncVersion &v = winners[field];
        const qint64 fieldKey = VersionKeys::field(m_db, field, error);
        const qint64 device = fieldKey < 0 ? -1 : VersionKeys::device(m_db, v.device, error);
        if (device < 0)
            return false;
        for (const QVariant &b :
             {QVariant(record), QVariant(fieldKey), QVariant(v.hlc), QVariant(device)})
            m_storeVersion.addBindValue(b);
        if (!m_storeVersion.exec())
            return sqlFail(error, m_storeVersion, id);
    }
    if (!rejectedOnly.isEmpty()) {
        QSqlQuery d(m_db.sql());
        d.prepare(QStringLiteral("DELETE FROM field_versions WHERE record_table = ? AND "
                                 "record_id = ? AND field = ?"));
        for (const QString &field : std::as_const(rejectedOnly)) {
            d.addBindValue(table);
            d.addBindValue(id);
            d.addBindValue(field);
            if (!d.exec())
                return sqlFail(error, d, id);
        }
    }
    for (const SyncFoundConflict &c : std::as_const(found)) {
        if (!storeConflict(table, id, c, conflicts, error))
            return false;
    }
    if (rowChanged && !RecordStore::runHooks(m_db, table, id, error))
        return false;
    for (const QString &other : std::as_const(othersTouched)) {
        if (!RecordStore::runHooks(m_db, table, other, error))
            return false;
    }
    return true;
}

bool SyncMerger::storeConflict(const QString &table, const QString &id, const SyncFoundConflict &c,
                               int *created, Error *error)
{
    const QString recordId = c.kind == QLatin1String("unique") ? c.other.toString() : id;
    const QString cid =
        conflictId(c.kind, table, recordId, c.field, c.otherVersion.hlc, c.otherVersion.device);
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT 1 FROM sync_conflicts WHERE id = ?"));
    q.addBindValue(cid);
    if (!q.exec())
        return sqlFail(error, q, recordId);
    const bool known = q.next();
    q.finish();
    m_storedConflicts.insert(cid);
    q.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO sync_conflicts (id, kind, record_table, record_id, field, kept, "
        "kept_hlc, kept_device, other, other_hlc, other_device, base_hlc, base_device) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v :
         {QVariant(cid), QVariant(c.kind), QVariant(table), QVariant(recordId),
          notNullText(c.field), c.kept, QVariant(c.keptVersion.hlc),
          deviceText(c.keptVersion.device), c.other, QVariant(c.otherVersion.hlc),
          deviceText(c.otherVersion.device), QVariant(c.otherVersion.baseHlc),
          deviceText(c.otherVersion.baseDevice)})
        q.addBindValue(v);
    if (!q.exec())
        return sqlFail(error, q, recordId);
    if (!known)
        ++*created;
    return true;
}

#pragma once

#include "db/Error.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QVariantMap>

class Database;

// The one way synced records are written. Every table it writes has the record columns
// id (UUID), created_at, updated_at (HLC), updated_by (device) and deleted (tombstone).
// Each insert, update and tombstone runs in one transaction with
//   - the row itself,
//   - one change-log entry per changed field (value, the version it replaced, new HLC, device:
//     the outbox the sync engine publishes from),
//   - the field's new version in field_versions,
//   - an audit entry naming the fields.
// Nothing is hard-deleted.
class RecordStore
{
    Q_DECLARE_TR_FUNCTIONS(RecordStore)
public:
    explicit RecordStore(Database &db);

    static QString newId();

    // fields holds column -> value (lists already encoded by the caller); id must be a UUID.
    bool insert(const QString &table, const QString &id, const QVariantMap &fields, Error *error);
    // Writes only the fields whose value differs; no difference means no write at all.
    // *changedFields (optional) receives the columns that changed.
    bool update(const QString &table, const QString &id, const QVariantMap &fields, Error *error,
                QStringList *changedFields = nullptr);
    // Writes the given fields as new versions even where the value is unchanged ("deleted"
    // included): settling a sync conflict is an ordinary change that must win over both sides.
    bool rewrite(const QString &table, const QString &id, const QVariantMap &fields, Error *error);
    // Marks the record deleted (tombstone); it stays in the file.
    bool remove(const QString &table, const QString &id, Error *error);
    // The live record's columns; false with NotFound when missing or deleted.
    bool get(const QString &table, const QString &id, QVariantMap *out, Error *error) const;
    bool exists(const QString &table, const QString &id, bool includeDeleted = false) const;

    // The columns a table has beyond the record columns.
    QStringList dataColumns(const QString &table) const;

    static bool sameValue(const QVariant &a, const QVariant &b);

    // Data derived from records and kept in the same database (the full-text index) follows
    // them through write hooks: each hook runs after every insert, update (when something
    // changed) and tombstone, inside the write's transaction. A hook that fails rolls the write
    // back, so a record and what is derived from it never disagree, and no writer — workflow,
    // editor, import, sync — can forget to update them. Hooks are process-wide; each program
    // installs them at start (SearchIndex::install()). Adding one twice has no effect.
    using WriteHook = bool (*)(Database &db, const QString &table, const QString &id, Error *error);
    static void addWriteHook(WriteHook hook);
    static void removeWriteHook(WriteHook hook);
    // Runs the write hooks for a record written by other means (sync merging remote changes).
    static bool runHooks(Database &db, const QString &table, const QString &id, Error *error);

    // Fields that only make sense together (FieldSpec::mergeGroup) are always written as one
    // unit: changing one logs all of them with one version, so sync merges them as a unit.
    // Process-wide, installed at start like the write hooks (SyncSetup::install()).
    static void setMergeGroups(const QString &table, const QList<QStringList> &groups);
    // The group field belongs to (itself alone when it has none).
    static QStringList mergeUnit(const QString &table, const QString &field);

    // Signed records never change (architecture.md "Signed records"). A record with a live row
    // in record_locks refuses update and remove with Error::Code::Locked, and lock rows are
    // append-only; that check needs nothing but the schema. What only the app knows — a nested
    // record whose parent is locked (a line of a signed expense claim) — comes from lock guards
    // the app installs (RecordLocks::install()). A guard sees the write before anything is
    // written: row is the record as stored (update, remove) or the new fields (insert); it
    // returns false with Locked to refuse. Same-content updates write nothing and are not
    // refused.
    using LockGuard = bool (*)(Database &db, const QString &table, const QString &id,
                               const QVariantMap &row, Error *error);
    static void addLockGuard(LockGuard guard);
    static void removeLockGuard(LockGuard guard);
    // The message every refusal uses, so the UI, CLI and sync say the same thing.
    static QString lockedMessage(const QString &id);

private:
    bool runWriteHooks(const QString &table, const QString &id, Error *error);
    // insert: false for an insert (only the guards run), true for update/remove.
    bool checkNotLocked(const QString &table, const QString &id, const QVariantMap &row,
                        bool existing, Error *error) const;
    bool write(const QString &table, const QString &id, const QVariantMap &fields, bool force,
               Error *error, QStringList *changedFields);
    bool checkTable(const QString &table, const QVariantMap &fields, Error *error) const;
    bool logField(const QString &table, const QString &id, const QString &field,
                  const QVariant &value, qint64 hlc, Error *error);

    Database &m_db;
    mutable QHash<QString, QStringList> m_columns;
};

#pragma once

#include "db/Error.h"
#include "db/SyncBundle.h"
#include "db/SyncUniqueKeys.h"
#include "db/SyncVersion.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <functional>

class Database;

// Merges versions received from other devices into the local records, inside the caller's
// transaction. Every version ever received is kept (sync_changes; the local ones are in
// change_log), and a record is resolved from all of them: per field the highest (hlc, device)
// wins, fields of a merge group carry one version, a change after the record's lock is
// rejected, an edit newer than a delete keeps the record alive. The result and the conflict
// records therefore depend only on the set of versions, never on the order bundles arrive in.
class SyncMerger
{
    Q_DECLARE_TR_FUNCTIONS(SyncMerger)
public:
    explicit SyncMerger(Database &db);

    void setUniqueRules(const QList<SyncUniqueRule> &rules) { m_unique.setRules(rules); }
    // *applied counts versions new to this device; *conflicts the conflict records created.
    bool apply(const QList<SyncChange> &changes, int *applied, int *conflicts, Error *error);
    // Resolves one record again from every version known. For a table with a unique rule the
    // records it shares a unique conflict with are resolved again too (SyncUniqueKeys).
    bool resolve(const QString &table, const QString &id, int *conflicts, Error *error);
    // The same for a record written on this desk (a write hook): a duplicate hidden by sync
    // comes back when the record that stayed is deleted here. Does nothing while merging.
    static bool recheckUnique(Database &db, const QList<SyncUniqueRule> &rules,
                              const QString &table, const QString &id, Error *error);

    // Records written inside a parent (expense lines in their claim) are locked with it:
    // changes to them after the parent's lock are rejected too. Process-wide, installed at
    // start (SyncSetup::install()).
    static void setLockParent(const QString &table, const QString &parentField);

    // A check every merged row of table must pass; the app installs one for revision links
    // (SyncSetup::install()). A row that fails is rejected on every desk: hidden, and kept as
    // a conflict of kind "invalid" saying why; it comes back once it passes (the records it
    // names arrived). All such rows are checked again after every merge, so the outcome
    // depends on the versions received, not on the order bundles arrive in.
    using RowCheck = std::function<bool(Database &db, const QString &id, QString *reason)>;
    static void setRowCheck(const QString &table, const RowCheck &check);
    // Adds a check to the table's row check: a row must pass both (parts of the app that judge
    // the same table for different reasons). The reason given is the first failing one's.
    static void addRowCheck(const QString &table, const RowCheck &check);

    static QString conflictId(const QString &kind, const QString &table, const QString &id,
                              const QString &field, qint64 hlc, const QString &device);

private:
    bool loadVersions(const QString &table, const QString &id, SyncVersions *out, Error *error);
    qint64 lockHlc(const QString &table, const QString &id, const QVariantMap &row);
    qint64 lockHlcOf(const QString &table, const QString &id);
    bool resolveWithPairs(const QString &table, const QString &id, int *conflicts, Error *error);
    bool resolveRecord(const QString &table, const QString &id, int *conflicts, Error *error);
    bool storeConflict(const QString &table, const QString &id, const SyncFoundConflict &c,
                       int *created, Error *error);
    bool recheckRows(int *conflicts, Error *error);

    Database &m_db;
    SyncUniqueKeys m_unique;
    QSet<QString> m_storedConflicts; // conflict ids written while re-resolving a unique pair
    QSqlQuery m_insertChange;
    QSqlQuery m_loadVersions;
    QSqlQuery m_fieldVersions;
    QSqlQuery m_storeVersion;
    bool m_hasLocks = false;
};

#pragma once

#include "db/SyncVersion.h"

// The conflicts of one record, read from the set of its versions only (never from the order
// they arrived in), so every device finds the same ones:
//   - concurrent: versions of a field (or merge group) that replaced the same base; the
//     newest of them is kept, each other one is a conflict;
//   - locked: versions newer than the record's lock, rejected;
//   - delete: a delete with an edit newer than it (made without knowing of the delete).
class SyncConflictFinder
{
public:
    // winners: the winning version per field (after the lock); lock: the lock's HLC or 0.
    static void concurrentAndLocked(const QString &table, const SyncVersions &versions,
                                    const QHash<QString, SyncVersion> &winners, qint64 lock,
                                    QList<SyncFoundConflict> *out);
    // Adds a delete conflict per delete that has a newer edit (kept: the earliest such edit);
    // true when the winning delete is one of them, i.e. the record stays alive.
    static bool editsAfterDeletes(const SyncVersions &versions,
                                  const QHash<QString, SyncVersion> &winners, qint64 lock,
                                  QList<SyncFoundConflict> *out);
    // A field's value, or for a merge group all its fields at that version as JSON text.
    static QVariant unitValue(const QStringList &unit, const SyncVersions &versions,
                              const SyncVersion &at);
};

#pragma once

#include "db/Error.h"

#include <QCoreApplication>

class Database;
class SyncFileSystem;
struct SyncReport;

// Full snapshots for new devices (architecture.md "Snapshots"): a device publishes a copy of
// its database made with the SQLite backup API, keyed with the raw team key, at
// <share>/fielddesk/snapshots/<device>-<NNNNNNNNN>.fdb (NNN = its last published bundle). The
// copy carries the version vector it covers (the device's own bundles up to NNN and its
// sync_peers). A new device restores the latest snapshot into its own, still empty database —
// records, versions, conflicts and the vector, but not the other device's identity, audit
// trail or passphrase — and the next rounds replay only the bundles that came later.
class SyncSnapshot
{
    Q_DECLARE_TR_FUNCTIONS(SyncSnapshot)
public:
    // Publishes this device's outbox first, then a snapshot (unless one for that bundle exists).
    // *path receives the snapshot's path on the share.
    static bool publish(Database &db, SyncFileSystem *fs, QString *path, Error *error);
    // Restores the newest snapshot on the share into db, which must hold no records yet.
    // *restored is false when the share has no snapshot (the device then replays all bundles).
    static bool restoreLatest(Database &db, SyncFileSystem *fs, bool *restored, Error *error);
};

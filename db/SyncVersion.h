#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QVariant>

// One version of one field as sync keeps it: its value, the version it replaced on its device
// (the base) and its own (HLC, device). Versions are totally ordered by (hlc, device).
struct SyncVersion
{
    QVariant value;
    qint64 baseHlc = 0;
    QString baseDevice;
    qint64 hlc = 0;
    QString device;
    bool isNewerThan(const SyncVersion &o) const
    {
        return hlc != o.hlc ? hlc > o.hlc : device > o.device;
    }
};

// Every known version of a record, by field.
using SyncVersions = QHash<QString, QList<SyncVersion>>;

// A conflict found while resolving a record, before it is stored (sync_conflicts).
struct SyncFoundConflict
{
    QString kind; // concurrent, delete, unique, locked
    QString field;
    QVariant kept;
    SyncVersion keptVersion;
    QVariant other;
    SyncVersion otherVersion;
};

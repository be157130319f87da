#pragma once

#include "db/Error.h"
#include "db/SyncReport.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class Database;
class SyncFileSystem;

// Sync housekeeping for an administrator: the bundles a round set aside (sync_quarantine) and
// the forks among them (a device restored from an old backup: its new bundle does not follow
// the one applied before), each with its reason. Once the cause is fixed a bundle is
// released — checked again by a round and applied, or kept aside with the new reason — and
// a fork is acknowledged by adopting the device's new line (its bundles are applied from the
// fork on; what was applied before stays). Both are in the audit log.
class SyncProblems
{
    Q_DECLARE_TR_FUNCTIONS(SyncProblems)
public:
    struct Problem
    {
        QString device;
        QString fileName; // 000000007.fdb
        QString sha256;   // of the file as it was set aside
        QString reason;   // the round's sentence
        QString at;       // when it was set aside
        bool fork = false;
        QString key() const { return device + QLatin1Char('/') + fileName; }
    };
    struct Outcome
    {
        bool applied = false; // the bundle (or the device's new line) went in
        QString reason;       // why it stays aside, when it does
        SyncReport report;    // the round that re-checked it
    };

    explicit SyncProblems(Database &db, SyncFileSystem *fs = nullptr);

    bool list(QList<Problem> *out, Error *error) const;
    // Releases the set-aside bundle "device/file" (or a file name when only one device has
    // it): the round after it applies it, or sets it aside again.
    bool release(const QString &bundle, Outcome *outcome, Error *error);
    // Adopts device's new line after a fork, then runs a round.
    bool adoptFork(const QString &device, Outcome *outcome, Error *error);

private:
    bool find(const QString &bundle, Problem *problem, Error *error) const;
    bool isFork(const Problem &problem, QString *previousSha, qint64 *lastSeq) const;
    bool round(const QString &device, const QString &fileName, Outcome *outcome, Error *error);

    Database &m_db;
    SyncFileSystem *m_fs;
};

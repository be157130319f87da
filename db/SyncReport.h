#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QStringList>

// What one sync round did, for the CLI summary, the desktop's status line and tests.
struct SyncReport
{
    int bundlesPublished = 0;
    int changesPublished = 0;
    int bundlesApplied = 0;
    int changesApplied = 0; // versions new to this device
    int newConflicts = 0;
    int openConflicts = 0;   // unsettled conflicts after the round
    QStringList quarantined; // one sentence per bundle refused (and skipped)
    QStringList waiting;     // gaps: a later bundle is there, an earlier one not yet
    QStringList alarms;      // forks: a device restored from an old backup
    QStringList warnings;    // clock skew, stale files removed, ...
    QStringList errors;      // share unreachable, a write that failed
    QStringList notes;       // what else the round did (pending task numbers given): no problem
    bool cancelled = false;
    QDateTime finishedAt;

    bool hasQuarantine() const { return !quarantined.isEmpty() || !alarms.isEmpty(); }
    QJsonObject toJson() const;
    QString toText() const;
};

Q_DECLARE_METATYPE(SyncReport)

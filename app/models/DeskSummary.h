#pragma once

#include "app/models/DeadlineWatch.h"

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QStringList>

class Database;

// What the start page shows besides the file's own facts, read in one go so that it can run off
// the GUI thread (BackgroundReader): how many live records of each kind the database holds
// (one COUNT per table, no rows read into memory), whether the audit chain is intact since its
// checkpoint, the missing holiday calendar of next year, imports that did not finish and the
// deadlines due at `now`.
struct DeskSummary
{
    QList<QPair<QString, int>> counts; // kind's array -> live records (-1: cannot be read)
    int totalRecords = 0;
    bool auditIntact = true;
    QStringList auditProblems;
    int auditEntries = 0;
    QString calendarWarning;
    QStringList unfinishedImports; // imports killed between their batches: run them again

    // today: the desk's date (China time), for the holiday calendar.
    static DeskSummary read(Database &db, const QDate &today);
};

// The deadlines of the start page at `now` (DeadlineWatch), with the error when they cannot be
// read: one value that a worker hands to the GUI thread.
struct DeadlineSnapshot
{
    QDateTime now;
    QList<Deadline> deadlines;
    bool ok = true;
    QString error;

    static DeadlineSnapshot read(Database &db, const QDateTime &now);
};

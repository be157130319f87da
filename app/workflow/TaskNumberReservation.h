#pragma once

#include "db/Error.h"

#include <QCoreApplication>

class Database;
class SyncFileSystem;

// Task numbers that never collide between offline devices of a team. A number is taken by
// creating the file <share>/fielddesk/numbers/<year>/<NNNN> exclusively (QFile::NewOnly, the
// O_EXCL of the file server): whoever creates the file owns the number. Without the share the
// task is saved with no number ("pending number") and numbered at the next sync, in
// registration order. Trade-off: numbers stay gap-free as long as a registration that took a
// number is not rolled back afterwards (the file stays, so that number is skipped); a gap is
// preferred over any chance of two tasks sharing a number.
class TaskNumberReservation
{
    Q_DECLARE_TR_FUNCTIONS(TaskNumberReservation)
public:
    // Reserves the next free number of year; *number is empty when the share cannot be
    // reached (the task is then pending).
    static bool reserve(Database &db, int year, QString *number, Error *error,
                        SyncFileSystem *fs = nullptr);
    // Numbers this device's pending tasks (oldest registration first); *count how many.
    static bool numberPending(Database &db, int *count, Error *error, SyncFileSystem *fs = nullptr);
};

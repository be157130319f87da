#pragma once

#include "db/Error.h"

#include <QCoreApplication>

class Database;

// Task numbers LITH-FE-YYYY-NNNN: per year, without gaps or duplicates. The next number is
// taken inside the caller's write transaction (BEGIN IMMEDIATE serialises writers, and the
// unique index on tasks.number is the last line of defence), so a rolled-back registration
// leaves no gap. Across offline devices the sync feature hands out reserved blocks instead.
class TaskNumbering
{
    Q_DECLARE_TR_FUNCTIONS(TaskNumbering)
public:
    static QString format(int year, int sequence);
    // The number as shown wherever a task is named: "Pending number" while it has none (saved
    // offline in a team; the next sync round gives it one).
    static QString displayText(const QString &number);
    // Parses a number; false if it is not of the LITH-FE-YYYY-NNNN form.
    static bool parse(const QString &number, int *year, int *sequence);
    // The next free number of year. Call inside a Transaction that also inserts the task.
    // In a team (sync) the number is reserved on the share; *number is empty ("pending
    // number", stored as NULL) while the share cannot be reached.
    static bool next(Database &db, int year, QString *number, Error *error);
};

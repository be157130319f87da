#pragma once

#include "db/Error.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

class Database;

// The revision, superseded and locked state of every record of one table, read in three
// queries for the lists and reference choices (two revisions of one NDA must be told apart,
// and a signed form shows its lock). Records without a row are revision 1, current, unlocked.
class RecordStatus
{
    Q_DECLARE_TR_FUNCTIONS(RecordStatus)
public:
    struct State
    {
        int revision = 1;
        bool superseded = false;
        bool locked = false;
        bool draft = false; // a correction not signed yet: its predecessor stays current
    };

    // Every record of table that differs from the default State.
    static bool load(Database &db, const QString &table, QHash<QString, State> *out, Error *error);
    // "Rev. 2", "Rev. 1 (superseded)"; empty for revision 1 that is current.
    static QString revisionText(const State &state);
    // The list cell: the revision and whether it is superseded ("2", "1 (superseded)"); the
    // lock shows as an icon (RecordTableModel::LockedRole).
    static QString cellText(const State &state);
};

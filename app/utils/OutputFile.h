#pragma once

#include "db/Error.h"

#include <QCoreApplication>
#include <QString>

class Database;

// Where the desk may write a file a person asked for (a PDF, a backup, an enrollment file, a
// recovery sheet). Never over the open database, its -wal/-shm/-journal companions, its
// <db>.sync/ folder or anything under the team's shared folder, whatever the person says; an
// existing file only when overwriting was asked for (--force, or the desktop's file dialog
// asked already). Files holding keys are made readable by their owner only.
class OutputFile
{
    Q_DECLARE_TR_FUNCTIONS(OutputFile)
public:
    enum class Existing { Refuse, Overwrite };

    static bool check(const QString &target, const Database &db, Existing existing, Error *error);
    // True when target is one of the files or folders the desk's own data lives in.
    static bool isProtected(const QString &target, const Database &db);
    // Owner read/write only, for files that hold keys: mode 0600 on Unix, a protected access
    // list with only the current user on Windows.
    static bool restrictToOwner(const QString &path, Error *error);
    // True when nobody but the file's owner (Windows: the current user) may read or write it.
    static bool isOwnerOnly(const QString &path);
};

#pragma once

#include <QCoreApplication>
#include <QString>

class QSqlError;

// A busy database is not a broken one: another program (an import, a sync round, a second
// desk on the same file) held the write lock longer than this connection waits. It is told
// apart from other SQL failures and said in words people can act on, never as SQLite's
// "database is locked".
class BusyDatabase
{
    Q_DECLARE_TR_FUNCTIONS(BusyDatabase)
public:
    static bool isBusy(const QSqlError &error);
    static bool isBusyText(const QString &text);
    // "The database is busy: … Wait a moment and try again …"
    static QString message();
    // message() for a busy error, otherwise fallback.
    static QString describe(const QSqlError &error, const QString &fallback);
};

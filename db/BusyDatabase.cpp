#include "db/BusyDatabase.h"

#include <QSqlError>

bool BusyDatabase::isBusyText(const QString &text)
{
    return text.contains(QLatin1String("database is locked")) ||
           text.contains(QLatin1String("database table is locked")) ||
           text.contains(QLatin1String("database is busy"));
}

bool BusyDatabase::isBusy(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    // SQLITE_BUSY (5) and SQLITE_LOCKED (6), with or without their extended bits.
    if (ok && ((code & 0xff) == 5 || (code & 0xff) == 6))
        return true;
    return isBusyText(error.databaseText()) || isBusyText(error.driverText());
}

QString BusyDatabase::message()
{
    return tr("The database is busy: another program (an import, a sync or a second Field Desk "
              "on the same file) is writing to it. Nothing was saved. Wait a moment and try "
              "again; if it stays busy, let the other program finish or close it.");
}

QString BusyDatabase::describe(const QSqlError &error, const QString &fallback)
{
    return isBusy(error) ? message() : fallback;
}

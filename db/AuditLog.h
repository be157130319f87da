#pragma once

#include "db/Error.h"

#include <QCoreApplication>
#include <QStringList>

class Database;

// The append-only audit trail: every create, change, sign, print, export and L3 access.
// Each entry stores the SHA-256 of the previous entry and its own, and the newest hash is
// also kept in the meta table, so verify() notices an entry that was edited, removed from
// the middle, or cut off the end.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)
public:
    struct Entry
    {
        qint64 seq = 0;
        QString at; // ISO 8601 with offset
        QString actor;
        QString device;
        QString action; // create, change, delete, sign, print, export, import, l3_access, ...
        QString recordTable;
        QString recordId;
        QString detail;
        QString prevHash;
        QString hash;
    };

    explicit AuditLog(Database &db);

    // Appends one entry. Joins the caller's transaction when there is one.
    bool append(const QString &action, const QString &recordTable, const QString &recordId,
                const QString &detail, Error *error);
    // Walks the whole chain; fills problems with one sentence per break found.
    bool verify(QStringList *problems) const;
    QList<Entry> entries(int limit = -1) const;

    static QString hashOf(const Entry &entry);

private:
    Database &m_db;
};

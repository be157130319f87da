#pragma once

#include "db/Error.h"

#include <QString>
#include <QStringList>
#include <QVariantMap>

class Database;

// Reads single records for the screens: one row by id, whether a row exists, the record of a
// table that belongs to a task. Read-only: the widgets look records up through it instead of
// touching the store or running SQL themselves.
class RecordLookup
{
public:
    explicit RecordLookup(Database &db);

    // The live row of table with this id (every column); false, with the reason, when there is
    // none or it cannot be read.
    bool get(const QString &table, const QString &id, QVariantMap *out,
             Error *error = nullptr) const;
    // The live row, or an empty map when there is none.
    QVariantMap record(const QString &table, const QString &id) const;
    bool exists(const QString &table, const QString &id) const;
    // A person's name from the people register; empty when the id is unknown.
    QString personName(const QString &personId) const;
    // The live record of table belonging to the task: the first one created (oldest), or the
    // last one (newest). Empty when the task has none or table has no task_id column.
    QString oldestForTask(const QString &table, const QString &taskId) const;
    QString newestForTask(const QString &table, const QString &taskId) const;
    // Whether the audit chain is unbroken since its checkpoint (AuditLog::verifySinceCheckpoint);
    // problems gets one sentence per break.
    bool auditIntact(QStringList *problems) const;
    // How many entries the audit log holds.
    int auditEntryCount() const;
    // One sentence per import that started writing and did not finish (a batched import
    // killed halfway): the records it wrote are whole, the rest of its file is missing.
    QStringList unfinishedImports() const;

    // Whether two stored values are the same (how the store decides what changed).
    static bool sameValue(const QVariant &a, const QVariant &b);

private:
    QString forTask(const QString &table, const QString &taskId, bool newest) const;

    Database &m_db;
};

#include "app/models/RecordLookup.h"

#include "app/interchange/InterchangeImporter.h"
#include "db/AuditLog.h"
#include "db/Database.h"
#include "db/RecordStore.h"

#include <QSqlQuery>

RecordLookup::RecordLookup(Database &db) : m_db(db) {}

bool RecordLookup::get(const QString &table, const QString &id, QVariantMap *out,
                       Error *error) const
{
    return RecordStore(m_db).get(table, id, out, error);
}

QVariantMap RecordLookup::record(const QString &table, const QString &id) const
{
    QVariantMap out;
    if (!RecordStore(m_db).get(table, id, &out, nullptr))
        out.clear();
    return out;
}

bool RecordLookup::exists(const QString &table, const QString &id) const
{
    return RecordStore(m_db).exists(table, id);
}

QString RecordLookup::personName(const QString &personId) const
{
    if (personId.isEmpty())
        return QString();
    return record(QStringLiteral("people"), personId).value(QStringLiteral("name")).toString();
}

QString RecordLookup::oldestForTask(const QString &table, const QString &taskId) const
{
    return forTask(table, taskId, false);
}

QString RecordLookup::newestForTask(const QString &table, const QString &taskId) const
{
    return forTask(table, taskId, true);
}

QString RecordLookup::forTask(const QString &table, const QString &taskId, bool newest) const
{
    // The table name goes into the statement: only a record table with a task_id column.
    if (!RecordStore(m_db).dataColumns(table).contains(QStringLiteral("task_id")))
        return QString();
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT id FROM %1 WHERE task_id = ? AND deleted = 0 ORDER BY "
                             "created_at %2 LIMIT 1")
                  .arg(table, newest ? QStringLiteral("DESC") : QStringLiteral("ASC")));
    q.addBindValue(taskId);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

bool RecordLookup::auditIntact(QStringList *problems) const
{
    // The entries added since the last check that passed: ten years of entries are walked in
    // full by fielddesk-cli verify (AuditLog::verify), not each time the start page refreshes.
    return AuditLog(m_db).verifySinceCheckpoint(problems);
}

int RecordLookup::auditEntryCount() const
{
    QSqlQuery q(m_db.sql());
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log")) && q.next() ? q.value(0).toInt()
                                                                                : 0;
}

QStringList RecordLookup::unfinishedImports() const
{
    return InterchangeImporter::unfinishedImports(m_db);
}

bool RecordLookup::sameValue(const QVariant &a, const QVariant &b)
{
    return RecordStore::sameValue(a, b);
}

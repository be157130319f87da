#include "db/VersionKeys.h"

#include "db/BusyDatabase.h"
#include "db/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>

namespace {

qint64 nameKey(Database &db, const QString &select, const QString &insert,
               const QVariantList &values, Error *error)
{
    QSqlQuery q(db.sql());
    q.prepare(select);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    if (q.lastError().isValid()) {
        Error::set(error, Error::Code::Failure,
                   BusyDatabase::describe(q.lastError(), q.lastError().text()));
        return -1;
    }
    q.finish();
    q.prepare(insert);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        Error::set(error, Error::Code::Failure,
                   BusyDatabase::describe(q.lastError(), q.lastError().text()));
        return -1;
    }
    return q.lastInsertId().toLongLong();
}

} // namespace

qint64 VersionKeys::record(Database &db, const QString &table, const QString &id, Error *error)
{
    return nameKey(
        db,
        QStringLiteral("SELECT id FROM record_keys WHERE record_table = ? AND "
                       "record_id = ?"),
        QStringLiteral("INSERT INTO record_keys (record_table, record_id) VALUES (?, ?)"),
        {table, id}, error);
}

qint64 VersionKeys::field(Database &db, const QString &field, Error *error)
{
    return nameKey(db, QStringLiteral("SELECT id FROM sync_fields WHERE field = ?"),
                   QStringLiteral("INSERT INTO sync_fields (field) VALUES (?)"), {field}, error);
}

qint64 VersionKeys::device(Database &db, const QString &device, Error *error)
{
    if (device.isEmpty())
        return 0;
    return nameKey(db, QStringLiteral("SELECT id FROM sync_devices WHERE device = ?"),
                   QStringLiteral("INSERT INTO sync_devices (device) VALUES (?)"), {device}, error);
}

#include "db/RecordStore.h"

#include "db/AuditLog.h"
#include "db/BusyDatabase.h"
#include "db/Database.h"
#include "db/Transaction.h"
#include "db/VersionKeys.h"

#include <QDateTime>
#include <QMutex>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

namespace {

const QStringList RecordColumns = {QStringLiteral("id"), QStringLiteral("created_at"),
                                   QStringLiteral("updated_at"), QStringLiteral("updated_by"),
                                   QStringLiteral("deleted")};

QString nowIso()
{
    const QDateTime now = QDateTime::currentDateTime();
    return now.toOffsetFromUtc(now.offsetFromUtc()).toString(Qt::ISODate);
}

// A value as the driver stores it, in text: bools are bound as integers and local times with
// their offset (SqlCipherResult::bindAll), so a value read back compares equal to its source.
QString storedText(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Bool:
        return v.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    case QMetaType::QDateTime: {
        QDateTime dt = v.toDateTime();
        if (dt.timeSpec() == Qt::LocalTime)
            dt = dt.toOffsetFromUtc(dt.offsetFromUtc());
        return dt.toString(Qt::ISODateWithMs);
    }
    default:
        return v.toString();
    }
}

QMutex &hookMutex()
{
    static QMutex mutex;
    return mutex;
}

QList<RecordStore::WriteHook> &hookList()
{
    static QList<RecordStore::WriteHook> hooks;
    return hooks;
}

QList<RecordStore::LockGuard> &guardList()
{
    static QList<RecordStore::LockGuard> guards;
    return guards;
}

QHash<QString, QList<QStringList>> &groupMap()
{
    static QHash<QString, QList<QStringList>> groups;
    return groups;
}

} // namespace

void RecordStore::addLockGuard(LockGuard guard)
{
    QMutexLocker lock(&hookMutex());
    if (guard && !guardList().contains(guard))
        guardList().append(guard);
}

void RecordStore::removeLockGuard(LockGuard guard)
{
    QMutexLocker lock(&hookMutex());
    guardList().removeAll(guard);
}

QString RecordStore::lockedMessage(const QString &id)
{
    return tr("Record %1 is signed and locked: it cannot be changed. Make a correction (a new "
              "revision) instead.")
        .arg(id);
}

bool RecordStore::checkNotLocked(const QString &table, const QString &id, const QVariantMap &row,
                                 bool existing, Error *error) const
{
    if (existing) {
        if (table == QLatin1String("record_locks"))
            return Error::set(error, Error::Code::Locked,
                              tr("Lock %1 cannot be changed or removed: locks are only ever "
                                 "added.")
                                  .arg(id),
                              id);
        // A signature of a locked record is part of what was signed.
        QString target = id;
        if (table == QLatin1String("signatures"))
            target = row.value(QStringLiteral("record_id")).toString();
        QSqlQuery q(m_db.sql());
        q.prepare(QStringLiteral("SELECT 1 FROM record_locks WHERE record_id = ? AND deleted = 0 "
                                 "LIMIT 1"));
        q.addBindValue(target);
        if (!q.exec())
            return Error::set(error, Error::Code::Failure,
                              BusyDatabase::describe(q.lastError(), q.lastError().text()), id);
        if (q.next())
            return Error::set(error, Error::Code::Locked, lockedMessage(target), target);
    }
    QList<LockGuard> guards;
    {
        QMutexLocker lock(&hookMutex());
        guards = guardList();
    }
    for (LockGuard guard : std::as_const(guards)) {
        if (!guard(m_db, table, id, row, error))
            return false;
    }
    return true;
}

void RecordStore::addWriteHook(WriteHook hook)
{
    QMutexLocker lock(&hookMutex());
    if (hook && !hookList().contains(hook))
        hookList().append(hook);
}

void RecordStore::removeWriteHook(WriteHook hook)
{
    QMutexLocker lock(&hookMutex());
    hookList().removeAll(hook);
}

void RecordStore::setMergeGroups(const QString &table, const QList<QStringList> &groups)
{
    QMutexLocker lock(&hookMutex());
    groupMap().insert(table, groups);
}

QStringList RecordStore::mergeUnit(const QString &table, const QString &field)
{
    QMutexLocker lock(&hookMutex());
    const auto it = groupMap().constFind(table);
    if (it != groupMap().constEnd()) {
        for (const QStringList &group : *it) {
            if (group.contains(field))
                return group;
        }
    }
    return {field};
}

bool RecordStore::runHooks(Database &db, const QString &table, const QString &id, Error *error)
{
    RecordStore store(db);
    return store.runWriteHooks(table, id, error);
}

bool RecordStore::runWriteHooks(const QString &table, const QString &id, Error *error)
{
    QList<WriteHook> hooks;
    {
        QMutexLocker lock(&hookMutex());
        hooks = hookList();
    }
    for (WriteHook hook : std::as_const(hooks)) {
        if (!hook(m_db, table, id, error))
            return false;
    }
    return true;
}

RecordStore::RecordStore(Database &db) : m_db(db) {}

QString RecordStore::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QStringList RecordStore::dataColumns(const QString &table) const
{
    auto it = m_columns.constFind(table);
    if (it != m_columns.constEnd())
        return *it;
    // Reading a table's columns (PRAGMA table_info) costs more than a small write; a record
    // store lives for one write, so what it read is kept for the process, per database file
    // and schema version (which every schema change increments).
    static QMutex cacheMutex;
    static QHash<QString, QStringList> cache;
    QSqlQuery version(m_db.sql());
    const QString cacheKey = version.exec(QStringLiteral("PRAGMA schema_version")) && version.next()
                                 ? m_db.sql().connectionName() + QChar(0x1f) + m_db.path() +
                                       QChar(0x1f) + version.value(0).toString() + QChar(0x1f) +
                                       table
                                 : QString();
    version.finish();
    if (!cacheKey.isEmpty()) {
        QMutexLocker lock(&cacheMutex);
        const auto hit = cache.constFind(cacheKey);
        if (hit != cache.constEnd()) {
            m_columns.insert(table, *hit);
            return *hit;
        }
    }
    QStringList columns;
    const QSqlRecord rec = m_db.sql().record(table);
    for (int i = 0; i < rec.count(); ++i) {
        if (!RecordColumns.contains(rec.fieldName(i)))
            columns << rec.fieldName(i);
    }
    // Only tables with the full record model are writable here.
    if (rec.indexOf(QStringLiteral("id")) < 0 || rec.indexOf(QStringLiteral("updated_at")) < 0)
        columns.clear();
    m_columns.insert(table, columns);
    if (!cacheKey.isEmpty() && !columns.isEmpty()) {
        QMutexLocker lock(&cacheMutex);
        cache.insert(cacheKey, columns);
    }
    return columns;
}

bool RecordStore::checkTable(const QString &table, const QVariantMap &fields, Error *error) const
{
    const QStringList columns = dataColumns(table);
    if (columns.isEmpty())
        return Error::set(error, Error::Code::Usage, tr("%1 is not a record table.").arg(table));
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        if (!columns.contains(it.key()))
            return Error::set(error, Error::Code::Usage,
                              tr("%1 has no field %2.").arg(table, it.key()), QString(), it.key());
    }
    return true;
}

bool RecordStore::sameValue(const QVariant &a, const QVariant &b)
{
    if (a.isNull() || b.isNull())
        return a.isNull() == b.isNull();
    if (a.typeId() == QMetaType::QByteArray || b.typeId() == QMetaType::QByteArray)
        return a.toByteArray() == b.toByteArray();
    return storedText(a) == storedText(b);
}

namespace {

// The record and device keys of the one write being logged, looked up once for all its fields.
// A WriteKeys lives for one insert, update or tombstone, inside its transaction: a key it holds
// cannot be rolled back while it is used. A write nested in a hook has its own.
class WriteKeys
{
public:
    WriteKeys(const Database &db, const QString &table, const QString &id)
        : m_db(&db), m_table(table), m_id(id), m_outer(current())
    {
        current() = this;
    }
    ~WriteKeys() { current() = m_outer; }
    WriteKeys(const WriteKeys &) = delete;
    WriteKeys &operator=(const WriteKeys &) = delete;

    // The keys found for this record by an earlier field of the same write, or null.
    static WriteKeys *of(const Database &db, const QString &table, const QString &id)
    {
        WriteKeys *k = current();
        return k && k->m_db == &db && k->m_table == table && k->m_id == id ? k : nullptr;
    }
    qint64 record = -1;
    qint64 device = -1;

private:
    static WriteKeys *&current()
    {
        static thread_local WriteKeys *keys = nullptr;
        return keys;
    }
    const Database *m_db;
    QString m_table, m_id;
    WriteKeys *m_outer;
};

} // namespace

bool RecordStore::logField(const QString &table, const QString &id, const QString &field,
                           const QVariant &value, qint64 hlc, Error *error)
{
    // The change log and the field versions name records, fields and devices by key
    // (schema 15): a field edit adds two short rows instead of five texts in four indexes.
    WriteKeys *known = WriteKeys::of(m_db, table, id);
    const qint64 record =
        known && known->record >= 0 ? known->record : VersionKeys::record(m_db, table, id, error);
    const qint64 fieldKey = record < 0 ? -1 : VersionKeys::field(m_db, field, error);
    const qint64 device = fieldKey < 0 ? -1
                          : known && known->device >= 0
                              ? known->device
                              : VersionKeys::device(m_db, m_db.deviceId(), error);
    if (known && device >= 0) {
        known->record = record;
        known->device = device;
    }
    if (device < 0) {
        if (error) {
            error->recordId = id;
            error->field = field;
        }
        return false;
    }
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT hlc, device_key FROM version_rows "
                             "WHERE record_key = ? AND field_key = ?"));
    q.addBindValue(record);
    q.addBindValue(fieldKey);
    qint64 baseHlc = 0;
    qint64 baseDevice = 0; // no base yet: device key 0 is ''
    if (q.exec() && q.next()) {
        baseHlc = q.value(0).toLongLong();
        baseDevice = q.value(1).toLongLong();
    }
    q.finish();
    q.prepare(QStringLiteral("INSERT INTO change_rows (record_key, field_key, value, base_hlc, "
                             "base_device_key, hlc, device_key) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v : {QVariant(record), QVariant(fieldKey), value, QVariant(baseHlc),
                              QVariant(baseDevice), QVariant(hlc), QVariant(device)})
        q.addBindValue(v);
    if (!q.exec())
        return Error::set(error, Error::Code::Failure,
                          BusyDatabase::describe(q.lastError(), q.lastError().text()), id, field);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO version_rows (record_key, field_key, hlc, "
                             "device_key) VALUES (?, ?, ?, ?)"));
    for (const QVariant &v :
         {QVariant(record), QVariant(fieldKey), QVariant(hlc), QVariant(device)})
        q.addBindValue(v);
    if (!q.exec())
        return Error::set(error, Error::Code::Failure,
                          BusyDatabase::describe(q.lastError(), q.lastError().text()), id, field);
    return true;
}

bool RecordStore::insert(const QString &table, const QString &id, const QVariantMap &fields,
                         Error *error)
{
    if (QUuid::fromString(id).isNull())
        return Error::set(error, Error::Code::Validation,
                          tr("The record id \"%1\" is not a UUID.").arg(id), id,
                          QStringLiteral("id"));
    if (!checkTable(table, fields, error))
        return false;
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.commit(error); // busy: says so, nothing is written
    if (exists(table, id, true))
        return Error::set(error, Error::Code::Exists,
                          tr("A record with id %1 already exists.").arg(id), id,
                          QStringLiteral("id"));
    if (!checkNotLocked(table, id, fields, false, error))
        return false;
    const qint64 hlc = m_db.clock().now();
    QVariantMap row = fields;
    row.insert(QStringLiteral("created_at"), nowIso());
    QStringList columns{QStringLiteral("id"), QStringLiteral("updated_at"),
                        QStringLiteral("updated_by"), QStringLiteral("deleted")};
    QVariantList values{id, hlc, m_db.deviceId(), 0};
    for (auto it = row.cbegin(); it != row.cend(); ++it) {
        columns << it.key();
        values << it.value();
    }
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                  .arg(table, columns.join(QLatin1String(", ")),
                       QStringList(columns.size(), QStringLiteral("?")).join(QLatin1String(", "))));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return Error::set(
            error, Error::Code::Failure,
            BusyDatabase::describe(q.lastError(),
                                   tr("Cannot save record %1: %2").arg(id, q.lastError().text())),
            id);
    const WriteKeys keys(m_db, table, id);
    for (auto it = row.cbegin(); it != row.cend(); ++it) {
        if (!logField(table, id, it.key(), it.value(), hlc, error))
            return false;
    }
    if (!logField(table, id, QStringLiteral("deleted"), 0, hlc, error))
        return false;
    AuditLog audit(m_db);
    if (!audit.append(QStringLiteral("create"), table, id, row.keys().join(QLatin1Char(',')),
                      error) ||
        !m_db.setMeta(QStringLiteral("hlc_last"), QString::number(hlc), error) ||
        !runWriteHooks(table, id, error))
        return false;
    return tx.commit(error);
}

bool RecordStore::get(const QString &table, const QString &id, QVariantMap *out, Error *error) const
{
    if (dataColumns(table).isEmpty())
        return Error::set(error, Error::Code::Usage, tr("%1 is not a record table.").arg(table));
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT * FROM %1 WHERE id = ? AND deleted = 0").arg(table));
    q.addBindValue(id);
    if (!q.exec())
        return Error::set(error, Error::Code::Failure,
                          BusyDatabase::describe(q.lastError(), q.lastError().text()), id);
    if (!q.next())
        return Error::set(error, Error::Code::NotFound, tr("There is no record %1.").arg(id), id);
    if (out) {
        out->clear();
        const QSqlRecord rec = q.record();
        for (int i = 0; i < rec.count(); ++i)
            out->insert(rec.fieldName(i), q.value(i));
    }
    return true;
}

bool RecordStore::exists(const QString &table, const QString &id, bool includeDeleted) const
{
    if (dataColumns(table).isEmpty())
        return false;
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?%2")
                  .arg(table, includeDeleted ? QString() : QStringLiteral(" AND deleted = 0")));
    q.addBindValue(id);
    return q.exec() && q.next();
}

bool RecordStore::update(const QString &table, const QString &id, const QVariantMap &fields,
                         Error *error, QStringList *changedFields)
{
    return write(table, id, fields, false, error, changedFields);
}

bool RecordStore::rewrite(const QString &table, const QString &id, const QVariantMap &fields,
                          Error *error)
{
    return write(table, id, fields, true, error, nullptr);
}

bool RecordStore::write(const QString &table, const QString &id, const QVariantMap &fields,
                        bool force, Error *error, QStringList *changedFields)
{
    if (changedFields)
        changedFields->clear();
    QVariantMap dataFields = fields;
    const bool touchesDeleted = force && dataFields.contains(QStringLiteral("deleted"));
    const QVariant deletedValue =
        touchesDeleted ? dataFields.take(QStringLiteral("deleted")) : QVariant();
    if (!checkTable(table, dataFields, error))
        return false;
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.commit(error); // busy: says so, nothing is written
    QVariantMap current;
    if (touchesDeleted) {
        // Settling an edit-versus-delete conflict may concern a tombstoned record.
        QSqlQuery q(m_db.sql());
        q.prepare(QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(table));
        q.addBindValue(id);
        if (!q.exec() || !q.next())
            return Error::set(error, Error::Code::NotFound, tr("There is no record %1.").arg(id),
                              id);
        const QSqlRecord rec = q.record();
        for (int i = 0; i < rec.count(); ++i)
            current.insert(rec.fieldName(i), q.value(i));
    } else if (!get(table, id, &current, error)) {
        return false;
    }
    QVariantMap changed;
    for (auto it = dataFields.cbegin(); it != dataFields.cend(); ++it) {
        if (force || !sameValue(current.value(it.key()), it.value()))
            changed.insert(it.key(), it.value());
    }
    // A field of a merge group never travels alone: the whole unit gets the new version.
    for (const QString &key : changed.keys()) {
        for (const QString &member : mergeUnit(table, key)) {
            if (!changed.contains(member))
                changed.insert(member, dataFields.contains(member) ? dataFields.value(member)
                                                                   : current.value(member));
        }
    }
    if (touchesDeleted)
        changed.insert(QStringLiteral("deleted"), deletedValue.toInt());
    if (changed.isEmpty())
        return tx.commit(error);
    if (!checkNotLocked(table, id, current, true, error))
        return false;
    const qint64 hlc = m_db.clock().now();
    QStringList assignments{QStringLiteral("updated_at = ?"), QStringLiteral("updated_by = ?")};
    QVariantList values{hlc, m_db.deviceId()};
    for (auto it = changed.cbegin(); it != changed.cend(); ++it) {
        assignments << it.key() + QStringLiteral(" = ?");
        values << it.value();
    }
    values << id;
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
                  .arg(table, assignments.join(QLatin1String(", "))));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return Error::set(
            error, Error::Code::Failure,
            BusyDatabase::describe(q.lastError(),
                                   tr("Cannot save record %1: %2").arg(id, q.lastError().text())),
            id);
    const WriteKeys keys(m_db, table, id);
    for (auto it = changed.cbegin(); it != changed.cend(); ++it) {
        if (!logField(table, id, it.key(), it.value(), hlc, error))
            return false;
    }
    const QString action = changed.value(QStringLiteral("deleted")).toInt() == 1
                               ? QStringLiteral("delete")
                               : QStringLiteral("change");
    AuditLog audit(m_db);
    if (!audit.append(action, table, id, changed.keys().join(QLatin1Char(',')), error) ||
        !m_db.setMeta(QStringLiteral("hlc_last"), QString::number(hlc), error) ||
        !runWriteHooks(table, id, error))
        return false;
    if (changedFields)
        *changedFields = changed.keys();
    return tx.commit(error);
}

bool RecordStore::remove(const QString &table, const QString &id, Error *error)
{
    // "deleted" is a record column, so it bypasses checkTable through a direct path.
    if (dataColumns(table).isEmpty())
        return Error::set(error, Error::Code::Usage, tr("%1 is not a record table.").arg(table));
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.commit(error); // busy: says so, nothing is written
    if (!exists(table, id))
        return Error::set(error, Error::Code::NotFound, tr("There is no record %1.").arg(id), id);
    QVariantMap current;
    if (!get(table, id, &current, error) || !checkNotLocked(table, id, current, true, error))
        return false;
    const qint64 hlc = m_db.clock().now();
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE %1 SET deleted = 1, updated_at = ?, updated_by = ? "
                             "WHERE id = ?")
                  .arg(table));
    q.addBindValue(hlc);
    q.addBindValue(m_db.deviceId());
    q.addBindValue(id);
    if (!q.exec())
        return Error::set(error, Error::Code::Failure,
                          BusyDatabase::describe(q.lastError(), q.lastError().text()), id);
    if (!logField(table, id, QStringLiteral("deleted"), 1, hlc, error))
        return false;
    AuditLog audit(m_db);
    if (!audit.append(QStringLiteral("delete"), table, id, QStringLiteral("deleted"), error) ||
        !m_db.setMeta(QStringLiteral("hlc_last"), QString::number(hlc), error) ||
        !runWriteHooks(table, id, error))
        return false;
    return tx.commit(error);
}

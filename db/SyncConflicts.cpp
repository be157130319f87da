#include "db/SyncConflicts.h"

#include "db/Database.h"
#include "db/RecordStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace {

QJsonValue jsonOf(const QVariant &v)
{
    if (v.isNull())
        return QJsonValue::Null;
    if (v.typeId() == QMetaType::QByteArray)
        return QString::fromLatin1(v.toByteArray().toBase64());
    return v.toString();
}

} // namespace

SyncConflicts::SyncConflicts(Database &db) : m_db(db) {}

QList<SyncConflict> SyncConflicts::list(bool openOnly) const
{
    QList<SyncConflict> out;
    QSqlQuery q(m_db.sql());
    if (!q.exec(QStringLiteral("SELECT id, kind, record_table, record_id, field, kept, "
                               "kept_device, other, other_device, base_hlc, base_device, "
                               "max(kept_hlc, other_hlc), kept_hlc, other_hlc FROM sync_conflicts "
                               "ORDER BY other_hlc, other_device, id")))
        return out;
    QSqlQuery v(m_db.sql());
    while (q.next()) {
        SyncConflict c;
        c.id = q.value(0).toString();
        c.kind = q.value(1).toString();
        c.table = q.value(2).toString();
        c.recordId = q.value(3).toString();
        c.field = q.value(4).toString();
        c.kept = q.value(5);
        c.keptDevice = q.value(6).toString();
        c.other = q.value(7);
        c.otherDevice = q.value(8).toString();
        c.baseHlc = q.value(9).toLongLong();
        c.baseDevice = q.value(10).toString();
        c.keptHlc = q.value(12).toLongLong();
        c.otherHlc = q.value(13).toLongLong();
        // Settled once one of its fields carries a version newer than both sides.
        QStringList fields = c.field.split(QLatin1Char(','));
        if (c.kind == QLatin1String("unique"))
            fields << QStringLiteral("deleted");
        v.prepare(QStringLiteral("SELECT max(hlc) FROM field_versions WHERE record_table = ? AND "
                                 "record_id = ? AND field IN (%1)")
                      .arg(QStringList(fields.size(), QStringLiteral("?")).join(QLatin1Char(','))));
        v.addBindValue(c.table);
        v.addBindValue(c.kind == QLatin1String("unique") ? c.other.toString() : c.recordId);
        for (const QString &f : std::as_const(fields))
            v.addBindValue(f);
        c.settled = v.exec() && v.next() && !v.value(0).isNull() &&
                    v.value(0).toLongLong() > q.value(11).toLongLong();
        v.finish();
        if (!openOnly || !c.settled)
            out.append(c);
    }
    return out;
}

bool SyncConflicts::get(const QString &id, SyncConflict *out, Error *error) const
{
    for (const SyncConflict &c : list()) {
        if (c.id == id) {
            *out = c;
            return true;
        }
    }
    return Error::set(error, Error::Code::NotFound, tr("There is no conflict %1.").arg(id), id);
}

bool SyncConflicts::settle(const QString &id, const QVariant &value, Error *error)
{
    SyncConflict c;
    if (!get(id, &c, error))
        return false;
    RecordStore store(m_db);
    if (c.kind == QLatin1String("locked"))
        return Error::set(error, Error::Code::Locked,
                          tr("Record %1 is signed: the rejected change cannot be applied. Make a "
                             "correction (a new revision) instead.")
                              .arg(c.recordId),
                          c.recordId);
    if (c.kind == QLatin1String("invalid"))
        return Error::set(error, Error::Code::Locked,
                          tr("%1 was rejected on every desk: %2 It cannot be applied.")
                              .arg(c.recordId, c.other.toString()),
                          c.recordId);
    if (c.kind == QLatin1String("delete"))
        return store.rewrite(c.table, c.recordId,
                             {{QStringLiteral("deleted"), value.toBool() ? 0 : 1}}, error);
    if (c.kind == QLatin1String("unique")) {
        QVariantMap fields = value.toMap();
        if (fields.isEmpty())
            fields.insert(QStringLiteral("deleted"), 1);
        return store.rewrite(c.table, c.other.toString(), fields, error);
    }
    const QStringList fields = c.field.split(QLatin1Char(','));
    QVariantMap write;
    if (fields.size() == 1) {
        write.insert(fields.first(), value);
    } else {
        const QVariantMap map = value.toMap();
        for (const QString &f : fields) {
            if (!map.contains(f))
                return Error::set(error, Error::Code::Validation,
                                  tr("Settling needs a value for %1.").arg(f), c.recordId, f);
            write.insert(f, map.value(f));
        }
    }
    return store.rewrite(c.table, c.recordId, write, error);
}

QJsonArray SyncConflicts::toJson() const
{
    QJsonArray out;
    for (const SyncConflict &c : list()) {
        out.append(QJsonObject{{QStringLiteral("id"), c.id},
                               {QStringLiteral("record_id"), c.recordId},
                               {QStringLiteral("field"), c.field},
                               {QStringLiteral("kept"), jsonOf(c.kept)},
                               {QStringLiteral("other"), jsonOf(c.other)},
                               {QStringLiteral("settled"), c.settled},
                               {QStringLiteral("kind"), c.kind},
                               {QStringLiteral("table"), c.table}});
    }
    return out;
}

#include "db/SyncUniqueKeys.h"

#include "db/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

const QString Deleted = QStringLiteral("deleted");

bool sqlFail(Error *error, const QSqlQuery &q, const QString &id = QString())
{
    return Error::set(error, Error::Code::Failure, q.lastError().text(), id);
}

} // namespace

bool SyncUniqueKeys::hasRule(const QString &table) const
{
    for (const SyncUniqueRule &rule : m_rules) {
        if (rule.table == table)
            return true;
    }
    return false;
}

bool SyncUniqueKeys::check(const QString &table, const QString &id, QVariantMap *row,
                           const SyncVersion &created, QList<SyncFoundConflict> *conflicts,
                           QStringList *othersTouched, Error *error) const
{
    for (const SyncUniqueRule &rule : std::as_const(m_rules)) {
        if (rule.table != table)
            continue;
        QStringList where;
        QVariantList values;
        bool complete = true;
        for (const QString &c : rule.columns) {
            const bool optional = rule.optional.contains(c);
            complete = complete && (optional || !row->value(c).isNull());
            // IS compares NULL with NULL as equal; = never matches it.
            where << c + (optional ? QStringLiteral(" IS ?") : QStringLiteral(" = ?"));
            values << row->value(c);
        }
        if (!complete)
            continue;
        // Every record of this key that should be live: the visible ones and the ones hidden
        // earlier by this rule, so the record that stays is the same on every device whatever
        // order they arrived in.
        QSqlQuery q(m_db.sql());
        q.prepare(
            // The field versions' own tables: a view that is a join is read whole when it is
            // the right side of a LEFT JOIN.
            QStringLiteral("SELECT t.id, v.hlc, d.device, t.deleted FROM %1 t "
                           "LEFT JOIN record_keys k ON k.record_table = ? AND k.record_id = t.id "
                           "LEFT JOIN sync_fields f ON f.field = 'created_at' "
                           "LEFT JOIN version_rows v ON v.record_key = k.id AND v.field_key = f.id "
                           "LEFT JOIN sync_devices d ON d.id = v.device_key "
                           "WHERE %2 AND t.id <> ? AND (t.deleted = 0 "
                           "OR t.id IN (SELECT record_id FROM sync_conflicts WHERE kind = "
                           "'unique' AND record_table = ?))")
                .arg(table, where.join(QLatin1String(" AND "))));
        q.addBindValue(table);
        for (const QVariant &v : std::as_const(values))
            q.addBindValue(v);
        q.addBindValue(id);
        q.addBindValue(table);
        if (!q.exec())
            return sqlFail(error, q, id);
        struct Candidate
        {
            QString id;
            SyncVersion created;
            bool hidden = false;
        };
        QList<Candidate> all{{id, created, false}};
        while (q.next()) {
            SyncVersion v;
            v.hlc = q.value(1).toLongLong();
            v.device = q.value(2).toString();
            all.append({q.value(0).toString(), v, q.value(3).toInt() != 0});
        }
        q.finish();
        if (all.size() < 2)
            continue;
        // The record created first keeps its place.
        Candidate winner = all.first();
        for (const Candidate &c : std::as_const(all)) {
            if (winner.created.isNewerThan(c.created))
                winner = c;
        }
        for (const Candidate &c : std::as_const(all)) {
            if (c.id == winner.id)
                continue;
            // Filed under the loser: kept names the record that stays, other the one hidden.
            // The key as people read it: the optional columns only tell revisions apart.
            QStringList key = rule.columns;
            for (const QString &c : rule.optional)
                key.removeAll(c);
            conflicts->append({QStringLiteral("unique"), key.join(QLatin1Char(',')), winner.id,
                               winner.created, c.id, c.created});
            if (c.id == id) {
                if (rule.clearColumn.isEmpty())
                    row->insert(Deleted, 1);
                else
                    row->insert(rule.clearColumn, QVariant());
                continue;
            }
            if (c.hidden)
                continue;
            QSqlQuery u(m_db.sql());
            u.prepare(rule.clearColumn.isEmpty()
                          ? QStringLiteral("UPDATE %1 SET deleted = 1 WHERE id = ?").arg(table)
                          : QStringLiteral("UPDATE %1 SET %2 = NULL WHERE id = ?")
                                .arg(table, rule.clearColumn));
            u.addBindValue(c.id);
            if (!u.exec())
                return sqlFail(error, u, c.id);
            othersTouched->append(c.id);
        }
    }
    return true;
}

bool SyncUniqueKeys::conflictsOf(const QString &table, const QString &id, QStringList *conflictIds,
                                 QStringList *others, Error *error) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT id, record_id, kept FROM sync_conflicts WHERE kind = "
                             "'unique' AND record_table = ? AND (record_id = ? OR kept = ?)"));
    q.addBindValue(table);
    q.addBindValue(id);
    q.addBindValue(id);
    if (!q.exec())
        return sqlFail(error, q, id);
    while (q.next()) {
        conflictIds->append(q.value(0).toString());
        for (int column : {1, 2}) {
            const QString other = q.value(column).toString();
            if (other != id && !others->contains(other))
                others->append(other);
        }
    }
    return true;
}

bool SyncUniqueKeys::drop(const QStringList &conflictIds, Error *error) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("DELETE FROM sync_conflicts WHERE id = ?"));
    for (const QString &id : conflictIds) {
        q.addBindValue(id);
        if (!q.exec())
            return sqlFail(error, q, id);
    }
    return true;
}

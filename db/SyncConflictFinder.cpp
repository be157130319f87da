#include "db/SyncConflictFinder.h"

#include "db/RecordStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

namespace {
const QString Deleted = QStringLiteral("deleted");
const QString CreatedAt = QStringLiteral("created_at");
} // namespace

QVariant SyncConflictFinder::unitValue(const QStringList &unit, const SyncVersions &versions,
                                       const SyncVersion &at)
{
    if (unit.size() == 1)
        return at.value;
    // A merge group's value: all its fields as they were written together.
    QJsonObject o;
    for (const QString &member : unit) {
        for (const SyncVersion &v : versions.value(member)) {
            if (v.hlc == at.hlc && v.device == at.device)
                o.insert(member, QJsonValue::fromVariant(v.value));
        }
    }
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

void SyncConflictFinder::concurrentAndLocked(const QString &table, const SyncVersions &versions,
                                             const QHash<QString, SyncVersion> &winners,
                                             qint64 lock, QList<SyncFoundConflict> *out)
{
    for (auto it = versions.cbegin(); it != versions.cend(); ++it) {
        const QString &field = it.key();
        if (field == CreatedAt || (it->size() < 2 && lock == 0))
            continue;
        const QStringList unit = RecordStore::mergeUnit(table, field);
        if (unit.first() != field && versions.contains(unit.first()))
            continue; // the unit is handled once, under its first field
        const QString name = unit.join(QLatin1Char(','));
        // Concurrent edits: versions that replaced the same base. The newest of them is kept.
        QHash<QString, QList<SyncVersion>> byBase;
        for (const SyncVersion &v : *it) {
            if (lock == 0 || v.hlc <= lock)
                byBase[QString::number(v.baseHlc) + QLatin1Char('/') + v.baseDevice].append(v);
        }
        for (const QList<SyncVersion> &siblings : std::as_const(byBase)) {
            if (siblings.size() < 2)
                continue;
            SyncVersion kept = siblings.first();
            for (const SyncVersion &v : siblings) {
                if (v.isNewerThan(kept))
                    kept = v;
            }
            const QVariant keptValue = unitValue(unit, versions, kept);
            for (const SyncVersion &v : siblings) {
                if (v.hlc == kept.hlc && v.device == kept.device)
                    continue;
                // Two desks that wrote the same value agree: nothing for a person to settle (the
                // official holiday calendar installed on two desks, one status set twice).
                const QVariant value = unitValue(unit, versions, v);
                if (value == keptValue)
                    continue;
                out->append({QStringLiteral("concurrent"), name, keptValue, kept, value, v});
            }
        }
        // Changes made after the record was signed: rejected, kept for a person to see.
        if (lock != 0) {
            const SyncVersion kept = winners.value(field);
            const QVariant keptValue =
                winners.contains(field) ? unitValue(unit, versions, kept) : QVariant();
            for (const SyncVersion &v : *it) {
                if (v.hlc > lock)
                    out->append({QStringLiteral("locked"), name, keptValue, kept,
                                 unitValue(unit, versions, v), v});
            }
        }
    }
}

bool SyncConflictFinder::editsAfterDeletes(const SyncVersions &versions,
                                           const QHash<QString, SyncVersion> &winners, qint64 lock,
                                           QList<SyncFoundConflict> *out)
{
    // Every delete with a newer edit is a conflict named after the delete, kept = the earliest
    // edit after it, so it does not depend on arrival order.
    bool revived = false;
    for (const SyncVersion &d : versions.value(Deleted)) {
        if (d.value.toInt() != 1 || (lock != 0 && d.hlc > lock))
            continue;
        bool edited = false;
        SyncVersion firstEdit;
        for (auto it = versions.cbegin(); it != versions.cend(); ++it) {
            if (it.key() == Deleted || it.key() == CreatedAt || !winners.contains(it.key()))
                continue;
            for (const SyncVersion &v : *it) {
                if ((lock == 0 || v.hlc <= lock) && v.isNewerThan(d) &&
                    (!edited || firstEdit.isNewerThan(v))) {
                    firstEdit = v;
                    edited = true;
                }
            }
        }
        if (!edited)
            continue;
        out->append({QStringLiteral("delete"), Deleted, 0, firstEdit, 1, d});
        const SyncVersion w = winners.value(Deleted);
        if (d.hlc == w.hlc && d.device == w.device)
            revived = true;
    }

    return revived;
}

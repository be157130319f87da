#include "app/signing/RecordRevisions.h"

#include "db/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

bool RecordRevisions::readFailed(const QSqlQuery &q, const QString &id, Error *error)
{
    return Error::set(
        error, Error::Code::Failure,
        tr("Could not read the revisions of record %1: %2").arg(id, q.lastError().text()), id);
}

bool RecordRevisions::lookup(const char *sql, const QString &id, QVariant *value,
                             Error *error) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QString::fromLatin1(sql));
    q.addBindValue(id);
    if (!q.exec())
        return readFailed(q, id, error);
    *value = q.next() ? q.value(0) : QVariant();
    return true;
}

bool RecordRevisions::revisionOf(const QString &recordId, int *revision, Error *error) const
{
    QVariant v;
    if (!lookup("SELECT revision FROM record_revisions WHERE record_id = ? AND deleted = 0 "
                "ORDER BY revision DESC LIMIT 1",
                recordId, &v, error))
        return false;
    *revision = v.isNull() ? 1 : v.toInt();
    return true;
}

bool RecordRevisions::supersededBy(const QString &recordId, QString *newerId, Error *error) const
{
    // Two offline corrections of one record: the earlier one (then by id) is the successor on
    // every device; the other shows up as its own chain and as a sync conflict. A correction
    // whose draft was deleted replaces nothing: the old revision is current again. A draft
    // not signed yet replaces nothing either.
    return successor(recordId, true, newerId, error);
}

bool RecordRevisions::pendingCorrectionOf(const QString &recordId, QString *draftId,
                                          Error *error) const
{
    QString newer;
    if (!successor(recordId, false, &newer, error))
        return false;
    draftId->clear();
    QVariant locked;
    if (!newer.isEmpty() &&
        !lookup("SELECT 1 FROM record_locks WHERE record_id = ? AND deleted = 0 LIMIT 1", newer,
                &locked, error))
        return false;
    if (!newer.isEmpty() && locked.isNull())
        *draftId = newer;
    return true;
}

bool RecordRevisions::isPendingCorrection(const QString &recordId, bool *pending,
                                          Error *error) const
{
    QVariant linked, locked;
    if (!lookup("SELECT 1 FROM record_revisions WHERE record_id = ? AND deleted = 0 LIMIT 1",
                recordId, &linked, error) ||
        !lookup("SELECT 1 FROM record_locks WHERE record_id = ? AND deleted = 0 LIMIT 1", recordId,
                &locked, error))
        return false;
    *pending = !linked.isNull() && locked.isNull();
    return true;
}

bool RecordRevisions::successor(const QString &recordId, bool signedOnly, QString *newerId,
                                Error *error) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT record_id, record_table FROM record_revisions WHERE "
                             "previous_id = ? AND deleted = 0 ORDER BY created_at, id"));
    q.addBindValue(recordId);
    if (!q.exec())
        return readFailed(q, recordId, error);
    QList<QPair<QString, QString>> candidates;
    while (q.next())
        candidates.append({q.value(0).toString(), q.value(1).toString()});
    q.finish();
    newerId->clear();
    for (const auto &c : std::as_const(candidates)) {
        // Only a tombstone stops it: a link that arrived before its record still replaces.
        QVariant tombstone;
        if (!lookup(
                qPrintable(
                    QStringLiteral("SELECT 1 FROM %1 WHERE id = ? AND deleted <> 0").arg(c.second)),
                c.first, &tombstone, error))
            return false;
        if (!tombstone.isNull())
            continue;
        if (signedOnly) {
            QVariant locked;
            if (!lookup("SELECT 1 FROM record_locks WHERE record_id = ? AND deleted = 0 LIMIT 1",
                        c.first, &locked, error))
                return false;
            if (locked.isNull())
                continue;
        }
        *newerId = c.first;
        return true;
    }
    return true;
}

QString RecordRevisions::currentOnly(const QString &table, const QString &alias)
{
    // The same test as supersededBy (a live link to a signed record that is not a tombstone),
    // and the row is not itself a correction waiting for its signatures.
    return QStringLiteral("NOT EXISTS (SELECT 1 FROM record_revisions rr WHERE rr.previous_id = "
                          "%2.id AND rr.deleted = 0 AND NOT EXISTS (SELECT 1 FROM %1 nr WHERE "
                          "nr.id = rr.record_id AND nr.deleted <> 0) AND EXISTS (SELECT 1 FROM "
                          "record_locks rl WHERE rl.record_id = rr.record_id AND rl.deleted = 0)) "
                          "AND NOT (EXISTS (SELECT 1 FROM record_revisions ro WHERE ro.record_id "
                          "= %2.id AND ro.deleted = 0) AND NOT EXISTS (SELECT 1 FROM record_locks "
                          "ol WHERE ol.record_id = %2.id AND ol.deleted = 0))")
        .arg(table, alias);
}

QString RecordRevisions::latestOnly(const QString &table, const QString &alias)
{
    return QStringLiteral("NOT EXISTS (SELECT 1 FROM record_revisions rr WHERE rr.previous_id = "
                          "%2.id AND rr.deleted = 0 AND NOT EXISTS (SELECT 1 FROM %1 nr WHERE "
                          "nr.id = rr.record_id AND nr.deleted <> 0))")
        .arg(table, alias);
}

bool RecordRevisions::chainOf(const QString &recordId, QStringList *ids, Error *error) const
{
    ids->clear();
    QString id = recordId;
    // Bounded like currentOf: a corrupted cycle must not hang a print.
    for (int step = 0; step < 1000 && !id.isEmpty(); ++step) {
        if (ids->contains(id))
            break;
        ids->append(id);
        QString previous;
        if (!previousOf(id, &previous, error))
            return false;
        id = previous;
    }
    return true;
}

bool RecordRevisions::previousOf(const QString &recordId, QString *previousId, Error *error) const
{
    QVariant v;
    if (!lookup("SELECT previous_id FROM record_revisions WHERE record_id = ? AND deleted = 0 "
                "ORDER BY revision DESC LIMIT 1",
                recordId, &v, error))
        return false;
    *previousId = v.toString();
    return true;
}

bool RecordRevisions::reasonOf(const QString &recordId, QString *reason, Error *error) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT reason FROM record_revisions WHERE record_id = ? AND "
                             "deleted = 0 ORDER BY revision DESC LIMIT 1"));
    q.addBindValue(recordId);
    if (!q.exec())
        return readFailed(q, recordId, error);
    *reason = q.next() ? q.value(0).toString() : QString();
    return true;
}

bool RecordRevisions::currentOf(const QString &recordId, QString *currentId, Error *error) const
{
    QString id = recordId;
    // A chain is short (a correction or two); the bound stops a corrupted cycle.
    for (int step = 0; step < 1000; ++step) {
        QString newer;
        if (!supersededBy(id, &newer, error))
            return false;
        if (newer.isEmpty()) {
            *currentId = id;
            return true;
        }
        id = newer;
    }
    return Error::set(error, Error::Code::Failure,
                      tr("The revisions of record %1 form a cycle; run verify.").arg(recordId),
                      recordId);
}

bool RecordRevisions::latestOf(const QString &recordId, QString *latestId, Error *error) const
{
    QString id = recordId;
    for (int step = 0; step < 1000; ++step) {
        QString newer;
        if (!successor(id, false, &newer, error))
            return false;
        if (newer.isEmpty()) {
            *latestId = id;
            return true;
        }
        id = newer;
    }
    return Error::set(error, Error::Code::Failure,
                      tr("The revisions of record %1 form a cycle; run verify.").arg(recordId),
                      recordId);
}

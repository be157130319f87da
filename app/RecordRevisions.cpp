#include "RecordRevisions.h"

#include "Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

bool RecordRevisions::lookup(const char *sql, const QString &id, QVariant *value,
                             Error *error) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QString::fromLatin1(sql));
    q.addBindValue(id);
    if (!q.exec())
        return Error::set(
            error, Error::Code::Failure,
            tr("Could not read the revisions of record %1: %2").arg(id, q.lastError().text()), id);
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
    QVariant v;
    // Two offline corrections of one record: the earlier one (then by id) is the successor on
    // every device; the other shows up as its own chain and as a sync conflict.
    if (!lookup("SELECT record_id FROM record_revisions WHERE previous_id = ? AND deleted = 0 "
                "ORDER BY created_at, id LIMIT 1",
                recordId, &v, error))
        return false;
    *newerId = v.toString();
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

#include "app/signing/RevisionLinks.h"

#include "app/catalog/RecordCatalog.h"
#include "app/rules/RevisionLinkRule.h"
#include "app/signing/RecordLocks.h"
#include "app/signing/RecordRevisions.h"
#include "db/Database.h"
#include "db/RecordStore.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace {

bool readFailed(const QSqlQuery &q, const QString &id, Error *error)
{
    return Error::set(error, Error::Code::Failure, q.lastError().text(), id);
}

// Another live row than linkId with column = value.
bool otherLink(Database &db, const char *column, const QString &value, const QString &linkId,
               bool *found, Error *error)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT 1 FROM record_revisions WHERE %1 = ? AND id <> ? AND "
                             "deleted = 0 LIMIT 1")
                  .arg(QLatin1String(column)));
    q.addBindValue(value);
    q.addBindValue(linkId);
    if (!q.exec())
        return readFailed(q, linkId, error);
    *found = q.next();
    return true;
}

} // namespace

bool RevisionLinks::validate(Database &db, const QString &linkId, const QVariantMap &link,
                             Error *error, Mode mode)
{
    const QString table = link.value(QStringLiteral("record_table")).toString();
    const QString recordId = link.value(QStringLiteral("record_id")).toString().toLower();
    const QString previousId = link.value(QStringLiteral("previous_id")).toString().toLower();
    RevisionLinkRule::Facts f;
    f.revision = link.value(QStringLiteral("revision")).toInt();
    f.self = recordId == previousId;
    const RecordKind *kind = RecordCatalog::byTable(table);
    RecordStore store(db);
    QVariantMap record, previous;
    if (!kind || !store.exists(table, recordId))
        f.previousInTable = false;
    if (!f.self && kind) {
        if (!store.exists(table, previousId)) {
            // Of another table, or not there at all.
            bool elsewhere = false;
            for (const RecordKind &k : RecordCatalog::kinds())
                elsewhere = elsewhere || store.exists(k.table, previousId, true);
            f.previousInTable = f.previousInTable && !elsewhere;
            f.previousExists = false;
        } else {
            if (!store.get(table, recordId, &record, error) ||
                !store.get(table, previousId, &previous, error))
                return false;
            bool locked = false;
            if (!RecordLocks(db).isLocked(previousId, &locked, error))
                return false;
            f.previousLocked = locked;
            bool replaced = false, already = false;
            if (!otherLink(db, "previous_id", previousId, linkId, &replaced, error) ||
                !otherLink(db, "record_id", recordId, linkId, &already, error))
                return false;
            f.previousCurrent = !replaced || mode == Mode::Sync;
            f.recordAlreadyRevision = already && mode == Mode::File;
            if (!RecordRevisions(db).revisionOf(previousId, &f.previousRevision, error))
                return false;
            // Where the record belongs: the fields a correction copies and never changes.
            for (const char *key : {"task_id", "engineer_id", "date", "customer_id"}) {
                const QString k = QString::fromLatin1(key);
                if (kind->field(k) && !RecordStore::sameValue(record.value(k), previous.value(k)))
                    f.samePlace = false;
            }
            if (kind->field(QStringLiteral("revision_of")) &&
                record.value(QStringLiteral("revision_of")).toString().toLower() != previousId)
                f.samePlace = false;
            // Back along the chain from the previous record: reaching the record (or going
            // round) is a cycle.
            QSet<QString> seen{previousId};
            QString id = previousId;
            RecordRevisions revisions(db);
            for (int step = 0; step < 1000 && !id.isEmpty() && !f.cycle; ++step) {
                QString earlier;
                if (!revisions.previousOf(id, &earlier, error))
                    return false;
                earlier = earlier.toLower();
                f.cycle = earlier == recordId || (!earlier.isEmpty() && seen.contains(earlier));
                seen.insert(earlier);
                id = earlier;
            }
        }
    }
    const RevisionLinkRule::Problem problem = RevisionLinkRule::check(f);
    if (problem == RevisionLinkRule::Problem::None)
        return true;
    return Error::set(error, Error::Code::Validation, RevisionLinkRule::message(problem, linkId, f),
                      linkId, QStringLiteral("previous_id"));
}

bool RevisionLinks::checkMerged(Database &db, const QString &linkId, QString *reason)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT record_table, record_id, previous_id, revision FROM "
                             "record_revisions WHERE id = ?"));
    q.addBindValue(linkId);
    if (!q.exec() || !q.next())
        return true; // nothing to judge
    const QVariantMap link{{QStringLiteral("record_table"), q.value(0)},
                           {QStringLiteral("record_id"), q.value(1)},
                           {QStringLiteral("previous_id"), q.value(2)},
                           {QStringLiteral("revision"), q.value(3)}};
    q.finish();
    // A link whose record is gone (a thrown-away draft, a duplicate hidden by sync) replaces
    // nothing (RecordRevisions ignores it): there is nothing to reject.
    if (!RecordCatalog::byTable(link.value(QStringLiteral("record_table")).toString()) ||
        !RecordStore(db).exists(link.value(QStringLiteral("record_table")).toString(),
                                link.value(QStringLiteral("record_id")).toString()))
        return true;
    Error error;
    if (validate(db, linkId, link, &error, Mode::Sync))
        return true;
    if (error.code != Error::Code::Validation)
        return true; // a read failure is no verdict; the next merge checks again
    *reason = error.message;
    return false;
}

#include "app/models/RecordStatus.h"

#include "db/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

bool RecordStatus::load(Database &db, const QString &table, QHash<QString, State> *out,
                        Error *error)
{
    out->clear();
    // The highest revision a record was given; its predecessor is superseded once the
    // correction is signed (until then it is a correction draft and the predecessor stays
    // current); a live lock of any revision locks it (RecordLocks counts the earliest, but any
    // one locks).
    const struct
    {
        const char *sql;
        int what; // 0 revision, 1 superseded, 2 locked, 3 correction draft
    } queries[] = {
        {"SELECT record_id, max(revision) FROM record_revisions WHERE record_table = ? AND "
         "deleted = 0 GROUP BY record_id",
         0},
        {"SELECT DISTINCT rr.previous_id, 0 FROM record_revisions rr WHERE rr.record_table = ? "
         "AND rr.deleted = 0 AND EXISTS (SELECT 1 FROM record_locks rl WHERE rl.record_id = "
         "rr.record_id AND rl.deleted = 0)",
         1},
        {"SELECT DISTINCT rr.record_id, 0 FROM record_revisions rr WHERE rr.record_table = ? AND "
         "rr.deleted = 0 AND NOT EXISTS (SELECT 1 FROM record_locks rl WHERE rl.record_id = "
         "rr.record_id AND rl.deleted = 0)",
         3},
        {"SELECT DISTINCT record_id, 0 FROM record_locks WHERE record_table = ? AND deleted = 0",
         2},
    };
    for (const auto &query : queries) {
        QSqlQuery q(db.sql());
        q.setForwardOnly(true);
        q.prepare(QString::fromLatin1(query.sql));
        q.addBindValue(table);
        if (!q.exec())
            return Error::set(
                error, Error::Code::Failure,
                tr("Could not read the revisions and locks: %1").arg(q.lastError().text()));
        while (q.next()) {
            State &state = (*out)[q.value(0).toString()];
            if (query.what == 0)
                state.revision = qMax(1, q.value(1).toInt());
            else if (query.what == 1)
                state.superseded = true;
            else if (query.what == 3)
                state.draft = true;
            else
                state.locked = true;
        }
    }
    return true;
}

QString RecordStatus::revisionText(const State &state)
{
    if (state.superseded)
        return tr("Rev. %1 (superseded)").arg(state.revision);
    return state.revision > 1 ? tr("Rev. %1").arg(state.revision) : QString();
}

QString RecordStatus::cellText(const State &state)
{
    if (state.draft)
        return tr("%1 (correction draft)").arg(state.revision);
    return state.superseded ? tr("%1 (superseded)").arg(state.revision)
                            : QString::number(state.revision);
}

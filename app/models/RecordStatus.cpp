#include "app/models/RecordStatus.h"

#include "db/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

bool RecordStatus::load(Database &db, const QString &table, QHash<QString, State> *out,
                        Error *error)
{
    out->clear();
    // The highest revision a record was given; its predecessor is superseded; a live lock of
    // any revision locks it (RecordLocks counts the earliest, but any one locks).
    const struct
    {
        const char *sql;
        int what; // 0 revision, 1 superseded, 2 locked
    } queries[] = {
        {"SELECT record_id, max(revision) FROM record_revisions WHERE record_table = ? AND "
         "deleted = 0 GROUP BY record_id",
         0},
        {"SELECT DISTINCT previous_id, 0 FROM record_revisions WHERE record_table = ? AND "
         "deleted = 0",
         1},
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
    return state.superseded ? tr("%1 (superseded)").arg(state.revision)
                            : QString::number(state.revision);
}

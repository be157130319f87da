#include "app/workflow/TaskNumberReservation.h"

#include "app/workflow/TaskNumbering.h"
#include "db/Database.h"
#include "db/RecordStore.h"
#include "db/SyncEngine.h"
#include "db/SyncFileSystem.h"

#include <QDateTime>
#include <QDir>
#include <QSqlError>
#include <QSqlQuery>

bool TaskNumberReservation::reserve(Database &db, int year, QString *number, Error *error,
                                    SyncFileSystem *fs)
{
    if (!fs)
        fs = SyncFileSystem::local();
    number->clear();
    const QString root = SyncEngine::shareRootOf(db);
    if (!fs->exists(QDir(root).filePath(QStringLiteral("team.json"))))
        return true; // share out of reach: pending number
    const QString dir = QDir(root).filePath(QStringLiteral("numbers/%1").arg(year));
    QString detail;
    if (!fs->makePath(dir, &detail))
        return true;
    int start = 0;
    for (const QString &name : fs->files(dir))
        start = qMax(start, name.toInt());
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT max(CAST(substr(number, 14) AS INTEGER)) FROM tasks "
                             "WHERE number LIKE ?"));
    q.addBindValue(QStringLiteral("LITH-FE-%1-%").arg(year));
    if (q.exec() && q.next())
        start = qMax(start, q.value(0).toInt());
    for (int n = start + 1; n <= 9999; ++n) {
        const QString path =
            QDir(dir).filePath(QStringLiteral("%1").arg(n, 4, 10, QLatin1Char('0')));
        // Exclusive create: of two devices asking at once, exactly one gets the number.
        if (fs->writeNew(path, db.deviceId().toUtf8(), &detail)) {
            *number = TaskNumbering::format(year, n);
            return true;
        }
        if (!fs->exists(path))
            return true; // the share went away: pending
    }
    return Error::set(error, Error::Code::Failure,
                      tr("All 9999 task numbers of %1 are used.").arg(year));
}

bool TaskNumberReservation::numberPending(Database &db, int *count, Error *error,
                                          SyncFileSystem *fs)
{
    *count = 0;
    // This device's own tasks only: their creation is in the local change log.
    QSqlQuery q(db.sql());
    if (!q.exec(QStringLiteral(
            "SELECT id, registered_at FROM tasks WHERE number IS NULL AND deleted = 0 AND id IN "
            "(SELECT record_id FROM change_log WHERE record_table = 'tasks' AND field = "
            "'created_at') ORDER BY registered_at, id")))
        return Error::set(error, Error::Code::Failure, q.lastError().text());
    QList<QPair<QString, int>> pending;
    while (q.next()) {
        const QDateTime at = QDateTime::fromString(q.value(1).toString(), Qt::ISODate);
        pending.append(
            {q.value(0).toString(), at.isValid() ? at.date().year() : QDate::currentDate().year()});
    }
    q.finish();
    RecordStore store(db);
    for (const auto &task : std::as_const(pending)) {
        QString number;
        if (!reserve(db, task.second, &number, error, fs))
            return false;
        if (number.isEmpty())
            return true;
        if (!store.update(QStringLiteral("tasks"), task.first, {{QStringLiteral("number"), number}},
                          error))
            return false;
        ++*count;
    }
    return true;
}

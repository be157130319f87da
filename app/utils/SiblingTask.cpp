#include "app/utils/SiblingTask.h"

#include "db/Database.h"

#include <QtConcurrent/QtConcurrentRun>

QFuture<SiblingTask::Result> SiblingTask::run(const Database &main,
                                              std::function<bool(Database &, Error *)> work)
{
    const Database *source = &main;
    return QtConcurrent::run([source, work = std::move(work)] {
        Result r;
        Database db; // closed (and its connection removed) here, in the pool thread
        r.ok = db.openSibling(*source, &r.error) && work(db, &r.error);
        return r;
    });
}

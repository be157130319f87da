#include "app/workflow/BriefingDispatch.h"

#include "app/workflow/TaskWorkflow.h"
#include "db/Database.h"
#include "db/Transaction.h"

BriefingDispatch::BriefingDispatch(Database &db) : m_db(db) {}

QStringList BriefingDispatch::blockers(const QString &taskId, const QVariantMap &brief,
                                       const QDate &on)
{
    QStringList reasons;
    // The typed brief as if saved, then rolled back: the workflow's own rules decide.
    Transaction dryRun(m_db);
    TaskWorkflow workflow(m_db);
    Error error;
    // Without the transaction the save would be real: then only the saved brief counts.
    if (dryRun.isActive() && !workflow.saveBriefing(taskId, brief, nullptr, &error))
        reasons << error.message;
    reasons << workflow.dispatchBlockers(taskId, on);
    dryRun.rollback();
    return reasons;
}

bool BriefingDispatch::saveAndMarkBriefed(const QString &taskId, const QVariantMap &brief,
                                          const QDate &on, QString *briefingId, Error *error)
{
    Transaction tx(m_db);
    TaskWorkflow workflow(m_db);
    return workflow.saveBriefing(taskId, brief, briefingId, error) &&
           workflow.markBriefed(taskId, on, error) && tx.commit(error);
}

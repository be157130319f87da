#pragma once

#include "app/rules/ApprovalMatrix.h"
#include "db/Error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QVariantMap>

class Database;
struct RecordKind;

// The task life of SOP-10 §5.1-§5.2 as operations on the database: register a request,
// assess it, decide on it with the approval the matrix requires, assign eligible engineers,
// write the mission brief and mark the task briefed once nothing blocks the dispatch. Every
// operation validates first and writes in one transaction, so a refusal changes nothing and
// says why (naming the field where there is one).
class TaskWorkflow
{
    Q_DECLARE_TR_FUNCTIONS(TaskWorkflow)
public:
    explicit TaskWorkflow(Database &db);

    // §5.2.1. fields: customer_id, type, priority, requested_at, title, site, description.
    bool registerTask(const QVariantMap &fields, const QDateTime &registeredAt, QString *taskId,
                      Error *error);
    // §5.2.2. The 7 dimensions: necessity, complexity, planned_days, knowhow_risk, safety_risk,
    // commercial_value, remote_alternative; plus major_complaint, planned_start, planned_end.
    bool assess(const QString &taskId, const QVariantMap &assessment, Error *error);
    // §5.2.3. The approval the task needs now, from its assessment and customer tier.
    bool requiredApproval(const QString &taskId, ApprovalMatrix::Level *level, Error *error);
    // Roles whose approval is still missing.
    QStringList missingApprovals(const QString &taskId);
    bool decide(const QString &taskId, const QString &approverId, bool approve,
                const QString &comment, const QDateTime &at, Error *error);
    // §4.2: refuses ineligible people, listing every reason.
    bool assignEngineers(const QString &taskId, const QStringList &personIds, const QDate &on,
                         Error *error);
    QStringList eligibilityReasons(const QString &personId, const QString &taskId, const QDate &on);
    // §5.2.4-§5.2.8: creates or updates the task's brief.
    bool saveBriefing(const QString &taskId, const QVariantMap &fields, QString *briefingId,
                      Error *error);
    // What still blocks the dispatch (empty = the task may be marked briefed).
    QStringList dispatchBlockers(const QString &taskId, const QDate &on);
    bool markBriefed(const QString &taskId, const QDate &on, Error *error);
    bool cancel(const QString &taskId, const QString &reason, Error *error);
    // Any other move of the state machine (on_site, reporting, ...), guarded by it. Going on
    // site records the arrival time (arrived_at) as now unless one is entered already.
    bool moveTo(const QString &taskId, const QString &state, Error *error);

    static bool registeredInTime(const QDateTime &requestedAt, const QDateTime &registeredAt);
    static bool meetingInTime(const QDateTime &meetingAt, const QDateTime &departureAt);

private:
    bool load(const QString &table, const QString &id, QVariantMap *out, Error *error);
    bool validateFields(const RecordKind &kind, const QVariantMap &fields, const QString &id,
                        Error *error);
    bool setState(const QString &taskId, const QVariantMap &task, const QString &state,
                  const QVariantMap &extra, Error *error);
    QString briefingOf(const QString &taskId);

    Database &m_db;
};

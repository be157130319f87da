#include "app/workflow/TaskWorkflow.h"

#include "app/catalog/FieldCodec.h"
#include "app/catalog/RecordCatalog.h"
#include "app/rules/DerivedFields.h"
#include "app/rules/EngineerEligibility.h"
#include "app/rules/TaskClosure.h"
#include "app/rules/TaskStateMachine.h"
#include "app/signing/KeyProofs.h"
#include "app/signing/RecordRevisions.h"
#include "app/workflow/TaskNumbering.h"
#include "db/Database.h"
#include "db/RecordStore.h"
#include "db/Transaction.h"

#include <QSqlQuery>

namespace {
QString iso(const QDateTime &t)
{
    return t.toOffsetFromUtc(t.offsetFromUtc()).toString(Qt::ISODate);
}
QDateTime parseTime(const QVariant &v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODate);
}
const QString Tasks = QStringLiteral("tasks");
} // namespace

TaskWorkflow::TaskWorkflow(Database &db) : m_db(db) {}

bool TaskWorkflow::registeredInTime(const QDateTime &requestedAt, const QDateTime &registeredAt)
{
    return requestedAt.secsTo(registeredAt) <= 24 * 3600;
}

bool TaskWorkflow::meetingInTime(const QDateTime &meetingAt, const QDateTime &departureAt)
{
    const qint64 before = meetingAt.secsTo(departureAt);
    return before >= 0 && before <= 24 * 3600;
}

bool TaskWorkflow::load(const QString &table, const QString &id, QVariantMap *out, Error *error)
{
    return RecordStore(m_db).get(table, id, out, error);
}

bool TaskWorkflow::validateFields(const RecordKind &kind, const QVariantMap &fields,
                                  const QString &id, Error *error)
{
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        const FieldSpec *spec = kind.field(it.key());
        if (!spec || spec->derived)
            return Error::set(error, Error::Code::Usage,
                              tr("%1 has no field %2.").arg(kind.array, it.key()), id, it.key());
        if (!FieldCodec::validate(*spec, it.value(), QString(), error))
            return false;
    }
    return true;
}

bool TaskWorkflow::registerTask(const QVariantMap &input, const QDateTime &registeredAt,
                                QString *taskId, Error *error)
{
    const RecordKind &kind = *RecordCatalog::byArray(Tasks);
    QVariantMap fields = input;
    fields.insert(QStringLiteral("registered_at"), iso(registeredAt));
    fields.insert(QStringLiteral("state"), QStringLiteral("registered"));
    for (const char *required : {"customer_id", "type", "priority", "requested_at"}) {
        const QString key = QString::fromLatin1(required);
        if (!FieldCodec::validate(*kind.field(key), fields.value(key), QString(), error))
            return false;
    }
    if (!validateFields(kind, fields, QString(), error))
        return false;
    const QDateTime requested = parseTime(fields.value(QStringLiteral("requested_at")));
    if (requested > registeredAt.addSecs(300))
        return Error::set(error, Error::Code::Validation,
                          tr("Requested at lies after the registration time; check the date."),
                          QString(), QStringLiteral("requested_at"));
    RecordStore store(m_db);
    if (!store.exists(QStringLiteral("customers"),
                      fields.value(QStringLiteral("customer_id")).toString()))
        return Error::set(error, Error::Code::Validation, tr("Choose a customer from the list."),
                          QString(), QStringLiteral("customer_id"));
    Transaction tx(m_db);
    QString number;
    if (!TaskNumbering::next(m_db, registeredAt.date().year(), &number, error))
        return false;
    fields.insert(QStringLiteral("number"), number.isEmpty() ? QVariant() : QVariant(number));
    const QString id = RecordStore::newId();
    if (!store.insert(Tasks, id, fields, error) || !tx.commit(error))
        return false;
    if (taskId)
        *taskId = id;
    return true;
}

bool TaskWorkflow::assess(const QString &taskId, const QVariantMap &assessment, Error *error)
{
    static const QStringList allowed = {
        QStringLiteral("necessity"),          QStringLiteral("complexity"),
        QStringLiteral("planned_days"),       QStringLiteral("knowhow_risk"),
        QStringLiteral("safety_risk"),        QStringLiteral("commercial_value"),
        QStringLiteral("remote_alternative"), QStringLiteral("major_complaint"),
        QStringLiteral("planned_start"),      QStringLiteral("planned_end")};
    const RecordKind &kind = *RecordCatalog::byArray(Tasks);
    for (auto it = assessment.cbegin(); it != assessment.cend(); ++it) {
        if (!allowed.contains(it.key()))
            return Error::set(error, Error::Code::Usage,
                              tr("%1 is not part of the assessment.").arg(it.key()), taskId,
                              it.key());
    }
    // The dimensions that decide the approval level must all be given.
    for (const char *key : {"complexity", "planned_days", "knowhow_risk", "safety_risk"}) {
        FieldSpec spec = *kind.field(QString::fromLatin1(key));
        spec.required = true;
        if (!FieldCodec::validate(spec, assessment.value(spec.key), QString(), error))
            return false;
    }
    if (!validateFields(kind, assessment, taskId, error))
        return false;
    const QDate start = QDate::fromString(
        assessment.value(QStringLiteral("planned_start")).toString(), Qt::ISODate);
    const QDate end =
        QDate::fromString(assessment.value(QStringLiteral("planned_end")).toString(), Qt::ISODate);
    if (start.isValid() && end.isValid() && end < start)
        return Error::set(error, Error::Code::Validation,
                          tr("Planned end lies before planned start; correct the dates."), taskId,
                          QStringLiteral("planned_end"));
    Transaction tx(m_db);
    QVariantMap task;
    if (!load(Tasks, taskId, &task, error))
        return false;
    return setState(taskId, task, QStringLiteral("assessed"), assessment, error) &&
           tx.commit(error);
}

bool TaskWorkflow::requiredApproval(const QString &taskId, ApprovalMatrix::Level *level,
                                    Error *error)
{
    QVariantMap task;
    if (!load(Tasks, taskId, &task, error))
        return false;
    const QJsonObject derived = DerivedFields(m_db).compute(*RecordCatalog::byArray(Tasks), task);
    const QString key = derived.value(QStringLiteral("approval")).toString();
    for (int l = 0; l <= int(ApprovalMatrix::Level::KcCharles); ++l) {
        if (ApprovalMatrix::key(ApprovalMatrix::Level(l)) == key) {
            *level = ApprovalMatrix::Level(l);
            return true;
        }
    }
    return Error::set(error, Error::Code::Validation,
                      tr("The task has not been assessed yet; assess it before approving."), taskId,
                      QStringLiteral("state"));
}

QStringList TaskWorkflow::missingApprovals(const QString &taskId)
{
    ApprovalMatrix::Level level;
    if (!requiredApproval(taskId, &level, nullptr))
        return {};
    QStringList missing = ApprovalMatrix::approverRoles(level);
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT p.roles FROM approvals a JOIN people p ON p.id = "
                             "a.approver_id WHERE a.task_id = ? AND a.deleted = 0 AND "
                             "a.decision = 'approve' AND a.level = ?"));
    q.addBindValue(taskId);
    q.addBindValue(ApprovalMatrix::key(level));
    q.exec();
    while (q.next()) {
        for (const QString &role : FieldCodec::listValues(q.value(0)))
            missing.removeAll(role);
    }
    return missing;
}

bool TaskWorkflow::decide(const QString &taskId, const QString &approverId, bool approve,
                          const QString &comment, const QDateTime &at, Error *error)
{
    Transaction tx(m_db);
    QVariantMap task, approver;
    if (!load(Tasks, taskId, &task, error))
        return false;
    if (task.value(QStringLiteral("state")).toString() != QLatin1String("assessed"))
        return Error::set(
            error, Error::Code::Validation,
            tr("Only an assessed task can be approved or rejected; this one is %1.")
                .arg(TaskStateMachine::label(task.value(QStringLiteral("state")).toString())),
            taskId, QStringLiteral("state"));
    if (!load(QStringLiteral("people"), approverId, &approver, error))
        return false;
    ApprovalMatrix::Level level;
    if (!requiredApproval(taskId, &level, error))
        return false;
    const QStringList missing = missingApprovals(taskId);
    const QStringList roles = FieldCodec::listValues(approver.value(QStringLiteral("roles")));
    bool entitled = false;
    for (const QString &role : ApprovalMatrix::approverRoles(level))
        entitled = entitled || (roles.contains(role) && (!approve || missing.contains(role)));
    if (!entitled)
        return Error::set(error, Error::Code::Validation,
                          tr("%1 cannot decide on this task: it needs %2.")
                              .arg(approver.value(QStringLiteral("name")).toString(),
                                   ApprovalMatrix::description(level)),
                          taskId, QStringLiteral("approver_id"));
    if (!approve && comment.trimmed().isEmpty())
        return Error::set(error, Error::Code::Validation,
                          tr("Give the reason for rejecting the task."), taskId,
                          QStringLiteral("comment"));
    QVariantMap decision{
        {QStringLiteral("task_id"), taskId},
        {QStringLiteral("approver_id"), approverId},
        {QStringLiteral("decision"),
         approve ? QStringLiteral("approve") : QStringLiteral("reject")},
        {QStringLiteral("level"), ApprovalMatrix::key(level)},
        {QStringLiteral("comment"), comment.trimmed().isEmpty() ? QVariant() : QVariant(comment)},
        {QStringLiteral("decided_at"), iso(at)}};
    // The approver signs the decision with their personal key (their PIN was entered).
    if (!validateFields(*RecordCatalog::byArray(QStringLiteral("approvals")), decision, taskId,
                        error) ||
        !KeyProofs::make(m_db, QStringLiteral("approvals"), approverId, PeopleKeys::Unlocked(),
                         &decision, error) ||
        !RecordStore(m_db).insert(QStringLiteral("approvals"), RecordStore::newId(), decision,
                                  error))
        return false;
    if (!approve) {
        if (!setState(taskId, task, QStringLiteral("rejected"), {}, error))
            return false;
    } else if (missingApprovals(taskId).isEmpty()) {
        if (!setState(taskId, task, QStringLiteral("approved"), {}, error))
            return false;
    }
    return tx.commit(error);
}

QStringList TaskWorkflow::eligibilityReasons(const QString &personId, const QString &taskId,
                                             const QDate &on)
{
    QVariantMap person, task, customer;
    if (!load(QStringLiteral("people"), personId, &person, nullptr))
        return {tr("There is no such person.")};
    if (!load(Tasks, taskId, &task, nullptr))
        return {tr("There is no such task.")};
    load(QStringLiteral("customers"), task.value(QStringLiteral("customer_id")).toString(),
         &customer, nullptr);
    EngineerEligibility::Candidate c;
    c.name = person.value(QStringLiteral("name")).toString();
    c.roles = FieldCodec::listValues(person.value(QStringLiteral("roles")));
    c.certifiedOn =
        QDate::fromString(person.value(QStringLiteral("certified_on")).toString(), Qt::ISODate);
    c.refresherOn =
        QDate::fromString(person.value(QStringLiteral("refresher_on")).toString(), Qt::ISODate);
    c.leftOn = QDate::fromString(person.value(QStringLiteral("left_on")).toString(), Qt::ISODate);
    c.ndaId = person.value(QStringLiteral("nda_id")).toString();
    c.nonCompete = person.value(QStringLiteral("non_compete")).toInt() != 0;
    c.assessmentPassed = person.value(QStringLiteral("assessment_passed")).toInt() != 0;
    c.training = FieldCodec::listValues(person.value(QStringLiteral("training")));
    EngineerEligibility::Dispatch d;
    d.safetyRisk = task.value(QStringLiteral("safety_risk")).toString();
    d.knowhowRisk = task.value(QStringLiteral("knowhow_risk")).toString();
    d.customerTier = customer.value(QStringLiteral("tier")).toString();
    d.majorComplaint = task.value(QStringLiteral("major_complaint")).toInt() != 0;
    return EngineerEligibility::reasons(c, d, on);
}

bool TaskWorkflow::assignEngineers(const QString &taskId, const QStringList &personIds,
                                   const QDate &on, Error *error)
{
    QStringList problems;
    for (const QString &id : personIds)
        problems << eligibilityReasons(id, taskId, on);
    if (!problems.isEmpty())
        return Error::set(error, Error::Code::Validation, problems.join(QLatin1Char(' ')), taskId,
                          QStringLiteral("engineer_ids"));
    QStringList changed;
    return RecordStore(m_db).update(
        Tasks, taskId, {{QStringLiteral("engineer_ids"), FieldCodec::storedList(personIds)}}, error,
        &changed);
}

QString TaskWorkflow::briefingOf(const QString &taskId)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT id FROM briefings WHERE task_id = ? AND deleted = 0 "
                             "ORDER BY created_at LIMIT 1"));
    q.addBindValue(taskId);
    QString id = q.exec() && q.next() ? q.value(0).toString() : QString();
    // A signed brief that was corrected: the task's brief is the newest revision (a correction
    // being drafted included, so it can be finished and signed).
    if (!id.isEmpty())
        RecordRevisions(m_db).latestOf(id, &id, nullptr);
    return id;
}

bool TaskWorkflow::saveBriefing(const QString &taskId, const QVariantMap &fields,
                                QString *briefingId, Error *error)
{
    const RecordKind &kind = *RecordCatalog::byArray(QStringLiteral("briefings"));
    QVariantMap values = fields;
    values.insert(QStringLiteral("task_id"), taskId);
    if (!validateFields(kind, values, taskId, error))
        return false;
    const QDateTime meeting = parseTime(values.value(QStringLiteral("meeting_at")));
    const QDateTime departure = parseTime(values.value(QStringLiteral("departure_at")));
    if (meeting.isValid() && departure.isValid() && meeting > departure)
        return Error::set(error, Error::Code::Validation,
                          tr("The briefing meeting lies after the departure; correct the times."),
                          taskId, QStringLiteral("meeting_at"));
    Transaction tx(m_db);
    if (!RecordStore(m_db).exists(Tasks, taskId))
        return Error::set(error, Error::Code::NotFound, tr("There is no such task."), taskId);
    RecordStore store(m_db);
    QString id = briefingOf(taskId);
    const bool ok = id.isEmpty() ? store.insert(QStringLiteral("briefings"),
                                                id = RecordStore::newId(), values, error)
                                 : store.update(QStringLiteral("briefings"), id, values, error);
    if (!ok || !tx.commit(error))
        return false;
    if (briefingId)
        *briefingId = id;
    return true;
}

QStringList TaskWorkflow::dispatchBlockers(const QString &taskId, const QDate &on)
{
    QStringList why;
    QVariantMap task;
    if (!load(Tasks, taskId, &task, nullptr))
        return {tr("There is no such task.")};
    if (task.value(QStringLiteral("state")).toString() != QLatin1String("approved"))
        why << tr("The task is %1, not approved.")
                   .arg(TaskStateMachine::label(task.value(QStringLiteral("state")).toString()));
    const QStringList engineers =
        FieldCodec::listValues(task.value(QStringLiteral("engineer_ids")));
    if (engineers.isEmpty())
        why << tr("No engineer is assigned.");
    for (const QString &id : engineers)
        why << eligibilityReasons(id, taskId, on);
    const QJsonObject derived = DerivedFields(m_db).compute(*RecordCatalog::byArray(Tasks), task);
    if (derived.value(QStringLiteral("nda_required")).toBool())
        why << tr("An NDA with the customer is required (new customer or core know-how) and "
                  "none is signed.");
    QVariantMap brief;
    if (!load(QStringLiteral("briefings"), briefingOf(taskId), &brief, nullptr)) {
        why << tr("There is no mission brief (QEF-10-01) yet.");
        return why;
    }
    if (brief.value(QStringLiteral("knowhow_boundary_ack")).toInt() == 0)
        why << tr("The engineer has not acknowledged the know-how boundary.");
    if (brief.value(QStringLiteral("objectives")).toString().trimmed().isEmpty())
        why << tr("The brief has no measurable objectives.");
    const QDateTime meeting = parseTime(brief.value(QStringLiteral("meeting_at")));
    const QDateTime departure = parseTime(brief.value(QStringLiteral("departure_at")));
    if (!meeting.isValid() || !departure.isValid())
        why << tr("The brief needs the meeting time and the departure time.");
    else if (!meetingInTime(meeting, departure))
        why << tr("The briefing meeting must be held within 24 h before departure.");
    return why;
}

bool TaskWorkflow::markBriefed(const QString &taskId, const QDate &on, Error *error)
{
    Transaction tx(m_db);
    const QStringList blockers = dispatchBlockers(taskId, on);
    if (!blockers.isEmpty())
        return Error::set(error, Error::Code::Validation, blockers.join(QLatin1Char(' ')), taskId,
                          QStringLiteral("state"));
    QVariantMap task;
    return load(Tasks, taskId, &task, error) &&
           setState(taskId, task, QStringLiteral("briefed"), {}, error) && tx.commit(error);
}

bool TaskWorkflow::cancel(const QString &taskId, const QString &reason, Error *error)
{
    Transaction tx(m_db);
    QVariantMap task;
    if (!load(Tasks, taskId, &task, error))
        return false;
    QString why;
    if (!TaskStateMachine::canMove(task.value(QStringLiteral("state")).toString(),
                                   QStringLiteral("cancelled"), reason, &why))
        return Error::set(error, Error::Code::Validation, why, taskId,
                          QStringLiteral("cancel_reason"));
    return setState(taskId, task, QStringLiteral("cancelled"),
                    {{QStringLiteral("cancel_reason"), reason.trimmed()}}, error) &&
           tx.commit(error);
}

bool TaskWorkflow::moveTo(const QString &taskId, const QString &state, Error *error)
{
    if (state == QLatin1String("cancelled") || state == QLatin1String("briefed") ||
        state == QLatin1String("approved") || state == QLatin1String("rejected") ||
        state == QLatin1String("assessed"))
        return Error::set(
            error, Error::Code::Usage,
            tr("Use the dedicated step to make a task %1.").arg(TaskStateMachine::label(state)),
            taskId, QStringLiteral("state"));
    Transaction tx(m_db);
    QVariantMap task;
    if (!load(Tasks, taskId, &task, error))
        return false;
    // Leaving the site, reporting and closing need their forms (SOP-10 §5.3-§5.4). The state
    // machine speaks first: a move it forbids is refused for that reason, not for the forms.
    if (TaskClosure::guards(state) &&
        TaskStateMachine::canMove(task.value(QStringLiteral("state")).toString(), state, QString(),
                                  nullptr)) {
        QList<TaskClosure::Missing> gaps;
        if (!TaskClosure(m_db).missing(taskId, state, &gaps, error))
            return false;
        QStringList missing;
        for (const TaskClosure::Missing &gap : std::as_const(gaps))
            missing << gap.text;
        if (!missing.isEmpty())
            return Error::set(error, Error::Code::Validation,
                              tr("%1 cannot become %2 yet: %3")
                                  .arg(task.value(QStringLiteral("number")).toString(),
                                       TaskStateMachine::label(state),
                                       missing.join(QLatin1Char(' '))),
                              taskId, QStringLiteral("state"));
    }
    // Going on site proposes the arrival (on-time KPI); it stays editable on the task.
    QVariantMap extra;
    if (state == QLatin1String("on_site") &&
        task.value(QStringLiteral("arrived_at")).toString().isEmpty()) {
        const QDateTime now = QDateTime::currentDateTime();
        extra.insert(QStringLiteral("arrived_at"),
                     now.toOffsetFromUtc(now.offsetFromUtc()).toString(Qt::ISODate));
    }
    return setState(taskId, task, state, extra, error) && tx.commit(error);
}

bool TaskWorkflow::setState(const QString &taskId, const QVariantMap &task, const QString &state,
                            const QVariantMap &extra, Error *error)
{
    QString why;
    if (!TaskStateMachine::canMove(task.value(QStringLiteral("state")).toString(), state,
                                   extra.value(QStringLiteral("cancel_reason")).toString(), &why))
        return Error::set(error, Error::Code::Validation, why, taskId, QStringLiteral("state"));
    QVariantMap fields = extra;
    fields.insert(QStringLiteral("state"), state);
    return RecordStore(m_db).update(Tasks, taskId, fields, error);
}

#include "app/rules/SiteFormRules.h"

#include "app/catalog/FieldCodec.h"
#include "app/catalog/RecordKind.h"
#include "db/Database.h"
#include "db/RecordStore.h"

#include <QDateTime>
#include <QSqlQuery>

namespace {

QDate dateOf(const QVariant &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

QDateTime timeOf(const QVariant &v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODate);
}

bool fieldError(const RecordKind &kind, const QString &id, const char *key, const QString &problem,
                Error *error)
{
    const FieldSpec *spec = kind.field(QString::fromLatin1(key));
    // The field and what to do, as the form shows it at the field; the record stays in
    // error->recordId, and the import names it (InterchangeImporter).
    return Error::set(error, Error::Code::Validation,
                      SiteFormRules::tr("%1 (%2): %3")
                          .arg(spec ? spec->translatedLabel() : QString::fromLatin1(key),
                               QString::fromLatin1(key), problem),
                      id, QString::fromLatin1(key));
}

// "later" must not lie before "earlier" (both optional).
bool notBefore(const RecordKind &kind, const QString &id, const QVariantMap &r, const char *earlier,
               const char *later, Error *error)
{
    const QDateTime a = timeOf(r.value(QString::fromLatin1(earlier)));
    const QDateTime b = timeOf(r.value(QString::fromLatin1(later)));
    if (!a.isValid() || !b.isValid() || b >= a)
        return true;
    const FieldSpec *first = kind.field(QString::fromLatin1(earlier));
    return fieldError(
        kind, id, later,
        SiteFormRules::tr("it lies before %1; correct the time.").arg(first->translatedLabel()),
        error);
}

QString taskName(const QVariantMap &task, const QString &taskId)
{
    const QString number = task.value(QStringLiteral("number")).toString();
    return number.isEmpty() ? taskId : number;
}

} // namespace

bool SiteFormRules::onSiteDays(const QVariantMap &task, QDate *first, QDate *last)
{
    const QDate start = dateOf(task.value(QStringLiteral("planned_start")));
    const QDateTime left = timeOf(task.value(QStringLiteral("onsite_end")));
    const QDate end =
        left.isValid() ? left.date() : dateOf(task.value(QStringLiteral("planned_end")));
    if (!start.isValid() || !end.isValid())
        return false;
    if (first)
        *first = start;
    if (last)
        *last = end;
    return true;
}

bool SiteFormRules::checkDailyReport(Database &db, const RecordKind &kind, const QString &id,
                                     const QVariantMap &r, Error *error)
{
    const QString taskId = r.value(QStringLiteral("task_id")).toString();
    const QString engineerId = r.value(QStringLiteral("engineer_id")).toString();
    const QDate date = dateOf(r.value(QStringLiteral("date")));
    QVariantMap task;
    if (taskId.isEmpty() || !RecordStore(db).get(QStringLiteral("tasks"), taskId, &task, nullptr))
        return true; // the reference check names a missing task
    QDate first, last;
    if (!onSiteDays(task, &first, &last))
        return fieldError(kind, id, "date",
                          tr("task %1 has no on-site dates yet; enter its planned start and end "
                             "first.")
                              .arg(taskName(task, taskId)),
                          error);
    if (date.isValid() && (date < first || date > last))
        return fieldError(kind, id, "date",
                          tr("%1 is not an on-site day of task %2 (%3 to %4); choose a day in "
                             "that period.")
                              .arg(date.toString(Qt::ISODate), taskName(task, taskId),
                                   first.toString(Qt::ISODate), last.toString(Qt::ISODate)),
                          error);
    const QStringList engineers =
        FieldCodec::listValues(task.value(QStringLiteral("engineer_ids")));
    if (!engineerId.isEmpty() && !engineers.contains(engineerId, Qt::CaseInsensitive))
        return fieldError(kind, id, "engineer_id",
                          tr("this person is not an engineer of task %1; assign them to the task "
                             "first.")
                              .arg(taskName(task, taskId)),
                          error);
    return checkOneReportPerDay(db, kind, id, r, task, error);
}

bool SiteFormRules::checkOneReportPerDay(Database &db, const RecordKind &kind, const QString &id,
                                         const QVariantMap &r, const QVariantMap &task,
                                         Error *error)
{
    const QString taskId = r.value(QStringLiteral("task_id")).toString();
    const QString engineerId = r.value(QStringLiteral("engineer_id")).toString();
    const QString date = dateOf(r.value(QStringLiteral("date"))).toString(Qt::ISODate);
    const QString corrects = r.value(QStringLiteral("revision_of")).toString();
    // A correction is the same report again: the partial unique index keys revisions by the
    // report they replace, so moving one to another engineer, task or day would slip past it.
    if (!corrects.isEmpty()) {
        QVariantMap previous;
        if (RecordStore(db).get(kind.table, corrects, &previous, nullptr) &&
            (previous.value(QStringLiteral("task_id")).toString() != taskId ||
             previous.value(QStringLiteral("engineer_id")).toString() != engineerId ||
             previous.value(QStringLiteral("date")).toString() != date)) {
            const char *key =
                previous.value(QStringLiteral("date")).toString() != date
                    ? "date"
                    : (previous.value(QStringLiteral("engineer_id")).toString() != engineerId
                           ? "engineer_id"
                           : "task_id");
            return fieldError(kind, id, key,
                              tr("a correction keeps the task, engineer and day of the report it "
                                 "corrects (%1); to report another day, write a new daily "
                                 "report.")
                                  .arg(previous.value(QStringLiteral("date")).toString()),
                              error);
        }
    }
    // One current report per engineer and day (the partial unique index backs this up). The
    // report being corrected, the revisions it replaced (a live report names them in
    // revision_of) and its own correction do not count.
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral(
        "SELECT d.id FROM daily_reports d WHERE d.task_id = ? AND d.engineer_id = ? AND "
        "d.date = ? AND d.deleted = 0 AND d.id <> ? AND d.id <> ? AND ifnull(d.revision_of, '') "
        "<> ? AND NOT EXISTS (SELECT 1 FROM daily_reports n WHERE n.revision_of = d.id AND "
        "n.deleted = 0)"));
    q.addBindValue(taskId);
    q.addBindValue(engineerId);
    q.addBindValue(date);
    // Empty, never null: a null QString binds as SQL NULL, and "<> NULL" excludes every row.
    const QString none = QStringLiteral("");
    q.addBindValue(id.isNull() ? none : id);
    q.addBindValue(corrects.isNull() ? none : corrects);
    q.addBindValue(id.isNull() ? none : id); // its own correction is not a second report
    if (q.exec() && q.next())
        return fieldError(
            kind, id, "date",
            tr("this engineer already has a daily report for task %1 on %2; open that report "
               "from the daily report list and add to it, or choose another day.")
                .arg(taskName(task, taskId), date),
            error);
    return true;
}

bool SiteFormRules::checkCallback(const RecordKind &kind, const QString &id, const QVariantMap &r,
                                  Error *error)
{
    const QDate called = timeOf(r.value(QStringLiteral("called_at"))).date();
    const QDate due = dateOf(r.value(QStringLiteral("improvement_due")));
    const QDate done = dateOf(r.value(QStringLiteral("improvement_done_on")));
    const bool hasPlan =
        !r.value(QStringLiteral("improvement_plan")).toString().trimmed().isEmpty();
    if ((due.isValid() || done.isValid()) && !hasPlan)
        return fieldError(kind, id, "improvement_plan",
                          tr("a follow-up date is set but the plan itself is empty; describe the "
                             "improvement plan."),
                          error);
    if (called.isValid() && due.isValid() && (due < called || due > called.addDays(90)))
        return fieldError(
            kind, id, "improvement_due",
            tr("the follow-up must lie within the 90 days after the call (%1 to "
               "%2).")
                .arg(called.toString(Qt::ISODate), called.addDays(90).toString(Qt::ISODate)),
            error);
    if (called.isValid() && done.isValid() && done < called)
        return fieldError(kind, id, "improvement_done_on",
                          tr("it lies before the call on %1; correct the date.")
                              .arg(called.toString(Qt::ISODate)),
                          error);
    return true;
}

bool SiteFormRules::check(Database &db, const RecordKind &kind, const QString &id,
                          const QVariantMap &r, Error *error)
{
    const QString array = kind.array;
    if (array == QLatin1String("daily_reports"))
        return checkDailyReport(db, kind, id, r, error);
    if (array == QLatin1String("anomalies"))
        return notBefore(kind, id, r, "occurred_at", "notified_at", error);
    if (array == QLatin1String("service_reports")) {
        const bool signedAt = !r.value(QStringLiteral("signed_at")).toString().isEmpty();
        if (signedAt && FieldCodec::listValues(r.value(QStringLiteral("signed_by_ids"))).isEmpty())
            return fieldError(kind, id, "signed_by_ids",
                              tr("a signed report names who signed it (the engineer and "
                                 "Robert)."),
                              error);
        return true;
    }
    if (array == QLatin1String("callbacks"))
        return checkCallback(kind, id, r, error);
    if (array == QLatin1String("expense_claims")) {
        if (!r.value(QStringLiteral("declared_on")).toString().isEmpty() &&
            r.value(QStringLiteral("declared_to_id")).toString().isEmpty())
            return fieldError(kind, id, "declared_to_id",
                              tr("say to whom the gifts were declared."), error);
        return true;
    }
    return true;
}

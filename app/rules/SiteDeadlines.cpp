#include "app/rules/SiteDeadlines.h"
#include "app/utils/OffsetTime.h"
#include "app/utils/RecordTime.h"

#include "app/catalog/EnumNames.h"
#include "app/catalog/FieldCodec.h"
#include "app/catalog/RecordCatalog.h"
#include "app/rules/DerivedFields.h"
#include "app/rules/SiteFormRules.h"
#include "app/rules/SiteReportRules.h"
#include "db/Database.h"

#include <QHash>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace {

QDateTime parseTime(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODate);
}
QString when(const QDateTime &t)
{
    return RecordTime::text(t);
}
QString task(const QString &number)
{
    return number.isEmpty() ? SiteDeadlines::tr("a task without number") : number;
}
bool exec(QSqlQuery &q, const QString &what, Error *error)
{
    if (q.exec())
        return true;
    return Error::set(
        error, Error::Code::Failure,
        SiteDeadlines::tr("The %1 deadlines cannot be read: %2").arg(what, q.lastError().text()));
}
Deadline make(const QSqlQuery &q, Deadline::Kind kind)
{
    Deadline d;
    d.taskId = q.value(0).toString();
    d.number = q.value(1).toString();
    d.customer = q.value(2).toString();
    d.kind = kind;
    return d;
}
// Done late within the last doneLateDays (and not in the future).
bool recentlyDone(const QDateTime &done, const QDateTime &now, int days)
{
    return done.isValid() && done <= now && done >= now.addDays(-days);
}

const QString TaskColumns = QStringLiteral("t.id, t.number, c.name");
const QString TaskJoin = QStringLiteral("LEFT JOIN customers c ON c.id = t.customer_id");

} // namespace

SiteDeadlines::SiteDeadlines(Database &db) : m_db(db) {}

QDateTime SiteDeadlines::dailyReportDue(const QDate &day, const QDateTime &now)
{
    return OffsetTime::at(day, QTime(17, 0), now.offsetFromUtc());
}

QDateTime SiteDeadlines::endOfDay(const QDate &day, const QDateTime &now)
{
    return OffsetTime::at(day, QTime(23, 59, 59), now.offsetFromUtc());
}

bool SiteDeadlines::collect(const QDateTime &now, const DeadlineWatch::Window &window,
                            QList<Deadline> *out, Error *error)
{
    // "now" in its own offset: the day it is where the desk is.
    const QDateTime here = now.toOffsetFromUtc(now.offsetFromUtc());
    return dailyReports(here, window, out, error) && anomalies(here, window, out, error) &&
           afterSite(here, window, out, error) && improvementPlans(here, window, out, error);
}

bool SiteDeadlines::dailyReports(const QDateTime &now, const DeadlineWatch::Window &window,
                                 QList<Deadline> *out, Error *error)
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    // engineer/date -> submitted_at (empty: a draft not sent) of the tasks on site.
    q.prepare(QStringLiteral("SELECT r.task_id, r.engineer_id, r.date, r.submitted_at FROM "
                             "daily_reports r JOIN tasks t ON t.id = r.task_id WHERE r.deleted = "
                             "0 AND t.deleted = 0 AND t.state = 'on_site'"));
    if (!exec(q, tr("daily report"), error))
        return false;
    QHash<QString, QString> sent;
    while (q.next())
        sent.insert(q.value(0).toString() + QLatin1Char('/') + q.value(1).toString().toLower() +
                        QLatin1Char('/') + q.value(2).toString(),
                    q.value(3).toString());
    QHash<QString, QString> names;
    q.prepare(QStringLiteral("SELECT id, name FROM people"));
    if (!exec(q, tr("daily report"), error))
        return false;
    while (q.next())
        names.insert(q.value(0).toString().toLower(), q.value(1).toString());
    q.prepare(QStringLiteral("SELECT %1, t.planned_start, t.planned_end, t.onsite_end, "
                             "t.engineer_ids FROM tasks t %2 WHERE t.deleted = 0 AND t.state = "
                             "'on_site' ORDER BY t.id")
                  .arg(TaskColumns, TaskJoin));
    if (!exec(q, tr("daily report"), error))
        return false;
    const QDate today = now.date();
    while (q.next()) {
        const QVariantMap dates{{QStringLiteral("planned_start"), q.value(3)},
                                {QStringLiteral("planned_end"), q.value(4)},
                                {QStringLiteral("onsite_end"), q.value(5)}};
        QDate first, last;
        if (!SiteFormRules::onSiteDays(dates, &first, &last))
            continue;
        const QStringList engineers = FieldCodec::listValues(q.value(6));
        for (const QString &engineerId : engineers) {
            const QString engineer = names.value(engineerId.toLower(), engineerId);
            for (QDate day = first; day <= qMin(last, today); day = day.addDays(1)) {
                Deadline d = make(q, Deadline::Kind::DailyReport);
                d.due = dailyReportDue(day, now);
                const QString key = d.taskId + QLatin1Char('/') + engineerId.toLower() +
                                    QLatin1Char('/') + day.toString(Qt::ISODate);
                const QDateTime submitted = parseTime(sent.value(key));
                if (submitted.isValid()) {
                    if (!SiteReportRules::dailyReportLate(day, submitted) ||
                        !recentlyDone(submitted, now, window.doneLateDays))
                        continue;
                    d.state = Deadline::State::DoneLate;
                    d.doneAt = submitted;
                    d.text = tr("%1: %2 sent the daily report of %3 at %4, after 17:00.")
                                 .arg(task(d.number), engineer, day.toString(Qt::ISODate),
                                      when(submitted));
                } else {
                    d.state = now > d.due ? Deadline::State::Overdue : Deadline::State::Due;
                    d.text = d.state == Deadline::State::Overdue
                                 ? tr("%1: no daily report from %2 for %3 (due 17:00).")
                                       .arg(task(d.number), engineer, day.toString(Qt::ISODate))
                                 : tr("%1: %2's daily report for today is due at 17:00.")
                                       .arg(task(d.number), engineer);
                }
                out->append(d);
            }
        }
    }
    return true;
}

bool SiteDeadlines::anomalies(const QDateTime &now, const DeadlineWatch::Window &window,
                              QList<Deadline> *out, Error *error)
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1, a.type, a.occurred_at, a.notified_at FROM anomalies a "
                             "JOIN tasks t ON t.id = a.task_id %2 WHERE a.deleted = 0 AND "
                             "t.deleted = 0 AND t.state <> 'cancelled' AND (a.notified_at IS "
                             "NULL OR a.notified_at >= ?)")
                  .arg(TaskColumns, TaskJoin));
    q.addBindValue(now.toUTC().date().addDays(-window.doneLateDays - 1).toString(Qt::ISODate));
    if (!exec(q, tr("anomaly"), error))
        return false;
    while (q.next()) {
        Deadline d = make(q, Deadline::Kind::Anomaly);
        const QString type = EnumNames::text(QStringLiteral("type"), q.value(3).toString());
        const QDateTime occurred = parseTime(q.value(4));
        const QDateTime notified = parseTime(q.value(5));
        d.due = SiteReportRules::anomalyNotifyBy(q.value(3).toString(), occurred);
        if (!d.due.isValid())
            continue;
        if (notified.isValid()) {
            if (notified <= d.due || !recentlyDone(notified, now, window.doneLateDays))
                continue;
            d.state = Deadline::State::DoneLate;
            d.doneAt = notified;
            d.text = tr("%1: the anomaly “%2” of %3 was notified at %4, after its limit %5.")
                         .arg(task(d.number), type, when(occurred), when(notified), when(d.due));
        } else {
            d.state = now > d.due ? Deadline::State::Overdue : Deadline::State::Due;
            d.text = tr("%1: notify the anomaly “%2” of %3 by %4 (SOP-10 §5.3.4).")
                         .arg(task(d.number), type, when(occurred), when(d.due));
        }
        out->append(d);
    }
    return true;
}

bool SiteDeadlines::afterSite(const QDateTime &now, const DeadlineWatch::Window &window,
                              QList<Deadline> *out, Error *error)
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
                  "SELECT %1, t.state, t.onsite_end, t.customer_id, "
                  "(SELECT min(signed_at) FROM service_reports s WHERE s.task_id = t.id AND "
                  "s.deleted = 0 AND s.signed_at IS NOT NULL), "
                  "(SELECT min(called_at) FROM callbacks b WHERE b.task_id = t.id AND "
                  "b.deleted = 0 AND b.called_at IS NOT NULL) "
                  "FROM tasks t %2 WHERE t.deleted = 0 AND t.onsite_end IS NOT NULL AND t.state "
                  "IN ('on_site', 'reporting', 'callback', 'closed') AND (t.state <> 'closed' OR "
                  "t.onsite_end >= ?)")
                  .arg(TaskColumns, TaskJoin));
    // A closed task has its report and call-back; only one done late recently is listed, and
    // that one left the site within the last weeks.
    q.addBindValue(now.toUTC().date().addDays(-window.doneLateDays - 60).toString(Qt::ISODate));
    if (!exec(q, tr("service report and call-back"), error))
        return false;
    DerivedFields derived(m_db);
    const RecordKind &tasks = *RecordCatalog::byArray(QStringLiteral("tasks"));
    while (q.next()) {
        const bool closed = q.value(3).toString() == QLatin1String("closed");
        const QDateTime left = parseTime(q.value(4));
        const QJsonObject keys =
            derived.compute(tasks, {{QStringLiteral("onsite_end"), q.value(4)},
                                    {QStringLiteral("customer_id"), q.value(5)}});
        const QDate reportDue =
            QDate::fromString(keys.value(QStringLiteral("report_due")).toString(), Qt::ISODate);
        const QDateTime signedAt = parseTime(q.value(6));
        if (reportDue.isValid()) {
            Deadline d = make(q, Deadline::Kind::ServiceReport);
            d.due = endOfDay(reportDue, now);
            if (!signedAt.isValid() && !closed) {
                d.state = now.date() > reportDue ? Deadline::State::Overdue : Deadline::State::Due;
                d.text = tr("%1: the service report is to be signed by %2 (3rd working day after "
                            "leaving the site on %3).")
                             .arg(task(d.number), reportDue.toString(Qt::ISODate),
                                  left.date().toString(Qt::ISODate));
                out->append(d);
            } else if (signedAt.isValid() && signedAt.date() > reportDue &&
                       recentlyDone(signedAt, now, window.doneLateDays)) {
                d.state = Deadline::State::DoneLate;
                d.doneAt = signedAt;
                d.text = tr("%1: the service report was signed on %2, after its due day %3.")
                             .arg(task(d.number), signedAt.date().toString(Qt::ISODate),
                                  reportDue.toString(Qt::ISODate));
                out->append(d);
            }
        }
        const QDateTime calledAt = parseTime(q.value(7));
        Deadline d = make(q, Deadline::Kind::Callback);
        d.due = DerivedFields::callbackDue(left);
        if (!d.due.isValid())
            continue;
        if (!calledAt.isValid() && !closed) {
            d.state = now > d.due ? Deadline::State::Overdue : Deadline::State::Due;
            d.text = tr("%1: call the customer back by %2 (48 h after leaving the site).")
                         .arg(task(d.number), when(d.due));
            out->append(d);
        } else if (calledAt.isValid() && calledAt > d.due &&
                   recentlyDone(calledAt, now, window.doneLateDays)) {
            d.state = Deadline::State::DoneLate;
            d.doneAt = calledAt;
            d.text = tr("%1: the customer was called back at %2, more than 48 h after leaving "
                        "the site.")
                         .arg(task(d.number), when(calledAt));
            out->append(d);
        }
    }
    return true;
}

bool SiteDeadlines::improvementPlans(const QDateTime &now, const DeadlineWatch::Window &window,
                                     QList<Deadline> *out, Error *error)
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1, b.called_at, b.satisfaction, b.nps, b.improvement_due, "
                             "b.improvement_done_on FROM callbacks b JOIN tasks t ON t.id = "
                             "b.task_id %2 WHERE b.deleted = 0 AND t.deleted = 0 AND b.called_at "
                             "IS NOT NULL AND (b.satisfaction < 7 OR b.nps < 7)")
                  .arg(TaskColumns, TaskJoin));
    if (!exec(q, tr("improvement plan"), error))
        return false;
    const QDate today = now.date();
    while (q.next()) {
        const int satisfaction = q.value(4).isNull() ? 10 : q.value(4).toInt();
        const int nps = q.value(5).isNull() ? 10 : q.value(5).toInt();
        if (!SiteReportRules::needsImprovementPlan(satisfaction, nps))
            continue;
        const QDateTime called = parseTime(q.value(3));
        QDate due = QDate::fromString(q.value(6).toString(), Qt::ISODate);
        if (!due.isValid())
            due = SiteReportRules::improvementFollowUp(called.date());
        const QDate done = QDate::fromString(q.value(7).toString(), Qt::ISODate);
        Deadline d = make(q, Deadline::Kind::ImprovementPlan);
        d.due = endOfDay(due, now);
        if (done.isValid()) {
            const QDateTime doneAt = OffsetTime::at(done, QTime(0, 0), now.offsetFromUtc());
            if (done <= due || done > today || done < today.addDays(-window.doneLateDays))
                continue;
            d.state = Deadline::State::DoneLate;
            d.doneAt = doneAt;
            d.text =
                tr("%1: the improvement plan was completed on %2, after its follow-up date "
                   "%3.")
                    .arg(task(d.number), done.toString(Qt::ISODate), due.toString(Qt::ISODate));
        } else if (today > due) {
            d.state = Deadline::State::Overdue;
            d.text = tr("%1: the improvement plan (call-back scored %2 / NPS %3) was due for "
                        "follow-up on %4.")
                         .arg(task(d.number), q.value(4).toString(), q.value(5).toString(),
                              due.toString(Qt::ISODate));
        } else if (now.secsTo(d.due) <= qint64(window.lookaheadHours) * 3600) {
            d.state = Deadline::State::Due;
            d.text = tr("%1: follow up the improvement plan (call-back scored %2 / NPS %3) by %4.")
                         .arg(task(d.number), q.value(4).toString(), q.value(5).toString(),
                              due.toString(Qt::ISODate));
        } else {
            continue;
        }
        out->append(d);
    }
    return true;
}

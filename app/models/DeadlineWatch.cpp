#include "app/models/DeadlineWatch.h"
#include "app/utils/RecordTime.h"

#include "app/models/ProactivePlan.h"
#include "app/rules/DerivedFields.h"
#include "app/rules/SiteDeadlines.h"
#include "app/utils/OffsetTime.h"
#include "app/workflow/TaskWorkflow.h"
#include "db/Database.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace {

QDateTime parseTime(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODate);
}
QDate parseDate(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString().left(10), Qt::ISODate);
}
QString when(const QDateTime &t)
{
    return RecordTime::text(t);
}
QString task(const QString &number)
{
    return number.isEmpty() ? DeadlineWatch::tr("a task without number") : number;
}

// The first ISO date a text column may hold and still matter (prefix comparison in SQL;
// the exact test happens on the parsed value).
QString earliest(const QDateTime &now, int days)
{
    return now.toUTC().date().addDays(-days - 1).toString(Qt::ISODate);
}

bool exec(QSqlQuery &q, const QString &what, Error *error)
{
    if (q.exec())
        return true;
    return Error::set(
        error, Error::Code::Failure,
        DeadlineWatch::tr("The %1 deadlines cannot be read: %2").arg(what, q.lastError().text()));
}

const QString PreBriefStates = QStringLiteral("'registered','assessed','approved'");
const QString DispatchedStates = QStringLiteral("'briefed','on_site','reporting','callback'");

} // namespace

QString Deadline::kindKey() const
{
    switch (kind) {
    case Kind::Registration:
        return QStringLiteral("registration");
    case Kind::Briefing:
        return QStringLiteral("briefing");
    case Kind::Nda:
        return QStringLiteral("nda");
    case Kind::DailyReport:
        return QStringLiteral("daily_report");
    case Kind::Anomaly:
        return QStringLiteral("anomaly");
    case Kind::ServiceReport:
        return QStringLiteral("service_report");
    case Kind::Callback:
        return QStringLiteral("callback");
    case Kind::ImprovementPlan:
        return QStringLiteral("improvement_plan");
    case Kind::ComplaintResponse:
        return QStringLiteral("complaint_response");
    case Kind::Proactive:
        return QStringLiteral("proactive");
    }
    return QString();
}

QString Deadline::stateKey() const
{
    switch (state) {
    case State::Due:
        return QStringLiteral("due");
    case State::Overdue:
        return QStringLiteral("overdue");
    case State::DoneLate:
        return QStringLiteral("done_late");
    }
    return QString();
}

DeadlineWatch::DeadlineWatch(Database &db) : m_db(db) {}

QDateTime DeadlineWatch::departure(const QString &briefDepartureAt, const QString &plannedStart)
{
    const QDateTime at = QDateTime::fromString(briefDepartureAt, Qt::ISODate);
    if (at.isValid())
        return at;
    const QDate day = QDate::fromString(plannedStart, Qt::ISODate);
    return day.isValid() ? QDateTime(day, QTime(0, 0)) : QDateTime();
}

QString DeadlineWatch::kindLabel(Deadline::Kind kind)
{
    switch (kind) {
    case Deadline::Kind::Registration:
        return tr("Registration within 24 h");
    case Deadline::Kind::Briefing:
        return tr("Briefing before departure");
    case Deadline::Kind::Nda:
        return tr("NDA before dispatch");
    case Deadline::Kind::DailyReport:
        return tr("Daily report by 17:00");
    case Deadline::Kind::Anomaly:
        return tr("Anomaly notification");
    case Deadline::Kind::ServiceReport:
        return tr("Service report within 3 working days");
    case Deadline::Kind::Callback:
        return tr("Call-back within 48 h");
    case Deadline::Kind::ImprovementPlan:
        return tr("Improvement plan follow-up (90 days)");
    case Deadline::Kind::ComplaintResponse:
        return tr("Complaint first response within 4 h");
    case Deadline::Kind::Proactive:
        return tr("Proactive dispatch by customer tier");
    }
    return QString();
}

QString DeadlineWatch::stateLabel(Deadline::State state)
{
    switch (state) {
    case Deadline::State::Due:
        return tr("due");
    case Deadline::State::Overdue:
        return tr("overdue");
    case Deadline::State::DoneLate:
        return tr("done late");
    }
    return QString();
}

bool DeadlineWatch::collect(const QDateTime &now, QList<Deadline> *out, Error *error)
{
    return collect(now, Window(), out, error);
}

bool DeadlineWatch::collect(const QDateTime &now, const Window &window, QList<Deadline> *out,
                            Error *error)
{
    QList<Deadline> all;
    if (!registration(now, window, &all, error) || !briefing(now, window, &all, error) ||
        !nda(now, window, &all, error) || !SiteDeadlines(m_db).collect(now, window, &all, error) ||
        !complaints(now, window, &all, error) || !proactive(now, &all, error))
        return false;
    const auto rank = [](const Deadline &d) {
        return d.state == Deadline::State::Overdue ? 0 : d.state == Deadline::State::Due ? 1 : 2;
    };
    std::stable_sort(all.begin(), all.end(), [&](const Deadline &a, const Deadline &b) {
        if (rank(a) != rank(b))
            return rank(a) < rank(b);
        if (a.due.isValid() != b.due.isValid())
            return a.due.isValid(); // undated ones after the dated ones
        if (a.due != b.due)
            return a.state == Deadline::State::DoneLate ? a.due > b.due : a.due < b.due;
        return a.number < b.number;
    });
    *out = all;
    return true;
}

bool DeadlineWatch::registration(const QDateTime &now, const Window &window, QList<Deadline> *out,
                                 Error *error)
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT t.id, t.number, c.name, t.requested_at, t.registered_at "
                             "FROM tasks t LEFT JOIN customers c ON c.id = t.customer_id "
                             "WHERE t.deleted = 0 AND t.registered_at >= ?"));
    q.addBindValue(earliest(now, window.doneLateDays));
    if (!exec(q, tr("registration"), error))
        return false;
    const QDateTime since = now.addDays(-window.doneLateDays);
    while (q.next()) {
        const QDateTime requested = parseTime(q.value(3));
        const QDateTime registered = parseTime(q.value(4));
        if (!requested.isValid() || !registered.isValid() || registered < since ||
            registered > now || TaskWorkflow::registeredInTime(requested, registered))
            continue;
        Deadline d;
        d.taskId = q.value(0).toString();
        d.number = q.value(1).toString();
        d.customer = q.value(2).toString();
        d.kind = Deadline::Kind::Registration;
        d.state = Deadline::State::DoneLate;
        d.due = requested.addSecs(24 * 3600);
        d.doneAt = registered;
        const int hours = int(requested.secsTo(registered) / 3600);
        d.text = tr("%1 was registered %n h after the request (limit 24 h).", nullptr, hours)
                     .arg(task(d.number));
        out->append(d);
    }
    return true;
}

bool DeadlineWatch::briefing(const QDateTime &now, const Window &window, QList<Deadline> *out,
                             Error *error)
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    // The task's first brief (the one TaskWorkflow keeps) comes first per task.
    q.prepare(QStringLiteral("SELECT t.id, t.number, c.name, t.state, t.planned_start, "
                             "b.meeting_at, b.departure_at FROM tasks t "
                             "LEFT JOIN customers c ON c.id = t.customer_id "
                             "LEFT JOIN briefings b ON b.task_id = t.id AND b.deleted = 0 "
                             "WHERE t.deleted = 0 AND (t.state IN (%1) OR (t.state IN (%2, "
                             "'closed') AND coalesce(b.departure_at, t.planned_start) >= ?)) "
                             "ORDER BY t.id, b.created_at")
                  .arg(PreBriefStates, DispatchedStates));
    q.addBindValue(earliest(now, window.doneLateDays));
    if (!exec(q, tr("briefing"), error))
        return false;
    QSet<QString> seen;
    while (q.next()) {
        Deadline d;
        d.taskId = q.value(0).toString();
        if (seen.contains(d.taskId))
            continue;
        seen.insert(d.taskId);
        d.number = q.value(1).toString();
        d.customer = q.value(2).toString();
        d.kind = Deadline::Kind::Briefing;
        const QString state = q.value(3).toString();
        d.due = departure(q.value(6).toString(), q.value(4).toString());
        if (!d.due.isValid())
            continue;
        if (PreBriefStates.contains(QLatin1Char('\'') + state + QLatin1Char('\''))) {
            if (now > d.due) {
                d.state = Deadline::State::Overdue;
                d.text = tr("%1 has no briefing recorded, and its departure (%2) has passed.")
                             .arg(task(d.number), when(d.due));
            } else if (now.secsTo(d.due) <= qint64(window.lookaheadHours) * 3600) {
                d.state = Deadline::State::Due;
                d.text = tr("Hold the briefing for %1 between %2 and the departure at %3.")
                             .arg(task(d.number), when(d.due.addSecs(-24 * 3600)), when(d.due));
            } else {
                continue;
            }
        } else {
            const QDateTime meeting = parseTime(q.value(5));
            if (!meeting.isValid() || TaskWorkflow::meetingInTime(meeting, d.due) ||
                d.due < now.addDays(-window.doneLateDays) || d.due > now)
                continue;
            d.state = Deadline::State::DoneLate;
            d.doneAt = meeting;
            d.text = tr("The briefing for %1 was held at %2, not within the 24 h before the "
                        "departure at %3.")
                         .arg(task(d.number), when(meeting), when(d.due));
        }
        out->append(d);
    }
    return true;
}

bool DeadlineWatch::nda(const QDateTime &now, const Window &window, QList<Deadline> *out,
                        Error *error)
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
                  "SELECT t.id, t.number, c.name, t.state, t.requested_at, t.knowhow_risk, "
                  "t.planned_start, c.first_order_on, n.first_signed, b.departure_at "
                  "FROM tasks t JOIN customers c ON c.id = t.customer_id "
                  "LEFT JOIN (SELECT counterparty_id, min(signed_on) AS first_signed FROM ndas "
                  "WHERE deleted = 0 AND signed_on IS NOT NULL GROUP BY counterparty_id) n "
                  "ON n.counterparty_id = t.customer_id "
                  "LEFT JOIN briefings b ON b.task_id = t.id AND b.deleted = 0 "
                  "WHERE t.deleted = 0 AND t.state IN (%1, %2) ORDER BY t.id, b.created_at")
                  .arg(PreBriefStates, DispatchedStates));
    if (!exec(q, tr("NDA"), error))
        return false;
    QSet<QString> seen;
    while (q.next()) {
        Deadline d;
        d.taskId = q.value(0).toString();
        if (seen.contains(d.taskId))
            continue;
        seen.insert(d.taskId);
        d.number = q.value(1).toString();
        d.customer = q.value(2).toString();
        d.kind = Deadline::Kind::Nda;
        const QString state = q.value(3).toString();
        const QDate requested = parseDate(q.value(4));
        const QString knowhow = q.value(5).toString();
        const QDate firstSigned = parseDate(q.value(8));
        // Required as if the customer had no NDA yet; whether there is one decides below.
        if (!DerivedFields::ndaRequired(false, parseDate(q.value(7)), requested, knowhow))
            continue;
        d.due = departure(q.value(9).toString(), q.value(6).toString());
        const bool onSite = state != QLatin1String("registered") &&
                            state != QLatin1String("assessed") &&
                            state != QLatin1String("approved") && state != QLatin1String("briefed");
        const QString why =
            knowhow == QLatin1String("core") ? tr("core know-how") : tr("new customer");
        if (!firstSigned.isValid()) {
            const bool late = d.due.isValid() && now > d.due;
            d.state = late || onSite ? Deadline::State::Overdue : Deadline::State::Due;
            if (!d.due.isValid())
                d.text = tr("%1 (%2) needs a signed NDA with %3 before dispatch; no departure "
                            "is planned yet.")
                             .arg(task(d.number), why, d.customer);
            else if (d.state == Deadline::State::Overdue)
                d.text = tr("%1 (%2) departed at %3 without a signed NDA with %4.")
                             .arg(task(d.number), why, when(d.due), d.customer);
            else
                d.text = tr("%1 (%2) needs a signed NDA with %3 before the departure at %4.")
                             .arg(task(d.number), why, d.customer, when(d.due));
        } else {
            // Signed: late only if signed after the day the dispatch left.
            if (!onSite || !d.due.isValid() || firstSigned <= d.due.date() ||
                d.due < now.addDays(-window.doneLateDays))
                continue;
            d.state = Deadline::State::DoneLate;
            d.doneAt = QDateTime(firstSigned, QTime(0, 0));
            d.text = tr("The NDA with %1 for %2 was signed on %3, after the departure at %4.")
                         .arg(d.customer, task(d.number), firstSigned.toString(Qt::ISODate),
                              when(d.due));
        }
        out->append(d);
    }
    return true;
}

bool DeadlineWatch::complaints(const QDateTime &now, const Window &window, QList<Deadline> *out,
                               Error *error)
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    // Unanswered ones whatever their age, answered ones only while "done late" is shown.
    q.prepare(QStringLiteral(
        "SELECT k.id, k.task_id, t.number, c.name, k.received_at, k.first_response_at "
        "FROM complaints k LEFT JOIN customers c ON c.id = k.customer_id "
        "LEFT JOIN tasks t ON t.id = k.task_id "
        "WHERE k.deleted = 0 AND (k.first_response_at IS NULL OR k.received_at >= ?)"));
    q.addBindValue(earliest(now, window.doneLateDays));
    if (!exec(q, tr("complaint"), error))
        return false;
    while (q.next()) {
        Deadline d;
        d.kind = Deadline::Kind::ComplaintResponse;
        d.recordId = q.value(0).toString();
        d.taskId = q.value(1).toString();
        d.number = q.value(2).toString();
        d.customer = q.value(3).toString();
        const QDateTime received = parseTime(q.value(4));
        const QDateTime answered = parseTime(q.value(5));
        d.due = DerivedFields::complaintResponseDue(received);
        if (!d.due.isValid())
            continue;
        if (!answered.isValid()) {
            d.state = now > d.due ? Deadline::State::Overdue : Deadline::State::Due;
            d.text = d.state == Deadline::State::Overdue
                         ? tr("The complaint of %1 received at %2 has had no first response; it "
                              "was due at %3.")
                               .arg(d.customer, when(received), when(d.due))
                         : tr("Answer the complaint of %1 received at %2 by %3.")
                               .arg(d.customer, when(received), when(d.due));
        } else {
            if (answered <= d.due || received < now.addDays(-window.doneLateDays))
                continue;
            d.state = Deadline::State::DoneLate;
            d.doneAt = answered;
            d.text = tr("The complaint of %1 received at %2 was first answered at %3, after the "
                        "4 h.")
                         .arg(d.customer, when(received), when(answered));
        }
        out->append(d);
    }
    return true;
}

bool DeadlineWatch::proactive(const QDateTime &now, QList<Deadline> *out, Error *error)
{
    QList<ProactivePlan::Entry> entries;
    if (!ProactivePlan(m_db).entries(now.date(), &entries, error))
        return false;
    for (const ProactivePlan::Entry &e : std::as_const(entries)) {
        if (e.status != ProactiveCadence::Status::Due &&
            e.status != ProactiveCadence::Status::Overdue)
            continue;
        Deadline d;
        d.kind = Deadline::Kind::Proactive;
        d.recordId = e.customerId;
        d.taskId = e.lastVisitTaskId;
        d.customer = e.customer;
        d.state = e.status == ProactiveCadence::Status::Overdue ? Deadline::State::Overdue
                                                                : Deadline::State::Due;
        if (e.nextDue.isValid())
            d.due = OffsetTime::at(e.nextDue, QTime(23, 59, 59), now.offsetFromUtc());
        const QString last =
            e.lastVisit.isValid() ? e.lastVisit.toString(Qt::ISODate) : tr("none yet");
        if (!e.nextDue.isValid())
            d.text = tr("%1 (tier %2): no proactive visit yet; plan one.").arg(e.customer, e.tier);
        else if (d.state == Deadline::State::Overdue)
            d.text = tr("%1 (tier %2): the proactive visit was due on %3 (last visit: %4).")
                         .arg(e.customer, e.tier, e.nextDue.toString(Qt::ISODate), last);
        else
            d.text = tr("%1 (tier %2): plan the proactive visit due on %3 (last visit: %4).")
                         .arg(e.customer, e.tier, e.nextDue.toString(Qt::ISODate), last);
        out->append(d);
    }
    return true;
}

#pragma once

#include "db/Error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

class Database;

// One deadline of a task as the start page lists it.
struct Deadline
{
    enum class Kind {
        Registration, // registered within 24 h of the request (§5.2.1)
        Briefing,     // briefing meeting within the 24 h before departure (§5.2.4)
        Nda,          // NDA signed before dispatch (§5.2.5)
        // SiteDeadlines: the on-site and closing forms (§5.3-§5.5, SOP-15 §7.3)
        DailyReport,     // each on-site day's report by 17:00
        Anomaly,         // notified within its type's limit
        ServiceReport,   // signed by the 3rd working day after leaving the site
        Callback,        // call-back within 48 h after leaving the site
        ImprovementPlan, // follow-up of a call-back scoring below 7 after 90 days
        // The review stage (SOP-15 §10, SOP-10 §6)
        ComplaintResponse, // a complaint's first response within 4 h of receipt
        Proactive,         // a proactive visit per the customer's tier (ProactivePlan)
    };
    enum class State {
        Due,      // still to be done, the limit not passed yet
        Overdue,  // the limit has passed and it is not done
        DoneLate, // done, but after the limit
    };

    QString taskId;
    QString number;
    QString customer;
    Kind kind = Kind::Registration;
    State state = State::Due;
    QDateTime due;    // invalid when no date is known yet (an NDA for a task without dates)
    QDateTime doneAt; // DoneLate: when it was done
    QString text;     // one translated sentence for the list
    // The record the deadline is about when it is not a task (a complaint, a customer); taskId
    // then names a related task, if any.
    QString recordId;

    // "registration", "briefing", "nda", "daily_report", "anomaly", "service_report",
    // "callback", "improvement_plan", "complaint_response", "proactive"
    QString kindKey() const;
    QString stateKey() const; // "due", "overdue", "done_late"
};

// The deadlines of "Deadlines the desk watches": here those the task life of SOP-10 §5.2
// records — registration within 24 h, the briefing within 24 h before departure and the NDA
// before dispatch — and, through SiteDeadlines, those of the on-site and closing forms. One query
// per kind, whatever the number of tasks, so the start page stays fast on a ten-year database.
// "now" is passed in, so tests pin it.
//
// Which items are listed:
//   registration  done late (more than 24 h after the request) within the last doneLateDays
//   briefing      due when departure lies within lookaheadHours; overdue after departure while
//                 the task is not briefed; done late when the recorded meeting was not within
//                 the 24 h before departure (departure within the last doneLateDays)
//   nda           while an open task that still lies before or on site needs an NDA
//                 (new customer or core know-how) and the customer has none signed: due before
//                 departure, overdue after it; done late when it was signed only after the
//                 departure of a task already on site (departure within the last doneLateDays)
//   complaint_response  a complaint not answered yet: due within 4 h of receipt, overdue after;
//                 done late when the first response came after the 4 h (received within the
//                 last doneLateDays)
//   proactive     customers whose proactive visit is due (within 30 days) or overdue
//                 (ProactivePlan)
// Departure is the brief's departure time, else the start of the task's planned first day.
class DeadlineWatch
{
    Q_DECLARE_TR_FUNCTIONS(DeadlineWatch)
public:
    struct Window
    {
        int lookaheadHours = 72;
        int doneLateDays = 7;
    };

    explicit DeadlineWatch(Database &db);

    // Overdue first (longest overdue first), then due (soonest first), then done late.
    bool collect(const QDateTime &now, QList<Deadline> *out, Error *error);
    bool collect(const QDateTime &now, const Window &window, QList<Deadline> *out, Error *error);

    static QDateTime departure(const QString &briefDepartureAt, const QString &plannedStart);
    static QString kindLabel(Deadline::Kind kind);
    static QString stateLabel(Deadline::State state);

private:
    bool registration(const QDateTime &now, const Window &window, QList<Deadline> *out,
                      Error *error);
    bool briefing(const QDateTime &now, const Window &window, QList<Deadline> *out, Error *error);
    bool nda(const QDateTime &now, const Window &window, QList<Deadline> *out, Error *error);
    bool complaints(const QDateTime &now, const Window &window, QList<Deadline> *out, Error *error);
    bool proactive(const QDateTime &now, QList<Deadline> *out, Error *error);

    Database &m_db;
};

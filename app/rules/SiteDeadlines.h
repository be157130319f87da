#pragma once

#include "app/models/DeadlineWatch.h"

// The deadlines of "Deadlines the desk watches" that the on-site and closing forms record
// (SOP-10 §5.3-§5.5, SOP-15 §7.3), for DeadlineWatch:
//   daily report      each engineer's report for each on-site day of a task on site is due at
//                     17:00 that day (the desk's offset; 17:00:00 itself is in time): due on the
//                     day, overdue after 17:00 while missing or unsent; done late when sent late
//   anomaly           notified by its limit (safety at once, complaint 1 h, commercial 4 h,
//                     technical 24 h, general the same day): due / overdue while nobody is told,
//                     done late when told after the limit
//   service report    signed by the 3rd working day after the engineers left the site (the
//                     holidays table counts): due until that day ends, then overdue; done late
//   call-back         made within 48 h after the engineers left the site; done late
//   improvement plan  a call-back scoring below 7 is followed up by its improvement_due (else 90
//                     days after the call): due within the look-ahead, overdue from the day
//                     after; done late when completed after it
// Done-late items are listed for doneLateDays after they were done. One query per kind.
class SiteDeadlines
{
    Q_DECLARE_TR_FUNCTIONS(SiteDeadlines)
public:
    explicit SiteDeadlines(Database &db);

    bool collect(const QDateTime &now, const DeadlineWatch::Window &window, QList<Deadline> *out,
                 Error *error);

    // 17:00 of day at the offset of now (where the desk is).
    static QDateTime dailyReportDue(const QDate &day, const QDateTime &now);
    // The end of a due day (23:59:59) at the offset of now: the moment it turns overdue.
    static QDateTime endOfDay(const QDate &day, const QDateTime &now);

private:
    bool dailyReports(const QDateTime &now, const DeadlineWatch::Window &window,
                      QList<Deadline> *out, Error *error);
    bool anomalies(const QDateTime &now, const DeadlineWatch::Window &window, QList<Deadline> *out,
                   Error *error);
    bool afterSite(const QDateTime &now, const DeadlineWatch::Window &window, QList<Deadline> *out,
                   Error *error);
    bool improvementPlans(const QDateTime &now, const DeadlineWatch::Window &window,
                          QList<Deadline> *out, Error *error);

    Database &m_db;
};

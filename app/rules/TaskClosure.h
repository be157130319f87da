#pragma once

#include "db/Error.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QVariantMap>

class Database;

// What SOP-10 §5.3-§5.4 requires before a task moves on from the site: before reporting, a
// daily report from each engineer for each on-site day, the time they left the site and every
// anomaly notified; before call-back, also the signed service report; before closing, also the
// call-back, an improvement plan where a score was below 7 (SOP-15 §7.3) and the expense
// claim with every gift or hospitality over RMB 200 declared, and every form of the task signed
// and locked (the mission brief, each daily report, the service report, the call-back and
// every expense claim; one missing item per signature still needed). Each step includes the ones
// before it, so data changed after an earlier move is caught too. TaskWorkflow::moveTo refuses
// the move while anything is missing; the task page shows the same list.
class TaskClosure
{
    Q_DECLARE_TR_FUNCTIONS(TaskClosure)
public:
    enum class Gap {
        OnsiteEnd,       // when the engineers left the site is not recorded
        DailyReport,     // an engineer's report for an on-site day is missing
        AnomalyNotice,   // an anomaly nobody was told about
        ServiceReport,   // no signed service report
        Callback,        // no call-back made
        ImprovementPlan, // a score below 7 without an improvement plan and follow-up date
        ExpenseClaim,    // no expense claim
        GiftDeclaration, // a gift or hospitality over RMB 200 not declared
        Signature,       // a form of the task still needs a signature (recordId: the form)
    };
    struct Missing
    {
        Gap gap;
        QString text;       // one sentence for people
        QString recordId;   // the record concerned, when there is one
        QString array = {}; // Signature: the form's array ("daily_reports", "briefings", ...)
    };

    explicit TaskClosure(Database &db);

    // True for the states this class guards: reporting, callback, closed.
    static bool guards(const QString &state);
    // What is missing before the task may become state (empty: nothing; other states: empty).
    bool missing(const QString &taskId, const QString &state, QList<Missing> *out, Error *error);
    // The same as sentences.
    QStringList missingTexts(const QString &taskId, const QString &state, Error *error = nullptr);

private:
    bool onSite(const QString &taskId, const QVariantMap &task, QList<Missing> *out, Error *error);
    bool reported(const QString &taskId, QList<Missing> *out, Error *error);
    bool followedUp(const QString &taskId, QList<Missing> *out, Error *error);
    bool signedForms(const QString &taskId, QList<Missing> *out, Error *error);

    Database &m_db;
};

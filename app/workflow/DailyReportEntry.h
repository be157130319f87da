#pragma once

#include "app/catalog/Money.h"
#include "db/Error.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>
#include <QVariantMap>

class Database;

// Entering one daily report QEF-10-02 (SOP-10 §5.3.3) with the expenses of its day: what the
// screen proposes (engineer and day, yesterday's plan) and the save. The expenses are
// expense_lines of the engineer's open (unsubmitted) expense claim QEF-10-05 for the task —
// created when there is none — with daily_report_id naming the report, so they flow into the
// claim. Every field is checked first (FieldCodec, RecordRules: on-site day, the task's
// engineer, one report per engineer and day) and then report, claim and lines are written in
// one transaction: a refusal names its field and leaves nothing saved half-way.
class DailyReportEntry
{
    Q_DECLARE_TR_FUNCTIONS(DailyReportEntry)
public:
    // One expense of the day as typed.
    struct Expense
    {
        QString id; // empty: a new line
        QString category;
        QString description;
        QString amount; // as typed, "280" or "280.00"
        QString paidBy;
        bool receipt = false;
        // The line's claim is submitted: shown, never changed or removed from here.
        bool locked = false;
    };

    explicit DailyReportEntry(Database &db);

    // The task's engineers in the task's order.
    QStringList engineersOf(const QString &taskId) const;
    // A new report's engineer and day: today when it is an on-site day of the task (else the
    // nearest one), with the first of the task's engineers who has not reported for it; when
    // all have, the earliest on-site day up to today someone's report is missing for. False
    // when the task has no on-site days or no engineers.
    bool suggest(const QString &taskId, const QDate &today, QString *engineerId, QDate *date) const;
    // The plan of the engineer's latest report on the task before date (its day in *from);
    // empty when there is none.
    QString previousPlan(const QString &taskId, const QString &engineerId, const QDate &date,
                         QDate *from = nullptr) const;
    // The expense lines written with a report, in line order.
    QList<Expense> expensesOf(const QString &reportId) const;
    // The expense lines entered with the report or any revision it replaced, in current claims.
    QStringList expenseLineIds(const QString &reportId) const;

    // An amount as typed in RMB: digits with at most two decimals, not negative. False with
    // *problem saying what to fix (for the field's message).
    static bool parseAmount(const QString &text, Money *out, QString *problem);
    // The Error::field of an expense's input: "expenses/<row>/<key>".
    static QString expenseField(int row, const QString &key);
    static bool parseExpenseField(const QString &field, int *row, QString *key);

    // Checks everything, then writes the report (reportId: a new UUID or an existing report),
    // its new, changed and removed expense lines and, if needed, the claim, all or nothing.
    // report holds the daily_reports fields in their stored form.
    bool save(const QString &reportId, const QVariantMap &report, const QList<Expense> &expenses,
              Error *error);

private:
    bool check(const QString &reportId, const QVariantMap &report, const QList<Expense> &expenses,
               Error *error) const;
    bool openClaim(const QString &taskId, const QString &engineerId, QString *claimId,
                   Error *error);
    int nextLineNo(const QString &claimId) const;

    Database &m_db;
};

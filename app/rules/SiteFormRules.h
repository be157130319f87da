#pragma once

#include "db/Error.h"

#include <QCoreApplication>
#include <QDate>
#include <QVariantMap>

class Database;
struct RecordKind;

// Rules spanning several fields or records of the on-site and closing forms (SOP-10
// §5.3-§5.4): a daily report lies on an on-site day of its task, by one of its engineers, once
// per engineer and day; notifications and signatures come after what they are about. Run by
// RecordRules on the record as it would be after the change (import, workflow, editors), so a
// refusal is a message naming the field, never a failed SQL constraint.
class SiteFormRules
{
    Q_DECLARE_TR_FUNCTIONS(SiteFormRules)
public:
    // The task's on-site days: planned_start to the day the engineers left (onsite_end) or,
    // before they have left, planned_end. False when the task has no planned start or end.
    static bool onSiteDays(const QVariantMap &task, QDate *first, QDate *last);

    static bool check(Database &db, const RecordKind &kind, const QString &id,
                      const QVariantMap &record, Error *error);

private:
    static bool checkDailyReport(Database &db, const RecordKind &kind, const QString &id,
                                 const QVariantMap &r, Error *error);
    static bool checkOneReportPerDay(Database &db, const RecordKind &kind, const QString &id,
                                     const QVariantMap &r, const QVariantMap &task, Error *error);
    static bool checkCallback(const RecordKind &kind, const QString &id, const QVariantMap &r,
                              Error *error);
};

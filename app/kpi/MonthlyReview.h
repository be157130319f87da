#pragma once

#include "app/kpi/KpiFigure.h"
#include "app/kpi/KpiPeriod.h"
#include "db/Error.h"

#include <QCoreApplication>
#include <QHash>

class Database;

// The figures of a monthly review (月度派员案例汇总, SOP-10 §5.5): every KPI of the month with
// the previous month's value, and each KPI's 12-month trend. While the review is a draft they
// are computed from the records; signing stores them in the review (freeze, called when the
// review is locked) and from then on the stored ones are shown and printed, so a later edit
// of a task does not change a signed review.
class MonthlyReview
{
    Q_DECLARE_TR_FUNCTIONS(MonthlyReview)
public:
    static constexpr int TrendMonths = 12;

    struct Figures
    {
        QString month; // YYYY-MM
        QList<KpiFigure> kpis;
        QHash<QString, QList<KpiFigure>> trends; // KPI name -> 12 months, oldest first
        bool frozen = false;                     // read from a signed review
        QString computedAt;                      // when they were computed (ISO, with offset)

        const KpiFigure *kpi(const QString &name) const;
    };

    // The records a review discusses besides its figures (SOP-10 §5.5), ids oldest first.
    struct Cases
    {
        QStringList anomalies;    // anomalies that occurred in the month
        QStringList complaints;   // complaints received in the month
        QStringList incidents;    // know-how incidents found in the month
        QStringList lowCallbacks; // call-backs of the month scoring below 7 (satisfaction/NPS)
        QStringList openPlans;    // improvement plans not done yet at the end of the month
    };

    static bool compute(Database &db, const KpiPeriod &month, Figures *out, Error *error);
    static bool cases(Database &db, const KpiPeriod &month, Cases *out, Error *error);
    static QJsonObject toJson(const Figures &figures);
    static bool fromJson(const QJsonObject &json, Figures *out);

    // The review's figures: the stored ones once signed, else computed now.
    static bool figuresOf(Database &db, const QString &reviewId, Figures *out, Error *error);
    // Stores the figures in the review unless it already holds some. Called inside the
    // locking transaction, before the content hash is taken.
    static bool freeze(Database &db, const QString &reviewId, Error *error);
    // The current review of a month (empty when there is none).
    static bool findByMonth(Database &db, const QString &month, QString *id, Error *error);
};

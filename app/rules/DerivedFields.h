#pragma once

#include "app/rules/WorkingCalendar.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QVariantMap>

class Database;
struct RecordKind;

// Computes the derived interchange keys of SOP-10 (interchange.md "Derived rules") from the
// stored records: a task's approval level, report and call-back deadlines and whether it
// needs an NDA; a brief's PPE list; a daily report's lateness, an anomaly's notification
// limit, a service report's punctuality, a call-back's NPS group, an expense claim's total
// and gift declarations. Looks up what it needs (customer tiers, signed NDAs, holidays,
// claim sums) once per instance, so build one per export or screen refresh.
class DerivedFields
{
public:
    explicit DerivedFields(Database &db);

    // The derived keys for one stored record of kind (empty when the kind has none).
    QJsonObject compute(const RecordKind &kind, const QVariantMap &stored);

    // The rules themselves, usable without a database.
    static bool ndaRequired(bool customerHasSignedNda, const QDate &firstOrderOn,
                            const QDate &requestedOn, const QString &knowhowRisk);
    static QDate reportDue(const QDateTime &onsiteEnd, const WorkingCalendar &calendar);
    static QDateTime callbackDue(const QDateTime &onsiteEnd);
    // A complaint's first response is due 4 h after it was received (SOP-15 §10).
    static QDateTime complaintResponseDue(const QDateTime &receivedAt);

    // Service report on_time: signed on or before the task's report_due. Unsigned: false once
    // the due day has passed (today), unknown (null) before; null without a due date.
    static QJsonValue serviceReportOnTime(const QDate &reportDue, const QDateTime &signedAt,
                                          const QDate &today);

    const WorkingCalendar &calendar() const { return m_calendar; }
    // "Now" for the keys that depend on it (anomaly overdue, unsigned reports); default: the
    // time of the first computation.
    void setNow(const QDateTime &now) { m_now = now; }

private:
    struct CustomerFacts
    {
        QString tier;
        QDate firstOrderOn;
        bool signedNda = false;
    };
    void load();
    void loadSiteReports();
    // The sums one record needs (a service report's task, a claim), by their indexes.
    void loadSiteReportsFor(const RecordKind &kind, const QVariantMap &stored);
    static constexpr int SingleLookups = 8;
    QJsonObject taskFields(const QVariantMap &task);
    QJsonObject siteReportFields(const RecordKind &kind, const QVariantMap &stored);

    Database &m_db;
    bool m_loaded = false;
    WorkingCalendar m_calendar;
    QHash<QString, CustomerFacts> m_customers;
    QHash<QString, QString> m_taskSafetyRisk;
    QHash<QString, QDate> m_taskReportDue;
    bool m_fieldReportsLoaded = false;
    int m_siteRecordsComputed = 0;
    QDateTime m_now;
    QHash<QString, qint64> m_claimTotal;       // claim id -> company-paid fen
    QHash<QString, qint64> m_taskExpenses;     // task id -> company-paid fen
    QSet<QString> m_claimsWithDeclarableLines; // claims with a line over the gift limit
};

#pragma once

#include "WorkingCalendar.h"

#include <QHash>
#include <QJsonObject>
#include <QVariantMap>

class Database;
struct RecordKind;

// Computes the derived interchange keys of SOP-10 (interchange.md "Derived rules") from the
// stored records: a task's approval level, report and call-back deadlines and whether it
// needs an NDA; a brief's PPE list. Looks up what it needs (customer tiers, signed NDAs,
// holidays) once per instance, so build one per export or screen refresh.
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

    const WorkingCalendar &calendar() const { return m_calendar; }

private:
    struct CustomerFacts
    {
        QString tier;
        QDate firstOrderOn;
        bool signedNda = false;
    };
    void load();
    QJsonObject taskFields(const QVariantMap &task);

    Database &m_db;
    bool m_loaded = false;
    WorkingCalendar m_calendar;
    QHash<QString, CustomerFacts> m_customers;
    QHash<QString, QString> m_taskSafetyRisk;
};

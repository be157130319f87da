#pragma once

#include "app/rules/ProactiveCadence.h"
#include "db/Error.h"

#include <QCoreApplication>
#include <QList>

class Database;

// The proactive dispatch plan (SOP-10 §6): for each customer its tier's cadence, the last
// proactive visit that happened, the next one due and whether it is due or overdue. Read in
// one pass over customers and arrived tasks; the start page lists the overdue and due ones.
class ProactivePlan
{
    Q_DECLARE_TR_FUNCTIONS(ProactivePlan)
public:
    struct Entry
    {
        QString customerId;
        QString customer;
        QString tier;
        int cadenceMonths = 0;
        QDate firstOrderOn;
        QDate lastVisit;         // the last proactive dispatch that arrived
        QString lastVisitTaskId; // its task
        QDate nextDue;           // invalid: none due, or due now (never visited)
        ProactiveCadence::Reason reason = ProactiveCadence::Reason::None;
        ProactiveCadence::Status status = ProactiveCadence::Status::None;

        QString statusText() const;
        QString reasonText() const;
    };

    explicit ProactivePlan(Database &db) : m_db(db) {}

    // Every live customer, overdue first, then due, planned and on request.
    bool entries(const QDate &today, QList<Entry> *out, Error *error);
    static QString cadenceText(int months);

private:
    Database &m_db;
};

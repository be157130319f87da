#pragma once

#include "app/rules/WorkingCalendar.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

// What the KPIs read from the database, one plain row per record (KpiEngine loads them, tests
// build them by hand): tasks with their arrival and first signed service report, call-backs,
// complaints, know-how incidents, customer tiers and the working calendar.
struct KpiData
{
    struct Task
    {
        QString id;
        QString customerId;
        QString type;
        QString priority;
        QDateTime requestedAt;
        QDate plannedStart;
        QDateTime arrivedAt;
        QDateTime onsiteEnd;
        bool proactive = false;
        QDateTime reportSignedAt; // the earliest signed service report of the task
    };
    struct Callback
    {
        QString id;
        QString taskId;
        QDateTime calledAt;
        int satisfaction = -1; // -1: not answered
        int nps = -1;
    };
    struct Complaint
    {
        QString id;
        QString taskId; // empty: names no dispatch
        QDateTime receivedAt;
    };
    struct Incident
    {
        QString id;
        QDate foundOn;
    };

    QList<Task> tasks;
    QList<Callback> callbacks;
    QList<Complaint> complaints;
    QList<Incident> incidents;
    QHash<QString, QString> customerTier; // customer id -> A/B/C/D
    QHash<QString, QString> taskCustomer; // task id -> customer id
    WorkingCalendar calendar;
};

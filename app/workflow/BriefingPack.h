#pragma once

#include "db/Error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QVariantMap>

class Database;

// SOP-10 §5.2.6 pre-dispatch briefing pack: what the database already knows about a task's
// customer and similar cases, assembled read-only for the engineer to read before leaving —
// the customer's file, its past tasks with their briefs' objectives (complaints marked),
// similar cases found by full-text search with the task's subject and request (over every
// indexed kind: past tasks, briefs, reports, know-how), and the customer's NDAs with their scanned
// copies. Nothing here is written except, by markRead(), the time the engineer read it (the brief's
// pack_read_at).
class BriefingPack
{
    Q_DECLARE_TR_FUNCTIONS(BriefingPack)
public:
    struct PastTask
    {
        QString id;
        QString number;
        QString title;
        QString type;
        QString state;
        QString start;          // planned_start, or the registration date
        bool complaint = false; // an urgent complaint or flagged as a major one
        QString objectives;     // of the task's brief, when there is one
    };
    // A similar case: a past task (found through its own text or a record named after it — a
    // brief, a daily or service report) or a record of another kind (a know-how entry).
    struct Case
    {
        QString table; // "tasks" for a task, else the kind found
        QString id;
        QString title;
        QString snippet;
        QString foundIn; // the kind whose text matched (briefings, service_reports, ...)
    };
    struct Nda
    {
        QString id;
        QString templateVersion;
        QString scope; // JSON list
        QString signedOn;
        QString attachmentId;
        QString fileName;
        qint64 size = 0;
    };

    static constexpr int MaxCases = 6;

    explicit BriefingPack(Database &db);

    // Reads everything for taskId; false with NotFound when the task is missing.
    bool load(const QString &taskId, Error *error);

    QVariantMap task() const { return m_task; }
    QVariantMap customer() const { return m_customer; }
    QList<PastTask> pastTasks() const { return m_pastTasks; }
    QList<Case> similarCases() const { return m_cases; }
    QList<Nda> ndas() const { return m_ndas; }
    // When the engineer read the pack (from the brief); invalid when not yet.
    QDateTime readAt() const { return m_readAt; }

    // Records on the task's brief (created when missing) that the pack was read at `at`.
    static bool markRead(Database &db, const QString &taskId, const QDateTime &at, Error *error);

private:
    void loadPastTasks();
    void loadCases();
    void loadNdas();

    Database &m_db;
    QVariantMap m_task;
    QVariantMap m_customer;
    QList<PastTask> m_pastTasks;
    QList<Case> m_cases;
    QList<Nda> m_ndas;
    QDateTime m_readAt;
};

#pragma once

#include "app/catalog/Money.h"
#include "db/Error.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>
#include <QVariantMap>

class Database;

// The first draft of a service report QEF-10-01 (SOP-10 §5.4.1) for a task, so Robert and the
// engineer start from what the desk already knows instead of a blank page: section 1 from the
// task and the objectives of its mission brief, section 2 from the findings of its daily
// reports (QEF-10-02), section 7 from its expense claims (QEF-10-05) summed exactly in fen.
// Also cuts section 6 (know-how feedback) into the items that can each become a library entry.
class ServiceReportDraft
{
    Q_DECLARE_TR_FUNCTIONS(ServiceReportDraft)
public:
    struct Finding
    {
        QDate date;
        QString engineer;
        QString text;
    };
    struct Claimant
    {
        QString name;
        Money companyPaid;
    };
    // What the draft is made of, read from the database by gather().
    struct Inputs
    {
        QString taskId;
        QString number;
        QString customer;
        QString site;
        QString subject;
        QDate start;
        QDate end;
        QStringList engineers;
        QString objectives;
        QList<Finding> findings;
        QList<Claimant> claimants;
        Money companyPaid;  // reimbursed: the company-paid lines
        Money customerPaid; // paid by the customer (hospitality, gifts)
        int claimCount = 0;
    };

    static bool gather(Database &db, const QString &taskId, Inputs *inputs, Error *error);
    // Stored values of a new service report: task_id, summary, site_situation, settlement.
    static QVariantMap compose(const Inputs &inputs);
    static bool build(Database &db, const QString &taskId, QVariantMap *values, Error *error);

    // The items of a know-how feedback text: one per non-empty line, list markers ("1.", "-",
    // "•", "（1）") removed.
    static QStringList knowhowItems(const QString &feedback);
    // A library entry's title for an item: its first sentence, at most 60 characters.
    static QString titleFor(const QString &item);
    // The library entry an item becomes: titled by titleFor, the item as its body, pointing at
    // the report and its task (saved through RecordSave like any record).
    static QVariantMap knowhowEntry(const QString &reportId, const QString &taskId,
                                    const QString &item, const QString &level);
};

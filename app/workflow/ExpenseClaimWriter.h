#pragma once

#include "db/Error.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QSet>
#include <QVariantMap>

class Database;

// Reads and writes one expense claim (QEF-10-05) with all its lines. save() checks the claim
// and every line first (FieldCodec, RecordRules, and that gifts are declared to an
// administration person, SOP-10 §5.3.1.3) and then writes the claim, the new and changed lines
// and the tombstones of removed lines in one transaction through RecordStore: a bad line is
// named with its number and field, and nothing is written half-way.
class ExpenseClaimWriter
{
    Q_DECLARE_TR_FUNCTIONS(ExpenseClaimWriter)
public:
    struct LineWrite
    {
        QString id;
        bool isNew = true;
        QVariantMap fields; // every stored field, with claim_id and line_no
    };

    explicit ExpenseClaimWriter(Database &db);

    // The claim's stored columns and its live lines in line_no order (each with "id").
    bool load(const QString &claimId, QVariantMap *claim, QList<QVariantMap> *lines, Error *error);
    // The live claim of claimantId for taskId (the first one), or empty.
    QString claimOf(const QString &taskId, const QString &claimantId);
    // The claims with a customer-paid gift or hospitality over RMB 200.00 and no declaration
    // date yet (the derived declaration_pending), in one query.
    QSet<QString> pendingDeclarations(Error *error = nullptr);
    // The daily reports of a task as (id, "2026-11-18 林国栋"), by date.
    QList<QPair<QString, QString>> dailyReports(const QString &taskId);

    // Checks one line as it would be written; the message starts with "Line n".
    bool checkLine(const LineWrite &line, Error *error);
    // Checks the claim's own fields and rules (base: the stored claim, overlaid with claim).
    bool checkClaim(const QString &claimId, const QVariantMap &base, const QVariantMap &claim,
                    Error *error);
    // isNew: insert the claim with claim; otherwise update the fields in claim that changed.
    bool save(const QString &claimId, bool isNew, const QVariantMap &base, const QVariantMap &claim,
              const QList<LineWrite> &lines, const QStringList &removedLineIds, Error *error);

private:
    Database &m_db;
};

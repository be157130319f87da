#pragma once

#include "app/print/PrintDocument.h"
#include "db/Error.h"

#include <QCoreApplication>

class PrintRecord;

// The print layouts of the on-site and closing forms: QEF-10-02 daily report (the example
// layout of SOP-10 §5.3.3, with the day's expenses), QEF-10-01 service report (the seven
// sections of §5.4.1, signed by the engineer and Robert), QEF-10-03 call-back (scores, NPS,
// improvement plan; SOP-15 §7) and QEF-10-05 expense claim (lines with total, gift
// declaration, claimant and administration signatures). Sections follow the field declarations.
class SiteReportLayouts
{
    Q_DECLARE_TR_FUNCTIONS(SiteReportLayouts)
public:
    static bool dailyReport(const PrintRecord &report, PrintForm *out, Error *error);
    static bool serviceReport(const PrintRecord &report, PrintForm *out, Error *error);
    static bool callback(const PrintRecord &callback, PrintForm *out, Error *error);
    static bool expenseClaim(const PrintRecord &claim, PrintForm *out, Error *error);

private:
    // The expense lines of a claim, or those a daily report names, as table rows.
    static QList<QStringList> expenseRows(const PrintRecord &owner, const QStringList &lineIds,
                                          bool full, Error *error, bool *ok);
};

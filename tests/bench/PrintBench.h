#pragma once

#include <QList>
#include <QString>

// The print measure of quality.md ("render one service report to PDF", target < 500 ms): a
// demo database in the bench folder (encrypted, and plain as the baseline), its longest
// service report printed through RecordPrinter — layout, pagination, fonts, QR code, PDF and
// the audit entry — run after run. The first run (fonts loaded, caches cold) is reported apart.
class PrintBench
{
public:
    // Times runs prints on each database, alternating; milliseconds per print.
    static bool measure(const QString &directory, int runs, QList<double> *encrypted,
                        QList<double> *plain, double *firstEncrypted, int *pages, QString *error);
};

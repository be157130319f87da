#include "tests/bench/KpiBench.h"

#include "app/kpi/KpiEngine.h"
#include "db/Database.h"

#include <QElapsedTimer>

namespace {

bool once(Database &db, const KpiPeriod &period, double *ms, QString *error)
{
    QElapsedTimer timer;
    timer.start();
    KpiEngine engine(db);
    Error e;
    if (!engine.load(&e)) {
        *error = e.message;
        return false;
    }
    const QList<KpiFigure> figures = engine.figures(period);
    *ms = timer.nsecsElapsed() / 1e6;
    if (figures.size() != 9 || !figures.first().hasValue) {
        *error = QStringLiteral("the KPI bench computed no figures for %1").arg(period.key());
        return false;
    }
    return true;
}

} // namespace

bool KpiBench::measure(Database &enc, Database &pln, int runs, QList<double> *monthEnc,
                       QList<double> *monthPlain, QList<double> *quarterEnc,
                       QList<double> *quarterPlain, QString *error)
{
    // The last complete month and quarter of the data set, which ends in late 2026.
    const KpiPeriod month = KpiPeriod::fromKey(QStringLiteral("2026-10"));
    const KpiPeriod quarter = KpiPeriod::fromKey(QStringLiteral("2026-Q3"));
    double ms = 0;
    for (int i = 0; i < runs; ++i) {
        // Which database goes first alternates, as in the storage measures.
        for (Database *db : i % 2 ? QList<Database *>{&enc, &pln} : QList<Database *>{&pln, &enc}) {
            if (!once(*db, month, &ms, error))
                return false;
            (db == &enc ? monthEnc : monthPlain)->append(ms);
            if (!once(*db, quarter, &ms, error))
                return false;
            (db == &enc ? quarterEnc : quarterPlain)->append(ms);
        }
    }
    return true;
}

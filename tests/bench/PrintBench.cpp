#include "tests/bench/PrintBench.h"

#include "db/Database.h"
#include "app/demo/DemoData.h"
#include "app/print/RecordPrinter.h"

#include <QDir>
#include <QElapsedTimer>
#include <QSqlQuery>

namespace {

bool prepare(Database &db, const QString &path, Database::KeyKind kind, QString *reportId,
             QString *error)
{
    Error e;
    const QString key = kind == Database::KeyKind::None ? QString() : QString(64, QLatin1Char('7'));
    QFile::remove(path);
    if (!db.create(path, key, &e, kind) || !DemoData::load(db, &e)) {
        *error = e.message;
        return false;
    }
    // The longest report: the most text to wrap and the most pages.
    QSqlQuery q(db.sql());
    q.exec(QStringLiteral("SELECT id FROM service_reports ORDER BY length(summary) + "
                          "length(solutions) + length(site_situation) DESC LIMIT 1"));
    if (!q.next()) {
        *error = QStringLiteral("the demo data has no service report");
        return false;
    }
    *reportId = q.value(0).toString();
    return true;
}

bool printOnce(Database &db, const QString &reportId, const QString &pdf, double *ms, int *pages,
               QString *error)
{
    QElapsedTimer timer;
    timer.start();
    RecordPrinter printer(db);
    PrintDocument document;
    Error e;
    if (!printer.document(reportId, &document, &e) ||
        !printer.writePdf({document}, pdf, &e, {}, nullptr, pages)) {
        *error = e.message;
        return false;
    }
    *ms = timer.nsecsElapsed() / 1e6;
    return true;
}

} // namespace

bool PrintBench::measure(const QString &directory, int runs, QList<double> *encrypted,
                         QList<double> *plain, double *firstEncrypted, int *pages, QString *error)
{
    Database enc, pln;
    QString encId, plnId;
    const QDir dir(directory);
    if (!prepare(enc, dir.filePath(QStringLiteral("print-enc.fdb")), Database::KeyKind::RawKey,
                 &encId, error) ||
        !prepare(pln, dir.filePath(QStringLiteral("print-plain.fdb")), Database::KeyKind::None,
                 &plnId, error))
        return false;
    const QString pdf = dir.filePath(QStringLiteral("print-bench.pdf"));
    if (!printOnce(enc, encId, pdf, firstEncrypted, pages, error))
        return false;
    double ms = 0;
    if (!printOnce(pln, plnId, pdf, &ms, pages, error))
        return false;
    for (int i = 0; i < runs; ++i) {
        // Which database goes first alternates, as in the storage measures.
        Database &first = i % 2 ? enc : pln;
        Database &second = i % 2 ? pln : enc;
        for (Database *db : {&first, &second}) {
            if (!printOnce(*db, db == &enc ? encId : plnId, pdf, &ms, pages, error))
                return false;
            (db == &enc ? encrypted : plain)->append(ms);
        }
    }
    return true;
}

#include "tests/bench/BenchRunner.h"

#include "tests/bench/KpiBench.h"
#include "tests/bench/PrintBench.h"
#include "tests/bench/Stats.h"
#include "tests/bench/SyncBench.h"

#include <QHash>

#include <cstdio>

namespace {

struct Target
{
    double value = 0;
    double ratio = 0;
};

// quality.md's speed table, for the measures this benchmark covers so far.
Target targetOf(const QString &name)
{
    static const QHash<QString, Target> targets = {
        {QStringLiteral("open"), {300, 1.3}},
        {QStringLiteral("open_cold"), {300, 1.3}},
        {QStringLiteral("fts4_search"), {50, 1.3}},
        {QStringLiteral("list_sort"), {100, 0}},
        {QStringLiteral("list_sort_joined"), {100, 0}},
        {QStringLiteral("list_filter"), {100, 0}},
        {QStringLiteral("resident_memory"), {200, 0}},
        {QStringLiteral("print_service_report"), {500, 0}},
        {QStringLiteral("kpi_month"), {100, 0}},
        {QStringLiteral("kpi_quarter"), {100, 0}},
        {QStringLiteral("sync_import"), {3000, 3}},
        {QStringLiteral("sync_idle_round"), {100, 0}},
    };
    return targets.value(name);
}

void progress(const QString &line)
{
    std::fprintf(stderr, "%s\n", line.toUtf8().constData());
    std::fflush(stderr);
}

} // namespace

BenchRunner::BenchRunner(const BenchDataSet &sizes, const QString &directory, bool quick)
    : m_directory(directory), m_sizes(sizes), m_quick(quick),
      m_encrypted(Database::KeyKind::RawKey, sizes, directory),
      m_plain(Database::KeyKind::None, sizes, directory)
{}

void BenchRunner::add(const QString &name, const QString &unit, const QString &stat,
                      double encrypted, double plain, const QVariantMap &extra)
{
    Measurement m;
    m.name = name;
    m.unit = unit;
    m.stat = stat;
    m.value = encrypted;
    m.plain = plain;
    m.target = targetOf(name).value;
    m.targetRatio = targetOf(name).ratio;
    m.extra = extra;
    m.extra.insert(QStringLiteral("dataset"),
                   m_quick ? QStringLiteral("quick") : QStringLiteral("full"));
    m_results.append(m);
}

bool BenchRunner::alternate(int runs, const Operation &operation, QList<double> *encrypted,
                            QList<double> *plain, QString *error)
{
    for (int i = 0; i < runs; ++i) {
        // Which database goes first alternates too, so neither always gets the warmer CPU.
        StorageBench &first = i % 2 ? m_encrypted : m_plain;
        StorageBench &second = i % 2 ? m_plain : m_encrypted;
        double a = 0, b = 0;
        if (!operation(first, i, &a, error) || !operation(second, i, &b, error))
            return false;
        (first.isEncrypted() ? encrypted : plain)->append(a);
        (second.isEncrypted() ? encrypted : plain)->append(b);
    }
    return true;
}

bool BenchRunner::run(QString *error)
{
    return build(error) && measureOpen(error) && measureQueries(error) && measureMemory(error) &&
           measurePrint(error) && measureKpi(error) && measureSync(error);
}

bool BenchRunner::measurePrint(QString *error)
{
    progress(QStringLiteral("Printing a service report to PDF…"));
    QList<double> enc, pln;
    double first = 0;
    int pages = 0;
    if (!PrintBench::measure(m_directory, m_quick ? 5 : 15, &enc, &pln, &first, &pages, error))
        return false;
    add(QStringLiteral("print_service_report"), QStringLiteral("ms"), QStringLiteral("median"),
        Stats::median(enc), Stats::median(pln),
        {{QStringLiteral("max"), Stats::maximum(enc)},
         {QStringLiteral("first_run"), first},
         {QStringLiteral("pages"), pages},
         {QStringLiteral("what"),
          QStringLiteral("the demo's longest service report: layout, fonts, QR code, PDF file "
                         "and the audit entry")}});
    return true;
}

bool BenchRunner::measureKpi(QString *error)
{
    progress(QStringLiteral("KPIs of a month and a quarter…"));
    QList<double> monthEnc, monthPln, quarterEnc, quarterPln;
    const int runs = m_quick ? 5 : 20;
    if (!KpiBench::measure(m_directory, m_sizes.tasks, runs, &monthEnc, &monthPln, &quarterEnc,
                           &quarterPln, error))
        return false;
    const QString what =
        QStringLiteral(
            "a fresh KpiEngine (customers, holidays, tasks, service reports, call-backs, "
            "complaints, incidents read once) and all nine KPIs of the period with the previous "
            "period's values; %1 tasks over ten years")
            .arg(m_sizes.tasks);
    add(QStringLiteral("kpi_month"), QStringLiteral("ms"), QStringLiteral("p95"),
        Stats::percentile(monthEnc, 95), Stats::percentile(monthPln, 95),
        {{QStringLiteral("runs"), runs},
         {QStringLiteral("median"), Stats::median(monthEnc)},
         {QStringLiteral("what"), what}});
    add(QStringLiteral("kpi_quarter"), QStringLiteral("ms"), QStringLiteral("p95"),
        Stats::percentile(quarterEnc, 95), Stats::percentile(quarterPln, 95),
        {{QStringLiteral("runs"), runs},
         {QStringLiteral("median"), Stats::median(quarterEnc)},
         {QStringLiteral("what"), what}});
    return true;
}

bool BenchRunner::build(QString *error)
{
    progress(QStringLiteral("Building the %1 data set twice (%2 tasks, %3 daily reports, %4 "
                            "expense lines, %5 service reports, %6 call-backs, %7 know-how)…")
                 .arg(m_quick ? QStringLiteral("quick") : QStringLiteral("full"))
                 .arg(m_sizes.tasks)
                 .arg(m_sizes.dailyReports)
                 .arg(m_sizes.expenseLines)
                 .arg(m_sizes.serviceReports)
                 .arg(m_sizes.callbacks)
                 .arg(m_sizes.knowhow));
    if (!m_plain.create(error) || !m_encrypted.create(error))
        return false;
    // Step by step, each on both databases before the next, so both build under like load.
    QHash<const StorageBench *, double> total;
    int records = 0, documents = 0;
    QList<double> enc, pln;
    auto step = [&](const Operation &operation) {
        enc.clear();
        pln.clear();
        if (!alternate(1, operation, &enc, &pln, error))
            return false;
        total[&m_encrypted] += enc.first();
        total[&m_plain] += pln.first();
        return true;
    };
    if (!step([&](StorageBench &b, int, double *ms, QString *e) {
            return b.insertRecords(ms, &records, e);
        }))
        return false;
    add(QStringLiteral("bulk_insert"), QStringLiteral("ms"), QStringLiteral("total"), enc.first(),
        pln.first(),
        {{QStringLiteral("records"), records},
         {QStringLiteral("us_per_record"), enc.first() * 1000.0 / records},
         {QStringLiteral("what"),
          QStringLiteral("people, customers and tasks through RecordStore::insert (row, change "
                         "log, field versions, audit) in one Transaction")}});
    if (!step([](StorageBench &b, int, double *ms, QString *e) {
            return b.insertDailyReports(ms, e);
        }))
        return false;
    add(QStringLiteral("bulk_insert_raw"), QStringLiteral("ms"), QStringLiteral("total"),
        enc.first(), pln.first(),
        {{QStringLiteral("rows"), m_sizes.dailyReports},
         {QStringLiteral("us_per_row"), enc.first() * 1000.0 / m_sizes.dailyReports},
         {QStringLiteral("what"),
          QStringLiteral("daily reports through one prepared INSERT in one transaction")}});
    if (!step(
            [](StorageBench &b, int, double *ms, QString *e) { return b.insertOtherForms(ms, e); }))
        return false;
    if (!step([&](StorageBench &b, int, double *ms, QString *e) {
            return b.fillSearchIndex(ms, &documents, e);
        }))
        return false;
    add(QStringLiteral("fts4_index"), QStringLiteral("ms"), QStringLiteral("total"), enc.first(),
        pln.first(),
        {{QStringLiteral("documents"), documents},
         {QStringLiteral("what"),
          QStringLiteral("bigram FTS4 index over daily reports, service reports and know-how, "
                         "built from the stored rows")}});
    add(QStringLiteral("dataset_build"), QStringLiteral("ms"), QStringLiteral("total"),
        total.value(&m_encrypted), total.value(&m_plain),
        {{QStringLiteral("tasks"), m_sizes.tasks},
         {QStringLiteral("daily_reports"), m_sizes.dailyReports},
         {QStringLiteral("expense_lines"), m_sizes.expenseLines},
         {QStringLiteral("service_reports"), m_sizes.serviceReports},
         {QStringLiteral("callbacks"), m_sizes.callbacks},
         {QStringLiteral("knowhow"), m_sizes.knowhow}});
    m_plain.close();
    m_encrypted.close();
    add(QStringLiteral("file_size"), QStringLiteral("MB"), QStringLiteral("after close"),
        double(m_encrypted.fileSize()) / (1024.0 * 1024.0),
        double(m_plain.fileSize()) / (1024.0 * 1024.0));
    progress(QStringLiteral("  %1\n  %2").arg(m_encrypted.describe(), m_plain.describe()));
    return true;
}

bool BenchRunner::measureOpen(QString *error)
{
    progress(QStringLiteral("Opening…"));
    QList<double> enc, pln;
    if (!alternate(
            5,
            [](StorageBench &b, int, double *ms, QString *e) {
                return b.openWithFirstScreen(false, ms, e);
            },
            &enc, &pln, error))
        return false;
    const QString what =
        QStringLiteral("Database::open (raw key, no KDF) + first screen: task list, deadlines "
                       "panel, customer list");
    add(QStringLiteral("open"), QStringLiteral("ms"), QStringLiteral("median"), Stats::median(enc),
        Stats::median(pln),
        {{QStringLiteral("runs"), 5},
         {QStringLiteral("max"), Stats::maximum(enc)},
         {QStringLiteral("plain_max"), Stats::maximum(pln)},
         {QStringLiteral("what"), what + QStringLiteral("; file in the OS page cache")}});
    if (!StorageBench::canEvict())
        return true;
    enc.clear();
    pln.clear();
    if (!alternate(
            3,
            [](StorageBench &b, int, double *ms, QString *e) {
                return b.openWithFirstScreen(true, ms, e);
            },
            &enc, &pln, error))
        return false;
    add(QStringLiteral("open_cold"), QStringLiteral("ms"), QStringLiteral("median"),
        Stats::median(enc), Stats::median(pln),
        {{QStringLiteral("runs"), 3},
         {QStringLiteral("max"), Stats::maximum(enc)},
         {QStringLiteral("plain_max"), Stats::maximum(pln)},
         {QStringLiteral("what"),
          what + QStringLiteral("; file dropped from the OS page cache first (a virtual "
                                "machine's host may still cache it)")}});
    return true;
}

bool BenchRunner::measureQueries(QString *error)
{
    if (!m_plain.reopen(error) || !m_encrypted.reopen(error))
        return false;
    QList<double> enc, pln;
    QHash<const StorageBench *, qint64> count;

    progress(QStringLiteral("Lookups…"));
    constexpr int Lookups = 500;
    if (!alternate(
            Lookups,
            [&](StorageBench &b, int run, double *ms, QString *e) {
                int rows = 0;
                const bool ok = b.lookupTask(run, ms, &rows, e);
                count[&b] += rows;
                return ok;
            },
            &enc, &pln, error))
        return false;
    add(QStringLiteral("indexed_query"), QStringLiteral("ms"), QStringLiteral("p95"),
        Stats::percentile(enc, 95), Stats::percentile(pln, 95),
        {{QStringLiteral("runs"), Lookups},
         {QStringLiteral("median"), Stats::median(enc)},
         {QStringLiteral("plain_median"), Stats::median(pln)},
         {QStringLiteral("rows_avg"), double(count.value(&m_encrypted)) / Lookups},
         {QStringLiteral("what"),
          QStringLiteral("a task by its number, then its daily reports by (task_id, "
                         "report_date), long text included")}});

    progress(QStringLiteral("Full-text search…"));
    const QStringList terms = StorageBench::searchTerms(100);
    enc.clear();
    pln.clear();
    count.clear();
    int noHits = 0;
    if (!alternate(
            int(terms.size()),
            [&](StorageBench &b, int run, double *ms, QString *e) {
                int hits = 0;
                const bool ok = b.search(terms.at(run), ms, &hits, e);
                count[&b] += hits;
                noHits += b.isEncrypted() && hits == 0 ? 1 : 0;
                return ok;
            },
            &enc, &pln, error))
        return false;
    if (count.value(&m_encrypted) != count.value(&m_plain)) {
        *error = QStringLiteral("the encrypted and the plain database found different hits");
        return false;
    }
    add(QStringLiteral("fts4_search"), QStringLiteral("ms"), QStringLiteral("p95"),
        Stats::percentile(enc, 95), Stats::percentile(pln, 95),
        {{QStringLiteral("queries"), int(terms.size())},
         {QStringLiteral("median"), Stats::median(enc)},
         {QStringLiteral("plain_median"), Stats::median(pln)},
         {QStringLiteral("hits_avg"), double(count.value(&m_encrypted)) / terms.size()},
         {QStringLiteral("no_hit_queries"), noHits},
         {QStringLiteral("what"),
          QStringLiteral("2-4 Chinese characters as an FTS4 phrase of bigrams over daily "
                         "reports, service reports and know-how; newest 50 hits, 20 shown "
                         "with their record")}});

    progress(QStringLiteral("Lists…"));
    constexpr int ListRuns = 5;
    int rows = 0;
    auto listBy = [&](const QString &orderBy) -> Operation {
        return [&rows, orderBy](StorageBench &b, int, double *ms, QString *e) {
            return b.sortedList(orderBy, ms, &rows, e);
        };
    };
    enc.clear();
    pln.clear();
    if (!alternate(ListRuns, listBy(QStringLiteral("r.report_date DESC")), &enc, &pln, error))
        return false;
    add(QStringLiteral("list_sort"), QStringLiteral("ms"), QStringLiteral("median"),
        Stats::median(enc), Stats::median(pln),
        {{QStringLiteral("runs"), ListRuns},
         {QStringLiteral("rows"), rows},
         {QStringLiteral("max"), Stats::maximum(enc)},
         {QStringLiteral("what"),
          QStringLiteral("all daily reports joined to task and engineer, ORDER BY report_date "
                         "DESC through its index, every row fetched")}});
    double encWorst = 0, plnWorst = 0;
    QVariantMap extra;
    const QList<QPair<QString, QString>> orders = {
        {QStringLiteral("by_engineer"), QStringLiteral("p.name, r.report_date DESC")},
        {QStringLiteral("by_task"), QStringLiteral("t.number, r.report_date")}};
    for (const auto &order : orders) {
        enc.clear();
        pln.clear();
        if (!alternate(ListRuns, listBy(order.second), &enc, &pln, error))
            return false;
        extra.insert(order.first, Stats::median(enc));
        extra.insert(QStringLiteral("plain_") + order.first, Stats::median(pln));
        encWorst = qMax(encWorst, Stats::median(enc));
        plnWorst = qMax(plnWorst, Stats::median(pln));
    }
    extra.insert(QStringLiteral("rows"), rows);
    extra.insert(QStringLiteral("what"),
                 QStringLiteral("the same list ORDER BY engineer name or task number, sorted "
                                "after the join; the slower of the two medians"));
    add(QStringLiteral("list_sort_joined"), QStringLiteral("ms"), QStringLiteral("median"),
        encWorst, plnWorst, extra);

    constexpr int FilterRuns = 20;
    enc.clear();
    pln.clear();
    count.clear();
    if (!alternate(
            FilterRuns,
            [&](StorageBench &b, int run, double *ms, QString *e) {
                int n = 0;
                const bool ok = b.filteredList(run, ms, &n, e);
                count[&b] += n;
                return ok;
            },
            &enc, &pln, error))
        return false;
    add(QStringLiteral("list_filter"), QStringLiteral("ms"), QStringLiteral("p95"),
        Stats::percentile(enc, 95), Stats::percentile(pln, 95),
        {{QStringLiteral("runs"), FilterRuns},
         {QStringLiteral("rows_avg"), double(count.value(&m_encrypted)) / FilterRuns},
         {QStringLiteral("what"),
          QStringLiteral("the list filtered to one engineer's last two years, newest first")}});

    enc.clear();
    pln.clear();
    if (!alternate(
            3,
            [&rows](StorageBench &b, int, double *ms, QString *e) {
                return b.textFilteredList(ms, &rows, e);
            },
            &enc, &pln, error))
        return false;
    add(QStringLiteral("list_filter_text_scan"), QStringLiteral("ms"), QStringLiteral("median"),
        Stats::median(enc), Stats::median(pln),
        {{QStringLiteral("runs"), 3},
         {QStringLiteral("rows"), rows},
         {QStringLiteral("what"),
          QStringLiteral("the list filtered by findings LIKE '%…%': no index can help, every "
                         "report's text is read (compare fts4_search)")}});
    m_plain.close();
    m_encrypted.close();
    return true;
}

bool BenchRunner::measureMemory(QString *error)
{
#ifdef Q_OS_LINUX
    progress(QStringLiteral("Resident memory…"));
    qint64 encRss = 0, encPeak = 0, plnRss = 0, plnPeak = 0;
    if (!m_plain.measureMemory(&plnRss, &plnPeak, error) ||
        !m_encrypted.measureMemory(&encRss, &encPeak, error))
        return false;
    add(QStringLiteral("resident_memory"), QStringLiteral("MB"), QStringLiteral("VmRSS"),
        double(encRss) / 1024.0, double(plnRss) / 1024.0,
        {{QStringLiteral("peak_mb"), double(encPeak) / 1024.0},
         {QStringLiteral("plain_peak_mb"), double(plnPeak) / 1024.0},
         {QStringLiteral("what"),
          QStringLiteral("a fresh process with the data set open after the first screen, the "
                         "full list and 20 searches")}});
#else
    Q_UNUSED(error);
    progress(QStringLiteral("Resident memory: not measured on this system (no /proc)."));
#endif
    return true;
}

bool BenchRunner::measureSync(QString *error)
{
    progress(QStringLiteral("Sync: importing 10,000 changes from 3 devices, idle rounds…"));
    SyncBench bench(m_directory);
    double importMs = 0, directMs = 0, idleMs = 0;
    int changes = 0;
    if (!bench.measureImport(m_quick ? 1 : 3, &importMs, &directMs, &changes, error) ||
        !bench.measureIdle(m_quick ? 5 : 20, &idleMs, error))
        return false;
    // "plain" here is the baseline quality.md names: the same records inserted directly.
    add(QStringLiteral("sync_import"), QStringLiteral("ms"), QStringLiteral("median"), importMs,
        directMs,
        {{QStringLiteral("changes"), changes},
         {QStringLiteral("baseline"), QStringLiteral("the same records inserted directly")}});
    add(QStringLiteral("sync_idle_round"), QStringLiteral("ms"), QStringLiteral("median"), idleMs,
        0, {{QStringLiteral("device_folders"), 20}});
    return true;
}

#include "tests/bench/BenchRunner.h"

#include "tests/bench/KpiBench.h"
#include "tests/bench/Stats.h"
#include "tests/bench/SyncBench.h"
#include "tests/bench/TenYearData.h"
#include "tests/bench/TextGenerator.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>

#include <cstdio>

namespace {

struct Target
{
    double value = 0;
    double ratio = 0;
};

// quality.md's speed table.
Target targetOf(const QString &name)
{
    static const QHash<QString, Target> targets = {
        {QStringLiteral("start_page"), {300, 1.3}},
        {QStringLiteral("daily_list_open"), {300, 0}},
        {QStringLiteral("daily_list_open_gui"), {100, 0}},
        {QStringLiteral("start_page_gui"), {100, 0}},
        {QStringLiteral("daily_list_sort"), {100, 0}},
        {QStringLiteral("daily_list_filter_key"), {50, 0}},
        {QStringLiteral("search_first"), {50, 0}},
        {QStringLiteral("search_p95"), {50, 0}},
        {QStringLiteral("print_service_report"), {300, 0}},
        {QStringLiteral("import"), {60000, 0}},
        {QStringLiteral("import_memory"), {400, 0}},
        {QStringLiteral("file_size_ratio"), {4.0001, 0}},
        {QStringLiteral("sync_apply"), {3000, 3}},
        {QStringLiteral("kpi_month"), {100, 0}},
        {QStringLiteral("kpi_quarter"), {100, 0}},
        {QStringLiteral("sync_idle_round"), {100, 0}},
        {QStringLiteral("audit_check_unlock"), {100, 0}},
        {QStringLiteral("resident_memory"), {200, 0}},
    };
    return targets.value(name);
}

void progress(const QString &line)
{
    std::fprintf(stderr, "%s\n", line.toUtf8().constData());
    std::fflush(stderr);
}

} // namespace

BenchRunner::BenchRunner(const QString &directory, bool quick)
    : m_directory(directory), m_quick(quick), m_encrypted(Database::KeyKind::RawKey, directory),
      m_plain(Database::KeyKind::None, directory)
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
    progress(QStringLiteral("  %1: %2 %3 (plain %4)")
                 .arg(name)
                 .arg(encrypted, 0, 'f', 1)
                 .arg(unit)
                 .arg(plain, 0, 'f', 1));
}

bool BenchRunner::run(QString *error)
{
    const auto wanted = [this](const char *group) {
        return m_only.isEmpty() || m_only.contains(QLatin1String(group));
    };
    const bool reused =
        m_reuse && QFile::exists(m_encrypted.path()) && QFile::exists(m_plain.path());
    if (!reused && !build(error))
        return false;
    return (!wanted("start") || measureStartPage(error)) &&
           (!wanted("lists") || measureLists(error)) &&
           (!wanted("search") || measureSearch(error)) &&
           (!wanted("audit") || measureAudit(error)) && (!wanted("print") || measurePrint(error)) &&
           (!wanted("memory") || measureMemory(error)) && (!wanted("kpi") || measureKpi(error)) &&
           (!wanted("sync") || measureSync(error));
}

bool BenchRunner::measureKpi(QString *error)
{
    progress(QStringLiteral("KPIs of a month and a quarter…"));
    QList<double> monthEnc, monthPln, quarterEnc, quarterPln;
    const int runs = m_quick ? 5 : 20;
    if (!m_encrypted.open(error) || !m_plain.open(error) ||
        !KpiBench::measure(m_encrypted.db(), m_plain.db(), runs, &monthEnc, &monthPln, &quarterEnc,
                           &quarterPln, error))
        return false;
    m_encrypted.close();
    m_plain.close();
    const QString what = QStringLiteral(
        "a fresh KpiEngine (customers, holidays, tasks, service reports, call-backs, complaints, "
        "incidents read once) and all nine KPIs of the period with the previous period's "
        "values, on the imported ten-year database");
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
    TenYearData::Counts counts;
    const QJsonObject document = TenYearData::build(m_quick ? 0.1 : 1.0, 20261207, &counts);
    m_json = QDir(m_directory).filePath(QStringLiteral("tenyear.json"));
    QFile file(m_json);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = file.errorString();
        return false;
    }
    file.write(QJsonDocument(document).toJson(QJsonDocument::Indented));
    file.close();
    const double jsonMiB = double(QFileInfo(m_json).size()) / (1024.0 * 1024.0);
    progress(QStringLiteral("Importing the %1 data set (%2 records: %3 tasks, %4 daily reports, "
                            "%5 expense lines, %6 know-how; %7 MiB of JSON) through "
                            "InterchangeImporter, encrypted and plain…")
                 .arg(m_quick ? QStringLiteral("quick") : QStringLiteral("full"))
                 .arg(counts.records)
                 .arg(counts.tasks)
                 .arg(counts.dailyReports)
                 .arg(counts.expenseLines)
                 .arg(counts.knowhow)
                 .arg(jsonMiB, 0, 'f', 1));
    double encMs = 0, plnMs = 0;
    qint64 encPeak = 0, plnPeak = 0;
    if (!m_plain.importFile(m_json, &plnMs, &plnPeak, error) ||
        !m_encrypted.importFile(m_json, &encMs, &encPeak, error))
        return false;
    add(QStringLiteral("import"), QStringLiteral("ms"), QStringLiteral("once"), encMs, plnMs,
        {{QStringLiteral("records"), counts.records},
         {QStringLiteral("records_per_s"), counts.records * 1000.0 / qMax(1.0, encMs)},
         {QStringLiteral("what"),
          QStringLiteral("Database::create (migrations) + InterchangeImporter::importJson of the "
                         "interchange file, in a child process, all or nothing")}});
    add(QStringLiteral("import_memory"), QStringLiteral("MB"), QStringLiteral("peak RSS"),
        encPeak / 1024.0, plnPeak / 1024.0);
    const double jsonBytes = double(QFileInfo(m_json).size());
    add(QStringLiteral("file_size_ratio"), QStringLiteral("x"), QStringLiteral("db / json"),
        double(m_encrypted.fileSize()) / jsonBytes, double(m_plain.fileSize()) / jsonBytes,
        {{QStringLiteral("db_mib"), double(m_encrypted.fileSize()) / (1024.0 * 1024.0)},
         {QStringLiteral("json_mib"), jsonMiB}});
    return true;
}

bool BenchRunner::measureStartPage(QString *error)
{
    progress(QStringLiteral("Open + start page (deadlines, counts, audit chain, task list)…"));
    QList<double> encOpen, plnOpen, encPage, plnPage, encGui, plnGui;
    const int runs = m_quick ? 3 : 5;
    for (int i = 0; i < runs; ++i) {
        for (ProductBench *b : (i % 2 ? QList<ProductBench *>{&m_encrypted, &m_plain}
                                      : QList<ProductBench *>{&m_plain, &m_encrypted})) {
            double open = 0, page = 0, gui = 0;
            if (!b->openAndStartPage(&open, &page, &gui, error))
                return false;
            (b->isEncrypted() ? encOpen : plnOpen) << open;
            (b->isEncrypted() ? encPage : plnPage) << page;
            (b->isEncrypted() ? encGui : plnGui) << gui;
            b->close();
        }
    }
    add(QStringLiteral("open"), QStringLiteral("ms"), QStringLiteral("median"),
        Stats::median(encOpen), Stats::median(plnOpen),
        {{QStringLiteral("what"), QStringLiteral("Database::open, raw key (no KDF)")}});
    add(QStringLiteral("start_page"), QStringLiteral("ms"), QStringLiteral("median"),
        Stats::median(encPage), Stats::median(plnPage),
        {{QStringLiteral("max"), Stats::maximum(encPage)},
         {QStringLiteral("what"),
          QStringLiteral("in the BackgroundReader: DeskSummary (record counts, audit chain since "
                         "its checkpoint), DeadlineWatch::collect and the task list's "
                         "RecordTableModel, until all are handed to the GUI thread")}});
    add(QStringLiteral("start_page_gui"), QStringLiteral("ms"), QStringLiteral("max"),
        Stats::maximum(encGui), Stats::maximum(plnGui),
        {{QStringLiteral("what"),
          QStringLiteral("GUI thread CPU time while the start page's data and the task list "
                         "are read and handed over")}});
    return true;
}

bool BenchRunner::measureLists(QString *error)
{
    progress(QStringLiteral("Daily report list: RecordTableModel + RecordFilterProxy…"));
    QList<double> encReload, plnReload, encGui, plnGui, encSort, plnSort, encKey, plnKey;
    int rows = 0;
    for (int i = 0; i < (m_quick ? 2 : 3); ++i) {
        for (ProductBench *b : {&m_plain, &m_encrypted}) {
            double reload = 0, gui = 0, sort = 0;
            QList<double> keys;
            if (!b->open(error) || !b->dailyReportList(&reload, &gui, &sort, &keys, &rows, error))
                return false;
            (b->isEncrypted() ? encReload : plnReload) << reload;
            (b->isEncrypted() ? encGui : plnGui) << gui;
            (b->isEncrypted() ? encSort : plnSort) << sort;
            (b->isEncrypted() ? encKey : plnKey) << keys;
            b->close();
        }
    }
    add(QStringLiteral("daily_list_open"), QStringLiteral("ms"), QStringLiteral("median"),
        Stats::median(encReload), Stats::median(plnReload),
        {{QStringLiteral("rows"), rows},
         {QStringLiteral("what"),
          QStringLiteral("RecordTableModel::requestReload in the BackgroundReader until the "
                         "rows are swapped in")}});
    add(QStringLiteral("daily_list_open_gui"), QStringLiteral("ms"), QStringLiteral("max"),
        Stats::maximum(encGui), Stats::maximum(plnGui),
        {{QStringLiteral("what"),
          QStringLiteral("GUI thread CPU time while the list is read and handed over")}});
    add(QStringLiteral("daily_list_sort"), QStringLiteral("ms"), QStringLiteral("median"),
        Stats::median(encSort), Stats::median(plnSort));
    add(QStringLiteral("daily_list_filter_key"), QStringLiteral("ms"), QStringLiteral("max"),
        Stats::maximum(encKey), Stats::maximum(plnKey),
        {{QStringLiteral("median"), Stats::median(encKey)}});
    return true;
}

bool BenchRunner::measureSearch(QString *error)
{
    progress(QStringLiteral("Search: the first search after the import, then p95…"));
    TextGenerator text(7);
    const QStringList terms = text.searchTerms(m_quick ? 40 : 200);
    QList<double> encFirst, plnFirst, enc, pln;
    int hits = 0;
    for (ProductBench *b : {&m_plain, &m_encrypted}) {
        double ms = 0;
        if (!b->open(error) || !b->search(terms.first(), &ms, &hits, error))
            return false;
        (b->isEncrypted() ? encFirst : plnFirst) << ms;
    }
    for (int i = 0; i < terms.size(); ++i) {
        for (ProductBench *b : {&m_plain, &m_encrypted}) {
            double ms = 0;
            if (!b->search(terms.at(i), &ms, &hits, error))
                return false;
            (b->isEncrypted() ? enc : pln) << ms;
        }
    }
    add(QStringLiteral("search_first"), QStringLiteral("ms"), QStringLiteral("once"),
        encFirst.first(), plnFirst.first(),
        {{QStringLiteral("what"),
          QStringLiteral("SearchIndex::search right after the import (a stale index rebuilds)")}});
    add(QStringLiteral("search_p95"), QStringLiteral("ms"), QStringLiteral("p95"),
        Stats::percentile(enc, 95), Stats::percentile(pln, 95),
        {{QStringLiteral("terms"), int(terms.size())},
         {QStringLiteral("median"), Stats::median(enc)}});
    return true;
}

bool BenchRunner::measureAudit(QString *error)
{
    progress(QStringLiteral("Audit chain: the full check, then the check at unlock…"));
    double encFull = 0, plnFull = 0, encUnlock = 0, plnUnlock = 0;
    int entries = 0;
    const int added = 200; // a busy day's entries since the last unlock
    for (ProductBench *b : {&m_plain, &m_encrypted}) {
        if (!b->open(error) ||
            !b->auditCheck(added, b->isEncrypted() ? &encFull : &plnFull,
                           b->isEncrypted() ? &encUnlock : &plnUnlock, &entries, error))
            return false;
        b->close();
    }
    add(QStringLiteral("audit_check_full"), QStringLiteral("ms"), QStringLiteral("once"), encFull,
        plnFull,
        {{QStringLiteral("entries"), entries},
         {QStringLiteral("what"), QStringLiteral("AuditLog::verify: every entry, streamed (on "
                                                 "demand, off the GUI thread)")}});
    add(QStringLiteral("audit_check_unlock"), QStringLiteral("ms"), QStringLiteral("once"),
        encUnlock, plnUnlock,
        {{QStringLiteral("new_entries"), added},
         {QStringLiteral("what"), QStringLiteral("AuditLog::verifySinceCheckpoint after %1 new "
                                                 "entries")
                                      .arg(added)}});
    return true;
}

bool BenchRunner::measurePrint(QString *error)
{
    progress(QStringLiteral("Printing a service report to PDF…"));
    const QString pdf = QDir(m_directory).filePath(QStringLiteral("print.pdf"));
    QList<double> enc, pln;
    double first = 0;
    int pages = 0;
    if (!m_plain.open(error) || !m_encrypted.open(error) ||
        !m_encrypted.printServiceReport(pdf, &first, &pages, error))
        return false;
    for (int i = 0; i < (m_quick ? 3 : 9); ++i) {
        for (ProductBench *b : {&m_plain, &m_encrypted}) {
            double ms = 0;
            if (!b->printServiceReport(pdf, &ms, &pages, error))
                return false;
            (b->isEncrypted() ? enc : pln) << ms;
        }
    }
    add(QStringLiteral("print_service_report"), QStringLiteral("ms"), QStringLiteral("median"),
        Stats::median(enc), Stats::median(pln),
        {{QStringLiteral("max"), Stats::maximum(enc)},
         {QStringLiteral("first_run"), first},
         {QStringLiteral("pages"), pages},
         {QStringLiteral("what"), QStringLiteral("RecordPrinter: layout, fonts, QR code, PDF and "
                                                 "the audit entry")}});
    m_plain.close();
    m_encrypted.close();
    return true;
}

bool BenchRunner::measureMemory(QString *error)
{
    progress(QStringLiteral("Resident memory with every list loaded (child process)…"));
    qint64 encRss = 0, encPeak = 0, plnRss = 0, plnPeak = 0;
    if (!m_plain.measureMemory(&plnRss, &plnPeak, error) ||
        !m_encrypted.measureMemory(&encRss, &encPeak, error))
        return false;
    add(QStringLiteral("resident_memory"), QStringLiteral("MB"), QStringLiteral("VmRSS"),
        encRss / 1024.0, plnRss / 1024.0,
        {{QStringLiteral("peak_mb"), encPeak / 1024.0},
         {QStringLiteral("what"), QStringLiteral("every list's RecordTableModel loaded, "
                                                 "deadlines, one search (no widgets)")}});
    return true;
}

bool BenchRunner::measureSync(QString *error)
{
    progress(QStringLiteral("Sync: applying 10,000 changes from 3 devices, idle rounds…"));
    SyncBench bench(m_directory);
    double importMs = 0, directMs = 0, idleMs = 0;
    int changes = 0;
    if (!bench.measureImport(m_quick ? 1 : 3, &importMs, &directMs, &changes, error) ||
        !bench.measureIdle(m_quick ? 5 : 20, &idleMs, error))
        return false;
    // "plain" here is the baseline quality.md names: the same records inserted directly.
    add(QStringLiteral("sync_apply"), QStringLiteral("ms"), QStringLiteral("median"), importMs,
        directMs,
        {{QStringLiteral("changes"), changes},
         {QStringLiteral("baseline"), QStringLiteral("the same records inserted directly")}});
    add(QStringLiteral("sync_idle_round"), QStringLiteral("ms"), QStringLiteral("median"), idleMs,
        0, {{QStringLiteral("device_folders"), 20}});
    return true;
}

#include "tests/bench/BenchDataSet.h"

BenchDataSet BenchDataSet::full()
{
    return BenchDataSet();
}

BenchDataSet BenchDataSet::quick()
{
    BenchDataSet s;
    s.customers = 40;
    s.tasks = 300;
    s.dailyReports = 3000;
    s.expenseLines = 6000;
    s.serviceReports = 300;
    s.callbacks = 300;
    s.knowhow = 200;
    return s;
}

QStringList BenchDataSet::schema()
{
    return {
        // Written through RecordStore, so it has the full record model.
        QStringLiteral("CREATE TABLE bench_tasks ("
                       " id TEXT PRIMARY KEY NOT NULL, created_at TEXT NOT NULL,"
                       " updated_at INTEGER NOT NULL, updated_by TEXT NOT NULL,"
                       " deleted INTEGER NOT NULL DEFAULT 0,"
                       " number TEXT, customer_id TEXT NOT NULL, type TEXT NOT NULL,"
                       " priority TEXT NOT NULL, state TEXT NOT NULL, requested_at TEXT,"
                       " registered_at TEXT, complexity TEXT, planned_days REAL,"
                       " knowhow_risk TEXT, safety_risk TEXT, major_complaint INTEGER,"
                       " engineer_ids TEXT, planned_start TEXT, planned_end TEXT,"
                       " onsite_end TEXT, title TEXT)"),
        QStringLiteral("CREATE UNIQUE INDEX bench_tasks_number ON bench_tasks (number)"),
        // Live rows only (partial index), and "deleted" itself as the last column so SQLite
        // 3.15 sees the index as covering: the start page's count of live tasks then reads
        // this small index instead of every task row. An index *leading* with "deleted" would
        // do the same but, without ANALYZE statistics, lures the planner away from better
        // indexes (it took the deadlines panel and the task lookup to full scans).
        QStringLiteral("CREATE INDEX bench_tasks_registered ON bench_tasks (registered_at, deleted)"
                       " WHERE deleted = 0"),
        QStringLiteral("CREATE INDEX bench_tasks_state ON bench_tasks (state, planned_end)"),
        QStringLiteral("CREATE INDEX bench_tasks_customer ON bench_tasks (customer_id)"),
        // Short columns first: a list reads them without touching the overflow pages that
        // hold the long text.
        QStringLiteral("CREATE TABLE bench_daily_reports ("
                       " id TEXT PRIMARY KEY NOT NULL, task_id TEXT NOT NULL,"
                       " engineer_id TEXT NOT NULL, report_date TEXT NOT NULL,"
                       " submitted_at TEXT, created_at TEXT NOT NULL,"
                       " updated_at INTEGER NOT NULL, updated_by TEXT NOT NULL,"
                       " deleted INTEGER NOT NULL DEFAULT 0,"
                       " work TEXT, findings TEXT, plan TEXT, support TEXT, expenses TEXT)"),
        QStringLiteral("CREATE INDEX bench_daily_reports_task"
                       " ON bench_daily_reports (task_id, report_date)"),
        // Covering index for the daily-report list: the list's columns in date order, so a
        // sorted list reads this index and not the 30,000 rows with their long text (each row
        // read costs a page decryption on the encrypted file). Partial and ending in "deleted"
        // for the same reasons as bench_tasks_registered.
        QStringLiteral("CREATE INDEX bench_daily_reports_date ON bench_daily_reports"
                       " (report_date, submitted_at, task_id, engineer_id, id, deleted)"
                       " WHERE deleted = 0"),
        QStringLiteral("CREATE INDEX bench_daily_reports_engineer"
                       " ON bench_daily_reports (engineer_id, report_date)"),
        QStringLiteral("CREATE TABLE bench_expense_claims ("
                       " id TEXT PRIMARY KEY NOT NULL, task_id TEXT NOT NULL,"
                       " claimant_id TEXT NOT NULL, submitted_on TEXT,"
                       " created_at TEXT NOT NULL, updated_at INTEGER NOT NULL,"
                       " updated_by TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE INDEX bench_expense_claims_task ON bench_expense_claims (task_id)"),
        QStringLiteral("CREATE TABLE bench_expense_lines ("
                       " id TEXT PRIMARY KEY NOT NULL, claim_id TEXT NOT NULL,"
                       " line_no INTEGER NOT NULL, spent_on TEXT NOT NULL,"
                       " category TEXT NOT NULL, amount_cents INTEGER NOT NULL,"
                       " paid_by TEXT NOT NULL, receipt INTEGER NOT NULL,"
                       " updated_at INTEGER NOT NULL, updated_by TEXT NOT NULL,"
                       " deleted INTEGER NOT NULL DEFAULT 0, description TEXT)"),
        QStringLiteral("CREATE INDEX bench_expense_lines_claim"
                       " ON bench_expense_lines (claim_id, line_no)"),
        QStringLiteral("CREATE TABLE bench_service_reports ("
                       " id TEXT PRIMARY KEY NOT NULL, task_id TEXT NOT NULL,"
                       " satisfaction INTEGER, signed_at TEXT, created_at TEXT NOT NULL,"
                       " updated_at INTEGER NOT NULL, updated_by TEXT NOT NULL,"
                       " deleted INTEGER NOT NULL DEFAULT 0, body TEXT)"),
        QStringLiteral("CREATE INDEX bench_service_reports_task"
                       " ON bench_service_reports (task_id)"),
        QStringLiteral("CREATE TABLE bench_callbacks ("
                       " id TEXT PRIMARY KEY NOT NULL, task_id TEXT NOT NULL,"
                       " called_at TEXT, caller_id TEXT, satisfaction INTEGER, nps INTEGER,"
                       " created_at TEXT NOT NULL, updated_at INTEGER NOT NULL,"
                       " updated_by TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,"
                       " notes TEXT)"),
        QStringLiteral("CREATE INDEX bench_callbacks_task ON bench_callbacks (task_id)"),
        QStringLiteral("CREATE TABLE bench_knowhow ("
                       " id TEXT PRIMARY KEY NOT NULL, level TEXT NOT NULL,"
                       " created_at TEXT NOT NULL, updated_at INTEGER NOT NULL,"
                       " updated_by TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,"
                       " title TEXT NOT NULL, body TEXT, task_ids TEXT)"),
        // One search index over daily reports, service reports and know-how. kind and ref
        // name the record a hit belongs to; only body (bigram text) is tokenized.
        QStringLiteral("CREATE VIRTUAL TABLE bench_search USING fts4("
                       "kind, ref, body, notindexed=kind, notindexed=ref)"),
    };
}

-- Schema 6: the on-site and closing forms of SOP-10 §5.3-§5.5: daily reports (QEF-10-02),
-- anomalies (§5.3.4), service reports (QEF-10-01 报告), customer call-backs (QEF-10-03), expense
-- claims (QEF-10-05) with their lines, and the know-how library (§5.4.3). Every table has the
-- record columns; list-valued fields hold JSON arrays; money is whole fen (1/100 RMB) in
-- INTEGER columns so totals are exact SQL sums. Short columns come before long text: a list
-- reads them without touching the overflow pages that hold the text.

CREATE TABLE daily_reports (
  id               TEXT PRIMARY KEY NOT NULL,
  created_at       TEXT NOT NULL,
  updated_at       INTEGER NOT NULL,
  updated_by       TEXT NOT NULL,
  deleted          INTEGER NOT NULL DEFAULT 0,
  task_id          TEXT NOT NULL,
  engineer_id      TEXT NOT NULL,
  date             TEXT NOT NULL,   -- the on-site day reported
  submitted_at     TEXT,            -- due 17:00 local time on date (late: derived)
  support_from_ids TEXT,            -- people asked for support (JSON list)
  work             TEXT,            -- today's work, one time slot per line (上午 / 中午 / 下午)
  findings         TEXT,
  plan             TEXT,            -- tomorrow's plan
  support          TEXT             -- support requested: from whom, what
);
-- One report per engineer per task and day. Partial: a tombstoned report does not block its
-- replacement. RecordRules refuses a second one with a message before this index is reached.
CREATE UNIQUE INDEX daily_reports_one_per_day ON daily_reports (task_id, engineer_id, date)
  WHERE deleted = 0;
-- The daily-report list (30,000 rows in ten years) sorted by date without reading the rows and
-- their long text: covering, partial, "deleted" last so SQLite 3.15 treats it as covering.
CREATE INDEX daily_reports_live ON daily_reports
  (date, submitted_at, task_id, engineer_id, id, deleted) WHERE deleted = 0;
CREATE INDEX daily_reports_engineer ON daily_reports (engineer_id, date);

CREATE TABLE anomalies (
  id           TEXT PRIMARY KEY NOT NULL,
  created_at   TEXT NOT NULL,
  updated_at   INTEGER NOT NULL,
  updated_by   TEXT NOT NULL,
  deleted      INTEGER NOT NULL DEFAULT 0,
  task_id      TEXT NOT NULL,
  type         TEXT NOT NULL,   -- safety / complaint / commercial / technical / general
  occurred_at  TEXT NOT NULL,
  notified_at  TEXT,            -- notify_by and overdue are derived from type and these two
  reporter_id  TEXT,
  notified_ids TEXT,            -- who was told (JSON list of people)
  channels     TEXT,            -- how: phone / wechat / platform / daily_report (JSON list)
  description  TEXT,
  action       TEXT
);
CREATE INDEX anomalies_task ON anomalies (task_id);
-- Not yet notified: the deadlines panel looks only at these.
CREATE INDEX anomalies_unnotified ON anomalies (occurred_at, type, id, deleted)
  WHERE notified_at IS NULL AND deleted = 0;

-- QEF-10-01 派员服务报告, the 7 sections of §5.4.1.
CREATE TABLE service_reports (
  id                TEXT PRIMARY KEY NOT NULL,
  created_at        TEXT NOT NULL,
  updated_at        INTEGER NOT NULL,
  updated_by        TEXT NOT NULL,
  deleted           INTEGER NOT NULL DEFAULT 0,
  task_id           TEXT NOT NULL,
  satisfaction      INTEGER,      -- 1-10 (section 4)
  signed_at         TEXT,         -- on_time (derived): signed on or before the task's report_due
  signed_by_ids     TEXT,         -- the engineer(s) and Robert (JSON list)
  summary           TEXT,         -- 1 task summary: customer, time, place, people, objectives vs achieved
  site_situation    TEXT,         -- 2 the line today, problems found, customer feedback on site
  solutions         TEXT,         -- 3 what was solved on site, follow-ups
  customer_feedback TEXT,         -- 4 the customer's own words and further needs
  suggestions       TEXT,         -- 5 improvements: to us, to suppliers, to the customer
  knowhow_feedback  TEXT,         -- 6 new cases, problem patterns, solutions
  settlement        TEXT          -- 7 financial settlement notes (totals come from QEF-10-05)
);
CREATE INDEX service_reports_task ON service_reports (task_id);

-- QEF-10-03 客户派员满意度回访表 with the NPS question of SOP-15 §7.
CREATE TABLE callbacks (
  id                   TEXT PRIMARY KEY NOT NULL,
  created_at           TEXT NOT NULL,
  updated_at           INTEGER NOT NULL,
  updated_by           TEXT NOT NULL,
  deleted              INTEGER NOT NULL DEFAULT 0,
  task_id              TEXT NOT NULL,
  called_at            TEXT,
  caller_id            TEXT,
  satisfaction         INTEGER,   -- 1-10
  nps                  INTEGER,   -- 0-10
  improvement_due      TEXT,      -- a score below 7 opens an improvement plan, 90-day tracking
  improvement_done_on  TEXT,
  contact              TEXT,
  engineer_performance TEXT,
  further_needs        TEXT,
  suggestions          TEXT,
  improvement_plan     TEXT
);
CREATE INDEX callbacks_task ON callbacks (task_id);
-- Open improvement plans, for the 90-day follow-up.
CREATE INDEX callbacks_open_improvements ON callbacks (improvement_due, id, deleted)
  WHERE improvement_plan IS NOT NULL AND improvement_done_on IS NULL AND deleted = 0;

-- QEF-10-05 派员费用申报单; its lines are records of their own (expense_lines).
CREATE TABLE expense_claims (
  id             TEXT PRIMARY KEY NOT NULL,
  created_at     TEXT NOT NULL,
  updated_at     INTEGER NOT NULL,
  updated_by     TEXT NOT NULL,
  deleted        INTEGER NOT NULL DEFAULT 0,
  task_id        TEXT NOT NULL,
  claimant_id    TEXT NOT NULL,
  submitted_at   TEXT,
  declared_on    TEXT,            -- gifts / hospitality over RMB 200 declared to 王婧 (§5.3.1.3)
  declared_to_id TEXT,
  notes          TEXT
);
CREATE INDEX expense_claims_task ON expense_claims (task_id);

-- One row per claim line, a synced record like any other: lines are edited, merged and
-- tombstoned one by one, and totals over tens of thousands of lines are SQL sums of integers.
-- Written nested under their claim in the interchange format ("lines").
CREATE TABLE expense_lines (
  id              TEXT PRIMARY KEY NOT NULL,
  created_at      TEXT NOT NULL,
  updated_at      INTEGER NOT NULL,
  updated_by      TEXT NOT NULL,
  deleted         INTEGER NOT NULL DEFAULT 0,
  claim_id        TEXT NOT NULL,
  line_no         INTEGER NOT NULL,   -- order within the claim, from 1
  date            TEXT NOT NULL,
  category        TEXT NOT NULL,      -- transport / lodging / meals / hospitality / gift / other
  amount          INTEGER NOT NULL,   -- whole fen (1/100 RMB), never negative; "280.00" in JSON
  paid_by         TEXT NOT NULL,      -- company / customer
  receipt         INTEGER NOT NULL DEFAULT 0,
  daily_report_id TEXT,               -- the daily report that listed the expense
  description     TEXT
);
CREATE INDEX expense_lines_claim ON expense_lines (claim_id, line_no);
-- Claim totals and gift declarations read only this index: partial, covering, "deleted" last.
CREATE INDEX expense_lines_sums ON expense_lines (claim_id, paid_by, category, amount, deleted)
  WHERE deleted = 0;
CREATE INDEX expense_lines_daily_report ON expense_lines (daily_report_id)
  WHERE daily_report_id IS NOT NULL;

-- The know-how library (SOP-17 levels: L1 open, L2 internal, L3 restricted).
CREATE TABLE knowhow (
  id               TEXT PRIMARY KEY NOT NULL,
  created_at       TEXT NOT NULL,
  updated_at       INTEGER NOT NULL,
  updated_by       TEXT NOT NULL,
  deleted          INTEGER NOT NULL DEFAULT 0,
  title            TEXT NOT NULL,
  level            TEXT NOT NULL,
  task_ids         TEXT,            -- the tasks the entry came from or applies to (JSON list)
  source_report_id TEXT,            -- the service or daily report it was distilled from
  body             TEXT
);
CREATE INDEX knowhow_level ON knowhow (level);

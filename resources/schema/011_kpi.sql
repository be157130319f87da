-- Schema 11: the review stage of SOP-10 (§5.5 经验沉淀, §6, §7; SOP-15 §5, §7): when a dispatch
-- arrived on site and whether it was a proactive visit (the on-time and proactive KPIs), customer
-- complaints (QEF-15-05 客诉接收单), know-how incidents (SOP-17) and the signed monthly review.
-- Nothing to backfill: tasks entered before this schema have no recorded arrival and are not
-- proactive; the KPIs leave them out (no arrival) instead of guessing one.

ALTER TABLE tasks ADD COLUMN arrived_at TEXT;
ALTER TABLE tasks ADD COLUMN proactive INTEGER NOT NULL DEFAULT 0;
-- The on-time and proactive KPIs read arrivals of a period without reading every task.
CREATE INDEX tasks_arrived ON tasks (arrived_at, deleted) WHERE arrived_at IS NOT NULL;

-- QEF-15-05 客诉接收单 (SOP-08 / SOP-15 §10): first response due 4 h after receipt.
CREATE TABLE complaints (
  id                TEXT PRIMARY KEY NOT NULL,
  created_at        TEXT NOT NULL,
  updated_at        INTEGER NOT NULL,
  updated_by        TEXT NOT NULL,
  deleted           INTEGER NOT NULL DEFAULT 0,
  received_at       TEXT NOT NULL,
  customer_id       TEXT NOT NULL,
  task_id           TEXT,            -- the dispatch it concerns (complaint rate after service)
  severity          TEXT NOT NULL,   -- major / normal
  first_response_at TEXT,
  handled_by_id     TEXT,
  closed_on         TEXT,
  description       TEXT,
  solution          TEXT
);
CREATE INDEX complaints_received ON complaints (received_at, deleted);
CREATE INDEX complaints_customer ON complaints (customer_id);
CREATE INDEX complaints_task ON complaints (task_id) WHERE task_id IS NOT NULL;

-- Know-how 外泄事件 (SOP-17): the KPI is their number in a year (target 0).
CREATE TABLE knowhow_incidents (
  id             TEXT PRIMARY KEY NOT NULL,
  created_at     TEXT NOT NULL,
  updated_at     INTEGER NOT NULL,
  updated_by     TEXT NOT NULL,
  deleted        INTEGER NOT NULL DEFAULT 0,
  found_on       TEXT NOT NULL,
  task_id        TEXT,
  level          TEXT NOT NULL,   -- L1 / L2 / L3
  reported_by_id TEXT,
  closed_on      TEXT,
  description    TEXT,            -- what leaked and how
  actions        TEXT
);
CREATE INDEX knowhow_incidents_found ON knowhow_incidents (found_on, deleted);

-- 月度派员案例汇总 (§5.5): one per month; figures holds the KPI figures as JSON, written when the
-- review is signed so later edits of tasks do not change a signed review.
CREATE TABLE monthly_reviews (
  id         TEXT PRIMARY KEY NOT NULL,
  created_at TEXT NOT NULL,
  updated_at INTEGER NOT NULL,
  updated_by TEXT NOT NULL,
  deleted    INTEGER NOT NULL DEFAULT 0,
  month      TEXT NOT NULL,   -- YYYY-MM
  notes      TEXT,
  decisions  TEXT,
  figures    TEXT
);
CREATE INDEX monthly_reviews_month ON monthly_reviews (month);

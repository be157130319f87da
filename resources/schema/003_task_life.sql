-- Schema 3: the task life of SOP-10 §5.1-§5.2: tasks, approvals, mission briefs (QEF-10-01
-- 说明书), NDAs (QEF-10-04) and encrypted attachments. List-valued fields hold JSON arrays.

CREATE TABLE tasks (
  id                 TEXT PRIMARY KEY NOT NULL,
  created_at         TEXT NOT NULL,
  updated_at         INTEGER NOT NULL,
  updated_by         TEXT NOT NULL,
  deleted            INTEGER NOT NULL DEFAULT 0,
  number             TEXT,              -- LITH-FE-YYYY-NNNN; NULL while pending
  customer_id        TEXT NOT NULL,
  type               TEXT NOT NULL,
  priority           TEXT NOT NULL,
  state              TEXT NOT NULL,
  title              TEXT,
  site               TEXT,
  description        TEXT,
  requested_at       TEXT NOT NULL,
  registered_at      TEXT NOT NULL,
  necessity          TEXT,
  complexity         TEXT,
  planned_days       REAL,
  knowhow_risk       TEXT,
  safety_risk        TEXT,
  commercial_value   TEXT,
  remote_alternative TEXT,
  major_complaint    INTEGER NOT NULL DEFAULT 0,
  engineer_ids       TEXT,
  planned_start      TEXT,
  planned_end        TEXT,
  onsite_end         TEXT,
  cancel_reason      TEXT
);
-- Two tasks never share a number; pending (NULL) numbers do not collide.
CREATE UNIQUE INDEX tasks_number ON tasks (number) WHERE number IS NOT NULL;
CREATE INDEX tasks_customer ON tasks (customer_id);
CREATE INDEX tasks_state ON tasks (state);
-- Counting and listing live tasks without reading every row: a partial index that covers
-- "WHERE deleted = 0" (deleted last, so SQLite 3.15 treats it as covering).
CREATE INDEX tasks_live ON tasks (number, deleted) WHERE deleted = 0;

-- One row per approver decision (KC + Charles both decide on strategic dispatches).
CREATE TABLE approvals (
  id          TEXT PRIMARY KEY NOT NULL,
  created_at  TEXT NOT NULL,
  updated_at  INTEGER NOT NULL,
  updated_by  TEXT NOT NULL,
  deleted     INTEGER NOT NULL DEFAULT 0,
  task_id     TEXT NOT NULL,
  approver_id TEXT NOT NULL,
  decision    TEXT NOT NULL,   -- approve / reject
  level       TEXT NOT NULL,   -- the approval level required when the decision was made
  comment     TEXT,
  decided_at  TEXT NOT NULL
);
CREATE INDEX approvals_task ON approvals (task_id);

CREATE TABLE briefings (
  id                    TEXT PRIMARY KEY NOT NULL,
  created_at            TEXT NOT NULL,
  updated_at            INTEGER NOT NULL,
  updated_by            TEXT NOT NULL,
  deleted               INTEGER NOT NULL DEFAULT 0,
  task_id               TEXT NOT NULL,
  meeting_at            TEXT,
  departure_at          TEXT,
  attendee_ids          TEXT,
  background            TEXT,  -- agenda 1: customer background and transaction history
  objectives            TEXT,  -- agenda 2: measurable objectives
  schedule              TEXT,  -- agenda 3: schedule and itinerary
  knowhow_boundary      TEXT,  -- agenda 4: notes beyond the five standard rows
  knowhow_boundary_ack  INTEGER NOT NULL DEFAULT 0,
  safety_notes          TEXT,  -- agenda 5: safety risk and PPE
  emergency_contacts    TEXT,  -- agenda 6
  special_requirements  TEXT,  -- agenda 7: dress, gift customs, diet
  qa_notes              TEXT,  -- agenda 8
  arrival               TEXT,  -- pre-trip (§5.2.8): arrival time, place, host
  site_conditions       TEXT,  -- PPE / entry procedure / safety training at the site
  pretrip_confirmed     TEXT,  -- JSON list of confirmed checklist items
  pack_read_at          TEXT   -- when the engineer read the briefing pack (§5.2.6)
);
CREATE INDEX briefings_task ON briefings (task_id);

CREATE TABLE ndas (
  id               TEXT PRIMARY KEY NOT NULL,
  created_at       TEXT NOT NULL,
  updated_at       INTEGER NOT NULL,
  updated_by       TEXT NOT NULL,
  deleted          INTEGER NOT NULL DEFAULT 0,
  counterparty_id  TEXT NOT NULL,  -- a customer or a person (consultant)
  scope            TEXT NOT NULL,
  template_version TEXT NOT NULL,
  signed_on        TEXT,
  custodian_id     TEXT,
  attachment_id    TEXT,
  notes            TEXT
);
CREATE INDEX ndas_counterparty ON ndas (counterparty_id);

-- Scanned copies and other files, inside the encrypted database. Written once.
CREATE TABLE attachments (
  id         TEXT PRIMARY KEY NOT NULL,
  created_at TEXT NOT NULL,
  updated_at INTEGER NOT NULL,
  updated_by TEXT NOT NULL,
  deleted    INTEGER NOT NULL DEFAULT 0,
  file_name  TEXT NOT NULL,
  mime_type  TEXT,
  sha256     TEXT NOT NULL,
  size       INTEGER NOT NULL,
  data       BLOB NOT NULL
);

-- Public holidays and make-up working days (调休) for working-day deadlines; synced so every
-- device computes the same due dates.
CREATE TABLE holidays (
  id         TEXT PRIMARY KEY NOT NULL,
  created_at TEXT NOT NULL,
  updated_at INTEGER NOT NULL,
  updated_by TEXT NOT NULL,
  deleted    INTEGER NOT NULL DEFAULT 0,
  date       TEXT NOT NULL,
  kind       TEXT NOT NULL,   -- holiday / workday
  name       TEXT
);
CREATE INDEX holidays_date ON holidays (date);

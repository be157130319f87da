-- Schema 1: what every Field Desk database has before any record kind exists.

-- Local settings of this database (device id, HLC high-water mark, audit head). Never synced.
CREATE TABLE meta (
  key   TEXT PRIMARY KEY NOT NULL,
  value TEXT
);

-- Append-only audit trail; each entry chains the previous one's SHA-256.
CREATE TABLE audit_log (
  seq          INTEGER PRIMARY KEY,
  at           TEXT NOT NULL,
  actor        TEXT NOT NULL,
  device       TEXT NOT NULL,
  action       TEXT NOT NULL,
  record_table TEXT,
  record_id    TEXT,
  detail       TEXT,
  prev_hash    TEXT NOT NULL,
  hash         TEXT NOT NULL
);
CREATE INDEX audit_log_record ON audit_log (record_id);

-- Every local field edit, written in the same transaction as the edit: the sync outbox.
-- value has no declared type so SQLite keeps the value's own type.
CREATE TABLE change_log (
  seq          INTEGER PRIMARY KEY AUTOINCREMENT,
  record_table TEXT NOT NULL,
  record_id    TEXT NOT NULL,
  field        TEXT NOT NULL,
  value,
  base_hlc     INTEGER NOT NULL,
  base_device  TEXT NOT NULL,
  hlc          INTEGER NOT NULL,
  device       TEXT NOT NULL,
  bundle_seq   INTEGER
);
CREATE INDEX change_log_outbox ON change_log (bundle_seq, seq);

-- The version (HLC, device) that each field's current value carries, local or merged.
CREATE TABLE field_versions (
  record_table TEXT NOT NULL,
  record_id    TEXT NOT NULL,
  field        TEXT NOT NULL,
  hlc          INTEGER NOT NULL,
  device       TEXT NOT NULL,
  PRIMARY KEY (record_table, record_id, field)
) WITHOUT ROWID;

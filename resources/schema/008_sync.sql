-- Schema 8: sync through a shared folder (architecture.md "Sync through a shared folder").
-- All of it is this device's own bookkeeping: none of these tables is synced.

-- The version vector: the last bundle applied from every other device and its SHA-256 (the
-- next bundle of that device must name it as its predecessor, otherwise it is a fork).
CREATE TABLE sync_peers (
  device     TEXT PRIMARY KEY NOT NULL,
  last_seq   INTEGER NOT NULL,
  last_hash  TEXT NOT NULL,
  applied_at TEXT
);

-- This device's own bundles, built here first: a retry after a crash publishes the same
-- bytes. data is dropped once the bundle is on the share.
CREATE TABLE sync_outbox (
  seq          INTEGER PRIMARY KEY,
  sha256       TEXT NOT NULL,
  hlc_min      INTEGER NOT NULL,
  hlc_max      INTEGER NOT NULL,
  changes      INTEGER NOT NULL,
  data         BLOB,
  published_at TEXT
);

-- Every version received from other devices (the local ones are in change_log): the merge
-- picks a field's winner among them, and conflicts are read from them, so the result does not
-- depend on the order bundles arrive in.
CREATE TABLE sync_changes (
  record_table TEXT NOT NULL,
  record_id    TEXT NOT NULL,
  field        TEXT NOT NULL,
  value,
  base_hlc     INTEGER NOT NULL,
  base_device  TEXT NOT NULL,
  hlc          INTEGER NOT NULL,
  device       TEXT NOT NULL,
  PRIMARY KEY (record_table, record_id, field, hlc, device)
) WITHOUT ROWID;
CREATE INDEX sync_changes_base ON sync_changes (record_table, record_id, field, base_hlc,
                                                base_device);
CREATE INDEX change_log_field ON change_log (record_table, record_id, field, hlc);
CREATE INDEX change_log_base ON change_log (record_table, record_id, field, base_hlc, base_device);

-- Conflicts kept for a person to settle. kind: concurrent (two edits of one field from the same
-- base), delete (an edit concurrent with a delete), unique (two records that must not both
-- exist, e.g. one daily report per engineer and day), locked (a change after the record was
-- signed; rejected). The id is derived from the losing version, so every device names a
-- conflict alike. A conflict is settled once the field has a version newer than both sides.
CREATE TABLE sync_conflicts (
  id           TEXT PRIMARY KEY NOT NULL,
  kind         TEXT NOT NULL,
  record_table TEXT NOT NULL,
  record_id    TEXT NOT NULL,
  field        TEXT NOT NULL,
  kept,
  kept_hlc     INTEGER NOT NULL,
  kept_device  TEXT NOT NULL,
  other,
  other_hlc    INTEGER NOT NULL,
  other_device TEXT NOT NULL,
  base_hlc     INTEGER NOT NULL,
  base_device  TEXT NOT NULL
);
CREATE INDEX sync_conflicts_record ON sync_conflicts (record_table, record_id, field);

-- Bundles refused as a whole (unreadable, foreign, forked), each with the reason. The owner's
-- file on the share is never touched; it is skipped until its content changes.
CREATE TABLE sync_quarantine (
  device    TEXT NOT NULL,
  file_name TEXT NOT NULL,
  sha256    TEXT NOT NULL,
  reason    TEXT NOT NULL,
  at        TEXT NOT NULL,
  PRIMARY KEY (device, file_name, sha256)
);

-- Attachments of a team travel as blobs on the share (SyncBlobs): blob is the blob's name,
-- HMAC-SHA256(team key, content). Bundles carry an empty data value; a device fetches the
-- content when it is first opened and keeps it in data (a local copy, not a change).
ALTER TABLE attachments ADD COLUMN blob TEXT;

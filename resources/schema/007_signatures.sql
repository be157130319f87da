-- Schema 7: signatures, locks and revisions (SOP-10 §9; architecture.md "Signed records",
-- "Printing"). The paper copy is the archive of record, so a signed form never changes:
-- signing appends a lock carrying the SHA-256 of the signed content (RecordFingerprint). A
-- correction is a new record of the same kind that names the one it replaces in
-- record_revisions; both stay and both print, the old one marked superseded.
-- All three are synced records (record columns, tombstones) written through RecordStore.

-- One captured signature in a form's signature block.
-- strokes: vector strokes as JSON {"width": W, "height": H, "strokes": [[x0,y0,x1,y1,...], ...]}
-- in the pad's own units (origin top-left), so the print scales them into the block.
CREATE TABLE signatures (
  id           TEXT PRIMARY KEY NOT NULL,
  created_at   TEXT NOT NULL,
  updated_at   INTEGER NOT NULL,
  updated_by   TEXT NOT NULL,
  deleted      INTEGER NOT NULL DEFAULT 0,
  record_table TEXT NOT NULL,
  record_id    TEXT NOT NULL,
  role         TEXT NOT NULL,  -- engineer / cto / customer / caller / claimant / custodian
  signer_id    TEXT,           -- people.id; NULL for the customer's representative
  signer_name  TEXT NOT NULL,
  strokes      TEXT NOT NULL,
  signed_at    TEXT NOT NULL
);
CREATE INDEX signatures_record ON signatures (record_id);

-- Locks a record at one revision. Not UNIQUE on record_id: two offline devices may both lock
-- a record; the earliest lock (by locked_at, then id) is the one that counts.
CREATE TABLE record_locks (
  id           TEXT PRIMARY KEY NOT NULL,
  created_at   TEXT NOT NULL,
  updated_at   INTEGER NOT NULL,
  updated_by   TEXT NOT NULL,
  deleted      INTEGER NOT NULL DEFAULT 0,
  record_table TEXT NOT NULL,
  record_id    TEXT NOT NULL,
  revision     INTEGER NOT NULL,
  content_hash TEXT NOT NULL,  -- hex SHA-256 of RecordFingerprint::canonicalContent
  locked_at    TEXT NOT NULL,
  locked_by_id TEXT            -- people.id of the person who signed last
);
CREATE INDEX record_locks_record ON record_locks (record_id);

-- A correction: record_id replaces previous_id. A record without a row here is revision 1.
CREATE TABLE record_revisions (
  id           TEXT PRIMARY KEY NOT NULL,
  created_at   TEXT NOT NULL,
  updated_at   INTEGER NOT NULL,
  updated_by   TEXT NOT NULL,
  deleted      INTEGER NOT NULL DEFAULT 0,
  record_table TEXT NOT NULL,
  record_id    TEXT NOT NULL,
  previous_id  TEXT NOT NULL,
  revision     INTEGER NOT NULL,
  reason       TEXT NOT NULL
);
CREATE INDEX record_revisions_record ON record_revisions (record_id);
CREATE INDEX record_revisions_previous ON record_revisions (previous_id);

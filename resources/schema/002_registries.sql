-- Schema 2: the customer and people registries (SOP-15 §8.1, SOP-10 §4.2, §11).
-- Every synced table carries the record columns id, created_at, updated_at (HLC),
-- updated_by (device) and deleted (tombstone). List-valued fields hold JSON arrays.

CREATE TABLE customers (
  id             TEXT PRIMARY KEY NOT NULL,
  created_at     TEXT NOT NULL,
  updated_at     INTEGER NOT NULL,
  updated_by     TEXT NOT NULL,
  deleted        INTEGER NOT NULL DEFAULT 0,
  name           TEXT NOT NULL,
  short_name     TEXT,
  tier           TEXT NOT NULL,
  kind           TEXT NOT NULL,
  first_order_on TEXT,
  industry       TEXT,
  region         TEXT,
  address        TEXT,
  contacts       TEXT,
  notes          TEXT
);
CREATE INDEX customers_name ON customers (name);

CREATE TABLE people (
  id                TEXT PRIMARY KEY NOT NULL,
  created_at        TEXT NOT NULL,
  updated_at        INTEGER NOT NULL,
  updated_by        TEXT NOT NULL,
  deleted           INTEGER NOT NULL DEFAULT 0,
  name              TEXT NOT NULL,
  roles             TEXT NOT NULL,
  phone             TEXT,
  email             TEXT,
  certified_on      TEXT,
  refresher_on      TEXT,
  nda_id            TEXT,
  non_compete       INTEGER NOT NULL DEFAULT 0,
  assessment_passed INTEGER NOT NULL DEFAULT 0,
  left_on           TEXT,
  notes             TEXT
);
CREATE INDEX people_name ON people (name);

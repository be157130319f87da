-- Schema 15: the change log, the field versions and the versions received stored compactly. Every field edit wrote
-- the record's table, its 36-character id, the field name and two device ids as text into
-- change_log, field_versions and two indexes repeating the same text: ten years of records
-- made the database twelve times its interchange file (and a desk joining from a snapshot
-- copies the whole log into sync_changes). The rows now name records, fields and devices by
-- small integer keys; change_log, field_versions and sync_changes stay as views with the same
-- columns, so readers (sync, conflicts, tests) see what they saw before. Nothing is dropped:
-- every version, with its value, base and bundle mark, is copied.

-- A record (table, id) named once; change_rows and version_rows refer to it by key.
CREATE TABLE record_keys (
  id           INTEGER PRIMARY KEY,
  record_table TEXT NOT NULL,
  record_id    TEXT NOT NULL,
  UNIQUE (record_table, record_id)
);

-- Field names and device ids named once. Device key 0 is '' (a first version has no base).
CREATE TABLE sync_fields (
  id    INTEGER PRIMARY KEY,
  field TEXT NOT NULL UNIQUE
);
CREATE TABLE sync_devices (
  id     INTEGER PRIMARY KEY,
  device TEXT NOT NULL UNIQUE
);
INSERT INTO sync_devices (id, device) VALUES (0, '');

INSERT INTO record_keys (record_table, record_id)
  SELECT record_table, record_id FROM field_versions
  UNION SELECT record_table, record_id FROM change_log
  UNION SELECT record_table, record_id FROM sync_changes;
INSERT INTO sync_fields (field)
  SELECT field FROM field_versions UNION SELECT field FROM change_log
  UNION SELECT field FROM sync_changes;
INSERT INTO sync_devices (device)
  SELECT device FROM field_versions WHERE device <> ''
  UNION SELECT device FROM change_log WHERE device <> ''
  UNION SELECT base_device FROM change_log WHERE base_device <> ''
  UNION SELECT device FROM sync_changes WHERE device <> ''
  UNION SELECT base_device FROM sync_changes WHERE base_device <> '';

-- Every local field edit (the sync outbox), as change_log was: seq keeps its numbers.
CREATE TABLE change_rows (
  seq             INTEGER PRIMARY KEY AUTOINCREMENT,
  record_key      INTEGER NOT NULL,
  field_key       INTEGER NOT NULL,
  value,
  base_hlc        INTEGER NOT NULL,
  base_device_key INTEGER NOT NULL,
  hlc             INTEGER NOT NULL,
  device_key      INTEGER NOT NULL,
  bundle_seq      INTEGER
);
INSERT INTO change_rows (seq, record_key, field_key, value, base_hlc, base_device_key, hlc,
                         device_key, bundle_seq)
  SELECT c.seq, k.id, f.id, c.value, c.base_hlc, b.id, c.hlc, d.id, c.bundle_seq
  FROM change_log c
  JOIN record_keys k ON k.record_table = c.record_table AND k.record_id = c.record_id
  JOIN sync_fields f ON f.field = c.field
  JOIN sync_devices b ON b.device = c.base_device
  JOIN sync_devices d ON d.device = c.device
  ORDER BY c.seq;
-- A record's versions (a record has a few dozen: the merge and the conflict list read them
-- all); the outbox holds only what is not in a bundle yet.
CREATE INDEX change_rows_record ON change_rows (record_key);
CREATE INDEX change_rows_outbox ON change_rows (seq) WHERE bundle_seq IS NULL;

-- The version (HLC, device) each field's current value carries, as field_versions was.
CREATE TABLE version_rows (
  record_key INTEGER NOT NULL,
  field_key  INTEGER NOT NULL,
  hlc        INTEGER NOT NULL,
  device_key INTEGER NOT NULL,
  PRIMARY KEY (record_key, field_key)
) WITHOUT ROWID;
INSERT INTO version_rows (record_key, field_key, hlc, device_key)
  SELECT k.id, f.id, v.hlc, d.id
  FROM field_versions v
  JOIN record_keys k ON k.record_table = v.record_table AND k.record_id = v.record_id
  JOIN sync_fields f ON f.field = v.field
  JOIN sync_devices d ON d.device = v.device;

-- Every version received from other devices, as sync_changes was.
CREATE TABLE received_rows (
  record_key      INTEGER NOT NULL,
  field_key       INTEGER NOT NULL,
  value,
  base_hlc        INTEGER NOT NULL,
  base_device_key INTEGER NOT NULL,
  hlc             INTEGER NOT NULL,
  device_key      INTEGER NOT NULL,
  PRIMARY KEY (record_key, field_key, hlc, device_key)
) WITHOUT ROWID;
INSERT INTO received_rows (record_key, field_key, value, base_hlc, base_device_key, hlc,
                           device_key)
  SELECT k.id, f.id, s.value, s.base_hlc, b.id, s.hlc, d.id
  FROM sync_changes s
  JOIN record_keys k ON k.record_table = s.record_table AND k.record_id = s.record_id
  JOIN sync_fields f ON f.field = s.field
  JOIN sync_devices b ON b.device = s.base_device
  JOIN sync_devices d ON d.device = s.device;

DROP TABLE change_log;
DROP TABLE field_versions;
DROP TABLE sync_changes;

CREATE VIEW change_log AS
  SELECT c.seq AS seq, k.record_table AS record_table, k.record_id AS record_id,
         f.field AS field, c.value AS value, c.base_hlc AS base_hlc, b.device AS base_device,
         c.hlc AS hlc, d.device AS device, c.bundle_seq AS bundle_seq
  FROM change_rows c
  JOIN record_keys k ON k.id = c.record_key
  JOIN sync_fields f ON f.id = c.field_key
  JOIN sync_devices b ON b.id = c.base_device_key
  JOIN sync_devices d ON d.id = c.device_key;

CREATE VIEW field_versions AS
  SELECT k.record_table AS record_table, k.record_id AS record_id, f.field AS field,
         v.hlc AS hlc, d.device AS device
  FROM version_rows v
  JOIN record_keys k ON k.id = v.record_key
  JOIN sync_fields f ON f.id = v.field_key
  JOIN sync_devices d ON d.id = v.device_key;

CREATE VIEW sync_changes AS
  SELECT k.record_table AS record_table, k.record_id AS record_id, f.field AS field,
         r.value AS value, r.base_hlc AS base_hlc, b.device AS base_device, r.hlc AS hlc,
         d.device AS device
  FROM received_rows r
  JOIN record_keys k ON k.id = r.record_key
  JOIN sync_fields f ON f.id = r.field_key
  JOIN sync_devices b ON b.id = r.base_device_key
  JOIN sync_devices d ON d.id = r.device_key;

-- Writes through the views. The names are added with INSERT ... WHERE NOT EXISTS rather than
-- INSERT OR IGNORE: an outer INSERT OR REPLACE would turn an OR IGNORE here into a REPLACE
-- that gives an existing name a new key.
CREATE TRIGGER change_log_insert INSTEAD OF INSERT ON change_log
BEGIN
  INSERT INTO record_keys (record_table, record_id)
    SELECT NEW.record_table, NEW.record_id WHERE NOT EXISTS
      (SELECT 1 FROM record_keys WHERE record_table = NEW.record_table
                                   AND record_id = NEW.record_id);
  INSERT INTO sync_fields (field)
    SELECT NEW.field WHERE NOT EXISTS (SELECT 1 FROM sync_fields WHERE field = NEW.field);
  INSERT INTO sync_devices (device)
    SELECT NEW.device WHERE NOT EXISTS (SELECT 1 FROM sync_devices WHERE device = NEW.device);
  INSERT INTO sync_devices (device)
    SELECT NEW.base_device WHERE NOT EXISTS
      (SELECT 1 FROM sync_devices WHERE device = NEW.base_device);
  INSERT INTO change_rows (seq, record_key, field_key, value, base_hlc, base_device_key, hlc,
                           device_key, bundle_seq)
    VALUES (NEW.seq,
            (SELECT id FROM record_keys WHERE record_table = NEW.record_table
                                          AND record_id = NEW.record_id),
            (SELECT id FROM sync_fields WHERE field = NEW.field), NEW.value, NEW.base_hlc,
            (SELECT id FROM sync_devices WHERE device = NEW.base_device), NEW.hlc,
            (SELECT id FROM sync_devices WHERE device = NEW.device), NEW.bundle_seq);
END;

CREATE TRIGGER change_log_update INSTEAD OF UPDATE ON change_log
BEGIN
  UPDATE change_rows SET bundle_seq = NEW.bundle_seq, value = NEW.value WHERE seq = OLD.seq;
END;

CREATE TRIGGER change_log_delete INSTEAD OF DELETE ON change_log
BEGIN
  DELETE FROM change_rows WHERE seq = OLD.seq;
END;

CREATE TRIGGER field_versions_insert INSTEAD OF INSERT ON field_versions
BEGIN
  INSERT INTO record_keys (record_table, record_id)
    SELECT NEW.record_table, NEW.record_id WHERE NOT EXISTS
      (SELECT 1 FROM record_keys WHERE record_table = NEW.record_table
                                   AND record_id = NEW.record_id);
  INSERT INTO sync_fields (field)
    SELECT NEW.field WHERE NOT EXISTS (SELECT 1 FROM sync_fields WHERE field = NEW.field);
  INSERT INTO sync_devices (device)
    SELECT NEW.device WHERE NOT EXISTS (SELECT 1 FROM sync_devices WHERE device = NEW.device);
  -- field_versions holds one version per field: a new one replaces the old.
  INSERT OR REPLACE INTO version_rows (record_key, field_key, hlc, device_key)
    VALUES ((SELECT id FROM record_keys WHERE record_table = NEW.record_table
                                          AND record_id = NEW.record_id),
            (SELECT id FROM sync_fields WHERE field = NEW.field), NEW.hlc,
            (SELECT id FROM sync_devices WHERE device = NEW.device));
END;

CREATE TRIGGER field_versions_delete INSTEAD OF DELETE ON field_versions
BEGIN
  DELETE FROM version_rows
    WHERE record_key = (SELECT id FROM record_keys WHERE record_table = OLD.record_table
                                                     AND record_id = OLD.record_id)
      AND field_key = (SELECT id FROM sync_fields WHERE field = OLD.field);
END;

CREATE TRIGGER sync_changes_insert INSTEAD OF INSERT ON sync_changes
BEGIN
  INSERT INTO record_keys (record_table, record_id)
    SELECT NEW.record_table, NEW.record_id WHERE NOT EXISTS
      (SELECT 1 FROM record_keys WHERE record_table = NEW.record_table
                                   AND record_id = NEW.record_id);
  INSERT INTO sync_fields (field)
    SELECT NEW.field WHERE NOT EXISTS (SELECT 1 FROM sync_fields WHERE field = NEW.field);
  INSERT INTO sync_devices (device)
    SELECT NEW.device WHERE NOT EXISTS (SELECT 1 FROM sync_devices WHERE device = NEW.device);
  INSERT INTO sync_devices (device)
    SELECT NEW.base_device WHERE NOT EXISTS
      (SELECT 1 FROM sync_devices WHERE device = NEW.base_device);
  -- A version already received is the same version: the first copy stays (as OR IGNORE did).
  INSERT OR IGNORE INTO received_rows (record_key, field_key, value, base_hlc, base_device_key,
                                       hlc, device_key)
    VALUES ((SELECT id FROM record_keys WHERE record_table = NEW.record_table
                                          AND record_id = NEW.record_id),
            (SELECT id FROM sync_fields WHERE field = NEW.field), NEW.value, NEW.base_hlc,
            (SELECT id FROM sync_devices WHERE device = NEW.base_device), NEW.hlc,
            (SELECT id FROM sync_devices WHERE device = NEW.device));
END;

-- A value rewritten in place (the versions' values keep their meaning: what the field held).
CREATE TRIGGER sync_changes_update INSTEAD OF UPDATE ON sync_changes
BEGIN
  UPDATE received_rows SET value = NEW.value
    WHERE record_key = (SELECT id FROM record_keys WHERE record_table = OLD.record_table
                                                     AND record_id = OLD.record_id)
      AND field_key = (SELECT id FROM sync_fields WHERE field = OLD.field)
      AND hlc = OLD.hlc
      AND device_key = (SELECT id FROM sync_devices WHERE device = OLD.device);
END;

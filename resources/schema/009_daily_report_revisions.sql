-- Schema 9: a signed daily report can be corrected (SOP-10 §9; product.md "The forms").
-- A correction is a new daily report of the same engineer, task and day, so the one-per-day key
-- of schema 6 must tell the revisions of one report apart: revision_of names the report a
-- correction replaces (the same link record_revisions keeps, carried on the row so the unique
-- index can use it). An original has none. Two originals of one day still clash, and so do two
-- corrections of the same revision (made offline on two desks: sync keeps the first).
-- No backfill: before this schema no daily report could be corrected.

ALTER TABLE daily_reports ADD COLUMN revision_of TEXT;

DROP INDEX daily_reports_one_per_day;
CREATE UNIQUE INDEX daily_reports_one_per_day
  ON daily_reports (task_id, engineer_id, date, ifnull(revision_of, ''))
  WHERE deleted = 0;
-- "Is this report superseded?": the lists and rules ask it of every report they read.
CREATE INDEX daily_reports_revision ON daily_reports (revision_of) WHERE revision_of IS NOT NULL;

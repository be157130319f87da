-- Schema 16: the daily-report list reads "support asked from" too, so the index made for it
-- (schema 6) no longer covered the list: each of 30,000 rows was then fetched from the table,
-- page by page decrypted, long text and all. The same index with that column covers it again.
DROP INDEX daily_reports_live;
CREATE INDEX daily_reports_live ON daily_reports
  (date, submitted_at, task_id, engineer_id, support_from_ids, id, deleted) WHERE deleted = 0;

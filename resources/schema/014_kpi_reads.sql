-- Schema 14: the KPIs read a few short columns of every task, service report and call-back.
-- Read from the tables, each row's long text (summaries, findings, feedback) comes along: a
-- report's later columns sit behind its overflow pages, which are read and decrypted to reach
-- them. These covering indexes hold just what KpiEngine reads, so a month's figures on ten
-- years of records read the indexes alone.
CREATE INDEX kpi_tasks ON tasks (deleted, id, customer_id, type, priority, requested_at,
                                 planned_start, arrived_at, onsite_end, proactive);
CREATE INDEX kpi_service_reports ON service_reports (deleted, task_id, signed_at);
CREATE INDEX kpi_callbacks ON callbacks (deleted, id, task_id, called_at, satisfaction, nps);

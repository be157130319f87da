-- Placeholder on branch keys: numbers 010-013 belong to other branches; delete this file when
-- merging (the migrator needs consecutive numbers).
SELECT 1;

-- Schema 10: a new database starts with its (empty) full-text index marked current.
--
-- SearchIndex rebuilds the index when it has not seen the database's last write or was built
-- by another layout version. Its write hook records every write it indexes, but the version was
-- only ever recorded by a rebuild, so a database filled by one big import rebuilt its whole
-- index at the first search (seconds on ten years of records). A database that has never been
-- written has nothing to index: its index is current at version 2 (SearchIndex::Version), and
-- the write hook keeps it current from the first record on. Older databases keep their state.
INSERT INTO meta (key, value)
SELECT 'search_index_version', '2'
WHERE NOT EXISTS (SELECT 1 FROM meta WHERE key IN ('hlc_last', 'search_index_version'));

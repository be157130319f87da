-- Schema 5: full-text search over the records (SOP-10 §5.2.6 briefing pack: past tasks and
-- briefs now; know-how, daily and service reports as they are declared). Maintained by
-- app/SearchIndex inside the write's own transaction (RecordStore write hook); derived data,
-- local to this database and never synced. Lives in the encrypted file like everything else.
--
-- SQLite 3.15's FTS4 tokenizers do not segment Chinese, so the indexed columns hold terms
-- prepared by SearchText: overlapping character bigrams (plus the run's last character) for
-- CJK text, whole case-folded words for Latin letters and digits, separated by spaces. The
-- "simple" tokenizer then only splits at the spaces.

-- One row per indexed record; docid is the rowid of the matching search_index row.
CREATE TABLE search_docs (
  docid        INTEGER PRIMARY KEY,
  record_table TEXT NOT NULL,
  record_id    TEXT NOT NULL,
  title        TEXT NOT NULL,   -- what names the hit (a brief: its task's number and subject)
  digest       TEXT NOT NULL    -- hash of the indexed text: unchanged text is not re-indexed
);
CREATE UNIQUE INDEX search_docs_record ON search_docs (record_table, record_id);

CREATE VIRTUAL TABLE search_index USING fts4(title, body, tokenize=simple);

-- Records written before this step are indexed on first use (SearchIndex::ensureCurrent).
DELETE FROM meta WHERE key IN ('search_index_version', 'search_index_hlc');

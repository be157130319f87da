-- Schema 13: the other signed acts carry their maker's personal-key signature, like a
-- signature does (architecture.md "People and keys"): a lock is signed by the person whose
-- signature locked it, an approval by the approver, a correction by the person who made it.
-- proof is the Ed25519 signature (base64) by key_id over what the row states (KeyProofs);
-- NULL for rows made before the person had a key. Import and sync check it against the
-- maker's confirmed key and refuse or reject a row that does not verify.
ALTER TABLE record_locks ADD COLUMN key_id TEXT;
ALTER TABLE record_locks ADD COLUMN proof TEXT;

ALTER TABLE approvals ADD COLUMN key_id TEXT;
ALTER TABLE approvals ADD COLUMN proof TEXT;

-- Who made the correction and when (China time, ISO 8601): what the proof signs.
ALTER TABLE record_revisions ADD COLUMN made_by_id TEXT;
ALTER TABLE record_revisions ADD COLUMN made_at TEXT;
ALTER TABLE record_revisions ADD COLUMN key_id TEXT;
ALTER TABLE record_revisions ADD COLUMN proof TEXT;

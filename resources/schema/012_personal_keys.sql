-- Schema 12: personal keys (product.md "People, keys and who may read what"; architecture.md
-- "People and keys"). A person's public keys travel as enrolments; an enrolment counts once an
-- administrator whose own key is trusted has confirmed it (the team's first administrator
-- confirms their own key: the trust root, whose key id is meta 'trust_root' and is printed on
-- the recovery sheet). Both tables are append-only synced records, every row self-proving
-- (signatures checked whenever a key is looked up), so a key cannot be changed by a field edit
-- from a form, an import or a bundle.

-- One enrolment: the person's Ed25519 signing key and X25519 sealing key (base64 of the raw
-- 32 bytes). proof is the Ed25519 signature of the enrolment by the key itself.
CREATE TABLE person_keys (
  id           TEXT PRIMARY KEY NOT NULL,
  created_at   TEXT NOT NULL,
  updated_at   INTEGER NOT NULL,
  updated_by   TEXT NOT NULL,
  deleted      INTEGER NOT NULL DEFAULT 0,
  person_id    TEXT NOT NULL,
  key_id       TEXT NOT NULL,  -- hex of the first 16 bytes of SHA-256 of sign_key
  sign_key     TEXT NOT NULL,
  seal_key     TEXT NOT NULL,
  enrolled_at  TEXT NOT NULL,
  proof        TEXT NOT NULL
);
CREATE INDEX person_keys_person ON person_keys (person_id);
CREATE INDEX person_keys_key ON person_keys (key_id);

-- An administrator's confirmation of an enrolment: the Ed25519 signature by the
-- administrator's key over the enrolment and confirmed_at.
CREATE TABLE key_confirmations (
  id               TEXT PRIMARY KEY NOT NULL,
  created_at       TEXT NOT NULL,
  updated_at       INTEGER NOT NULL,
  updated_by       TEXT NOT NULL,
  deleted          INTEGER NOT NULL DEFAULT 0,
  key_id           TEXT NOT NULL,
  person_id        TEXT NOT NULL,
  confirmed_by_id  TEXT NOT NULL,
  confirmed_by_key TEXT NOT NULL,
  confirmed_at     TEXT NOT NULL,
  signature        TEXT NOT NULL
);
CREATE INDEX key_confirmations_key ON key_confirmations (key_id);

-- The private halves of the keys made at this desk, wrapped (AES-256-GCM) under a key derived
-- from the person's PIN. Local only: no record columns, never synced or exported.
CREATE TABLE desk_keys (
  key_id      TEXT PRIMARY KEY NOT NULL,
  person_id   TEXT NOT NULL,
  kdf         TEXT NOT NULL,     -- 'pbkdf2-sha256'
  iterations  INTEGER NOT NULL,
  salt        TEXT NOT NULL,     -- base64
  wrapped     TEXT NOT NULL,     -- base64 of iv | ciphertext | tag
  created_at  TEXT NOT NULL
);
CREATE INDEX desk_keys_person ON desk_keys (person_id);

-- A signature names the key that made it and carries the Ed25519 signature over the record
-- id, revision, content hash, signer id, role and time (RecordSigning::signedMessage).
-- NULL in a signature made before personal keys (and for a customer's representative).
ALTER TABLE signatures ADD COLUMN key_id TEXT;
ALTER TABLE signatures ADD COLUMN revision INTEGER;
ALTER TABLE signatures ADD COLUMN content_hash TEXT;
ALTER TABLE signatures ADD COLUMN proof TEXT;

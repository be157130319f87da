-- Schema 4: the SOP-10 §11 training each person has completed, as a JSON list of course keys
-- (sop_reading, nda_secrets, knowhow_blackbox, site_safety_ppe, hcm_03_01, emergency_hf,
-- site_communication; 4 h each, 28 h for the field-service certification).
ALTER TABLE people ADD COLUMN training TEXT NOT NULL DEFAULT '[]';

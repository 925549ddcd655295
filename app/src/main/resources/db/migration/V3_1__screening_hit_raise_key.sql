-- One hit per record, list entry and contents, even when two screenings of the same record run at once (a list
-- import's background re-screening and a registration, say). Rows raised before this column existed keep NULL,
-- which a unique index does not compare, so nothing stored is rewritten.
ALTER TABLE screening_hits ADD COLUMN raise_key VARCHAR(64);
CREATE UNIQUE INDEX screening_hits_raise_key ON screening_hits (raise_key);

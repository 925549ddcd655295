-- The payment store in segments (issue 6, the H2 load target): payments are no longer one row each
-- but column-encoded segments of up to 4096 payments of one batch (see docs/modules/finance-payments.md).
-- Headers are narrow rows the engines scan quickly; the encoded bytes live in their own table.
-- kind: D = data (the payments, ids ascending), P = payer postings, Q = payee postings, A = accounts
-- ((account id, payment id) pairs sorted by account; min/max_account bound them), F = reference
-- fingerprints ((fingerprint, payment id) sorted by fingerprint; min/max_account hold their range).
CREATE TABLE fin_payment_segment (
    id           BIGINT  NOT NULL PRIMARY KEY,
    batch_id     BIGINT  NOT NULL,
    kind         CHAR(1) NOT NULL,
    rows_total   INT     NOT NULL,
    rows_live    INT     NOT NULL,
    min_id       BIGINT  NOT NULL,
    max_id       BIGINT  NOT NULL,
    min_paid_at  TIMESTAMP WITH TIME ZONE,
    max_paid_at  TIMESTAMP WITH TIME ZONE,
    min_account  BIGINT  NOT NULL,
    max_account  BIGINT  NOT NULL
);
CREATE INDEX fin_payment_segment_batch ON fin_payment_segment (batch_id);
CREATE INDEX fin_payment_segment_account ON fin_payment_segment (kind, min_account);

CREATE TABLE fin_payment_segment_data (
    segment_id  BIGINT NOT NULL PRIMARY KEY,
    payload     BYTEA  NOT NULL
);

-- Reference idempotency: 64 bits of SHA-256 of each reference, kept per chunk as a fingerprint segment
-- (kind F: (fingerprint, payment id) sorted by fingerprint) and held by the importing program in memory.
-- A fingerprint already known is checked against the stored reference; a different reference with the
-- same fingerprint (a collision) is kept here by its full reference.
CREATE TABLE fin_payment_ref_extra (
    reference   VARCHAR(140) NOT NULL PRIMARY KEY,
    fp          BIGINT       NOT NULL,
    payment_id  BIGINT       NOT NULL
);
CREATE INDEX fin_payment_ref_extra_fp ON fin_payment_ref_extra (fp);

-- 'import': the row an import locks for its whole duration, so that imports into one database never overlap.
INSERT INTO fin_payment_counter (name, next_value) VALUES ('segment', 1), ('import', 0);

-- Accounts (fin_payment_account, V7_2) move into account segments too (kind A: the accounts a chunk
-- brought, sorted by a 64-bit fingerprint of the account, with their keys; min/max_account hold the
-- fingerprint range, min/max_id the key range): a unique index on the text, written at random, cost a
-- bulk load most of its time. One entry per account is guaranteed by the import lock and the importing
-- program's complete account cache. PaymentStore.recover() converts rows stored before, keeping keys.

-- fin_payment (one row per payment, V7_2) and fin_payment_account are kept, emptied: PaymentStore.recover() converts any rows an
-- installation stored there into segments at start-up, keeping each payment's and account's id. Its secondary indexes go.
DROP INDEX IF EXISTS fin_payment_payer;
DROP INDEX IF EXISTS fin_payment_payee;
DROP INDEX IF EXISTS fin_payment_time;
DROP INDEX IF EXISTS fin_payment_batch_rows;

-- The payment store in segments (issue 6, the H2 load target): payments are no longer one row each
-- but column-encoded segments of up to 4096 payments of one batch (see docs/modules/finance-payments.md).
-- Headers are narrow rows the engines scan quickly; the encoded bytes live in their own table.
-- kind: D = data (the payments, ids ascending), P = payer postings, Q = payee postings
-- ((account id, payment id) pairs sorted by account; min/max_account bound them).
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

-- Reference idempotency: 64 bits of SHA-256 of the reference, inserted sorted per chunk. A fingerprint
-- already present is checked against the stored reference; a different reference with the same
-- fingerprint (a collision) is kept in fin_payment_ref_extra by its full reference.
CREATE TABLE fin_payment_ref (
    fp          BIGINT NOT NULL PRIMARY KEY,
    payment_id  BIGINT NOT NULL
);
CREATE TABLE fin_payment_ref_extra (
    reference   VARCHAR(140) NOT NULL PRIMARY KEY,
    fp          BIGINT       NOT NULL,
    payment_id  BIGINT       NOT NULL
);
CREATE INDEX fin_payment_ref_extra_fp ON fin_payment_ref_extra (fp);

INSERT INTO fin_payment_counter (name, next_value) VALUES ('segment', 1);

-- fin_payment (one row per payment, V7_2) is kept, emptied: PaymentStore.recover() converts any rows an
-- installation stored there into segments at start-up, keeping each payment's id. Its secondary indexes go.
DROP INDEX IF EXISTS fin_payment_payer;
DROP INDEX IF EXISTS fin_payment_payee;
DROP INDEX IF EXISTS fin_payment_time;
DROP INDEX IF EXISTS fin_payment_batch_rows;

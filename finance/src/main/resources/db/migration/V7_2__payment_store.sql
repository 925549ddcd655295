-- The payment store (issue 6, part 2): payments between accounts, imported in batches.
-- A batch is one file or message set, imported atomically: its payments are written in chunks
-- while the batch is LOADING and every read joins the batch and keeps STORED batches only, so a
-- file that fails anywhere leaves nothing visible (its rows are deleted, the batch kept as FAILED
-- with the place it failed). The marking is the batch's: every read applies it in its SQL.

CREATE TABLE fin_payment_batch (
    id               BIGINT        NOT NULL PRIMARY KEY,
    source           VARCHAR(300)  NOT NULL,
    format           VARCHAR(16)   NOT NULL,
    content_hash     VARCHAR(64)   NOT NULL,
    channel          VARCHAR(16)   NOT NULL,
    status           VARCHAR(16)   NOT NULL,
    read_count       BIGINT        NOT NULL,
    stored_count     BIGINT        NOT NULL,
    duplicate_count  BIGINT        NOT NULL,
    deleted_count    BIGINT        NOT NULL,
    published_count  BIGINT        DEFAULT 0 NOT NULL,
    first_paid_at    TIMESTAMP WITH TIME ZONE,
    last_paid_at     TIMESTAMP WITH TIME ZONE,
    imported_by      VARCHAR(64)   NOT NULL,
    started_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at      TIMESTAMP WITH TIME ZONE,
    error            VARCHAR(2000),
    m_class          INT           NOT NULL,
    m_tlp            VARCHAR(16)   NOT NULL,
    m_rel            VARCHAR(1000) NOT NULL,
    m_orig           VARCHAR(64)   NOT NULL,
    m_flags          VARCHAR(100)  NOT NULL
);
CREATE INDEX fin_payment_batch_started ON fin_payment_batch (started_at);

-- Accounts as the sources name them (IBAN, domestic number, simulator id), keyed by an integer so
-- that payments stay narrow and the engines can index them.
CREATE TABLE fin_payment_account (
    id        BIGINT       NOT NULL PRIMARY KEY,
    account   VARCHAR(64)  NOT NULL,
    batch_id  BIGINT       NOT NULL
);
CREATE UNIQUE INDEX fin_payment_account_key ON fin_payment_account (account);

CREATE TABLE fin_payment (
    id             BIGINT         NOT NULL PRIMARY KEY,
    batch_id       BIGINT         NOT NULL,
    reference      VARCHAR(140)   NOT NULL,
    payer_id       BIGINT         NOT NULL,
    payee_id       BIGINT         NOT NULL,
    amount         DECIMAL(38, 8) NOT NULL,
    currency       CHAR(3)        NOT NULL,
    paid_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    payer_name     VARCHAR(300),
    payee_name     VARCHAR(300),
    purpose        VARCHAR(1000)
);
-- Imports are idempotent on the reference.
CREATE UNIQUE INDEX fin_payment_reference ON fin_payment (reference);
-- Secondary indexes: a bulk load into a store much smaller than itself drops them and builds them
-- again at the end (PaymentStore); their names are the store's to know.
CREATE INDEX fin_payment_payer ON fin_payment (payer_id, paid_at);
CREATE INDEX fin_payment_payee ON fin_payment (payee_id, paid_at);
CREATE INDEX fin_payment_time ON fin_payment (paid_at);
CREATE INDEX fin_payment_batch_rows ON fin_payment (batch_id);

-- Counters: ids of payments, accounts and batches handed out in blocks, and the ledger's version
-- (raised when payments are added or deleted).
CREATE TABLE fin_payment_counter (
    name        VARCHAR(32) NOT NULL PRIMARY KEY,
    next_value  BIGINT      NOT NULL
);
INSERT INTO fin_payment_counter (name, next_value) VALUES ('payment', 1), ('account', 1), ('batch', 1), ('version', 0);

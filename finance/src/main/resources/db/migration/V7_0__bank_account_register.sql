-- Bank account register (AMLD5 Art. 32a, Directive (EU) 2024/1640 Art. 16): reporting banks, their submissions,
-- the accounts and safe-deposit boxes each submission lists, and the parties of each (holder, beneficial owner,
-- person purporting to act on behalf, lessee). No balances, no transactions.
-- A bank's newest accepted submission is CURRENT; the one it replaced turns REPLACED in the same transaction.
-- The submission carries the marking; every read joins it and filters on its marking columns.

CREATE TABLE fin_reg_bank (
    bic          VARCHAR(11)  NOT NULL PRIMARY KEY,
    name         VARCHAR(200) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE fin_reg_submission (
    id            VARCHAR(36)   NOT NULL PRIMARY KEY,
    bank_bic      VARCHAR(11)   NOT NULL REFERENCES fin_reg_bank (bic),
    received_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    content_hash  VARCHAR(64)   NOT NULL,
    format        VARCHAR(16)   NOT NULL,
    source_name   VARCHAR(300)  NOT NULL,
    accounts      INT           NOT NULL,
    parties       INT           NOT NULL,
    loaded_by     VARCHAR(64)   NOT NULL,
    status        VARCHAR(16)   NOT NULL,
    replaced_at   TIMESTAMP WITH TIME ZONE,
    replaced_by   VARCHAR(36),
    m_class       INT           NOT NULL,
    m_tlp         VARCHAR(16)   NOT NULL,
    m_rel         VARCHAR(1000) NOT NULL,
    m_orig        VARCHAR(64)   NOT NULL,
    m_flags       VARCHAR(100)  NOT NULL
);
CREATE INDEX fin_reg_submission_bank ON fin_reg_submission (bank_bic, status);
CREATE INDEX fin_reg_submission_hash ON fin_reg_submission (bank_bic, content_hash);

-- One row per account (or safe-deposit box) of a submission; acct_no is its ordinal within the submission.
CREATE TABLE fin_reg_account (
    submission_id  VARCHAR(36)  NOT NULL REFERENCES fin_reg_submission (id),
    acct_no        INT          NOT NULL,
    identifier     VARCHAR(100) NOT NULL,
    kind           VARCHAR(24)  NOT NULL,
    bic            VARCHAR(11)  NOT NULL,
    currency       VARCHAR(3)   NOT NULL,
    underlying     VARCHAR(100) NOT NULL,
    opened_on      DATE,
    closed_on      DATE,
    line_no        BIGINT       NOT NULL,
    PRIMARY KEY (submission_id, acct_no)
);
CREATE UNIQUE INDEX fin_reg_account_ident ON fin_reg_account (identifier, submission_id);
CREATE INDEX fin_reg_account_underlying ON fin_reg_account (underlying);

CREATE TABLE fin_reg_party (
    submission_id  VARCHAR(36)  NOT NULL,
    acct_no        INT          NOT NULL,
    party_no       INT          NOT NULL,
    role           VARCHAR(24)  NOT NULL,
    party_type     VARCHAR(12)  NOT NULL,
    name           VARCHAR(300) NOT NULL,
    name_key       VARCHAR(300) NOT NULL,
    birth_date     DATE,
    national_id    VARCHAR(100) NOT NULL,
    nationality    VARCHAR(2)   NOT NULL,
    PRIMARY KEY (submission_id, acct_no, party_no),
    FOREIGN KEY (submission_id, acct_no) REFERENCES fin_reg_account (submission_id, acct_no)
);
CREATE INDEX fin_reg_party_name ON fin_reg_party (name_key, submission_id);
CREATE INDEX fin_reg_party_id ON fin_reg_party (national_id, submission_id);

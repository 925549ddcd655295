-- Asset freezing (restrictive measures): freezing orders with their legal act, the listed person or
-- entity (and the sanctions list entry it comes from, when a screening hit led to it), the frozen
-- accounts and amounts, the licences that release part of them, and the history of every change.
-- Marked per order (m_* columns, see core MarkingFilter). Common subset of H2 and PostgreSQL.

CREATE TABLE fin_frz_order (
    id              VARCHAR(36)   NOT NULL PRIMARY KEY,
    reference       VARCHAR(40)   NOT NULL UNIQUE,
    regime          VARCHAR(32)   NOT NULL,
    legal_act       VARCHAR(300)  NOT NULL,
    article         VARCHAR(100)  NOT NULL,
    subject_name    VARCHAR(300)  NOT NULL,
    subject_kind    VARCHAR(16)   NOT NULL,
    subject_birth   DATE,
    list_id         VARCHAR(64)   NOT NULL,   -- '' when the order does not come from a list
    list_name       VARCHAR(200)  NOT NULL,
    entry_id        VARCHAR(200)  NOT NULL,
    hit_id          VARCHAR(64)   NOT NULL,
    issued_on       DATE          NOT NULL,
    effective_from  DATE          NOT NULL,
    lifted_on       DATE,
    lift_reason     VARCHAR(2000),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by      VARCHAR(64)   NOT NULL,
    version         INT           NOT NULL,
    m_class         INT           NOT NULL,
    m_tlp           VARCHAR(16)   NOT NULL,
    m_rel           VARCHAR(1000) NOT NULL,
    m_orig          VARCHAR(64)   NOT NULL,
    m_flags         VARCHAR(100)  NOT NULL
);
CREATE INDEX fin_frz_order_list ON fin_frz_order (list_name, subject_name);

CREATE TABLE fin_frz_account (
    order_id        VARCHAR(36)   NOT NULL REFERENCES fin_frz_order (id),
    iban            VARCHAR(34)   NOT NULL,
    holder_name     VARCHAR(300)  NOT NULL,
    currency        VARCHAR(3)    NOT NULL,
    amount          NUMERIC(19, 2) NOT NULL,
    frozen_on       DATE          NOT NULL,
    PRIMARY KEY (order_id, iban)
);
CREATE INDEX fin_frz_account_iban ON fin_frz_account (iban);

CREATE TABLE fin_frz_licence (
    id              VARCHAR(36)   NOT NULL PRIMARY KEY,
    order_id        VARCHAR(36)   NOT NULL REFERENCES fin_frz_order (id),
    kind            VARCHAR(32)   NOT NULL,
    iban            VARCHAR(34)   NOT NULL,
    currency        VARCHAR(3)    NOT NULL,
    amount          NUMERIC(19, 2) NOT NULL,
    authority       VARCHAR(200)  NOT NULL,
    licence_ref     VARCHAR(100)  NOT NULL,
    granted_on      DATE          NOT NULL,
    granted_by      VARCHAR(64)   NOT NULL
);
CREATE INDEX fin_frz_licence_order ON fin_frz_licence (order_id);

CREATE TABLE fin_frz_event (
    order_id        VARCHAR(36)   NOT NULL REFERENCES fin_frz_order (id),
    seq             INT           NOT NULL,
    kind            VARCHAR(32)   NOT NULL,
    at              TIMESTAMP WITH TIME ZONE NOT NULL,
    actor           VARCHAR(64)   NOT NULL,
    reason          VARCHAR(2000) NOT NULL,
    detail          VARCHAR(2000) NOT NULL,
    PRIMARY KEY (order_id, seq)
);

-- Asset Recovery Office (Directive (EU) 2024/1260): assets with their identifiers, lifecycle stage,
-- links to investigation cases and persons (entity-store ids), valuations over time, the freezing
-- and confiscation orders per asset, and every lifecycle transition (dated, by whom, why).
-- Marked per asset. Common subset of H2 and PostgreSQL.

CREATE TABLE fin_aro_asset (
    id              VARCHAR(36)   NOT NULL PRIMARY KEY,
    reference       VARCHAR(40)   NOT NULL UNIQUE,
    kind            VARCHAR(24)   NOT NULL,
    description     VARCHAR(1000) NOT NULL,
    identifier      VARCHAR(200)  NOT NULL,
    offence         VARCHAR(40)   NOT NULL,
    stage           VARCHAR(24)   NOT NULL,
    case_id         VARCHAR(36),
    identified_on   DATE          NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by      VARCHAR(64)   NOT NULL,
    m_class         INT           NOT NULL,
    m_tlp           VARCHAR(16)   NOT NULL,
    m_rel           VARCHAR(1000) NOT NULL,
    m_orig          VARCHAR(64)   NOT NULL,
    m_flags         VARCHAR(100)  NOT NULL
);
CREATE INDEX fin_aro_asset_stage ON fin_aro_asset (stage, reference);
CREATE INDEX fin_aro_asset_case ON fin_aro_asset (case_id);

CREATE TABLE fin_aro_person (
    asset_id        VARCHAR(36)   NOT NULL REFERENCES fin_aro_asset (id),
    entity_id       VARCHAR(270)  NOT NULL,
    role            VARCHAR(100)  NOT NULL,
    PRIMARY KEY (asset_id, entity_id)
);

CREATE TABLE fin_aro_valuation (
    asset_id        VARCHAR(36)   NOT NULL REFERENCES fin_aro_asset (id),
    seq             INT           NOT NULL,
    valued_on       DATE          NOT NULL,
    currency        VARCHAR(3)    NOT NULL,
    amount          NUMERIC(19, 2) NOT NULL,
    method          VARCHAR(24)   NOT NULL,
    note            VARCHAR(1000) NOT NULL,
    recorded_by     VARCHAR(64)   NOT NULL,
    PRIMARY KEY (asset_id, seq)
);

CREATE TABLE fin_aro_order (
    id              VARCHAR(36)   NOT NULL PRIMARY KEY,
    asset_id        VARCHAR(36)   NOT NULL REFERENCES fin_aro_asset (id),
    order_type      VARCHAR(16)   NOT NULL,
    court_ref       VARCHAR(100)  NOT NULL,
    authority       VARCHAR(200)  NOT NULL,
    offence         VARCHAR(40)   NOT NULL,
    issued_on       DATE          NOT NULL,
    currency        VARCHAR(3)    NOT NULL,
    amount          NUMERIC(19, 2) NOT NULL,
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by     VARCHAR(64)   NOT NULL
);
CREATE INDEX fin_aro_order_asset ON fin_aro_order (asset_id, order_type);

CREATE TABLE fin_aro_transition (
    asset_id        VARCHAR(36)   NOT NULL REFERENCES fin_aro_asset (id),
    seq             INT           NOT NULL,
    from_stage      VARCHAR(24)   NOT NULL,
    to_stage        VARCHAR(24)   NOT NULL,
    occurred_on     DATE          NOT NULL,
    actor           VARCHAR(64)   NOT NULL,
    reason          VARCHAR(2000) NOT NULL,
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (asset_id, seq)
);

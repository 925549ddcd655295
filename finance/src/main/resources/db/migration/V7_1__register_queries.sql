-- Designated authorities that may query the bank account register, and the log of every query
-- (who, for which authority, on which legal basis, for which case, with what criteria, how many results).

CREATE TABLE fin_reg_authority (
    id            VARCHAR(64)   NOT NULL PRIMARY KEY,
    name          VARCHAR(200)  NOT NULL,
    kind          VARCHAR(16)   NOT NULL,
    member_state  VARCHAR(2)    NOT NULL,
    active        BOOLEAN       NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by    VARCHAR(64)   NOT NULL
);

CREATE TABLE fin_reg_query (
    id             VARCHAR(36)   NOT NULL PRIMARY KEY,
    at             TIMESTAMP WITH TIME ZONE NOT NULL,
    query_month    VARCHAR(7)    NOT NULL,
    username       VARCHAR(64)   NOT NULL,
    agency         VARCHAR(64)   NOT NULL,
    authority_id   VARCHAR(64)   NOT NULL REFERENCES fin_reg_authority (id),
    legal_basis    VARCHAR(32)   NOT NULL,
    basis_text     VARCHAR(1000) NOT NULL,
    case_ref       VARCHAR(100)  NOT NULL,
    criteria       VARCHAR(1000) NOT NULL,
    results        INT           NOT NULL
);
CREATE INDEX fin_reg_query_stats ON fin_reg_query (authority_id, query_month);
CREATE INDEX fin_reg_query_at ON fin_reg_query (at);

-- Platform tables: audit trail, users and API tokens.
-- One migration tree for H2 and PostgreSQL: only types both know (no jsonb, no arrays).

CREATE TABLE audit_log (
    seq          BIGINT        NOT NULL PRIMARY KEY,
    at           TIMESTAMP WITH TIME ZONE NOT NULL,
    actor        VARCHAR(128)  NOT NULL,
    action       VARCHAR(128)  NOT NULL,
    record_type  VARCHAR(64)   NOT NULL,
    record_id    VARCHAR(128)  NOT NULL,
    purpose      VARCHAR(1000) NOT NULL,
    detail       VARCHAR(2000) NOT NULL,
    prev_hash    VARCHAR(64)   NOT NULL,
    hash         VARCHAR(64)   NOT NULL
);
CREATE INDEX audit_log_actor ON audit_log (actor, seq);
CREATE INDEX audit_log_at ON audit_log (at);
CREATE INDEX audit_log_record ON audit_log (record_type, record_id);

-- The head of the chain; locking its row serialises appends across transactions.
CREATE TABLE audit_head (
    id         INT          NOT NULL PRIMARY KEY,
    last_seq   BIGINT       NOT NULL,
    last_hash  VARCHAR(64)  NOT NULL
);
INSERT INTO audit_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

CREATE TABLE users (
    id                   VARCHAR(36)   NOT NULL PRIMARY KEY,
    username             VARCHAR(64)   NOT NULL UNIQUE,
    display_name         VARCHAR(200)  NOT NULL,
    password_hash        VARCHAR(255),
    agency               VARCHAR(64)   NOT NULL,
    member_state         VARCHAR(2)    NOT NULL,
    roles                VARCHAR(200)  NOT NULL,
    clearance            INT           NOT NULL,
    enabled              BOOLEAN       NOT NULL,
    failed_logins        INT           NOT NULL DEFAULT 0,
    locked_until         TIMESTAMP WITH TIME ZONE,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE api_tokens (
    id            VARCHAR(36)  NOT NULL PRIMARY KEY,
    user_id       VARCHAR(36)  NOT NULL REFERENCES users (id),
    name          VARCHAR(100) NOT NULL,
    token_hash    VARCHAR(64)  NOT NULL UNIQUE,
    prefix        VARCHAR(16)  NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used_at  TIMESTAMP WITH TIME ZONE,
    revoked_at    TIMESTAMP WITH TIME ZONE
);
CREATE INDEX api_tokens_user ON api_tokens (user_id);

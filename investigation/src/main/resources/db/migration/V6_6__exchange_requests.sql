-- Information exchange requests between law enforcement authorities under Framework Decision
-- 2006/960/JHA ("Swedish Initiative"): who asks whom, the time limit that applies (Article 4), the
-- status and its history.

CREATE TABLE inv_exchange_request (
    id                  VARCHAR(36)   NOT NULL PRIMARY KEY,
    reference           VARCHAR(40)   NOT NULL UNIQUE,
    direction           VARCHAR(16)   NOT NULL,
    requesting_authority VARCHAR(200) NOT NULL,
    requesting_state    VARCHAR(2)    NOT NULL,
    requested_authority VARCHAR(200)  NOT NULL,
    requested_state     VARCHAR(2)    NOT NULL,
    their_reference     VARCHAR(100)  NOT NULL,
    subject             VARCHAR(4000) NOT NULL,
    offence             VARCHAR(40)   NOT NULL,
    urgent              BOOLEAN       NOT NULL,
    directly_accessible BOOLEAN       NOT NULL,
    case_id             VARCHAR(36),
    received_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    rule_code           VARCHAR(40)   NOT NULL,
    due_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    status              VARCHAR(16)   NOT NULL,
    status_reason       VARCHAR(4000) NOT NULL,
    closed_at           TIMESTAMP WITH TIME ZONE,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by          VARCHAR(64)   NOT NULL,
    m_class             INT           NOT NULL,
    m_tlp               VARCHAR(16)   NOT NULL,
    m_rel               VARCHAR(1000) NOT NULL,
    m_orig              VARCHAR(64)   NOT NULL,
    m_flags             VARCHAR(100)  NOT NULL
);
CREATE INDEX inv_exchange_due ON inv_exchange_request (status, due_at);
CREATE INDEX inv_exchange_case ON inv_exchange_request (case_id);

CREATE TABLE inv_exchange_event (
    id           VARCHAR(36)   NOT NULL PRIMARY KEY,
    request_id   VARCHAR(36)   NOT NULL REFERENCES inv_exchange_request (id),
    seq          INT           NOT NULL,
    at           TIMESTAMP WITH TIME ZONE NOT NULL,
    actor        VARCHAR(64)   NOT NULL,
    from_status  VARCHAR(16)   NOT NULL,
    to_status    VARCHAR(16)   NOT NULL,
    note         VARCHAR(4000) NOT NULL,
    UNIQUE (request_id, seq)
);

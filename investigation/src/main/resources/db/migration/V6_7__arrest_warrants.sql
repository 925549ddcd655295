-- The European Arrest Warrant register (Framework Decision 2002/584/JHA): the warrant, the requested
-- person (personal data), the offences, and the procedural events (arrest, consent, extension,
-- decisions, surrender) from which the Article 17 and Article 23 time limits are computed.

CREATE TABLE inv_warrant (
    id                  VARCHAR(36)   NOT NULL PRIMARY KEY,
    reference           VARCHAR(40)   NOT NULL UNIQUE,
    issuing_reference   VARCHAR(100)  NOT NULL,
    role                VARCHAR(16)   NOT NULL,
    issuing_state       VARCHAR(2)    NOT NULL,
    issuing_authority   VARCHAR(200)  NOT NULL,
    executing_state     VARCHAR(2)    NOT NULL,
    executing_authority VARCHAR(200)  NOT NULL,
    purpose             VARCHAR(16)   NOT NULL,
    person_name         VARCHAR(300)  NOT NULL,
    person_birth_date   DATE,
    person_nationality  VARCHAR(2)    NOT NULL,
    person_entity_id    VARCHAR(200)  NOT NULL,
    issued_on           DATE          NOT NULL,
    case_id             VARCHAR(36),
    stage               VARCHAR(24)   NOT NULL,
    decision_due_at     TIMESTAMP WITH TIME ZONE,
    surrender_due_at    TIMESTAMP WITH TIME ZONE,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by          VARCHAR(64)   NOT NULL,
    m_class             INT           NOT NULL,
    m_tlp               VARCHAR(16)   NOT NULL,
    m_rel               VARCHAR(1000) NOT NULL,
    m_orig              VARCHAR(64)   NOT NULL,
    m_flags             VARCHAR(100)  NOT NULL
);
CREATE INDEX inv_warrant_stage ON inv_warrant (stage);

CREATE TABLE inv_warrant_offence (
    warrant_id   VARCHAR(36)   NOT NULL REFERENCES inv_warrant (id),
    seq          INT           NOT NULL,
    category     VARCHAR(40)   NOT NULL,
    description  VARCHAR(1000) NOT NULL,
    max_penalty_months INT,
    PRIMARY KEY (warrant_id, seq)
);

CREATE TABLE inv_warrant_event (
    id           VARCHAR(36)   NOT NULL PRIMARY KEY,
    warrant_id   VARCHAR(36)   NOT NULL REFERENCES inv_warrant (id),
    seq          INT           NOT NULL,
    kind         VARCHAR(32)   NOT NULL,
    occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    actor        VARCHAR(64)   NOT NULL,
    note         VARCHAR(4000) NOT NULL,
    UNIQUE (warrant_id, seq)
);

-- Investigation case workspaces (joint investigation teams): the case with its marking, its members
-- (named users of several agencies and member states, each with a role in the case), notes, attached
-- entities (ids of the entity store, kept as strings), tasks and the timeline of every change.
-- Common subset of H2 and PostgreSQL.

CREATE TABLE inv_case (
    id           VARCHAR(36)   NOT NULL PRIMARY KEY,
    reference    VARCHAR(40)   NOT NULL UNIQUE,
    title        VARCHAR(300)  NOT NULL,
    summary      VARCHAR(4000) NOT NULL,
    lead_agency  VARCHAR(64)   NOT NULL,
    lead_state   VARCHAR(2)    NOT NULL,
    status       VARCHAR(16)   NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by   VARCHAR(64)   NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    m_class      INT           NOT NULL,
    m_tlp        VARCHAR(16)   NOT NULL,
    m_rel        VARCHAR(1000) NOT NULL,
    m_orig       VARCHAR(64)   NOT NULL,
    m_flags      VARCHAR(100)  NOT NULL
);
CREATE INDEX inv_case_lead ON inv_case (lead_agency, updated_at);

-- Members are named users; agency and state are recorded as they were when the member was added.
CREATE TABLE inv_case_member (
    case_id      VARCHAR(36)   NOT NULL REFERENCES inv_case (id),
    username     VARCHAR(64)   NOT NULL,
    agency       VARCHAR(64)   NOT NULL,
    member_state VARCHAR(2)    NOT NULL,
    case_role    VARCHAR(16)   NOT NULL,
    added_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    added_by     VARCHAR(64)   NOT NULL,
    PRIMARY KEY (case_id, username)
);
CREATE INDEX inv_case_member_user ON inv_case_member (username);

CREATE TABLE inv_case_note (
    id           VARCHAR(36)   NOT NULL PRIMARY KEY,
    case_id      VARCHAR(36)   NOT NULL REFERENCES inv_case (id),
    at           TIMESTAMP WITH TIME ZONE NOT NULL,
    author       VARCHAR(64)   NOT NULL,
    body         VARCHAR(8000) NOT NULL,
    personal     BOOLEAN       NOT NULL
);
CREATE INDEX inv_case_note_case ON inv_case_note (case_id, at);

CREATE TABLE inv_case_entity (
    case_id      VARCHAR(36)   NOT NULL REFERENCES inv_case (id),
    entity_id    VARCHAR(200)  NOT NULL,
    label        VARCHAR(300)  NOT NULL,
    added_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    added_by     VARCHAR(64)   NOT NULL,
    PRIMARY KEY (case_id, entity_id)
);
CREATE INDEX inv_case_entity_entity ON inv_case_entity (entity_id);

CREATE TABLE inv_case_task (
    id           VARCHAR(36)   NOT NULL PRIMARY KEY,
    case_id      VARCHAR(36)   NOT NULL REFERENCES inv_case (id),
    title        VARCHAR(300)  NOT NULL,
    assignee     VARCHAR(64)   NOT NULL,
    due_date     DATE,
    status       VARCHAR(16)   NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by   VARCHAR(64)   NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX inv_case_task_case ON inv_case_task (case_id, status);

-- The timeline: one row per change, numbered within the case.
CREATE TABLE inv_case_event (
    id           VARCHAR(36)   NOT NULL PRIMARY KEY,
    case_id      VARCHAR(36)   NOT NULL REFERENCES inv_case (id),
    seq          INT           NOT NULL,
    at           TIMESTAMP WITH TIME ZONE NOT NULL,
    actor        VARCHAR(64)   NOT NULL,
    kind         VARCHAR(32)   NOT NULL,
    summary      VARCHAR(2000) NOT NULL,
    UNIQUE (case_id, seq)
);

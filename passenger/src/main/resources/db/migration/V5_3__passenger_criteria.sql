-- Pre-determined criteria (Directive 2016/681 Art 6(3)(b)): each criterion has an owner and a marking; every edit is a
-- new version, kept; a version goes draft -> approved (by a supervisor who is not its author) -> active -> retired.

CREATE TABLE pnr_criterion (
    id             VARCHAR(36)   NOT NULL PRIMARY KEY,
    name           VARCHAR(200)  NOT NULL,
    owner          VARCHAR(64)   NOT NULL,
    created_by     VARCHAR(64)   NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    latest_version INT           NOT NULL,
    active_version INT,
    retired        BOOLEAN       NOT NULL,
    m_class        INT           NOT NULL,
    m_tlp          VARCHAR(16)   NOT NULL,
    m_rel          VARCHAR(1000) NOT NULL,
    m_orig         VARCHAR(64)   NOT NULL,
    m_flags        VARCHAR(100)  NOT NULL
);
CREATE INDEX pnr_criterion_name ON pnr_criterion (name, id);

CREATE TABLE pnr_criterion_version (
    criterion_id   VARCHAR(36)   NOT NULL,
    version        INT           NOT NULL,
    expression     VARCHAR(4000) NOT NULL,
    justification  VARCHAR(4000) NOT NULL,
    review_date    DATE          NOT NULL,
    priority       INT           NOT NULL,
    status         VARCHAR(16)   NOT NULL,
    author         VARCHAR(64)   NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    approved_by    VARCHAR(64),
    approved_at    TIMESTAMP WITH TIME ZONE,
    approval_note  VARCHAR(2000),
    activated_by   VARCHAR(64),
    activated_at   TIMESTAMP WITH TIME ZONE,
    retired_by     VARCHAR(64),
    retired_at     TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (criterion_id, version),
    CONSTRAINT pnr_criterion_version_of FOREIGN KEY (criterion_id) REFERENCES pnr_criterion (id)
);
CREATE INDEX pnr_criterion_version_status ON pnr_criterion_version (status);

-- Watch lists and screening. Lists are versioned: an entry row lives from its first to its last
-- version (NULL while current), so that every version can be rebuilt. JSON goes in text columns.

CREATE TABLE watchlists (
    id              VARCHAR(36)   NOT NULL PRIMARY KEY,
    name            VARCHAR(200)  NOT NULL,
    kind            VARCHAR(16)   NOT NULL,
    source_format   VARCHAR(16)   NOT NULL,
    threshold       DOUBLE PRECISION NOT NULL DEFAULT 0.70,
    description     VARCHAR(2000) NOT NULL,
    current_version INT           NOT NULL DEFAULT 0,
    created_by      VARCHAR(64)   NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    m_class         INT           NOT NULL,
    m_tlp           VARCHAR(16)   NOT NULL,
    m_rel           VARCHAR(1000) NOT NULL,
    m_orig          VARCHAR(64)   NOT NULL,
    m_flags         VARCHAR(100)  NOT NULL
);

CREATE TABLE watchlist_versions (
    list_id         VARCHAR(36)   NOT NULL REFERENCES watchlists (id),
    version         INT           NOT NULL,
    source_version  VARCHAR(200)  NOT NULL,
    imported_by     VARCHAR(64)   NOT NULL,
    imported_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    file_sha256     VARCHAR(64)   NOT NULL,
    entry_count     INT           NOT NULL,
    added           INT           NOT NULL,
    removed         INT           NOT NULL,
    changed         INT           NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    note            VARCHAR(4000) NOT NULL,
    PRIMARY KEY (list_id, version)
);

CREATE TABLE watchlist_entries (
    id              VARCHAR(36)   NOT NULL PRIMARY KEY,
    list_id         VARCHAR(36)   NOT NULL REFERENCES watchlists (id),
    entry_id        VARCHAR(200)  NOT NULL,
    first_version   INT           NOT NULL,
    last_version    INT,
    schema_name     VARCHAR(20)   NOT NULL,
    primary_name    VARCHAR(500)  NOT NULL,
    content         VARCHAR(200000) NOT NULL,
    content_hash    VARCHAR(64)   NOT NULL,
    justification   VARCHAR(2000),
    expires_on      DATE,
    added_by        VARCHAR(64),
    removal_reason  VARCHAR(2000),
    m_class         INT           NOT NULL,
    m_tlp           VARCHAR(16)   NOT NULL,
    m_rel           VARCHAR(1000) NOT NULL,
    m_orig          VARCHAR(64)   NOT NULL,
    m_flags         VARCHAR(100)  NOT NULL
);
CREATE INDEX watchlist_entries_current ON watchlist_entries (list_id, last_version, entry_id);
CREATE INDEX watchlist_entries_first ON watchlist_entries (list_id, first_version);

-- Records analysts keep screening (customers, payees): re-screened whenever a list changes.
CREATE TABLE monitored_subjects (
    id              VARCHAR(36)   NOT NULL PRIMARY KEY,
    primary_name    VARCHAR(500)  NOT NULL,
    content         VARCHAR(20000) NOT NULL,
    content_hash    VARCHAR(64)   NOT NULL,
    purpose         VARCHAR(1000) NOT NULL,
    owner           VARCHAR(64)   NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    removed_at      TIMESTAMP WITH TIME ZONE,
    removed_by      VARCHAR(64),
    removal_reason  VARCHAR(2000),
    m_class         INT           NOT NULL,
    m_tlp           VARCHAR(16)   NOT NULL,
    m_rel           VARCHAR(1000) NOT NULL,
    m_orig          VARCHAR(64)   NOT NULL,
    m_flags         VARCHAR(100)  NOT NULL
);
CREATE INDEX monitored_subjects_owner ON monitored_subjects (owner, created_at);

-- Batch screenings: the job, then one row per screened line with its candidates.
CREATE TABLE screening_batches (
    id              VARCHAR(36)   NOT NULL PRIMARY KEY,
    submitted_by    VARCHAR(64)   NOT NULL,
    submitted_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    purpose         VARCHAR(1000) NOT NULL,
    list_ids        VARCHAR(4000) NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    total           INT           NOT NULL,
    processed       INT           NOT NULL,
    hits            INT           NOT NULL,
    finished_at     TIMESTAMP WITH TIME ZONE,
    error           VARCHAR(2000),
    m_class         INT           NOT NULL,
    m_tlp           VARCHAR(16)   NOT NULL,
    m_rel           VARCHAR(1000) NOT NULL,
    m_orig          VARCHAR(64)   NOT NULL,
    m_flags         VARCHAR(100)  NOT NULL
);
CREATE INDEX screening_batches_by ON screening_batches (submitted_by, submitted_at);

CREATE TABLE screening_batch_rows (
    batch_id        VARCHAR(36)   NOT NULL REFERENCES screening_batches (id),
    row_no          INT           NOT NULL,
    query_json      VARCHAR(20000) NOT NULL,
    candidates      INT,
    result_json     VARCHAR(200000),
    PRIMARY KEY (batch_id, row_no)
);

-- Hits awaiting or having had a reviewer's decision. The marking columns are the screened
-- record's; a reader must also be allowed the list and the entry (joined in every query).
CREATE TABLE screening_hits (
    id              VARCHAR(36)   NOT NULL PRIMARY KEY,
    record_type     VARCHAR(64)   NOT NULL,
    record_id       VARCHAR(128)  NOT NULL,
    record_name     VARCHAR(500)  NOT NULL,
    query_snapshot  VARCHAR(20000) NOT NULL,
    query_hash      VARCHAR(64)   NOT NULL,
    list_id         VARCHAR(36)   NOT NULL REFERENCES watchlists (id),
    list_version    INT           NOT NULL,
    entry_id        VARCHAR(200)  NOT NULL,
    entry_row       VARCHAR(36)   NOT NULL REFERENCES watchlist_entries (id),
    entry_hash      VARCHAR(64)   NOT NULL,
    entry_name      VARCHAR(500)  NOT NULL,
    score           DOUBLE PRECISION NOT NULL,
    explanation     VARCHAR(20000) NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    raised_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    raised_for      VARCHAR(64)   NOT NULL,
    decided_by      VARCHAR(64),
    decided_at      TIMESTAMP WITH TIME ZONE,
    reason          VARCHAR(2000),
    m_class         INT           NOT NULL,
    m_tlp           VARCHAR(16)   NOT NULL,
    m_rel           VARCHAR(1000) NOT NULL,
    m_orig          VARCHAR(64)   NOT NULL,
    m_flags         VARCHAR(100)  NOT NULL
);
CREATE INDEX screening_hits_key ON screening_hits (record_type, record_id, list_id, entry_id);
CREATE INDEX screening_hits_status ON screening_hits (status, raised_at);

-- The investigation entity store: FollowTheMoney-shaped entities kept as statements (one row per
-- property value, each with its own marking and provenance), the edges derived from them for link
-- analysis, and the analyst-confirmed merges that group entities under one canonical id.
-- Marked tables carry m_class, m_tlp, m_rel, m_orig, m_flags (see core MarkingFilter).

-- One entity as one dataset published it. Its marking is the one a reader needs to know it exists.
CREATE TABLE inv_entity (
    id            VARCHAR(270)  NOT NULL PRIMARY KEY,  -- dataset ':' source id
    dataset       VARCHAR(64)   NOT NULL,
    source_id     VARCHAR(200)  NOT NULL,
    schema_name   VARCHAR(64)   NOT NULL,
    caption       VARCHAR(500)  NOT NULL,
    caption_key   VARCHAR(500)  NOT NULL,             -- lower-case caption, for search
    canonical_id  VARCHAR(270)  NOT NULL,             -- its own id unless merged into another entity
    source        VARCHAR(500)  NOT NULL,
    recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    m_class       INT           NOT NULL,
    m_tlp         VARCHAR(16)   NOT NULL,
    m_rel         VARCHAR(1000) NOT NULL,
    m_orig        VARCHAR(64)   NOT NULL,
    m_flags       VARCHAR(100)  NOT NULL,
    CONSTRAINT inv_entity_key UNIQUE (dataset, source_id)
);
CREATE INDEX inv_entity_canonical ON inv_entity (canonical_id);
CREATE INDEX inv_entity_schema ON inv_entity (schema_name, id);
CREATE INDEX inv_entity_caption ON inv_entity (caption_key);

-- One property value of an entity: FtM's statement, with marking and provenance of its own.
CREATE TABLE inv_statement (
    id            VARCHAR(64)   NOT NULL PRIMARY KEY,  -- SHA-256 of entity, property and value
    entity_id     VARCHAR(270)  NOT NULL,
    schema_name   VARCHAR(64)   NOT NULL,
    prop          VARCHAR(64)   NOT NULL,
    prop_value    VARCHAR(4000) NOT NULL,
    pivot         VARCHAR(300),                        -- normalised identifier (phone, IBAN, e-mail…) or null
    dataset       VARCHAR(64)   NOT NULL,
    source        VARCHAR(500)  NOT NULL,
    first_seen    TIMESTAMP WITH TIME ZONE NOT NULL,   -- when the source recorded it
    imported_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    m_class       INT           NOT NULL,
    m_tlp         VARCHAR(16)   NOT NULL,
    m_rel         VARCHAR(1000) NOT NULL,
    m_orig        VARCHAR(64)   NOT NULL,
    m_flags       VARCHAR(100)  NOT NULL
);
CREATE INDEX inv_statement_entity ON inv_statement (entity_id, prop);
CREATE INDEX inv_statement_pivot ON inv_statement (pivot);

-- An edge for link analysis: a link entity (Ownership, Call, CoTravel…) from its source to its
-- target property, or an entity-typed property of a node entity (a Payment's payer…).
CREATE TABLE inv_edge (
    id            VARCHAR(64)   NOT NULL PRIMARY KEY,  -- SHA-256 of origin entity, relation and endpoints
    origin_id     VARCHAR(270)  NOT NULL,              -- the entity whose statements give this edge
    dataset       VARCHAR(64)   NOT NULL,
    source_id     VARCHAR(270)  NOT NULL,
    target_id     VARCHAR(270)  NOT NULL,
    relation      VARCHAR(64)   NOT NULL,
    directed      BOOLEAN       NOT NULL,
    weight        DOUBLE PRECISION NOT NULL,
    start_date    DATE,
    end_date      DATE,
    m_class       INT           NOT NULL,
    m_tlp         VARCHAR(16)   NOT NULL,
    m_rel         VARCHAR(1000) NOT NULL,
    m_orig        VARCHAR(64)   NOT NULL,
    m_flags       VARCHAR(100)  NOT NULL
);
CREATE INDEX inv_edge_origin ON inv_edge (origin_id);
CREATE INDEX inv_edge_source ON inv_edge (source_id);
CREATE INDEX inv_edge_target ON inv_edge (target_id);
CREATE INDEX inv_edge_dataset ON inv_edge (dataset);

-- An analyst's confirmed merge, and the canonical id each member had before it (to undo it exactly).
CREATE TABLE inv_merge (
    id            VARCHAR(36)   NOT NULL PRIMARY KEY,
    canonical_id  VARCHAR(270)  NOT NULL,
    merged_id     VARCHAR(270)  NOT NULL,
    reason        VARCHAR(2000) NOT NULL,
    merged_by     VARCHAR(64)   NOT NULL,
    merged_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    undone_by     VARCHAR(64),
    undone_at     TIMESTAMP WITH TIME ZONE
);
CREATE INDEX inv_merge_canonical ON inv_merge (canonical_id);

CREATE TABLE inv_merge_member (
    merge_id            VARCHAR(36)  NOT NULL,
    entity_id           VARCHAR(270) NOT NULL,
    previous_canonical  VARCHAR(270) NOT NULL,
    PRIMARY KEY (merge_id, entity_id)
);

-- Pairs an analyst judged not to be the same entity, so that they are not proposed again.
CREATE TABLE inv_not_same (
    left_id       VARCHAR(270)  NOT NULL,
    right_id      VARCHAR(270)  NOT NULL,
    judged_by     VARCHAR(64)   NOT NULL,
    judged_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (left_id, right_id)
);

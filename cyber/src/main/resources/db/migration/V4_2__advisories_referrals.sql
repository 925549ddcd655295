-- EISAS advisories (drafted, approved under four eyes, published as web pages, Atom and CSAF 2.0),
-- subscriptions, and illegal-content referrals to hosting services.
-- Common subset of H2 and PostgreSQL: no jsonb, no arrays; JSON in VARCHAR columns.

CREATE TABLE cyber_advisory (
    id                VARCHAR(36)    NOT NULL PRIMARY KEY,
    tracking_id       VARCHAR(64)    NOT NULL UNIQUE,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by        VARCHAR(64)    NOT NULL,
    -- 0 until first published; then the CSAF document version served publicly
    published_version INT            NOT NULL,
    initial_release   TIMESTAMP WITH TIME ZONE,
    current_release   TIMESTAMP WITH TIME ZONE,
    -- copies of the published version, for public lists and feed filters
    title             VARCHAR(300),
    audience          VARCHAR(16),
    sectors           VARCHAR(1000),
    lang              VARCHAR(8),
    csaf_json         VARCHAR(200000),
    m_class           INT            NOT NULL,
    m_tlp             VARCHAR(16)    NOT NULL,
    m_rel             VARCHAR(1000)  NOT NULL,
    m_orig            VARCHAR(64)    NOT NULL,
    m_flags           VARCHAR(100)   NOT NULL
);
CREATE INDEX cyber_advisory_release ON cyber_advisory (current_release);

-- Every version of an advisory: a draft goes DRAFT -> SUBMITTED -> APPROVED -> PUBLISHED (or REJECTED, then edited again).
CREATE TABLE cyber_advisory_version (
    advisory_id       VARCHAR(36)    NOT NULL REFERENCES cyber_advisory (id),
    revision          INT            NOT NULL,
    status            VARCHAR(16)    NOT NULL,
    content_json      VARCHAR(100000) NOT NULL,
    change_summary    VARCHAR(1000)  NOT NULL,
    author            VARCHAR(64)    NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    submitted_at      TIMESTAMP WITH TIME ZONE,
    decided_by        VARCHAR(64),
    decided_at        TIMESTAMP WITH TIME ZONE,
    decision_reason   VARCHAR(2000),
    published_by      VARCHAR(64),
    published_at      TIMESTAMP WITH TIME ZONE,
    version_number    INT,
    PRIMARY KEY (advisory_id, revision)
);
CREATE INDEX cyber_advisory_version_status ON cyber_advisory_version (status);

-- Subscribers are personal data: confirmed by double opt-in; unconfirmed ones are deleted after 7 days.
CREATE TABLE cyber_subscriber (
    id                VARCHAR(36)    NOT NULL PRIMARY KEY,
    email             VARCHAR(254)   NOT NULL,
    audience          VARCHAR(16)    NOT NULL,
    sectors           VARCHAR(1000)  NOT NULL,
    lang              VARCHAR(8)     NOT NULL,
    status            VARCHAR(16)    NOT NULL,
    confirm_hash      VARCHAR(64)    NOT NULL UNIQUE,
    unsubscribe_token VARCHAR(64)    NOT NULL UNIQUE,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    confirmed_at      TIMESTAMP WITH TIME ZONE
);
CREATE INDEX cyber_subscriber_email ON cyber_subscriber (email);
CREATE INDEX cyber_subscriber_status ON cyber_subscriber (status, created_at);

-- Their messages go to cyber_outbox (V4_0), shared with reports and referrals.

CREATE TABLE cyber_hosting_provider (
    id                VARCHAR(36)    NOT NULL PRIMARY KEY,
    name              VARCHAR(200)   NOT NULL UNIQUE,
    country           VARCHAR(2)     NOT NULL,
    contact_email     VARCHAR(254)   NOT NULL,
    contact_url       VARCHAR(2048)  NOT NULL,
    notes             VARCHAR(2000)  NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by        VARCHAR(64)    NOT NULL
);

CREATE TABLE cyber_referral (
    id                VARCHAR(36)    NOT NULL PRIMARY KEY,
    reference         VARCHAR(32)    NOT NULL UNIQUE,
    provider_id       VARCHAR(36)    NOT NULL REFERENCES cyber_hosting_provider (id),
    url               VARCHAR(2048)  NOT NULL,
    category          VARCHAR(80)    NOT NULL,
    content_type      VARCHAR(40)    NOT NULL,
    legal_provision   VARCHAR(500)   NOT NULL,
    member_state      VARCHAR(2)     NOT NULL,
    explanation       VARCHAR(4000)  NOT NULL,
    due_hours         INT            NOT NULL,
    status            VARCHAR(24)    NOT NULL,
    created_by        VARCHAR(64)    NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    approved_by       VARCHAR(64),
    approval_reason   VARCHAR(2000),
    sent_at           TIMESTAMP WITH TIME ZONE,
    acknowledged_at   TIMESTAMP WITH TIME ZONE,
    resolved_at       TIMESTAMP WITH TIME ZONE,
    decisions         VARCHAR(1000)  NOT NULL,
    response_note     VARCHAR(4000)  NOT NULL,
    m_class           INT            NOT NULL,
    m_tlp             VARCHAR(16)    NOT NULL,
    m_rel             VARCHAR(1000)  NOT NULL,
    m_orig            VARCHAR(64)    NOT NULL,
    m_flags           VARCHAR(100)   NOT NULL
);
CREATE INDEX cyber_referral_status ON cyber_referral (status, sent_at);
CREATE INDEX cyber_referral_provider ON cyber_referral (provider_id);

CREATE TABLE cyber_referral_event (
    id                VARCHAR(36)    NOT NULL PRIMARY KEY,
    referral_id       VARCHAR(36)    NOT NULL REFERENCES cyber_referral (id),
    seq               INT            NOT NULL,
    at                TIMESTAMP WITH TIME ZONE NOT NULL,
    actor             VARCHAR(64)    NOT NULL,
    from_status       VARCHAR(24)    NOT NULL,
    to_status         VARCHAR(24)    NOT NULL,
    note              VARCHAR(4000)  NOT NULL
);
CREATE UNIQUE INDEX cyber_referral_event_seq ON cyber_referral_event (referral_id, seq);

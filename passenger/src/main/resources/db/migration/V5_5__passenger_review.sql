-- Passenger assessment and human review (Directive (EU) 2016/681 Art 6(2)(a), 6(3), 6(5), 6(6), 7).
-- One row per passenger and flight assessed (re-assessed on a later push); the hits it raised go to
-- review, grouped in one case per passenger and flight; referrals name a registered competent authority.

CREATE TABLE passenger_assessments (
    id                  VARCHAR(36)   NOT NULL PRIMARY KEY,
    flight_key          VARCHAR(100)  NOT NULL,
    carrier             VARCHAR(3)    NOT NULL,
    flight_number       VARCHAR(8)    NOT NULL,
    direction           VARCHAR(10)   NOT NULL,
    flight_time         TIMESTAMP WITH TIME ZONE NOT NULL,
    booking_ref         VARCHAR(64)   NOT NULL,
    passenger_ref       VARCHAR(100)  NOT NULL,
    stat_month          VARCHAR(7)    NOT NULL,
    first_assessed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    assessed_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    runs                INT           NOT NULL,
    lists_screened      INT           NOT NULL,
    criteria_evaluated  INT           NOT NULL,
    hits_raised         INT           NOT NULL,
    CONSTRAINT passenger_assessments_once UNIQUE (flight_key, passenger_ref)
);
CREATE INDEX passenger_assessments_month ON passenger_assessments (stat_month, carrier);

CREATE TABLE competent_authorities (
    id               VARCHAR(36)   NOT NULL PRIMARY KEY,
    code             VARCHAR(64)   NOT NULL UNIQUE,
    name             VARCHAR(300)  NOT NULL,
    member_state     VARCHAR(2)    NOT NULL,
    legal_reference  VARCHAR(500)  NOT NULL,
    active           BOOLEAN       NOT NULL,
    added_by         VARCHAR(64)   NOT NULL,
    added_at         TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE review_cases (
    id               VARCHAR(36)   NOT NULL PRIMARY KEY,
    flight_key       VARCHAR(100)  NOT NULL,
    passenger_ref    VARCHAR(100)  NOT NULL,
    status           VARCHAR(10)   NOT NULL,
    opened_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_by        VARCHAR(64),
    closed_at        TIMESTAMP WITH TIME ZONE,
    closing_note     VARCHAR(2000)
);
CREATE INDEX review_cases_subject ON review_cases (flight_key, passenger_ref, status);

CREATE TABLE review_hits (
    id                VARCHAR(36)   NOT NULL PRIMARY KEY,
    case_id           VARCHAR(36)   NOT NULL REFERENCES review_cases (id),
    source            VARCHAR(10)   NOT NULL,
    source_id         VARCHAR(200)  NOT NULL,
    source_name       VARCHAR(300)  NOT NULL,
    source_version    INT           NOT NULL,
    entry_id          VARCHAR(200)  NOT NULL,
    entry_name        VARCHAR(500)  NOT NULL,
    score             DOUBLE PRECISION NOT NULL,
    priority          VARCHAR(8)    NOT NULL,
    priority_rank     INT           NOT NULL,
    explanation       VARCHAR(2000) NOT NULL,
    details           VARCHAR(20000) NOT NULL,
    flight_key        VARCHAR(100)  NOT NULL,
    flight_label      VARCHAR(200)  NOT NULL,
    carrier           VARCHAR(3)    NOT NULL,
    direction         VARCHAR(10)   NOT NULL,
    flight_time       TIMESTAMP WITH TIME ZONE NOT NULL,
    passenger_ref     VARCHAR(100)  NOT NULL,
    passenger_name    VARCHAR(500)  NOT NULL,
    booking_ref       VARCHAR(64)   NOT NULL,
    stat_month        VARCHAR(7)    NOT NULL,
    status            VARCHAR(10)   NOT NULL,
    raised_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    reviewed_by       VARCHAR(64),
    reviewed_at       TIMESTAMP WITH TIME ZONE,
    review_note       VARCHAR(2000),
    decided_by        VARCHAR(64),
    decided_at        TIMESTAMP WITH TIME ZONE,
    decision_reason   VARCHAR(2000),
    m_class           INT           NOT NULL,
    m_tlp             VARCHAR(16)   NOT NULL,
    m_rel             VARCHAR(1000) NOT NULL,
    m_orig            VARCHAR(64)   NOT NULL,
    m_flags           VARCHAR(100)  NOT NULL,
    CONSTRAINT review_hits_once UNIQUE (flight_key, passenger_ref, source, source_id, entry_id)
);
CREATE INDEX review_hits_queue ON review_hits (status, flight_time, priority_rank);
CREATE INDEX review_hits_case ON review_hits (case_id);

CREATE TABLE review_referrals (
    id               VARCHAR(36)   NOT NULL PRIMARY KEY,
    hit_id           VARCHAR(36)   NOT NULL UNIQUE REFERENCES review_hits (id),
    case_id          VARCHAR(36)   NOT NULL REFERENCES review_cases (id),
    authority_id     VARCHAR(36)   NOT NULL REFERENCES competent_authorities (id),
    reason           VARCHAR(2000) NOT NULL,
    referred_by      VARCHAR(64)   NOT NULL,
    referred_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    carrier          VARCHAR(3)    NOT NULL,
    stat_month       VARCHAR(7)    NOT NULL
);
CREATE INDEX review_referrals_month ON review_referrals (stat_month, authority_id);

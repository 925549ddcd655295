-- Financial messaging analysis (issue 6, part 5): targeted searches on stored payments, each with
-- its stated link to terrorism or serious crime and its case, logged for review (with sampling);
-- extraction of results to a case; deletion of what is not extracted at the end of its retention.

CREATE TABLE fin_payment_search (
    id              VARCHAR(36)   NOT NULL PRIMARY KEY,
    searched_by     VARCHAR(64)   NOT NULL,
    agency          VARCHAR(64)   NOT NULL,
    searched_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    ground          VARCHAR(64)   NOT NULL,
    justification   VARCHAR(2000) NOT NULL,
    case_ref        VARCHAR(100)  NOT NULL,
    subject_kind    VARCHAR(16)   NOT NULL,
    subject         VARCHAR(300)  NOT NULL,
    results         INT           NOT NULL,
    counterparties  INT           NOT NULL,
    truncated       BOOLEAN       NOT NULL,
    sampled         BOOLEAN       NOT NULL,
    reviewed_by     VARCHAR(64),
    reviewed_at     TIMESTAMP WITH TIME ZONE,
    review_outcome  VARCHAR(16),
    review_note     VARCHAR(2000)
);
CREATE INDEX fin_payment_search_at ON fin_payment_search (searched_at);

-- The payments a search returned: only these may be extracted to its case.
CREATE TABLE fin_payment_search_hit (
    search_id   VARCHAR(36) NOT NULL,
    payment_id  BIGINT      NOT NULL,
    CONSTRAINT fin_payment_search_hit_pk PRIMARY KEY (search_id, payment_id)
);
CREATE INDEX fin_payment_search_hit_payment ON fin_payment_search_hit (payment_id);

-- Payments extracted to a case: kept with the case, beyond the store's retention.
CREATE TABLE fin_payment_extract (
    payment_id    BIGINT       NOT NULL,
    case_ref      VARCHAR(100) NOT NULL,
    search_id     VARCHAR(36)  NOT NULL,
    extracted_by  VARCHAR(64)  NOT NULL,
    extracted_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT fin_payment_extract_pk PRIMARY KEY (payment_id, case_ref)
);
CREATE INDEX fin_payment_extract_case ON fin_payment_extract (case_ref);

-- What retention deleted, per import and run, for the data protection officer.
CREATE TABLE fin_payment_deletion (
    id               VARCHAR(36)   NOT NULL PRIMARY KEY,
    run_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    cutoff           TIMESTAMP WITH TIME ZONE NOT NULL,
    batch_id         BIGINT        NOT NULL,
    source           VARCHAR(300)  NOT NULL,
    deleted          BIGINT        NOT NULL,
    kept_extracted   BIGINT        NOT NULL,
    policy           VARCHAR(200)  NOT NULL
);
CREATE INDEX fin_payment_deletion_run ON fin_payment_deletion (run_at);

-- Depersonalisation (Art 12(2)), approved disclosure (Art 12(3)), deletion (Art 12(4)).

-- What depersonalisation took out of the store: the Article 12(2) items of a booking version or
-- of an API traveller, as JSON. Only the disclosure path reads it, for a recorded approval.
CREATE TABLE pnr_vault (
    subject_type  VARCHAR(16)   NOT NULL,
    subject_id    VARCHAR(36)   NOT NULL,
    content       TEXT          NOT NULL,
    sealed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pnr_vault_pk PRIMARY KEY (subject_type, subject_id)
);

-- Kept after the booking is deleted: it is the record of a disclosure the DPO reviews.
-- An approval to show a depersonalised booking in full: who asked, on what grounds, which authority
-- approved it (judicial or other competent national authority), until when.
CREATE TABLE pnr_disclosure (
    id                   VARCHAR(36)   NOT NULL PRIMARY KEY,
    booking_id           VARCHAR(36)   NOT NULL,
    requested_by         VARCHAR(64)   NOT NULL,
    recorded_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    request_reference    VARCHAR(200)  NOT NULL,
    grounds              VARCHAR(2000) NOT NULL,
    approving_authority  VARCHAR(200)  NOT NULL,
    approval_reference   VARCHAR(200)  NOT NULL,
    valid_until          TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX pnr_disclosure_booking ON pnr_disclosure (booking_id, valid_until);

-- What the data protection officer must be told of (unmasking, deletions); the DPO view lists them.
CREATE TABLE pnr_dpo_notice (
    id               VARCHAR(36)   NOT NULL PRIMARY KEY,
    kind             VARCHAR(32)   NOT NULL,
    subject_type     VARCHAR(32)   NOT NULL,
    subject_id       VARCHAR(36)   NOT NULL,
    summary          VARCHAR(2000) NOT NULL,
    actor            VARCHAR(64)   NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    acknowledged_by  VARCHAR(64),
    acknowledged_at  TIMESTAMP WITH TIME ZONE
);
CREATE INDEX pnr_dpo_notice_created ON pnr_dpo_notice (created_at);

-- Art 12(4): data transferred for a specific case are kept past the retention period while the case needs them.
CREATE TABLE pnr_retention_hold (
    booking_id      VARCHAR(36)   NOT NULL PRIMARY KEY,
    case_reference  VARCHAR(200)  NOT NULL,
    held_by         VARCHAR(64)   NOT NULL,
    held_at         TIMESTAMP WITH TIME ZONE NOT NULL
);

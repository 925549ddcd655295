-- Exchange under Directive (EU) 2016/681: duly reasoned requests from other PIUs (Art 9) and from
-- Europol (Art 10) with their deadlines and answers, and transfers to third countries (Art 11), each
-- condition recorded as its own column.

CREATE TABLE exchange_requests (
    id                  VARCHAR(36)   NOT NULL PRIMARY KEY,
    requester_kind      VARCHAR(10)   NOT NULL,
    requester           VARCHAR(300)  NOT NULL,
    requester_state     VARCHAR(2)    NOT NULL,
    their_reference     VARCHAR(100)  NOT NULL,
    channel_reference   VARCHAR(100)  NOT NULL,
    legal_basis         VARCHAR(200)  NOT NULL,
    offence             VARCHAR(200)  NOT NULL,
    reasoning           VARCHAR(4000) NOT NULL,
    data_requested      VARCHAR(4000) NOT NULL,
    depersonalised_data BOOLEAN       NOT NULL,
    urgency             VARCHAR(10)   NOT NULL,
    received_by         VARCHAR(64)   NOT NULL,
    received_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    due_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    status              VARCHAR(10)   NOT NULL,
    answered_by         VARCHAR(64),
    answered_at         TIMESTAMP WITH TIME ZONE,
    answer              VARCHAR(4000),
    approval_reference  VARCHAR(200),
    stat_month          VARCHAR(7)    NOT NULL,
    m_class             INT           NOT NULL,
    m_tlp               VARCHAR(16)   NOT NULL,
    m_rel               VARCHAR(1000) NOT NULL,
    m_orig              VARCHAR(64)   NOT NULL,
    m_flags             VARCHAR(100)  NOT NULL
);
CREATE INDEX exchange_requests_due ON exchange_requests (status, due_at);

CREATE TABLE third_country_transfers (
    id                         VARCHAR(36)   NOT NULL PRIMARY KEY,
    country                    VARCHAR(2)    NOT NULL,
    recipient                  VARCHAR(300)  NOT NULL,
    case_reference             VARCHAR(100)  NOT NULL,
    purpose                    VARCHAR(2000) NOT NULL,
    data_transferred           VARCHAR(4000) NOT NULL,
    necessary_for_purposes     BOOLEAN       NOT NULL,
    recipient_competent        BOOLEAN       NOT NULL,
    request_duly_reasoned      BOOLEAN       NOT NULL,
    chapter_v_basis            VARCHAR(20)   NOT NULL,
    chapter_v_reference        VARCHAR(500)  NOT NULL,
    onward_transfer_agreed     BOOLEAN       NOT NULL,
    from_other_member_state    BOOLEAN       NOT NULL,
    origin_state               VARCHAR(2)    NOT NULL,
    origin_consent_reference   VARCHAR(200)  NOT NULL,
    urgent_without_consent     BOOLEAN       NOT NULL,
    urgency_justification      VARCHAR(2000) NOT NULL,
    depersonalised_data        BOOLEAN       NOT NULL,
    approval_reference         VARCHAR(200)  NOT NULL,
    transferred_by             VARCHAR(64)   NOT NULL,
    transferred_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    dpo_acknowledged_by        VARCHAR(64),
    dpo_acknowledged_at        TIMESTAMP WITH TIME ZONE,
    stat_month                 VARCHAR(7)    NOT NULL,
    m_class                    INT           NOT NULL,
    m_tlp                      VARCHAR(16)   NOT NULL,
    m_rel                      VARCHAR(1000) NOT NULL,
    m_orig                     VARCHAR(64)   NOT NULL,
    m_flags                    VARCHAR(100)  NOT NULL
);
CREATE INDEX third_country_transfers_at ON third_country_transfers (transferred_at);

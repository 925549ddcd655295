-- Cybercrime incident reporting (issue 7, item 1): reports from the public form and the partner
-- API, their observables (for correlation), attachments, RSIT classification rules, routing rules,
-- forwardings, the cyber module's one outbox, incidents and investigations. Common SQL of H2 and PostgreSQL.

CREATE TABLE cyber_report (
    id                VARCHAR(36)    NOT NULL PRIMARY KEY,
    reference         VARCHAR(20)    NOT NULL UNIQUE,
    secret_hash       VARCHAR(64)    NOT NULL,
    status            VARCHAR(16)    NOT NULL,
    channel           VARCHAR(8)     NOT NULL,
    received_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_at         TIMESTAMP WITH TIME ZONE,
    submitted_by      VARCHAR(64)    NOT NULL,
    submitter_agency  VARCHAR(64)    NOT NULL,
    reporter_type     VARCHAR(16)    NOT NULL,
    anonymous         BOOLEAN        NOT NULL,
    contact_name      VARCHAR(200)   NOT NULL,
    contact_email     VARCHAR(254)   NOT NULL,
    contact_phone     VARCHAR(40)    NOT NULL,
    language          VARCHAR(2)     NOT NULL,
    occurred_on       DATE,
    country           VARCHAR(2)     NOT NULL,
    sector            VARCHAR(32)    NOT NULL,
    description       VARCHAR(20000) NOT NULL,
    suggested_class   VARCHAR(64)    NOT NULL,
    suggested_type    VARCHAR(64)    NOT NULL,
    suggestion_reason VARCHAR(2000)  NOT NULL,
    rsit_class        VARCHAR(64)    NOT NULL,
    rsit_type         VARCHAR(64)    NOT NULL,
    classified_by     VARCHAR(64)    NOT NULL,
    incident_id       VARCHAR(36),
    status_note       VARCHAR(2000)  NOT NULL,
    m_class           INT            NOT NULL,
    m_tlp             VARCHAR(16)    NOT NULL,
    m_rel             VARCHAR(1000)  NOT NULL,
    m_orig            VARCHAR(64)    NOT NULL,
    m_flags           VARCHAR(100)   NOT NULL
);
CREATE INDEX cyber_report_queue ON cyber_report (status, received_at);
CREATE INDEX cyber_report_received ON cyber_report (received_at);
CREATE INDEX cyber_report_agency ON cyber_report (submitter_agency, received_at);
CREATE INDEX cyber_report_closed ON cyber_report (closed_at);
CREATE INDEX cyber_report_incident ON cyber_report (incident_id);

-- Normalised observables, one row per (report, kind, value): correlation joins on (kind, obs_value).
CREATE TABLE cyber_report_observable (
    report_id   VARCHAR(36)   NOT NULL REFERENCES cyber_report (id) ON DELETE CASCADE,
    kind        VARCHAR(16)   NOT NULL,
    obs_value   VARCHAR(2048) NOT NULL,
    origin      VARCHAR(8)    NOT NULL,
    PRIMARY KEY (report_id, kind, obs_value)
);
CREATE INDEX cyber_observable_value ON cyber_report_observable (kind, obs_value);

CREATE TABLE cyber_report_attachment (
    id          VARCHAR(36)   NOT NULL PRIMARY KEY,
    report_id   VARCHAR(36)   NOT NULL REFERENCES cyber_report (id) ON DELETE CASCADE,
    filename    VARCHAR(200)  NOT NULL,
    media_type  VARCHAR(64)   NOT NULL,
    size_bytes  BIGINT        NOT NULL,
    sha256      VARCHAR(64)   NOT NULL,
    content     BYTEA         NOT NULL
);
CREATE INDEX cyber_attachment_report ON cyber_report_attachment (report_id);

-- Classification rules: transparent, ordered, edited by supervisors. A rule fires when one of its
-- keywords occurs in the text (or it has none) and, if it names an observable kind, the report has one.
CREATE TABLE cyber_rsit_rule (
    id              VARCHAR(36)   NOT NULL PRIMARY KEY,
    position        INT           NOT NULL,
    name            VARCHAR(200)  NOT NULL,
    keywords        VARCHAR(2000) NOT NULL,
    observable_kind VARCHAR(16)   NOT NULL,
    rsit_class      VARCHAR(64)   NOT NULL,
    rsit_type       VARCHAR(64)   NOT NULL,
    active          BOOLEAN       NOT NULL
);

-- Routing rules: the first active rule (by position) whose conditions all hold names the
-- competent authority; the default rule (no conditions) is always last.
CREATE TABLE cyber_routing_rule (
    id              VARCHAR(36)   NOT NULL PRIMARY KEY,
    position        INT           NOT NULL,
    rsit_class      VARCHAR(64)   NOT NULL,
    rsit_type       VARCHAR(64)   NOT NULL,
    country         VARCHAR(2)    NOT NULL,
    sector          VARCHAR(32)   NOT NULL,
    authority_code  VARCHAR(64)   NOT NULL,
    authority_name  VARCHAR(200)  NOT NULL,
    is_default      BOOLEAN       NOT NULL,
    active          BOOLEAN       NOT NULL
);

-- Who forwarded which report to whom, when, under which rule (the rule's text is kept as it was).
CREATE TABLE cyber_forwarding (
    id              VARCHAR(36)   NOT NULL PRIMARY KEY,
    report_id       VARCHAR(36)   NOT NULL REFERENCES cyber_report (id) ON DELETE CASCADE,
    at              TIMESTAMP WITH TIME ZONE NOT NULL,
    actor           VARCHAR(64)   NOT NULL,
    authority_code  VARCHAR(64)   NOT NULL,
    authority_name  VARCHAR(200)  NOT NULL,
    rule_id         VARCHAR(36)   NOT NULL,
    rule_text       VARCHAR(500)  NOT NULL
);
CREATE INDEX cyber_forwarding_report ON cyber_forwarding (report_id, at);

-- The one outbox of the cyber module: notifications to reporters, subscription confirmations,
-- advisories and referral notices. No mail server is configured: messages wait here, QUEUED,
-- until a mail relay (or a person) sends them. subject_ref names what a message is about (a report
-- id, an advisory's tracking id, a referral reference); rows are marked like any record.
CREATE TABLE cyber_outbox (
    id            VARCHAR(36)    NOT NULL PRIMARY KEY,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    kind          VARCHAR(24)    NOT NULL,
    recipient     VARCHAR(254)   NOT NULL,
    language      VARCHAR(8)     NOT NULL,
    subject       VARCHAR(300)   NOT NULL,
    body          VARCHAR(20000) NOT NULL,
    state         VARCHAR(16)    NOT NULL,
    subject_ref   VARCHAR(64)    NOT NULL,
    subscriber_id VARCHAR(36),
    m_class       INT            NOT NULL,
    m_tlp         VARCHAR(16)    NOT NULL,
    m_rel         VARCHAR(1000)  NOT NULL,
    m_orig        VARCHAR(64)    NOT NULL,
    m_flags       VARCHAR(100)   NOT NULL
);
CREATE INDEX cyber_outbox_created ON cyber_outbox (created_at);
CREATE INDEX cyber_outbox_subject ON cyber_outbox (subject_ref, kind);
CREATE INDEX cyber_outbox_subscriber ON cyber_outbox (subscriber_id);

CREATE TABLE cyber_incident (
    id          VARCHAR(36)   NOT NULL PRIMARY KEY,
    title       VARCHAR(300)  NOT NULL,
    status      VARCHAR(16)   NOT NULL,
    owner       VARCHAR(64)   NOT NULL,
    rsit_class  VARCHAR(64)   NOT NULL,
    rsit_type   VARCHAR(64)   NOT NULL,
    opened_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_at   TIMESTAMP WITH TIME ZONE,
    m_class     INT           NOT NULL,
    m_tlp       VARCHAR(16)   NOT NULL,
    m_rel       VARCHAR(1000) NOT NULL,
    m_orig      VARCHAR(64)   NOT NULL,
    m_flags     VARCHAR(100)  NOT NULL
);
CREATE INDEX cyber_incident_status ON cyber_incident (status, updated_at);

-- The incident's timeline: every transition, merge, owner change and note, in order.
CREATE TABLE cyber_incident_event (
    id           VARCHAR(36)   NOT NULL PRIMARY KEY,
    incident_id  VARCHAR(36)   NOT NULL REFERENCES cyber_incident (id),
    seq          INT           NOT NULL,
    at           TIMESTAMP WITH TIME ZONE NOT NULL,
    actor        VARCHAR(64)   NOT NULL,
    kind         VARCHAR(32)   NOT NULL,
    detail       VARCHAR(2000) NOT NULL
);
CREATE UNIQUE INDEX cyber_incident_event_seq ON cyber_incident_event (incident_id, seq);

CREATE TABLE cyber_investigation (
    id          VARCHAR(36)   NOT NULL PRIMARY KEY,
    title       VARCHAR(300)  NOT NULL,
    status      VARCHAR(16)   NOT NULL,
    owner       VARCHAR(64)   NOT NULL,
    opened_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_at   TIMESTAMP WITH TIME ZONE,
    m_class     INT           NOT NULL,
    m_tlp       VARCHAR(16)   NOT NULL,
    m_rel       VARCHAR(1000) NOT NULL,
    m_orig      VARCHAR(64)   NOT NULL,
    m_flags     VARCHAR(100)  NOT NULL
);

CREATE TABLE cyber_investigation_incident (
    investigation_id VARCHAR(36) NOT NULL REFERENCES cyber_investigation (id),
    incident_id      VARCHAR(36) NOT NULL REFERENCES cyber_incident (id),
    PRIMARY KEY (investigation_id, incident_id)
);
CREATE INDEX cyber_investigation_by_incident ON cyber_investigation_incident (incident_id);

-- The starting rule set: readable, and changed by supervisors in the UI. Keywords are matched as
-- whole words, case-insensitively, in English, French and German.
INSERT INTO cyber_rsit_rule (id, position, name, keywords, observable_kind, rsit_class, rsit_type, active) VALUES
('00000000-0000-4000-8000-000000000101', 10, 'Phishing', 'phishing,phished,fake login,password reset link,hameçonnage,hameconnage,identifiants,Phishing-Mail,Passwort-Link', '', 'fraud', 'phishing', TRUE),
('00000000-0000-4000-8000-000000000102', 20, 'Ransomware', 'ransomware,encrypted my files,ransom,rançongiciel,rançon,Erpressungstrojaner,Lösegeld,verschlüsselt', '', 'malicious-code', 'infected-system', TRUE),
('00000000-0000-4000-8000-000000000103', 30, 'Investment or crypto scam', 'investment scam,crypto scam,fake investment,escroquerie,arnaque,placement,Anlagebetrug,Betrug', 'BTC_WALLET', 'fraud', 'masquerade', TRUE),
('00000000-0000-4000-8000-000000000104', 31, 'Investment or crypto scam (Ethereum)', 'investment scam,crypto scam,fake investment,escroquerie,arnaque,placement,Anlagebetrug,Betrug', 'ETH_WALLET', 'fraud', 'masquerade', TRUE),
('00000000-0000-4000-8000-000000000105', 40, 'Account taken over', 'hacked account,account was hacked,someone logged into,compte piraté,piraté,gehackt,Konto übernommen', '', 'intrusions', 'unprivileged-account-compromise', TRUE),
('00000000-0000-4000-8000-000000000106', 50, 'Denial of service', 'ddos,denial of service,déni de service,überlastet,Überlastungsangriff', '', 'availability', 'ddos', TRUE),
('00000000-0000-4000-8000-000000000107', 60, 'Spam', 'spam,unsolicited,pourriel,indésirable,Werbemail', '', 'abusive-content', 'spam', TRUE),
('00000000-0000-4000-8000-000000000108', 70, 'Threats or harassment', 'threat,harassment,threatened,menace,harcèlement,Drohung,Belästigung', '', 'abusive-content', 'harmful-speech', TRUE),
('00000000-0000-4000-8000-000000000109', 80, 'Data leak', 'data leak,leaked,data breach,fuite de données,Datenleck,Datenpanne', '', 'information-content-security', 'data-leak', TRUE),
('00000000-0000-4000-8000-000000000110', 90, 'Fake shop', 'fake shop,never delivered,faux site,jamais livré,Fake-Shop,nie geliefert', 'URL', 'fraud', 'masquerade', TRUE),
('00000000-0000-4000-8000-000000000111', 100, 'Malware', 'malware,virus,trojan,logiciel malveillant,Schadsoftware,Trojaner', '', 'malicious-code', 'malware-distribution', TRUE),
('00000000-0000-4000-8000-000000000112', 110, 'Scanning', 'port scan,scanning,balayage de ports,Portscan', 'IPV4', 'information-gathering', 'scanner', TRUE);

INSERT INTO cyber_routing_rule (id, position, rsit_class, rsit_type, country, sector, authority_code, authority_name, is_default, active) VALUES
('00000000-0000-4000-8000-000000000201', 10, 'fraud', '', '', 'finance', 'CERT-FIN', 'Financial sector CERT', FALSE, TRUE),
('00000000-0000-4000-8000-000000000202', 20, 'fraud', '', '', '', 'POLICE-CYBER', 'National police cybercrime unit', FALSE, TRUE),
('00000000-0000-4000-8000-000000000203', 1000000, '', '', '', '', 'NATIONAL-CSIRT', 'National CSIRT', TRUE, TRUE);

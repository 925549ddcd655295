-- The Passenger Information Unit's store: messages as received, bookings in versions, passengers,
-- itinerary legs, travel documents and API (PAXLST) travellers. Only Annex I items of Directive
-- (EU) 2016/681 have a place here: typed columns for what is searched (names, documents, routes,
-- dates) and, per version, the booking as JSON in the shape of the ingest model, whose every
-- component is tagged with its Annex I item (org.issa.passenger.pnr.Annex).

-- One row per message, stored once: a second delivery of the same reference and content is recognised.
CREATE TABLE pnr_message (
    id                 VARCHAR(36)   NOT NULL PRIMARY KEY,
    message_ref        VARCHAR(200)  NOT NULL,
    content_hash       VARCHAR(64)   NOT NULL,
    kind               VARCHAR(16)   NOT NULL,
    syntax_version     VARCHAR(32)   NOT NULL,
    push_type          VARCHAR(16)   NOT NULL,
    sender             VARCHAR(64)   NOT NULL,
    flight             VARCHAR(64)   NOT NULL,
    channel            VARCHAR(16)   NOT NULL,
    received_by        VARCHAR(64)   NOT NULL,
    received_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    booking_count      INT           NOT NULL,
    passenger_count    INT           NOT NULL,
    quarantined        INT           NOT NULL,
    sensitive_deleted  INT           NOT NULL,
    raw_bytes          INT           NOT NULL,
    depersonalised_at  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pnr_message_once UNIQUE (message_ref, content_hash)
);
CREATE INDEX pnr_message_received ON pnr_message (received_at);

-- The message text as received, except the text of segments that carried sensitive data (replaced
-- by a marker naming the category). Erased at depersonalisation: a raw message identifies everyone in it.
CREATE TABLE pnr_message_raw (
    message_id  VARCHAR(36)  NOT NULL PRIMARY KEY REFERENCES pnr_message (id),
    raw         BYTEA        NOT NULL
);

-- Segments that could not be read, with where and why; the rest of the message is kept.
CREATE TABLE pnr_quarantine (
    id           VARCHAR(36)   NOT NULL PRIMARY KEY,
    message_id   VARCHAR(36)   NOT NULL REFERENCES pnr_message (id),
    message_ref  VARCHAR(200)  NOT NULL,
    position     INT           NOT NULL,
    segment      VARCHAR(16)   NOT NULL,
    reason       VARCHAR(1000) NOT NULL
);
CREATE INDEX pnr_quarantine_message ON pnr_quarantine (message_id, position);

-- Sensitive data deleted on receipt (Art 13(4)): which message, where, what category; never the content.
CREATE TABLE pnr_sensitive_deletion (
    id           VARCHAR(36)   NOT NULL PRIMARY KEY,
    message_id   VARCHAR(36)   NOT NULL REFERENCES pnr_message (id),
    message_ref  VARCHAR(200)  NOT NULL,
    locator      VARCHAR(20)   NOT NULL,
    category     VARCHAR(32)   NOT NULL,
    segment      VARCHAR(16)   NOT NULL,
    deleted_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX pnr_sensitive_message ON pnr_sensitive_deletion (message_id);

-- A booking: carrier + record locator + creation date ('' when the message does not give it).
CREATE TABLE pnr_booking (
    id                  VARCHAR(36)   NOT NULL PRIMARY KEY,
    carrier             VARCHAR(3)    NOT NULL,
    locator             VARCHAR(20)   NOT NULL,
    created_key         VARCHAR(10)   NOT NULL,
    current_version_id  VARCHAR(36)   NOT NULL,
    versions            INT           NOT NULL,
    first_received_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    last_received_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    m_class             INT           NOT NULL,
    m_tlp               VARCHAR(16)   NOT NULL,
    m_rel               VARCHAR(1000) NOT NULL,
    m_orig              VARCHAR(64)   NOT NULL,
    m_flags             VARCHAR(100)  NOT NULL,
    CONSTRAINT pnr_booking_key UNIQUE (carrier, locator, created_key)
);

-- Each push of a booking (full or changes-only) is a version; its retention runs from its receipt.
CREATE TABLE pnr_booking_version (
    id                 VARCHAR(36)   NOT NULL PRIMARY KEY,
    booking_id         VARCHAR(36)   NOT NULL REFERENCES pnr_booking (id),
    message_id         VARCHAR(36)   NOT NULL REFERENCES pnr_message (id),
    version_no         INT           NOT NULL,
    push_type          VARCHAR(16)   NOT NULL,
    received_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    travel_agency      VARCHAR(200)  NOT NULL,
    passenger_count    INT           NOT NULL,
    booking_json       TEXT          NOT NULL,
    depersonalised_at  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pnr_version_no UNIQUE (booking_id, version_no)
);
CREATE INDEX pnr_version_message ON pnr_booking_version (message_id);
CREATE INDEX pnr_version_received ON pnr_booking_version (received_at);

CREATE TABLE pnr_passenger (
    id           VARCHAR(36)   NOT NULL PRIMARY KEY,
    version_id   VARCHAR(36)   NOT NULL REFERENCES pnr_booking_version (id),
    booking_id   VARCHAR(36)   NOT NULL,
    position     INT           NOT NULL,
    pax_ref      VARCHAR(20)   NOT NULL,
    pax_type     VARCHAR(8)    NOT NULL,
    surname      VARCHAR(200)  NOT NULL,
    given_names  VARCHAR(200)  NOT NULL,
    name_key     VARCHAR(400)  NOT NULL,
    masked       BOOLEAN       NOT NULL
);
CREATE INDEX pnr_passenger_version ON pnr_passenger (version_id, position);
CREATE INDEX pnr_passenger_name ON pnr_passenger (name_key);

CREATE TABLE pnr_leg (
    id                VARCHAR(36)  NOT NULL PRIMARY KEY,
    version_id        VARCHAR(36)  NOT NULL REFERENCES pnr_booking_version (id),
    booking_id        VARCHAR(36)  NOT NULL,
    position          INT          NOT NULL,
    carrier           VARCHAR(3)   NOT NULL,
    flight_number     VARCHAR(8)   NOT NULL,
    operating         VARCHAR(16)  NOT NULL,
    origin            VARCHAR(5)   NOT NULL,
    destination       VARCHAR(5)   NOT NULL,
    departure_date    DATE,
    departure_time    VARCHAR(5)   NOT NULL,
    arrival_date      DATE,
    arrival_time      VARCHAR(5)   NOT NULL,
    status            VARCHAR(8)   NOT NULL
);
CREATE INDEX pnr_leg_version ON pnr_leg (version_id, position);
CREATE INDEX pnr_leg_flight ON pnr_leg (departure_date, carrier, flight_number);
CREATE INDEX pnr_leg_route ON pnr_leg (origin, destination, departure_date);

-- Travel documents from SSR DOCS (Annex I item 18, masking group f).
CREATE TABLE pnr_document (
    id            VARCHAR(36)   NOT NULL PRIMARY KEY,
    version_id    VARCHAR(36)   NOT NULL REFERENCES pnr_booking_version (id),
    passenger_id  VARCHAR(36)   NOT NULL,
    doc_type      VARCHAR(4)    NOT NULL,
    doc_number    VARCHAR(40)   NOT NULL,
    issuer        VARCHAR(3)    NOT NULL,
    nationality   VARCHAR(3)    NOT NULL,
    birth_date    DATE,
    gender        VARCHAR(2)    NOT NULL,
    expiry        DATE,
    masked        BOOLEAN       NOT NULL
);
CREATE INDEX pnr_document_version ON pnr_document (version_id);
CREATE INDEX pnr_document_number ON pnr_document (doc_number);

-- API data (PAXLST): one row per traveller and document; all of it is masking group f.
CREATE TABLE pnr_api_traveller (
    id              VARCHAR(36)   NOT NULL PRIMARY KEY,
    message_id      VARCHAR(36)   NOT NULL REFERENCES pnr_message (id),
    position        INT           NOT NULL,
    carrier         VARCHAR(3)    NOT NULL,
    flight_number   VARCHAR(8)    NOT NULL,
    origin          VARCHAR(5)    NOT NULL,
    destination     VARCHAR(5)    NOT NULL,
    departure_date  DATE,
    role            VARCHAR(8)    NOT NULL,
    surname         VARCHAR(200)  NOT NULL,
    given_names     VARCHAR(200)  NOT NULL,
    name_key        VARCHAR(400)  NOT NULL,
    birth_date      DATE,
    gender          VARCHAR(2)    NOT NULL,
    nationality     VARCHAR(3)    NOT NULL,
    doc_type        VARCHAR(4)    NOT NULL,
    doc_number      VARCHAR(40)   NOT NULL,
    doc_expiry      DATE,
    locator         VARCHAR(20)   NOT NULL,
    masked          BOOLEAN       NOT NULL,
    m_class         INT           NOT NULL,
    m_tlp           VARCHAR(16)   NOT NULL,
    m_rel           VARCHAR(1000) NOT NULL,
    m_orig          VARCHAR(64)   NOT NULL,
    m_flags         VARCHAR(100)  NOT NULL
);
CREATE INDEX pnr_api_message ON pnr_api_traveller (message_id, position);
CREATE INDEX pnr_api_name ON pnr_api_traveller (name_key);
CREATE INDEX pnr_api_document ON pnr_api_traveller (doc_number);

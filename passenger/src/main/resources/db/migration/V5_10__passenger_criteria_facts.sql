-- A compact copy of the criteria facts of each booking's CURRENT version, for the criteria backtest: per passenger,
-- in order, the passenger reference and the values of the non-history fields of the criteria model
-- (org.issa.passenger.criteria.CriteriaFacts; a binary form of our own). Only what the model offers to criteria is
-- in it: no name, document, contact or free text. It is derived from pnr_booking_version.booking_json and kept in
-- step with it by the store (written in the transaction of the version that becomes current), by retention
-- (rewritten from the masked booking at depersonalisation; moved to the remaining latest version or removed at
-- deletion) and by a start-up backfill for versions stored without it (or under another layout of the model).
--
-- day_key orders the rows by departure day (epoch day * 2^44 + 44 bits of the version id): H2 keeps a table in the
-- order of a single BIGINT primary key, so the bookings departing in a period are read as one range, in order,
-- rather than one random row look-up each through a secondary index. Bookings without a departure date sit below
-- every dated key. departure_date is the local date of the first leg (pnr_leg position 1), as the backtest selects.
CREATE TABLE pnr_criteria_facts (
    day_key         BIGINT        NOT NULL PRIMARY KEY,
    booking_id      VARCHAR(36)   NOT NULL,
    version_id      VARCHAR(36)   NOT NULL,
    departure_date  DATE,
    masked          BOOLEAN       NOT NULL,
    layout          INT           NOT NULL,
    facts           BYTEA         NOT NULL,
    CONSTRAINT pnr_criteria_facts_booking UNIQUE (booking_id)
);

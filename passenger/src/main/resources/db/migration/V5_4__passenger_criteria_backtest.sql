-- Backtests of criterion versions: how many hits a version would have raised on the stored data of a period. Counts
-- only (no personal data); the per-day counts are a JSON object in a text column.

CREATE TABLE pnr_criterion_backtest (
    id             VARCHAR(36)   NOT NULL PRIMARY KEY,
    criterion_id   VARCHAR(36)   NOT NULL,
    version        INT           NOT NULL,
    period_from    DATE          NOT NULL,
    period_to      DATE          NOT NULL,
    bookings       BIGINT        NOT NULL,
    passengers     BIGINT        NOT NULL,
    hits           BIGINT        NOT NULL,
    undecided      BIGINT        NOT NULL,
    seconds        DOUBLE PRECISION NOT NULL,
    per_day        VARCHAR(8000) NOT NULL,
    run_by         VARCHAR(64)   NOT NULL,
    run_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pnr_criterion_backtest_of FOREIGN KEY (criterion_id, version)
        REFERENCES pnr_criterion_version (criterion_id, version)
);
CREATE INDEX pnr_criterion_backtest_version ON pnr_criterion_backtest (criterion_id, version, run_at);

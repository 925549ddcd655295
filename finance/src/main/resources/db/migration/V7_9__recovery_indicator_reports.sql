-- What the asset-recovery indicators last reported to the strategy monitor, per indicator and
-- reference date, so that a scheduled run reports a figure again only when it changed.

CREATE TABLE fin_indicator_report (
    indicator_code  VARCHAR(40)   NOT NULL,
    ref_date        DATE          NOT NULL,
    reported_value  NUMERIC(22, 4) NOT NULL,
    reported_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (indicator_code, ref_date)
);

-- Sales (disposal) of confiscated assets: the buyer, the price, the reacquisition check made before
-- the decision (its findings kept as JSON text, with the entity ids so that the explanation can be
-- redacted for each reader), and the supervisor's decision with its reason and any override.

CREATE TABLE fin_aro_sale (
    id              VARCHAR(36)   NOT NULL PRIMARY KEY,
    asset_id        VARCHAR(36)   NOT NULL REFERENCES fin_aro_asset (id),
    buyer_name      VARCHAR(300)  NOT NULL,
    buyer_birth     DATE,
    buyer_id_number VARCHAR(100)  NOT NULL,
    buyer_company   VARCHAR(300)  NOT NULL,
    currency        VARCHAR(3)    NOT NULL,
    price           NUMERIC(19, 2) NOT NULL,
    check_result    VARCHAR(16)   NOT NULL,
    check_findings  VARCHAR(20000) NOT NULL,
    checked_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    network_size    INT           NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    requested_by    VARCHAR(64)   NOT NULL,
    requested_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_by      VARCHAR(64),
    decided_at      TIMESTAMP WITH TIME ZONE,
    decision_reason VARCHAR(2000),
    override_reason VARCHAR(2000)
);
CREATE INDEX fin_aro_sale_asset ON fin_aro_sale (asset_id, requested_at);

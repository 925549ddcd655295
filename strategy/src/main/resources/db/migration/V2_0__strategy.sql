-- The strategy implementation monitor. The catalogue (objectives, actions, indicators) is data in
-- the repository; these tables hold what changes: status, progress updates, indicator values.

CREATE TABLE strategy_action_status (
    action_code  VARCHAR(32)  NOT NULL PRIMARY KEY,
    status       VARCHAR(16)  NOT NULL,
    changed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_by   VARCHAR(64)  NOT NULL
);

CREATE TABLE strategy_progress_update (
    id           VARCHAR(36)   NOT NULL PRIMARY KEY,
    action_code  VARCHAR(32)   NOT NULL,
    at           TIMESTAMP WITH TIME ZONE NOT NULL,
    author       VARCHAR(64)   NOT NULL,
    body         VARCHAR(8000) NOT NULL,
    status_after VARCHAR(16),
    m_class      INT           NOT NULL,
    m_tlp        VARCHAR(16)   NOT NULL,
    m_rel        VARCHAR(1000) NOT NULL,
    m_orig       VARCHAR(64)   NOT NULL,
    m_flags      VARCHAR(100)  NOT NULL
);
CREATE INDEX strategy_update_action ON strategy_progress_update (action_code, at);
CREATE INDEX strategy_update_at ON strategy_progress_update (at);

CREATE TABLE strategy_indicator_value (
    id             VARCHAR(36)    NOT NULL PRIMARY KEY,
    indicator_code VARCHAR(40)    NOT NULL,
    ref_date       DATE           NOT NULL,
    amount         NUMERIC(20, 4) NOT NULL,
    source         VARCHAR(64)    NOT NULL,
    author         VARCHAR(64)    NOT NULL,
    recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    m_class        INT            NOT NULL,
    m_tlp          VARCHAR(16)    NOT NULL,
    m_rel          VARCHAR(1000)  NOT NULL,
    m_orig         VARCHAR(64)    NOT NULL,
    m_flags        VARCHAR(100)   NOT NULL
);
CREATE INDEX strategy_value_indicator ON strategy_indicator_value (indicator_code, ref_date);

-- Every status change, so that a report can show where each action stood at the end of a year.
CREATE TABLE strategy_status_change (
    id           VARCHAR(36)  NOT NULL PRIMARY KEY,
    action_code  VARCHAR(32)  NOT NULL,
    status       VARCHAR(16)  NOT NULL,
    at           TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_by   VARCHAR(64)  NOT NULL
);
CREATE INDEX strategy_status_change_at ON strategy_status_change (at);

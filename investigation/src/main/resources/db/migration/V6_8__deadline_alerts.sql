-- Warnings and overdue flags raised by the deadline watch for exchange requests and arrest warrants.
-- One row per (record, deadline, due time, level): the unique key is what makes the watch idempotent.

CREATE TABLE inv_deadline_alert (
    id           VARCHAR(36)   NOT NULL PRIMARY KEY,
    record_type  VARCHAR(16)   NOT NULL,
    record_id    VARCHAR(36)   NOT NULL,
    deadline     VARCHAR(32)   NOT NULL,
    due_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    level        VARCHAR(16)   NOT NULL,
    raised_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    UNIQUE (record_type, record_id, deadline, due_at, level)
);
CREATE INDEX inv_deadline_alert_record ON inv_deadline_alert (record_type, record_id);

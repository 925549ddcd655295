-- TAXII 2.1 scheduled synchronisation with peers. sync_minutes: the interval set by a supervisor
-- (NULL: on demand only); schedule_by: that supervisor, on whose behalf scheduled syncs run;
-- next_sync_at: when the peer is next due (the interval, doubled per consecutive failure up to
-- eight times it); sync_failures: consecutive failed scheduled runs (0 after a success);
-- last_sync_at/last_sync_ok: the last scheduled run. sync_claimed_by/sync_claimed_until: the node
-- running the peer's sync now, taken by a conditional UPDATE so two nodes never run it at once;
-- a claim past its time (a node that died) may be taken again.

ALTER TABLE cyber_taxii_peer ADD COLUMN sync_minutes INT;
ALTER TABLE cyber_taxii_peer ADD COLUMN schedule_by VARCHAR(64);
ALTER TABLE cyber_taxii_peer ADD COLUMN next_sync_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE cyber_taxii_peer ADD COLUMN sync_failures INT DEFAULT 0 NOT NULL;
ALTER TABLE cyber_taxii_peer ADD COLUMN last_sync_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE cyber_taxii_peer ADD COLUMN last_sync_ok BOOLEAN;
ALTER TABLE cyber_taxii_peer ADD COLUMN sync_claimed_by VARCHAR(100);
ALTER TABLE cyber_taxii_peer ADD COLUMN sync_claimed_until TIMESTAMP WITH TIME ZONE;
CREATE INDEX cyber_taxii_peer_due ON cyber_taxii_peer (next_sync_at);

package org.issa.core.audit;

import java.time.Instant;

/** One stored entry of the chain: the event, its place, its time and the hashes that bind it. */
public record AuditEntry(long seq, Instant at, AuditEvent event, String prevHash, String hash) {
}

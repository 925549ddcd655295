package org.issa.core.testdb;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.issa.core.audit.AuditChain;
import org.issa.core.audit.AuditEntry;
import org.issa.core.audit.AuditEvent;
import org.issa.core.audit.AuditLog;

/** Keeps a hash-chained audit trail in memory, for domain tests that run without the application's audit table. */
public final class RecordingAuditLog implements AuditLog {
    public final List<AuditEntry> entries = new ArrayList<>();

    @Override
    public synchronized AuditEntry record(AuditEvent event) {
        String prev = entries.isEmpty() ? AuditChain.GENESIS : entries.getLast().hash();
        long seq = entries.size() + 1;
        Instant at = AuditChain.normalise(Instant.now());
        AuditEntry e = new AuditEntry(seq, at, event, prev, AuditChain.hash(seq, at, event, prev));
        entries.add(e);
        return e;
    }

    /** The actions recorded, oldest first. */
    public List<String> actions() {
        return entries.stream().map(e -> e.event().action()).toList();
    }

    /** The latest event. */
    public AuditEvent last() {
        return entries.getLast().event();
    }
}

package org.issa.app.audit;

import java.time.Instant;
import java.util.Optional;

/** Filters of the audit search; each is optional. {@code record} matches the record id. */
public record AuditQuery(Optional<String> actor, Optional<String> action, Optional<String> recordType,
                         Optional<String> recordId, Optional<Instant> from, Optional<Instant> to) {

    public static AuditQuery all() {
        return new AuditQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }
}

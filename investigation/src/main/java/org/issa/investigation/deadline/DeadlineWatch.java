package org.issa.investigation.deadline;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.issa.core.audit.AuditEvent;
import org.issa.core.audit.AuditLog;
import org.issa.core.sql.DataAccessException;
import org.issa.core.tx.Transactions;

/**
 * Follows every running limit of its sources: once a limit enters its warning window a WARNING is
 * raised, once it has expired an OVERDUE flag. Each alert is stored once per (record, limit, due time,
 * level) — running the watch again, or on two nodes at once, raises nothing twice — and written, in
 * the same transaction, to the record's history and to the audit trail as the system's act. A limit
 * whose due time moves (an extension, a postponement) gets alerts of its own.
 */
public final class DeadlineWatch {

    private final List<DeadlineSource> sources;
    private final AlertStore alerts;
    private final AuditLog audit;
    private final Transactions tx;
    private final Clock clock;
    private final WarningPolicy policy;

    public DeadlineWatch(List<DeadlineSource> sources, AlertStore alerts, AuditLog audit, Transactions tx, Clock clock,
                         WarningPolicy policy) {
        this.sources = List.copyOf(sources);
        this.alerts = alerts;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
        this.policy = policy;
    }

    public WarningPolicy policy() {
        return policy;
    }

    /** One pass: the alerts raised now (empty when nothing new is due). */
    public List<Alert> run() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        List<Alert> raised = new ArrayList<>();
        for (DeadlineSource source : sources) {
            for (Deadline d : source.running()) {
                policy.levelAt(d, now).ifPresent(level -> {
                    if (alerts.exists(d, level)) {
                        return;
                    }
                    Alert a = new Alert(UUID.randomUUID().toString(), d.recordType(), d.recordId(), d.name(), d.dueAt(), level, now);
                    try {
                        tx.run(() -> {
                            alerts.insert(a);
                            source.alerted(d, level, now);
                            audit.record(AuditEvent.write("system", "investigation.deadline." + level.name().toLowerCase(Locale.ROOT),
                                    "inv_" + d.recordType(), d.recordId(), d.reference() + ": " + d.name() + " due " + d.dueAt() + " ("
                                            + d.basis() + ")"));
                        });
                        raised.add(a);
                    } catch (DataAccessException e) {
                        if (!alerts.exists(d, level)) {
                            throw e; // not a concurrent run that raised it first
                        }
                    }
                });
            }
        }
        return raised;
    }
}

package org.issa.investigation.warrant;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.issa.investigation.deadline.AlertLevel;
import org.issa.investigation.deadline.Deadline;
import org.issa.investigation.deadline.DeadlineSource;

/** The warrant register as a source of deadlines for the watch: the running Art. 17 and Art. 23 limits. */
public final class WarrantDeadlineSource implements DeadlineSource {

    public static final String TYPE = "warrant";

    private final WarrantStore store;

    public WarrantDeadlineSource(WarrantStore store) {
        this.store = store;
    }

    @Override
    public String recordType() {
        return TYPE;
    }

    @Override
    public List<Deadline> running() {
        return store.runningForWatch().stream().flatMap(w -> running(w, store.events(w.id())).stream()).toList();
    }

    /** Alerts change no stage: they are kept in the alert table, which the warrant page shows beside the limits. */
    @Override
    public void alerted(Deadline d, AlertLevel level, Instant at) {
        // the alert itself is kept in the alert table and shown on the warrant's page; nothing else to write
    }

    /** The running limits of one warrant; titles carry states and the limit, never the person. */
    static List<Deadline> running(Warrant w, List<WarrantEvent> events) {
        return WarrantDeadlines.of(events).stream().filter(WarrantDeadlines.Limit::running).map(l -> new Deadline(TYPE, w.id(),
                w.reference(), l.name(), "EAW " + w.issuingState() + " → " + w.executingState() + ": "
                + (l.name().equals(WarrantDeadlines.DECISION) ? "decision on execution" : "surrender"), l.startedAt(), l.dueAt(),
                l.basis())).toList();
    }
}

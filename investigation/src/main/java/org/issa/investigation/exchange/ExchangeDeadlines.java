package org.issa.investigation.exchange;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.issa.investigation.deadline.AlertLevel;
import org.issa.investigation.deadline.Deadline;
import org.issa.investigation.deadline.DeadlineSource;

/** The exchange register as a source of deadlines for the watch: the limit of each open request. */
public final class ExchangeDeadlines implements DeadlineSource {

    public static final String TYPE = "exchange";

    private final ExchangeStore store;

    public ExchangeDeadlines(ExchangeStore store) {
        this.store = store;
    }

    @Override
    public String recordType() {
        return TYPE;
    }

    @Override
    public List<Deadline> running() {
        return store.openForWatch().stream().map(ExchangeDeadlines::deadlineOf).toList();
    }

    @Override
    public void alerted(Deadline d, AlertLevel level, Instant at) {
        ExchangeRequest r = store.findForWatch(d.recordId()).orElse(null);
        if (r == null) {
            return;
        }
        store.insert(new ExchangeEvent(UUID.randomUUID().toString(), r.id(), store.nextSeq(r.id()), at, "system", r.status(), r.status(),
                (level == AlertLevel.WARNING ? "warning: the answer is due " : "overdue: the answer was due ") + d.dueAt() + " ("
                        + d.basis() + ")"));
    }

    /** The running limit of a request; its title names authorities and states, never the subject. */
    static Deadline deadlineOf(ExchangeRequest r) {
        return new Deadline(TYPE, r.id(), r.reference(), "answer", "Information request " + r.requestingState() + " → "
                + r.requestedState() + (r.urgent() ? " (urgent)" : "") + ", " + r.requestedAuthority(), r.receivedAt(), r.dueAt(),
                r.rule().basis());
    }
}

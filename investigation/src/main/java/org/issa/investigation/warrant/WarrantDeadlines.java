package org.issa.investigation.warrant;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.issa.core.error.ConflictException;
import org.issa.core.error.InvalidInputException;

/**
 * The time limits of Framework Decision 2002/584/JHA, computed from a warrant's recorded events:
 * <ul>
 * <li>Art. 17(2): where the person consents, the final decision within 10 days after consent;</li>
 * <li>Art. 17(3): otherwise within 60 days after the arrest;</li>
 * <li>Art. 17(4): where a limit cannot be kept, the issuing authority is informed with reasons and the
 *     limit is extended by a further 30 days (once);</li>
 * <li>Art. 23(2): surrender no later than 10 days after the final decision; Art. 23(3): where surrender is
 *     prevented by circumstances beyond control, within 10 days of the new date agreed.</li>
 * </ul>
 * Days are counted as whole periods of 24 hours from the recorded instant of the event that starts the limit.
 */
public final class WarrantDeadlines {

    public static final Duration AFTER_CONSENT = Duration.ofDays(10);
    public static final Duration AFTER_ARREST = Duration.ofDays(60);
    public static final Duration EXTENSION = Duration.ofDays(30);
    public static final Duration SURRENDER = Duration.ofDays(10);

    public static final String DECISION = "decision";
    public static final String SURRENDER_LIMIT = "surrender";

    /** One limit: when it started and expires, on what basis, and when and how it ended (if it did). */
    public record Limit(String name, Instant startedAt, Instant dueAt, String basis, Optional<Instant> endedAt, String ending) {

        public boolean running() {
            return endedAt.isEmpty();
        }

        public boolean overdue(Instant now) {
            return running() && now.isAfter(dueAt);
        }

        /** Ended after it expired (a decision or surrender taken late). */
        public boolean keptLate() {
            return endedAt.map(e -> e.isAfter(dueAt)).orElse(false) && !ending.equals("withdrawn");
        }
    }

    private WarrantDeadlines() {
    }

    /** The limits that the events have started, in order: the decision limit, then the surrender limit. */
    public static List<Limit> of(List<WarrantEvent> events) {
        List<Limit> out = new ArrayList<>();
        Optional<WarrantEvent> arrest = first(events, WarrantEventKind.ARRESTED);
        Optional<WarrantEvent> consent = first(events, WarrantEventKind.CONSENTED);
        boolean extended = first(events, WarrantEventKind.EXTENDED).isPresent();
        Optional<WarrantEvent> decision = events.stream().filter(e -> e.kind() == WarrantEventKind.SURRENDER_DECIDED
                || e.kind() == WarrantEventKind.REFUSED).findFirst();
        Optional<WarrantEvent> withdrawn = first(events, WarrantEventKind.WITHDRAWN);
        Optional<WarrantEvent> surrendered = first(events, WarrantEventKind.SURRENDERED);

        if (arrest.isPresent() || consent.isPresent()) {
            Instant start = consent.map(WarrantEvent::occurredAt).orElseGet(() -> arrest.get().occurredAt());
            Duration base = consent.isPresent() ? AFTER_CONSENT : AFTER_ARREST;
            String basis = consent.isPresent() ? "FD 2002/584/JHA Art. 17(2): decision within 10 days after consent"
                    : "FD 2002/584/JHA Art. 17(3): decision within 60 days after arrest";
            if (extended) {
                basis += ", extended by 30 days under Art. 17(4)";
            }
            Instant due = start.plus(base).plus(extended ? EXTENSION : Duration.ZERO);
            if (decision.isPresent()) {
                out.add(new Limit(DECISION, start, due, basis, Optional.of(decision.get().occurredAt()),
                        decision.get().kind() == WarrantEventKind.REFUSED ? "refused" : "surrender decided"));
            } else {
                out.add(new Limit(DECISION, start, due, basis, withdrawn.map(WarrantEvent::occurredAt), withdrawn.isPresent() ? "withdrawn" : ""));
            }
        }
        if (decision.isPresent() && decision.get().kind() == WarrantEventKind.SURRENDER_DECIDED) {
            Optional<WarrantEvent> newDate = events.stream().filter(e -> e.kind() == WarrantEventKind.SURRENDER_DATE_AGREED)
                    .reduce((a, b) -> b);
            Instant start = newDate.map(WarrantEvent::occurredAt).orElse(decision.get().occurredAt());
            String basis = newDate.isPresent() ? "FD 2002/584/JHA Art. 23(3): surrender within 10 days of the new date agreed"
                    : "FD 2002/584/JHA Art. 23(2): surrender within 10 days after the final decision";
            Optional<WarrantEvent> end = surrendered.isPresent() ? surrendered : withdrawn;
            out.add(new Limit(SURRENDER_LIMIT, start, start.plus(SURRENDER), basis, end.map(WarrantEvent::occurredAt),
                    surrendered.isPresent() ? "surrendered" : withdrawn.isPresent() ? "withdrawn" : ""));
        }
        return out;
    }

    /** The stage the events put a warrant in. */
    public static WarrantStage stage(List<WarrantEvent> events) {
        WarrantStage s = WarrantStage.ISSUED;
        for (WarrantEvent e : events) {
            s = switch (e.kind()) {
                case ARRESTED -> WarrantStage.ARRESTED;
                case CONSENTED -> WarrantStage.CONSENTED;
                case SURRENDER_DECIDED -> WarrantStage.DECIDED;
                case REFUSED -> WarrantStage.REFUSED;
                case SURRENDERED -> WarrantStage.SURRENDERED;
                case WITHDRAWN -> WarrantStage.WITHDRAWN;
                case EXTENDED, EUROJUST_INFORMED, SURRENDER_DATE_AGREED -> s;
            };
        }
        return s;
    }

    /**
     * Refuses a step that does not fit the warrant's history: each step in its order (arrest before
     * consent, a decision only after arrest, surrender only after a decision to surrender), one extension,
     * nothing after a final outcome, and no step dated before the previous one or in the future (except
     * an agreed surrender date, which lies ahead).
     */
    public static void checkNext(List<WarrantEvent> events, WarrantEventKind next, Instant occurredAt, Instant now) {
        WarrantStage s = stage(events);
        if (s.finished()) {
            throw new ConflictException("the warrant is " + s.label().toLowerCase(java.util.Locale.ROOT) + "; no further step is recorded");
        }
        boolean ok = switch (next) {
            case ARRESTED -> s == WarrantStage.ISSUED;
            case CONSENTED -> s == WarrantStage.ARRESTED;
            case EXTENDED -> s.awaitingDecision() && first(events, WarrantEventKind.EXTENDED).isEmpty();
            case EUROJUST_INFORMED -> s.awaitingDecision() || s == WarrantStage.DECIDED;
            case SURRENDER_DECIDED, REFUSED -> s.awaitingDecision();
            case SURRENDER_DATE_AGREED, SURRENDERED -> s == WarrantStage.DECIDED;
            case WITHDRAWN -> true;
        };
        if (!ok) {
            String why = next == WarrantEventKind.EXTENDED && first(events, WarrantEventKind.EXTENDED).isPresent()
                    ? "the Art. 17 limit was already extended once (Art. 17(4) allows a further 30 days)"
                    : next.label() + " does not follow " + s.label().toLowerCase(java.util.Locale.ROOT);
            throw new ConflictException(why);
        }
        if (next != WarrantEventKind.SURRENDER_DATE_AGREED && occurredAt.isAfter(now.plus(Duration.ofMinutes(5)))) {
            throw new InvalidInputException("occurredAt", "occurredAt lies in the future");
        }
        Optional<Instant> last = events.stream().filter(e -> e.kind() != WarrantEventKind.SURRENDER_DATE_AGREED)
                .map(WarrantEvent::occurredAt).max(Instant::compareTo);
        if (last.isPresent() && occurredAt.isBefore(last.get())) {
            throw new InvalidInputException("occurredAt", "occurredAt lies before the previous step (" + last.get() + ")");
        }
    }

    private static Optional<WarrantEvent> first(List<WarrantEvent> events, WarrantEventKind kind) {
        return events.stream().filter(e -> e.kind() == kind).findFirst();
    }
}

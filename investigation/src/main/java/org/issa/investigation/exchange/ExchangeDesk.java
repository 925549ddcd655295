package org.issa.investigation.exchange;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.issa.core.audit.AuditEvent;
import org.issa.core.audit.AuditLog;
import org.issa.core.error.ConflictException;
import org.issa.core.error.ForbiddenException;
import org.issa.core.error.InvalidInputException;
import org.issa.core.error.NotFoundException;
import org.issa.core.error.Require;
import org.issa.core.marking.Marking;
import org.issa.core.paging.Cursor;
import org.issa.core.paging.Page;
import org.issa.core.security.Principal;
import org.issa.core.security.Role;
import org.issa.core.tx.Transactions;
import org.issa.investigation.cases.CaseDesk;
import org.issa.investigation.deadline.Deadline;
import org.issa.investigation.warrant.ListOffence;

/**
 * The register of information exchange requests under FD 2006/960/JHA. Registering a request fixes
 * its Article 4 time limit from the moment it was received; it then moves RECEIVED → IN_PROGRESS →
 * ANSWERED, or REFUSED on an Article 10 ground with reasons, and may be DELAYED with reasons when the
 * limit cannot be kept (an urgent request may instead be postponed under Art. 4(2), which moves the
 * limit to three days). Analysts and supervisors write, auditors read; markings are enforced in SQL;
 * the subject of a request marked as personal data is shown only with a stated, audited purpose.
 */
public final class ExchangeDesk {

    private static final Pattern STATE = Pattern.compile("[A-Z]{2}");

    private final ExchangeStore store;
    private final CaseDesk cases;
    private final AuditLog audit;
    private final Transactions tx;
    private final Clock clock;

    public ExchangeDesk(ExchangeStore store, CaseDesk cases, AuditLog audit, Transactions tx, Clock clock) {
        this.store = store;
        this.cases = cases;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * What a user enters for a request; {@code receivedAt} defaults to now; {@code regime} names the instrument whose
     * time limits apply ({@link ExchangeRegime#parse}), FD 2006/960/JHA when not given.
     */
    public record RequestInput(Direction direction, String requestingAuthority, String requestingState, String requestedAuthority,
                               String requestedState, String theirReference, String subject, String offence, Boolean urgent,
                               Boolean directlyAccessible, String caseId, Instant receivedAt, Marking marking, String regime) {

        /** A request under FD 2006/960/JHA. */
        public RequestInput(Direction direction, String requestingAuthority, String requestingState, String requestedAuthority,
                            String requestedState, String theirReference, String subject, String offence, Boolean urgent,
                            Boolean directlyAccessible, String caseId, Instant receivedAt, Marking marking) {
            this(direction, requestingAuthority, requestingState, requestedAuthority, requestedState, theirReference, subject, offence,
                    urgent, directlyAccessible, caseId, receivedAt, marking, null);
        }
    }

    public ExchangeRequest register(Principal who, RequestInput in) {
        requireWriter(who);
        if (in == null) {
            throw new InvalidInputException("body", "the request's details are required");
        }
        if (in.direction() == null) {
            throw new InvalidInputException("direction", "direction must be INCOMING or OUTGOING");
        }
        String requesting = Require.text("requestingAuthority", in.requestingAuthority(), 200);
        String requestingState = state("requestingState", in.requestingState());
        String requested = Require.text("requestedAuthority", in.requestedAuthority(), 200);
        String requestedState = state("requestedState", in.requestedState());
        String theirs = in.theirReference() == null || in.theirReference().isBlank() ? "" : Require.text("theirReference",
                in.theirReference(), 100);
        String subject = Require.text("subject", in.subject(), 4000);
        Optional<ListOffence> offence = ListOffence.parse("offence", in.offence());
        if (in.urgent() == null) {
            throw new InvalidInputException("urgent", "say whether the request is urgent (true or false)");
        }
        if (in.directlyAccessible() == null) {
            throw new InvalidInputException("directlyAccessible", "say whether the information is held in a database directly"
                    + " accessible by a law enforcement authority (true or false)");
        }
        ExchangeRegime regime = in.regime() == null || in.regime().isBlank() ? ExchangeRegime.FD_2006_960
                : ExchangeRegime.parse("regime", in.regime());
        Optional<String> caseId = linkedCase(who, in.caseId());
        Instant now = now();
        Instant received = in.receivedAt() == null ? now : in.receivedAt().truncatedTo(ChronoUnit.MILLIS);
        if (received.isAfter(now.plus(Duration.ofMinutes(5)))) {
            throw new InvalidInputException("receivedAt", "receivedAt lies in the future");
        }
        Marking marking = who.markingOfOwnRecord(in.marking());
        TimeLimitRule rule = TimeLimits.ruleFor(regime, in.urgent(), offence.isPresent(), in.directlyAccessible());
        return tx.inTransaction(() -> {
            String prefix = "IX-" + now.atZone(ZoneOffset.UTC).getYear() + "-";
            ExchangeRequest r = new ExchangeRequest(UUID.randomUUID().toString(), prefix + String.format("%05d",
                    store.countReferences(prefix) + 1), in.direction(), requesting, requestingState, requested, requestedState, theirs,
                    subject, offence, in.urgent(), in.directlyAccessible(), caseId, received, rule.code(), received.plus(rule.limit()),
                    ExchangeStatus.RECEIVED, "", Optional.empty(), now, who.username(), marking, false);
            store.insert(r);
            store.insert(new ExchangeEvent(UUID.randomUUID().toString(), r.id(), store.nextSeq(r.id()), now, who.username(),
                    ExchangeStatus.RECEIVED, ExchangeStatus.RECEIVED, "registered; " + rule.basis() + ", due " + r.dueAt()));
            audit.record(AuditEvent.write(who.username(), "investigation.exchange.register", "inv_exchange_request", r.id(),
                    r.reference() + " " + requestingState + " → " + requestedState + ", " + rule.code() + ", " + marking.banner()));
            return r;
        });
    }

    /** One request; its subject, when marked as personal data, only with a stated purpose (audited). */
    public ExchangeRequest get(Principal reader, String id, Optional<String> purpose) {
        requireReader(reader);
        ExchangeRequest r = store.find(reader, id).orElseThrow(() -> new NotFoundException("exchange request", id));
        if (!r.marking().isPersonalData()) {
            return r;
        }
        Optional<String> why = purpose.filter(p -> !p.isBlank());
        if (why.isEmpty()) {
            return r.maskedIfPersonal();
        }
        String p = Require.text("purpose", why.get(), 1000);
        tx.run(() -> audit.recordRead(reader.username(), "inv_exchange_request", r.id(), p));
        return r;
    }

    public List<ExchangeEvent> history(Principal reader, String id) {
        return store.events(get(reader, id, Optional.empty()).id());
    }

    public Page<ExchangeRequest> list(Principal reader, Optional<ExchangeStatus> status, Optional<String> caseId, String cursor, int limit) {
        requireReader(reader);
        String after = Cursor.decode(cursor);
        List<ExchangeRequest> rows = store.list(reader, status, caseId, after.isEmpty() ? Optional.empty() : Optional.of(after), limit + 1)
                .stream().map(ExchangeRequest::maskedIfPersonal).toList();
        return Page.of(rows, limit, ExchangeRequest::reference);
    }

    /** The running limits of the open requests the reader may see. */
    public List<Deadline> deadlines(Principal reader) {
        if (!reader.hasAny(Role.ANALYST, Role.SUPERVISOR, Role.AUDITOR)) {
            return List.of();
        }
        return store.open(reader, 2000).stream().map(ExchangeDeadlines::deadlineOf).toList();
    }

    public ExchangeRequest start(Principal who, String id, String note) {
        requireWriter(who);
        ExchangeRequest r = get(who, id, Optional.empty());
        if (r.status() != ExchangeStatus.RECEIVED && r.status() != ExchangeStatus.DELAYED) {
            throw new ConflictException(r.reference() + " is " + r.status().label().toLowerCase(Locale.ROOT) + "; only a received or"
                    + " delayed request is taken in hand");
        }
        String n = note == null || note.isBlank() ? "taken in hand" : Require.text("note", note, 4000);
        return move(who, r, r.with(ExchangeStatus.IN_PROGRESS, r.statusReason(), r.ruleCode(), r.dueAt(), Optional.empty()), n);
    }

    /**
     * Records that the limit cannot be kept, with the reasons (Art. 4(2)-(4), the form of Annex A). With
     * {@code postpone} an urgent eight-hour request is postponed under Art. 4(2): its limit becomes three
     * days from receipt.
     */
    public ExchangeRequest delay(Principal who, String id, String reasons, boolean postpone) {
        requireWriter(who);
        String why = Require.text("reasons", reasons, 4000);
        ExchangeRequest r = get(who, id, Optional.empty());
        requireOpen(r);
        TimeLimitRule rule = r.rule();
        if (postpone) {
            if (!rule.code().equals(TimeLimits.URGENT.code())) {
                throw new InvalidInputException("postpone", "only an urgent request under the 8-hour limit of Art. 4(1) of FD 2006/960/JHA"
                        + " may be postponed (Art. 4(2)); this one runs under " + rule.code()
                        + (ExchangeRegime.ofRule(rule.code()) == ExchangeRegime.DIRECTIVE_2023_977
                        ? " (Directive (EU) 2023/977 has no such postponement: record a delay with its reasons)" : ""));
            }
            rule = TimeLimits.POSTPONED_URGENT;
        }
        Instant due = r.receivedAt().plus(rule.limit());
        String note = (postpone ? "postponed under Art. 4(2), now due " + due + ": " : "delayed: ") + why;
        return move(who, r, r.with(ExchangeStatus.DELAYED, why, rule.code(), due, Optional.empty()), note);
    }

    public ExchangeRequest answer(Principal who, String id, String note) {
        requireWriter(who);
        ExchangeRequest r = get(who, id, Optional.empty());
        requireOpen(r);
        Instant now = now();
        String n = note == null || note.isBlank() ? "answered" : Require.text("note", note, 4000);
        return move(who, r, r.with(ExchangeStatus.ANSWERED, r.statusReason(), r.ruleCode(), r.dueAt(), Optional.of(now)),
                n + (now.isAfter(r.dueAt()) ? " (after the limit)" : ""));
    }

    public ExchangeRequest refuse(Principal who, String id, RefusalGround ground, String reasons) {
        requireWriter(who);
        if (ground == null) {
            throw new InvalidInputException("ground", "a refusal names its ground under Art. 10 of FD 2006/960/JHA");
        }
        String why = Require.text("reasons", reasons, 4000);
        ExchangeRequest r = get(who, id, Optional.empty());
        requireOpen(r);
        String reason = ground.name() + ": " + why;
        return move(who, r, r.with(ExchangeStatus.REFUSED, reason, r.ruleCode(), r.dueAt(), Optional.of(now())),
                "refused — " + ground.label() + ": " + why);
    }

    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private ExchangeRequest move(Principal who, ExchangeRequest before, ExchangeRequest after, String note) {
        return tx.inTransaction(() -> {
            if (!store.updateWorkflow(after, before.status())) {
                throw new ConflictException(before.reference() + " changed meanwhile; reload and try again");
            }
            store.insert(new ExchangeEvent(UUID.randomUUID().toString(), after.id(), store.nextSeq(after.id()), now(), who.username(),
                    before.status(), after.status(), note));
            audit.record(AuditEvent.write(who.username(), "investigation.exchange." + after.status().name().toLowerCase(Locale.ROOT),
                    "inv_exchange_request", after.id(), after.reference() + ": " + before.status() + " → " + after.status() + ", " + note));
            return after;
        });
    }

    private Optional<String> linkedCase(Principal who, String caseId) {
        if (caseId == null || caseId.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(cases.get(who, caseId.strip()).id());
        } catch (NotFoundException e) {
            throw new InvalidInputException("caseId", "no case " + caseId + " that you may see");
        }
    }

    private static void requireOpen(ExchangeRequest r) {
        if (!r.status().open()) {
            throw new ConflictException(r.reference() + " is " + r.status().label().toLowerCase(Locale.ROOT) + " already");
        }
    }

    static String state(String field, String value) {
        String s = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
        if (!STATE.matcher(s).matches()) {
            throw new InvalidInputException(field, field + " must be a two-letter ISO 3166-1 code such as FR");
        }
        return s;
    }

    private static void requireWriter(Principal who) {
        if (!who.hasAny(Role.ANALYST, Role.SUPERVISOR)) {
            throw new ForbiddenException("your roles do not allow you to handle exchange requests");
        }
    }

    private static void requireReader(Principal who) {
        if (!who.hasAny(Role.ANALYST, Role.SUPERVISOR, Role.AUDITOR)) {
            throw new ForbiddenException("your roles do not allow you to read exchange requests");
        }
    }
}

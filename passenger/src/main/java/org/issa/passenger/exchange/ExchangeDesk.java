package org.issa.passenger.exchange;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
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
import org.issa.core.marking.Handling;
import org.issa.core.marking.Marking;
import org.issa.core.security.Principal;
import org.issa.core.security.Role;
import org.issa.core.tx.Transactions;

/**
 * The PIU's exchange desk. Requests from other PIUs and Europol are registered with their
 * reasoning and a due time, answered or refused by a supervisor; transfers to third countries are
 * registered only when every Art 11 condition is recorded, and the DPO sees each one (Art 11(4))
 * and acknowledges it. Every step is audited; reads of requests and transfers (which name people)
 * are audited with their purpose.
 */
public final class ExchangeDesk {

    public static final String EXCHANGE_PURPOSE = "handling of a request or transfer under Art 9-11 Directive (EU) 2016/681";
    /** "Duly reasoned": a reasoning of a few words is not one. */
    public static final int MIN_REASONING = 40;
    private static final Pattern STATE = Pattern.compile("[A-Z]{2}");

    private final ExchangeStore store;
    private final ResponseDeadlines deadlines;
    private final AuditLog audit;
    private final Transactions tx;
    private final Clock clock;

    public ExchangeDesk(ExchangeStore store, ResponseDeadlines deadlines, AuditLog audit, Transactions tx, Clock clock) {
        this.store = store;
        this.deadlines = deadlines;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    /** A request as entered by the officer who received it. */
    public record NewRequest(String requesterKind, String requester, String requesterState, String theirReference,
                             String channelReference, String offence, String reasoning, String dataRequested, boolean depersonalisedData,
                             String urgency) {
    }

    static void requireRole(Principal who, String what, Role... roles) {
        if (!who.hasAny(roles)) {
            throw new ForbiddenException("your roles do not allow you to " + what);
        }
    }

    public InformationRequest receive(Principal who, NewRequest in, Marking requested) {
        requireRole(who, "register requests", Role.ANALYST, Role.SUPERVISOR);
        RequesterKind kind = parse("requesterKind", in.requesterKind(), RequesterKind.class);
        Urgency urgency = in.urgency() == null || in.urgency().isBlank() ? Urgency.NORMAL : parse("urgency", in.urgency(), Urgency.class);
        String state = Require.text("requesterState", in.requesterState(), 2).toUpperCase(Locale.ROOT);
        if (!STATE.matcher(state).matches()) {
            throw new InvalidInputException("requesterState", "requesterState must be a two-letter code (EU for Europol)");
        }
        String channel = in.channelReference() == null ? "" : in.channelReference().strip();
        if (kind == RequesterKind.EUROPOL && channel.isEmpty()) {
            throw new InvalidInputException("channelReference", "a Europol request comes through its national unit: give the SIENA"
                    + " reference (Art 10(2))");
        }
        if (channel.length() > 100) {
            throw new InvalidInputException("channelReference", "channelReference must be at most 100 characters");
        }
        String reasoning = Require.text("reasoning", in.reasoning(), 4000);
        if (reasoning.length() < MIN_REASONING) {
            throw new InvalidInputException("reasoning", "a request must be duly reasoned (Art 9(2), 10(1)): at least " + MIN_REASONING
                    + " characters stating why the data are needed for the case");
        }
        Instant now = clock.instant();
        Marking m = who.markingOfOwnRecord(requested);
        EnumSet<Handling> flags = EnumSet.of(Handling.PERSONAL_DATA);
        flags.addAll(m.handling());
        InformationRequest r = new InformationRequest(UUID.randomUUID().toString(), kind, Require.text("requester", in.requester(), 300),
                state, Require.text("theirReference", in.theirReference(), 100), channel, kind.legalBasis(),
                Require.text("offence", in.offence(), 200), reasoning, Require.text("dataRequested", in.dataRequested(), 4000),
                in.depersonalisedData(), urgency, who.username(), now, deadlines.due(now, urgency), RequestStatus.RECEIVED,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), m.withHandling(flags));
        tx.run(() -> {
            store.insert(r);
            audit.record(AuditEvent.write(who.username(), "passenger.request.receive", "passenger_request", r.id(), kind + " "
                    + r.requester() + " ref " + r.theirReference() + ", " + urgency + ", due " + r.dueAt()));
        });
        return r;
    }

    /**
     * Answers (the data or results provided) or refuses (with the reason) an open request; a
     * supervisor does, and the full data of a request on depersonalised data only with the Art 12(3) approval.
     */
    public InformationRequest close(Principal who, String id, String outcome, String text, String approvalReference) {
        requireRole(who, "answer requests", Role.SUPERVISOR);
        RequestStatus status = parse("outcome", outcome, RequestStatus.class);
        if (status == RequestStatus.RECEIVED) {
            throw new InvalidInputException("outcome", "outcome must be ANSWERED or REFUSED");
        }
        String body = Require.text(status == RequestStatus.ANSWERED ? "answer" : "reason", text, 4000);
        InformationRequest r = store.request(who, id).orElseThrow(() -> new NotFoundException("request", id));
        String approval = approvalReference == null ? "" : approvalReference.strip();
        if (status == RequestStatus.ANSWERED && r.depersonalisedData() && approval.isEmpty()) {
            throw new InvalidInputException("approvalReference", "the request concerns data older than six months: the full data are"
                    + " disclosed only with the approval of a judicial or other competent authority (Art 12(3)); give its reference");
        }
        if (approval.length() > 200) {
            throw new InvalidInputException("approvalReference", "approvalReference must be at most 200 characters");
        }
        Instant now = clock.instant();
        tx.run(() -> {
            if (!store.close(id, status, who.username(), now, body, approval.isEmpty() ? null : approval)) {
                throw new ConflictException("this request was " + r.status().name().toLowerCase(Locale.ROOT) + " already");
            }
            audit.record(new AuditEvent(who.username(), "passenger.request." + (status == RequestStatus.ANSWERED ? "answer" : "refuse"),
                    "passenger_request", id, r.requesterKind().legalBasis(), (status == RequestStatus.ANSWERED ? "answered " : "refused ")
                    + r.requester() + " ref " + r.theirReference() + (ResponseDeadlines.overdue(r.status(), r.dueAt(), now) ? " (late)" : "")
                    + (approval.isEmpty() ? "" : ", Art 12(3) approval " + approval)));
        });
        return store.request(who, id).orElseThrow();
    }

    public InformationRequest request(Principal reader, String id, Optional<String> purpose) {
        requireRole(reader, "read requests", Role.ANALYST, Role.SUPERVISOR, Role.DPO);
        InformationRequest r = store.request(reader, id).orElseThrow(() -> new NotFoundException("request", id));
        tx.run(() -> audit.recordRead(reader.username(), "passenger_request", id, purpose.filter(p -> !p.isBlank()).orElse(EXCHANGE_PURPOSE)));
        return r;
    }

    public List<InformationRequest> requests(Principal reader, Optional<RequestStatus> status, boolean overdueOnly, int limit) {
        requireRole(reader, "read requests", Role.ANALYST, Role.SUPERVISOR, Role.DPO);
        return store.requests(reader, status, overdueOnly ? Optional.of(clock.instant()) : Optional.empty(), limit);
    }

    public Instant now() {
        return clock.instant();
    }

    /** Registers a transfer to a third country; refused, naming every missing condition, unless all of Art 11 is met. */
    public ThirdCountryTransfer transfer(Principal who, TransferRequest in, Marking requested) {
        requireRole(who, "transfer data to third countries", Role.SUPERVISOR);
        List<TransferConditions.Missing> missing = TransferConditions.missing(in);
        if (!missing.isEmpty()) {
            throw new InvalidInputException(missing.getFirst().field(), "transfer refused: " + String.join("; ",
                    missing.stream().map(m -> m.field() + ": " + m.reason()).toList()));
        }
        TransferRequest q = new TransferRequest(in.country().toUpperCase(Locale.ROOT), in.recipient(), in.caseReference(), in.purpose(),
                in.dataTransferred(), true, true, true, in.chapterVBasis(), in.chapterVReference(), true, in.fromOtherMemberState(),
                in.originState().toUpperCase(Locale.ROOT), in.originConsentReference(), in.urgentWithoutConsent(), in.urgencyJustification(),
                in.depersonalisedData(), in.approvalReference());
        Marking m = who.markingOfOwnRecord(requested);
        EnumSet<Handling> flags = EnumSet.of(Handling.PERSONAL_DATA);
        flags.addAll(m.handling());
        ThirdCountryTransfer t = new ThirdCountryTransfer(UUID.randomUUID().toString(), q, who.username(), clock.instant(), Optional.empty(),
                Optional.empty(), m.withHandling(flags));
        tx.run(() -> {
            store.insert(t);
            audit.record(new AuditEvent(who.username(), "passenger.transfer.third-country", "passenger_transfer", t.id(), q.purpose(),
                    "to " + q.recipient() + " (" + q.country() + "), case " + q.caseReference() + ", " + q.chapterVBasis() + " "
                            + q.chapterVReference() + (q.urgentWithoutConsent() ? ", WITHOUT prior consent (Art 11(2))" : "")
                            + "; DPO informed (Art 11(4))"));
        });
        return t;
    }

    public List<ThirdCountryTransfer> transfers(Principal reader, boolean unacknowledgedOnly, int limit) {
        requireRole(reader, "read transfers", Role.SUPERVISOR, Role.DPO, Role.AUDITOR);
        return store.transfers(reader, unacknowledgedOnly, limit);
    }

    /** The DPO acknowledges having been informed of a transfer (Art 11(4)), for its ex-post review. */
    public ThirdCountryTransfer acknowledge(Principal dpo, String id) {
        requireRole(dpo, "acknowledge transfers", Role.DPO);
        ThirdCountryTransfer t = store.transfer(dpo, id).orElseThrow(() -> new NotFoundException("transfer", id));
        tx.run(() -> {
            if (!store.acknowledge(id, dpo.username(), clock.instant())) {
                throw new ConflictException("this transfer was acknowledged already");
            }
            audit.record(AuditEvent.write(dpo.username(), "passenger.transfer.acknowledge", "passenger_transfer", id,
                    "DPO informed of the transfer to " + t.request().recipient()));
        });
        return store.transfer(dpo, id).orElseThrow();
    }

    private static <E extends Enum<E>> E parse(String field, String text, Class<E> type) {
        try {
            return Enum.valueOf(type, text == null ? "" : text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, field + " must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }
}

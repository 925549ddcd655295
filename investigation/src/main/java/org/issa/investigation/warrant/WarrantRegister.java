package org.issa.investigation.warrant;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
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
import org.issa.core.paging.Cursor;
import org.issa.core.paging.Page;
import org.issa.core.security.Principal;
import org.issa.core.security.Role;
import org.issa.core.tx.Transactions;
import org.issa.investigation.cases.CaseDesk;
import org.issa.investigation.deadline.Deadline;

/**
 * The European Arrest Warrant register. A warrant names the requested person, which is personal data:
 * every warrant is marked PERSONAL_DATA, lists show the person masked, and the person is shown only to
 * a reader who states a purpose, which is audited. Steps (arrest, consent, extension, decisions,
 * surrender) are recorded in order; the Article 17 and 23 limits follow from them
 * ({@link WarrantDeadlines}). Analysts and supervisors write, auditors read; markings in SQL.
 */
public final class WarrantRegister {

    private static final Pattern STATE = Pattern.compile("[A-Z]{2}");

    private final WarrantStore store;
    private final CaseDesk cases;
    private final AuditLog audit;
    private final Transactions tx;
    private final Clock clock;

    public WarrantRegister(WarrantStore store, CaseDesk cases, AuditLog audit, Transactions tx, Clock clock) {
        this.store = store;
        this.cases = cases;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    /** An offence as entered: an Art. 2(2) category code or OTHER, a description, the maximum penalty in months. */
    public record OffenceInput(String category, String description, Integer maxPenaltyMonths) {
    }

    /** What a user enters for a warrant. */
    public record WarrantInput(String role, String issuingReference, String issuingState, String issuingAuthority, String executingState,
                               String executingAuthority, String purpose, String personName, LocalDate personBirthDate,
                               String personNationality, String personEntityId, LocalDate issuedOn, String caseId,
                               List<OffenceInput> offences, Marking marking) {
    }

    /** A warrant with its history and limits, as its page shows it. */
    public record WarrantFile(Warrant warrant, List<WarrantEvent> events, List<WarrantDeadlines.Limit> limits) {
    }

    public Warrant register(Principal who, WarrantInput in) {
        requireWriter(who);
        if (in == null) {
            throw new InvalidInputException("body", "the warrant's details are required");
        }
        Warrant.Role role = Warrant.Role.parse("role", in.role());
        String issuingRef = Require.text("issuingReference", in.issuingReference(), 100);
        String issuingState = state("issuingState", in.issuingState());
        String issuingAuthority = Require.text("issuingAuthority", in.issuingAuthority(), 200);
        String executingState = state("executingState", in.executingState());
        String executingAuthority = Require.text("executingAuthority", in.executingAuthority(), 200);
        if (issuingState.equals(executingState)) {
            throw new InvalidInputException("executingState", "the executing state must differ from the issuing state");
        }
        Warrant.Purpose purpose = Warrant.Purpose.parse("purpose", in.purpose());
        String name = Require.text("personName", in.personName(), 300);
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        if (in.personBirthDate() != null && (in.personBirthDate().isAfter(today) || in.personBirthDate().getYear() < 1900)) {
            throw new InvalidInputException("personBirthDate", "personBirthDate must lie between 1900 and today");
        }
        String nationality = in.personNationality() == null || in.personNationality().isBlank() ? "" : state("personNationality",
                in.personNationality());
        Optional<String> entityId = Optional.ofNullable(in.personEntityId()).map(String::strip).filter(s -> !s.isEmpty());
        if (entityId.isPresent() && !CaseDesk.ENTITY_ID.matcher(entityId.get()).matches()) {
            throw new InvalidInputException("personEntityId", "personEntityId must be 1-200 letters, digits, '.', '_', ':' or '-'");
        }
        if (in.issuedOn() == null) {
            throw new InvalidInputException("issuedOn", "issuedOn, the date the warrant was issued, is required");
        }
        if (in.issuedOn().isAfter(today)) {
            throw new InvalidInputException("issuedOn", "issuedOn lies in the future");
        }
        List<WarrantOffence> offences = offences(in.offences());
        Optional<String> caseId = linkedCase(who, in.caseId());
        Marking requested = who.markingOfOwnRecord(in.marking());
        EnumSet<Handling> flags = EnumSet.of(Handling.PERSONAL_DATA);
        flags.addAll(requested.handling());
        Marking marking = requested.withHandling(flags);
        Instant now = now();
        return tx.inTransaction(() -> {
            String prefix = "EAW-" + now.atZone(ZoneOffset.UTC).getYear() + "-";
            Warrant w = new Warrant(UUID.randomUUID().toString(), prefix + String.format("%05d", store.countReferences(prefix) + 1),
                    issuingRef, role, issuingState, issuingAuthority, executingState, executingAuthority, purpose,
                    new RequestedPerson(name, Optional.ofNullable(in.personBirthDate()), nationality, entityId), in.issuedOn(), caseId,
                    offences, WarrantStage.ISSUED, now, who.username(), marking, false);
            store.insert(w);
            audit.record(AuditEvent.write(who.username(), "investigation.warrant.register", "inv_warrant", w.id(), w.reference() + " ("
                    + issuingRef + ") " + issuingState + " → " + executingState + ", " + offences.size() + " offence(s), " + marking.banner()));
            return w;
        });
    }

    /** One warrant; the person in full only with a stated purpose, which is audited. */
    public WarrantFile file(Principal reader, String id, Optional<String> purpose) {
        Warrant w = find(reader, id);
        Optional<String> why = purpose.filter(p -> !p.isBlank());
        if (why.isPresent()) {
            String p = Require.text("purpose", why.get(), 1000);
            tx.run(() -> audit.recordRead(reader.username(), "inv_warrant", w.id(), p));
        }
        List<WarrantEvent> events = store.events(w.id());
        return new WarrantFile(why.isPresent() ? w : w.withPersonMasked(), events, WarrantDeadlines.of(events));
    }

    public Page<Warrant> list(Principal reader, Optional<WarrantStage> stage, Optional<String> caseId, String cursor, int limit) {
        requireReader(reader);
        String after = Cursor.decode(cursor);
        return Page.of(store.list(reader, stage, caseId, after.isEmpty() ? Optional.empty() : Optional.of(after), limit + 1).stream()
                .map(Warrant::withPersonMasked).toList(), limit, Warrant::reference);
    }

    /** The running limits of the warrants the reader may see. */
    public List<Deadline> deadlines(Principal reader) {
        if (!reader.hasAny(Role.ANALYST, Role.SUPERVISOR, Role.AUDITOR)) {
            return List.of();
        }
        List<Deadline> out = new ArrayList<>();
        for (Warrant w : store.running(reader, 2000)) {
            out.addAll(WarrantDeadlineSource.running(w, store.events(w.id())));
        }
        return out;
    }

    /**
     * Records a step. Extensions, Eurojust notices, refusals and new surrender dates need reasons; a
     * refusal needs its ground. {@code occurredAt} defaults to now.
     */
    public WarrantFile record(Principal who, String id, WarrantEventKind kind, Instant occurredAt, String note,
                              WarrantRefusalGround ground) {
        requireWriter(who);
        if (kind == null) {
            throw new InvalidInputException("kind", "kind must be one of " + java.util.Arrays.toString(WarrantEventKind.values()));
        }
        Warrant w = find(who, id);
        Instant now = now();
        Instant at = occurredAt == null ? now : occurredAt.truncatedTo(ChronoUnit.MILLIS);
        boolean reasonsRequired = kind == WarrantEventKind.EXTENDED || kind == WarrantEventKind.EUROJUST_INFORMED
                || kind == WarrantEventKind.REFUSED || kind == WarrantEventKind.SURRENDER_DATE_AGREED;
        String text = reasonsRequired ? Require.text("note", note, 4000)
                : note == null || note.isBlank() ? "" : Require.text("note", note, 4000);
        if (kind == WarrantEventKind.REFUSED && ground == null) {
            throw new InvalidInputException("ground", "a refusal names its ground (Art. 3, 4 or 4a of FD 2002/584/JHA)");
        }
        if (kind != WarrantEventKind.REFUSED && ground != null) {
            throw new InvalidInputException("ground", "a ground is given only with a refusal");
        }
        String fullNote = ground == null ? text : ground.name() + " — " + ground.label() + ": " + text;
        return tx.inTransaction(() -> {
            List<WarrantEvent> events = new ArrayList<>(store.events(w.id()));
            WarrantDeadlines.checkNext(events, kind, at, now);
            WarrantStage before = WarrantDeadlines.stage(events);
            WarrantEvent e = new WarrantEvent(UUID.randomUUID().toString(), w.id(), events.size() + 1, kind, at, now, who.username(), fullNote);
            events.add(e);
            List<WarrantDeadlines.Limit> limits = WarrantDeadlines.of(events);
            WarrantStage after = WarrantDeadlines.stage(events);
            if (!store.updateStage(w.id(), before, after, due(limits, WarrantDeadlines.DECISION), due(limits, WarrantDeadlines.SURRENDER_LIMIT))) {
                throw new ConflictException(w.reference() + " changed meanwhile; reload and try again");
            }
            store.insert(e);
            audit.record(AuditEvent.write(who.username(), "investigation.warrant." + kind.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                    "inv_warrant", w.id(), w.reference() + ": " + kind.label() + " at " + at + (fullNote.isEmpty() ? "" : ", " + fullNote)));
            return new WarrantFile(w.at(after).withPersonMasked(), List.copyOf(events), limits);
        });
    }

    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private Warrant find(Principal reader, String id) {
        requireReader(reader);
        return store.find(reader, id).orElseThrow(() -> new NotFoundException("warrant", id));
    }

    private static Optional<Instant> due(List<WarrantDeadlines.Limit> limits, String name) {
        return limits.stream().filter(l -> l.name().equals(name) && l.running()).map(WarrantDeadlines.Limit::dueAt).findFirst();
    }

    private static List<WarrantOffence> offences(List<OffenceInput> in) {
        if (in == null || in.isEmpty()) {
            throw new InvalidInputException("offences", "a warrant names at least one offence");
        }
        if (in.size() > 50) {
            throw new InvalidInputException("offences", "at most 50 offences");
        }
        List<WarrantOffence> out = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            OffenceInput o = in.get(i);
            String f = "offences[" + i + "]";
            if (o == null) {
                throw new InvalidInputException(f, f + " is empty");
            }
            Optional<ListOffence> category = ListOffence.parse(f + ".category", o.category());
            String description = Require.text(f + ".description", o.description(), 1000);
            Integer months = o.maxPenaltyMonths();
            if (months != null && (months < 1 || months > 1200)) {
                throw new InvalidInputException(f + ".maxPenaltyMonths", "maxPenaltyMonths must be between 1 and 1200");
            }
            if (category.isPresent() && months != null && months < 36) {
                throw new InvalidInputException(f + ".maxPenaltyMonths", "an Art. 2(2) list offence is one punishable by a maximum of at"
                        + " least three years (36 months); record this one as OTHER (double criminality may then be checked)");
            }
            out.add(new WarrantOffence(category, description, Optional.ofNullable(months)));
        }
        return out;
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

    private static String state(String field, String value) {
        String s = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
        if (!STATE.matcher(s).matches()) {
            throw new InvalidInputException(field, field + " must be a two-letter ISO 3166-1 code such as FR");
        }
        return s;
    }

    private static void requireWriter(Principal who) {
        if (!who.hasAny(Role.ANALYST, Role.SUPERVISOR)) {
            throw new ForbiddenException("your roles do not allow you to keep the arrest warrant register");
        }
    }

    private static void requireReader(Principal who) {
        if (!who.hasAny(Role.ANALYST, Role.SUPERVISOR, Role.AUDITOR)) {
            throw new ForbiddenException("your roles do not allow you to read the arrest warrant register");
        }
    }
}

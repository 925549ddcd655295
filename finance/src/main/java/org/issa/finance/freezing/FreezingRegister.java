package org.issa.finance.freezing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
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
import org.issa.finance.account.Iban;

/**
 * The freezing orders and the register of frozen funds. Supervisors create and change orders, each change with a
 * reason, audited in the same transaction; analysts, supervisors and auditors read, within their markings (in SQL).
 * An order about a person is personal data: opening it is audited as such.
 */
public final class FreezingRegister {

    public static final String READ_PURPOSE = "implementation of restrictive measures (asset freezing)";

    private final FreezingStore store;
    private final AuditLog audit;
    private final Transactions tx;
    private final Clock clock;

    public FreezingRegister(FreezingStore store, AuditLog audit, Transactions tx, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    public record AccountInput(String iban, String holderName, BigDecimal amount, String currency, LocalDate frozenOn) {
    }

    public record OrderInput(String regime, String legalAct, String article, String subjectName, String subjectKind,
                             LocalDate subjectBirthDate, ListSource source, LocalDate issuedOn, LocalDate effectiveFrom,
                             List<AccountInput> accounts, Marking marking) {
    }

    public record LicenceInput(String kind, String iban, BigDecimal amount, String currency, String authority, String reference,
                               LocalDate grantedOn) {
    }

    /** An order as its page shows it: the order, its history, and what remains frozen today per currency. */
    public record OrderFile(FreezingOrder order, List<FreezingEvent> events, Map<String, BigDecimal> remaining, LocalDate today) {
    }

    /** The register of frozen funds on a day. */
    public record FrozenFunds(LocalDate asOf, List<FreezingStore.FundsRow> rows) {
        /** Totals per list (or regime) and currency. */
        public Map<String, Map<String, BigDecimal>> byList() {
            Map<String, Map<String, BigDecimal>> out = new java.util.TreeMap<>();
            for (FreezingStore.FundsRow r : rows) {
                String list = r.listName().isEmpty() ? Regime.valueOf(r.regime()).label() : r.listName();
                out.computeIfAbsent(list, k -> new java.util.TreeMap<>()).merge(r.currency(), r.remaining(), BigDecimal::add);
            }
            return out;
        }

        /** Totals per currency over the whole register. */
        public Map<String, BigDecimal> total() {
            Map<String, BigDecimal> out = new java.util.TreeMap<>();
            rows.forEach(r -> out.merge(r.currency(), r.remaining(), BigDecimal::add));
            return out;
        }
    }

    public FreezingOrder create(Principal who, OrderInput in, String reason) {
        requireSupervisor(who);
        if (in == null) {
            throw new InvalidInputException("body", "the order's details are required");
        }
        String why = Require.text("reason", reason, 2000);
        Regime regime = Regime.parse("regime", in.regime());
        if (in.legalAct() == null || in.legalAct().isBlank()) {
            throw new InvalidInputException("legalAct", "legalAct, the act the order applies (e.g. Council Regulation (EU) 269/2014), is required");
        }
        String legalAct = Require.text("legalAct", in.legalAct(), 300);
        String article = in.article() == null || in.article().isBlank() ? "" : Require.text("article", in.article(), 100);
        String subject = Require.text("subjectName", in.subjectName(), 300);
        FreezingOrder.SubjectKind kind = subjectKind(in.subjectKind());
        LocalDate today = today();
        if (in.subjectBirthDate() != null && (kind != FreezingOrder.SubjectKind.PERSON || in.subjectBirthDate().isAfter(today))) {
            throw new InvalidInputException("subjectBirthDate", "a birth date is given for a person, and lies in the past");
        }
        if (in.issuedOn() == null) {
            throw new InvalidInputException("issuedOn", "issuedOn, the date of the act or order, is required");
        }
        if (in.issuedOn().isAfter(today)) {
            throw new InvalidInputException("issuedOn", "issuedOn lies in the future");
        }
        LocalDate effective = in.effectiveFrom() == null ? in.issuedOn() : in.effectiveFrom();
        if (effective.isBefore(in.issuedOn())) {
            throw new InvalidInputException("effectiveFrom", "effectiveFrom lies before issuedOn");
        }
        ListSource source = in.source() == null ? ListSource.NONE : in.source();
        if (source.listName().length() > 200 || source.listId().length() > 64 || source.entryId().length() > 200 || source.hitId().length() > 64) {
            throw new InvalidInputException("source", "the list, entry or hit reference is too long");
        }
        if (!source.entryId().isEmpty() && !source.isListed()) {
            throw new InvalidInputException("source.listName", "an entry is given with the list it belongs to");
        }
        List<FrozenAccount> accounts = new ArrayList<>();
        Set<Iban> seen = new HashSet<>();
        List<AccountInput> given = in.accounts() == null ? List.of() : in.accounts();
        if (given.size() > 200) {
            throw new InvalidInputException("accounts", "at most 200 accounts per order");
        }
        for (int i = 0; i < given.size(); i++) {
            FrozenAccount a = account("accounts[" + i + "]", given.get(i), effective, today);
            if (!seen.add(a.iban())) {
                throw new InvalidInputException("accounts[" + i + "].iban", "account " + a.iban().printed() + " is listed twice");
            }
            accounts.add(a);
        }
        Marking requested = who.markingOfOwnRecord(in.marking());
        Marking marking = kind == FreezingOrder.SubjectKind.PERSON ? withPersonalData(requested) : requested;
        Instant now = now();
        return tx.inTransaction(() -> {
            String prefix = "FRZ-" + today.getYear() + "-";
            FreezingOrder o = new FreezingOrder(UUID.randomUUID().toString(), prefix + String.format("%05d", store.countReferences(prefix) + 1),
                    regime, legalAct, article, subject, kind, Optional.ofNullable(in.subjectBirthDate()), source, in.issuedOn(), effective,
                    Optional.empty(), Optional.empty(), accounts, List.of(), now, who.username(), 1, marking);
            store.insert(o);
            store.insert(new FreezingEvent(o.id(), 1, FreezingEvent.Kind.CREATED, now, who.username(), why, legalAct
                    + (article.isEmpty() ? "" : " " + article) + "; " + accounts.size() + " account(s)"
                    + (source.isListed() ? "; list " + source.listName() + " entry " + source.entryId() : "")));
            audit.record(AuditEvent.write(who.username(), "finance.freezing.create", "fin_frz_order", o.id(), o.reference() + " under "
                    + legalAct + " " + article + ", " + accounts.size() + " account(s), " + marking.banner() + "; reason: " + why));
            return o;
        });
    }

    public OrderFile addAccount(Principal who, String id, AccountInput in, String reason) {
        requireSupervisor(who);
        String why = Require.text("reason", reason, 2000);
        FreezingOrder o = find(who, id);
        requireInForce(o);
        FrozenAccount a = account("account", in, o.effectiveFrom(), today());
        if (o.accounts().stream().anyMatch(x -> x.iban().equals(a.iban()))) {
            throw new ConflictException("account " + a.iban().printed() + " is already frozen under " + o.reference());
        }
        return change(who, o, FreezingEvent.Kind.ACCOUNT_ADDED, why, a.iban().printed() + " " + a.frozen(), () -> store.insert(o.id(), a));
    }

    public OrderFile grantLicence(Principal who, String id, LicenceInput in, String reason) {
        requireSupervisor(who);
        String why = Require.text("reason", reason, 2000);
        FreezingOrder o = find(who, id);
        requireInForce(o);
        if (in == null) {
            throw new InvalidInputException("body", "the licence's details are required");
        }
        LicenceKind kind = LicenceKind.parse("kind", in.kind());
        Iban iban = Iban.parse("iban", in.iban());
        Money released = Money.of("amount", in.amount(), in.currency());
        String authority = Require.text("authority", in.authority(), 200);
        String ref = in.reference() == null || in.reference().isBlank() ? "" : Require.text("reference", in.reference(), 100);
        LocalDate granted = in.grantedOn() == null ? today() : in.grantedOn();
        if (granted.isAfter(today())) {
            throw new InvalidInputException("grantedOn", "grantedOn lies in the future");
        }
        FrozenAccount account = o.accounts().stream().filter(a -> a.iban().equals(iban)).findFirst().orElseThrow(() ->
                new InvalidInputException("iban", "account " + iban.printed() + " is not frozen under " + o.reference()));
        if (!account.frozen().currency().equals(released.currency())) {
            throw new InvalidInputException("currency", "the account is held in " + account.frozen().currency());
        }
        if (account.frozenOn().isAfter(granted)) {
            throw new InvalidInputException("grantedOn", "the account was frozen only on " + account.frozenOn());
        }
        BigDecimal left = account.frozen().amount().subtract(o.licences().stream().filter(l -> l.iban().equals(iban))
                .map(l -> l.released().amount()).reduce(BigDecimal.ZERO, BigDecimal::add));
        if (released.amount().compareTo(left) > 0) {
            throw new InvalidInputException("amount", "the licence would release " + released + " but only " + new Money(left,
                    released.currency()) + " remains frozen on " + iban.printed());
        }
        Licence l = new Licence(UUID.randomUUID().toString(), kind, iban, released, authority, ref, granted, who.username());
        return change(who, o, FreezingEvent.Kind.LICENCE_GRANTED, why, kind.name() + " " + released + " from " + iban.printed() + " by "
                + authority + (ref.isEmpty() ? "" : " (" + ref + ")") + " on " + granted, () -> store.insert(o.id(), l));
    }

    public OrderFile lift(Principal who, String id, LocalDate on, String reason) {
        requireSupervisor(who);
        String why = Require.text("reason", reason, 2000);
        FreezingOrder o = find(who, id);
        requireInForce(o);
        LocalDate day = on == null ? today() : on;
        if (day.isBefore(o.effectiveFrom())) {
            throw new InvalidInputException("liftedOn", "liftedOn lies before the order took effect (" + o.effectiveFrom() + ")");
        }
        if (day.isAfter(today())) {
            throw new InvalidInputException("liftedOn", "liftedOn lies in the future");
        }
        return tx.inTransaction(() -> {
            if (!store.lift(o.id(), o.version(), day, why)) {
                throw new ConflictException(o.reference() + " changed meanwhile; reload and try again");
            }
            record(who, o, FreezingEvent.Kind.LIFTED, why, "lifted on " + day);
            return file(who, o.id());
        });
    }

    /** One order with its history; opening an order about a person is audited as a read of personal data. */
    public OrderFile file(Principal reader, String id) {
        FreezingOrder o = find(reader, id);
        if (o.marking().isPersonalData()) {
            tx.run(() -> audit.recordRead(reader.username(), "fin_frz_order", o.id(), READ_PURPOSE));
        }
        return new OrderFile(o, store.events(o.id()), FrozenAmounts.remaining(o, today()), today());
    }

    public Page<FreezingOrder> list(Principal reader, boolean inForceOnly, String cursor, int limit) {
        requireReader(reader);
        String after = Cursor.decode(cursor);
        return Page.of(store.list(reader, inForceOnly ? Optional.of(today()) : Optional.empty(),
                after.isEmpty() ? Optional.empty() : Optional.of(after), limit + 1), limit, FreezingOrder::reference);
    }

    /** The register of frozen funds on a day, per list and per person, within the reader's markings. */
    public FrozenFunds funds(Principal reader, LocalDate asOf) {
        requireReader(reader);
        LocalDate day = asOf == null ? today() : asOf;
        if (day.isAfter(today())) {
            throw new InvalidInputException("asOf", "asOf lies in the future");
        }
        return new FrozenFunds(day, store.funds(Optional.of(reader), day));
    }

    /** Funds frozen under terrorism regimes on a day, per currency, over all orders (an aggregate for the strategy monitor). */
    public Map<String, BigDecimal> terroristFundsFrozen(LocalDate asOf) {
        Map<String, BigDecimal> out = new java.util.TreeMap<>();
        store.funds(Optional.empty(), asOf).stream().filter(r -> r.regime().equals(Regime.TERRORISM.name()))
                .forEach(r -> out.merge(r.currency(), r.remaining(), BigDecimal::add));
        return out;
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private OrderFile change(Principal who, FreezingOrder o, FreezingEvent.Kind kind, String why, String detail, Runnable write) {
        return tx.inTransaction(() -> {
            if (!store.bump(o.id(), o.version())) {
                throw new ConflictException(o.reference() + " changed meanwhile; reload and try again");
            }
            write.run();
            record(who, o, kind, why, detail);
            return file(who, o.id());
        });
    }

    private void record(Principal who, FreezingOrder o, FreezingEvent.Kind kind, String why, String detail) {
        int seq = store.events(o.id()).size() + 1;
        store.insert(new FreezingEvent(o.id(), seq, kind, now(), who.username(), why, detail));
        audit.record(AuditEvent.write(who.username(), "finance.freezing." + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                "fin_frz_order", o.id(), o.reference() + ": " + detail + "; reason: " + why));
    }

    private FreezingOrder find(Principal reader, String id) {
        requireReader(reader);
        return store.find(reader, id).orElseThrow(() -> new NotFoundException("freezing order", id));
    }

    private static void requireInForce(FreezingOrder o) {
        if (o.liftedOn().isPresent()) {
            throw new ConflictException(o.reference() + " was lifted on " + o.liftedOn().get() + "; it cannot change any more");
        }
    }

    private static FrozenAccount account(String f, AccountInput in, LocalDate effective, LocalDate today) {
        if (in == null) {
            throw new InvalidInputException(f, f + " is empty");
        }
        Iban iban = Iban.parse(f + ".iban", in.iban());
        String holder = Require.text(f + ".holderName", in.holderName(), 300);
        Money amount = Money.of(f + ".amount", in.amount(), in.currency());
        LocalDate on = in.frozenOn() == null ? effective : in.frozenOn();
        if (on.isBefore(effective) || on.isAfter(today)) {
            throw new InvalidInputException(f + ".frozenOn", "frozenOn must lie between the order's effect (" + effective + ") and today");
        }
        return new FrozenAccount(iban, holder, amount, on);
    }

    private static FreezingOrder.SubjectKind subjectKind(String text) {
        if (text == null || text.isBlank()) {
            return FreezingOrder.SubjectKind.PERSON;
        }
        try {
            return FreezingOrder.SubjectKind.valueOf(text.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("subjectKind", "subjectKind must be PERSON or ENTITY");
        }
    }

    private static Marking withPersonalData(Marking m) {
        EnumSet<Handling> flags = EnumSet.of(Handling.PERSONAL_DATA);
        flags.addAll(m.handling());
        return m.withHandling(flags);
    }

    private static void requireSupervisor(Principal who) {
        if (!who.has(Role.SUPERVISOR)) {
            throw new ForbiddenException("only a supervisor creates or changes freezing orders");
        }
    }

    private static void requireReader(Principal who) {
        if (!who.hasAny(Role.ANALYST, Role.SUPERVISOR, Role.AUDITOR)) {
            throw new ForbiddenException("your roles do not allow you to read the freezing register");
        }
    }
}

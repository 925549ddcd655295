package org.issa.finance.recovery;

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
import org.issa.finance.freezing.Money;

/**
 * The Asset Recovery Office's register. Analysts and supervisors record assets, valuations, transitions and sale
 * proposals; supervisors record freezing and confiscation orders and decide sales. Every write is audited in its
 * transaction with who and why; reads are within the reader's markings (in SQL). A sale is checked for
 * reacquisition when it is proposed; a flagged sale is approved only with an explicit override reason, and never by
 * the user who proposed it (four eyes).
 */
public final class AssetRegister {

    public static final Pattern ENTITY_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,199}");
    public static final String READ_PURPOSE = "asset recovery: management of a seized or confiscated asset";

    private final AssetStore store;
    private final ReacquisitionCheck check;
    private final CaseNetwork network;
    private final AuditLog audit;
    private final Transactions tx;
    private final Clock clock;

    public AssetRegister(AssetStore store, ReacquisitionCheck check, CaseNetwork network, AuditLog audit, Transactions tx, Clock clock) {
        this.store = store;
        this.check = check;
        this.network = network;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    public record PersonInput(String entityId, String role) {
    }

    public record AssetInput(String kind, String description, String identifier, String offence, String caseId, List<PersonInput> persons,
                             LocalDate identifiedOn, Marking marking) {
    }

    public record ValuationInput(LocalDate valuedOn, BigDecimal amount, String currency, String method, String note) {
    }

    public record OrderInput(String type, String courtReference, String authority, String offence, LocalDate issuedOn, BigDecimal amount,
                             String currency) {
    }

    public record BuyerInput(String name, LocalDate birthDate, String idNumber, String company, BigDecimal price, String currency) {
    }

    /** A sale as one reader is shown it: the explanation of each finding redacted to what they may see. */
    public record SaleView(Sale sale, List<String> explanations) {
    }

    /** An asset with everything recorded about it, as its page shows it. */
    public record AssetFile(Asset asset, List<Valuation> valuations, List<AssetOrder> orders, List<Transition> transitions,
                            List<SaleView> sales, Optional<String> caseReference) {
        public Optional<Valuation> latestValuation() {
            return valuations.isEmpty() ? Optional.empty() : Optional.of(valuations.getLast());
        }
    }

    public Asset register(Principal who, AssetInput in) {
        requireWriter(who);
        if (in == null) {
            throw new InvalidInputException("body", "the asset's details are required");
        }
        AssetKind kind = AssetKind.parse("kind", in.kind());
        String description = Require.text("description", in.description(), 1000);
        String identifier = kind.identifier("identifier", in.identifier());
        OffenceType offence = OffenceType.parse("offence", in.offence());
        Optional<String> caseId = Optional.ofNullable(in.caseId()).map(String::strip).filter(s -> !s.isEmpty());
        if (caseId.isPresent() && network.caseReference(who, caseId.get()).isEmpty()) {
            throw new InvalidInputException("caseId", "no investigation case " + caseId.get() + " that you may see");
        }
        List<Asset.LinkedPerson> persons = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<PersonInput> given = in.persons() == null ? List.of() : in.persons();
        if (given.size() > 50) {
            throw new InvalidInputException("persons", "at most 50 persons per asset");
        }
        for (int i = 0; i < given.size(); i++) {
            PersonInput p = given.get(i);
            String f = "persons[" + i + "]";
            String id = p == null || p.entityId() == null ? "" : p.entityId().strip();
            if (!ENTITY_ID.matcher(id).matches()) {
                throw new InvalidInputException(f + ".entityId", "an entity id of the entity store, such as demo-aro:p1");
            }
            if (!seen.add(id)) {
                throw new InvalidInputException(f + ".entityId", id + " is given twice");
            }
            persons.add(new Asset.LinkedPerson(id, p.role() == null || p.role().isBlank() ? "linked person" : Require.text(f + ".role", p.role(), 100)));
        }
        if (!seen.isEmpty() && network.visibleTo(who, seen).size() < seen.size()) {
            Set<String> unknown = new HashSet<>(seen);
            unknown.removeAll(network.visibleTo(who, seen));
            throw new InvalidInputException("persons", "no entity " + String.join(", ", unknown) + " that you may see");
        }
        LocalDate today = today();
        LocalDate identified = in.identifiedOn() == null ? today : in.identifiedOn();
        if (identified.isAfter(today)) {
            throw new InvalidInputException("identifiedOn", "identifiedOn lies in the future");
        }
        Marking requested = who.markingOfOwnRecord(in.marking());
        Marking marking = persons.isEmpty() ? requested : withPersonalData(requested);
        Instant now = now();
        return tx.inTransaction(() -> {
            String prefix = "ARO-" + today.getYear() + "-";
            Asset a = new Asset(UUID.randomUUID().toString(), prefix + String.format("%05d", store.countReferences(prefix) + 1), kind,
                    description, identifier, offence, AssetStage.IDENTIFIED, caseId, persons, identified, now, who.username(), marking);
            store.insert(a);
            audit.record(AuditEvent.write(who.username(), "finance.assets.register", "fin_aro_asset", a.id(), a.reference() + " "
                    + kind.label() + " " + identifier + ", " + offence.name() + caseId.map(c -> ", case " + c).orElse("") + ", " + marking.banner()));
            return a;
        });
    }

    /** Moves an asset to its next stage, on a day, with a reason; only the transitions of {@link AssetStage#next()}. */
    public AssetFile transition(Principal who, String id, String toStage, LocalDate on, String reason) {
        requireWriter(who);
        AssetStage to = AssetStage.parse("to", toStage);
        String why = Require.text("reason", reason, 2000);
        Asset a = find(who, id);
        if (!a.stage().mayMoveTo(to)) {
            throw new InvalidInputException("to", "an asset " + a.stage().label().toLowerCase(java.util.Locale.ROOT) + " cannot become "
                    + to.label().toLowerCase(java.util.Locale.ROOT) + "; next: " + (a.stage().next().isEmpty() ? "none (final stage)"
                    : a.stage().next().stream().map(Enum::name).toList()));
        }
        LocalDate day = on == null ? today() : on;
        List<Transition> before = store.transitions(a.id());
        LocalDate last = before.isEmpty() ? a.identifiedOn() : before.getLast().on();
        if (day.isBefore(last) || day.isAfter(today())) {
            throw new InvalidInputException("on", "the transition's day must lie between " + last + " and today");
        }
        List<AssetOrder> orders = store.orders(a.id());
        if (to == AssetStage.FROZEN && orders.stream().noneMatch(o -> o.type() == AssetOrder.Type.FREEZING)) {
            throw new InvalidInputException("to", "record the freezing order before the asset is frozen");
        }
        if (to == AssetStage.CONFISCATED && orders.stream().noneMatch(o -> o.type() == AssetOrder.Type.CONFISCATION)) {
            throw new InvalidInputException("to", "record the confiscation order before the asset is confiscated");
        }
        if (to == AssetStage.DISPOSED && store.sales(a.id()).stream().anyMatch(s -> s.status() == Sale.Status.PENDING)) {
            throw new ConflictException("a sale of " + a.reference() + " awaits its decision");
        }
        return tx.inTransaction(() -> {
            if (!store.moveStage(a.id(), a.stage(), to)) {
                throw new ConflictException(a.reference() + " changed meanwhile; reload and try again");
            }
            store.insert(a.id(), new Transition(before.size() + 1, a.stage(), to, day, who.username(), why, now()));
            audit.record(AuditEvent.write(who.username(), "finance.assets.transition", "fin_aro_asset", a.id(), a.reference() + ": "
                    + a.stage().name() + " → " + to.name() + " on " + day + "; reason: " + why));
            return file(who, a.id());
        });
    }

    public AssetFile value(Principal who, String id, ValuationInput in) {
        requireWriter(who);
        Asset a = find(who, id);
        if (in == null) {
            throw new InvalidInputException("body", "the valuation is required");
        }
        Money value = Money.of("amount", in.amount(), in.currency());
        Valuation.Method method = Parse.choice(Valuation.Method.class, "method", in.method());
        LocalDate day = in.valuedOn() == null ? today() : in.valuedOn();
        if (day.isAfter(today())) {
            throw new InvalidInputException("valuedOn", "valuedOn lies in the future");
        }
        String note = in.note() == null || in.note().isBlank() ? "" : Require.text("note", in.note(), 1000);
        return tx.inTransaction(() -> {
            store.insert(a.id(), new Valuation(store.nextValuationSeq(a.id()), day, value, method, note, who.username()));
            audit.record(AuditEvent.write(who.username(), "finance.assets.valuation", "fin_aro_asset", a.id(), a.reference() + ": " + value
                    + " on " + day + " (" + method.name() + ")"));
            return file(who, a.id());
        });
    }

    public AssetFile order(Principal who, String id, OrderInput in) {
        requireSupervisor(who, "only a supervisor records freezing and confiscation orders");
        Asset a = find(who, id);
        if (in == null) {
            throw new InvalidInputException("body", "the order is required");
        }
        AssetOrder.Type type = Parse.choice(AssetOrder.Type.class, "type", in.type());
        String ref = Require.text("courtReference", in.courtReference(), 100);
        String authority = Require.text("authority", in.authority(), 200);
        OffenceType offence = in.offence() == null || in.offence().isBlank() ? a.offence() : OffenceType.parse("offence", in.offence());
        if (in.issuedOn() == null) {
            throw new InvalidInputException("issuedOn", "issuedOn, the date of the order, is required");
        }
        if (in.issuedOn().isAfter(today()) || in.issuedOn().isBefore(a.identifiedOn().minusYears(20))) {
            throw new InvalidInputException("issuedOn", "issuedOn lies in the future or too far in the past");
        }
        Money value = Money.of("amount", in.amount(), in.currency());
        List<AssetOrder> existing = store.orders(a.id());
        if (type == AssetOrder.Type.CONFISCATION) {
            Optional<LocalDate> frozen = existing.stream().filter(o -> o.type() == AssetOrder.Type.FREEZING).map(AssetOrder::issuedOn).min(LocalDate::compareTo);
            if (frozen.isPresent() && in.issuedOn().isBefore(frozen.get())) {
                throw new InvalidInputException("issuedOn", "the confiscation order predates the freezing order of " + frozen.get());
            }
        }
        AssetOrder o = new AssetOrder(UUID.randomUUID().toString(), a.id(), type, ref, authority, offence, in.issuedOn(), value, now(),
                who.username());
        return tx.inTransaction(() -> {
            store.insert(o);
            audit.record(AuditEvent.write(who.username(), "finance.assets.order", "fin_aro_asset", a.id(), a.reference() + ": " + type.name()
                    + " order " + ref + " of " + in.issuedOn() + " by " + authority + ", " + value + ", " + offence.name()));
            return file(who, a.id());
        });
    }

    /** Proposes a sale and runs the reacquisition check at once; the sale then awaits a supervisor's decision. */
    public SaleView proposeSale(Principal who, String id, BuyerInput in) {
        requireWriter(who);
        Asset a = find(who, id);
        if (!a.stage().saleable()) {
            throw new ConflictException("only a confiscated or managed asset is sold; " + a.reference() + " is "
                    + a.stage().label().toLowerCase(java.util.Locale.ROOT));
        }
        if (in == null) {
            throw new InvalidInputException("body", "the buyer is required");
        }
        String name = Require.text("buyerName", in.name(), 300);
        if (in.birthDate() != null && in.birthDate().isAfter(today())) {
            throw new InvalidInputException("birthDate", "birthDate lies in the future");
        }
        String idNumber = in.idNumber() == null || in.idNumber().isBlank() ? "" : Require.text("idNumber", in.idNumber(), 100);
        String company = in.company() == null || in.company().isBlank() ? "" : Require.text("company", in.company(), 300);
        Money price = Money.of("price", in.price(), in.currency());
        if (store.sales(a.id()).stream().anyMatch(s -> s.status() != Sale.Status.BLOCKED)) {
            throw new ConflictException("a sale of " + a.reference() + " is already pending or approved");
        }
        Buyer buyer = new Buyer(name, Optional.ofNullable(in.birthDate()), idNumber, company);
        SaleCheck result = check.check(a.caseId(), buyer);
        Sale s = new Sale(UUID.randomUUID().toString(), a.id(), buyer, price, result, Sale.Status.PENDING, who.username(), now(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        return tx.inTransaction(() -> {
            store.insert(s);
            audit.record(AuditEvent.write(who.username(), "finance.assets.sale-check", "fin_aro_sale", s.id(), a.reference()
                    + ": sale to " + name + (company.isEmpty() ? "" : " / " + company) + " for " + price + "; reacquisition check "
                    + result.result().name() + " (" + result.findings().size() + " finding(s) among " + result.networkSize()
                    + " network members within " + ReacquisitionCheck.HOPS + " links)"));
            return view(who, a, s);
        });
    }

    /**
     * A supervisor approves or blocks a pending sale with a reason; a flagged sale is approved only with an explicit
     * override reason. Both are audited with the decision.
     */
    public SaleView decideSale(Principal who, String assetId, String saleId, String decision, String reason, String overrideReason) {
        requireSupervisor(who, "only a supervisor approves or blocks a sale");
        Asset a = find(who, assetId);
        Sale s = store.sale(saleId).filter(x -> x.assetId().equals(a.id())).orElseThrow(() -> new NotFoundException("sale", saleId));
        String d = decision == null ? "" : decision.strip().toUpperCase(java.util.Locale.ROOT);
        if (!d.equals("APPROVE") && !d.equals("BLOCK")) {
            throw new InvalidInputException("decision", "decision must be APPROVE or BLOCK");
        }
        String why = Require.text("reason", reason, 2000);
        Optional<String> override = Optional.ofNullable(overrideReason).map(String::strip).filter(x -> !x.isEmpty());
        if (d.equals("APPROVE") && s.check().flagged() && override.isEmpty()) {
            throw new InvalidInputException("overrideReason", "the reacquisition check flagged this sale: approving it needs an explicit"
                    + " override reason");
        }
        if (override.isPresent() && (d.equals("BLOCK") || !s.check().flagged())) {
            throw new InvalidInputException("overrideReason", "an override reason is given only to approve a flagged sale");
        }
        if (override.isPresent()) {
            Require.text("overrideReason", override.get(), 2000);
        }
        if (s.status() != Sale.Status.PENDING) {
            throw new ConflictException("the sale was already " + s.status().name().toLowerCase(java.util.Locale.ROOT));
        }
        if (s.requestedBy().equals(who.username())) {
            throw new ForbiddenException("you proposed this sale: another supervisor decides it (four eyes)");
        }
        if (d.equals("APPROVE")) {
            recheckBeforeApproval(who, a, s);
        }
        Sale decided = new Sale(s.id(), s.assetId(), s.buyer(), s.price(), s.check(), d.equals("APPROVE") ? Sale.Status.APPROVED
                : Sale.Status.BLOCKED, s.requestedBy(), s.requestedAt(), Optional.of(who.username()), Optional.of(now()), Optional.of(why), override);
        return tx.inTransaction(() -> {
            if (!store.decide(decided)) {
                throw new ConflictException("the sale was decided meanwhile; reload");
            }
            audit.record(AuditEvent.write(who.username(), "finance.assets.sale-" + (d.equals("APPROVE") ? "approve" : "block"), "fin_aro_sale",
                    s.id(), a.reference() + ": sale to " + s.buyer().name() + " " + decided.status().name() + " (check " + s.check().result().name()
                    + "); reason: " + why + override.map(o -> "; OVERRIDE: " + o).orElse("")));
            return view(who, a, decided);
        });
    }

    /**
     * The case's network may have grown since the sale was proposed (a new associate, a new company). Before an approval the
     * check runs again; when its result or findings differ from what the supervisor was shown, the fresh check is stored
     * and audited, and the approval refused so that the supervisor decides on what is true now.
     */
    private void recheckBeforeApproval(Principal who, Asset a, Sale s) {
        SaleCheck fresh = check.check(a.caseId(), s.buyer());
        if (sameFindings(s.check(), fresh)) {
            return;
        }
        tx.run(() -> {
            if (!store.recheck(s.id(), fresh)) {
                throw new ConflictException("the sale was decided meanwhile; reload");
            }
            audit.record(AuditEvent.write(who.username(), "finance.assets.sale-recheck", "fin_aro_sale", s.id(), a.reference()
                    + ": the reacquisition check run again before the decision: " + fresh.result().name() + " with " + fresh.findings().size()
                    + " finding(s) (was " + s.check().result().name() + " with " + s.check().findings().size() + ")"));
        });
        throw new ConflictException("the case's network changed since the sale was proposed: the reacquisition check, run again now, "
                + (fresh.flagged() ? "flags the sale with " + fresh.findings().size() + " finding(s)" : "no longer flags the sale")
                + "; review the new result and decide again");
    }

    private static boolean sameFindings(SaleCheck before, SaleCheck now) {
        return before.result() == now.result() && findingKeys(before).equals(findingKeys(now));
    }

    private static java.util.Set<String> findingKeys(SaleCheck c) {
        return c.findings().stream().map(f -> f.entityId() + "|" + f.buyerSide() + "|" + f.how()).collect(java.util.stream.Collectors.toSet());
    }

    /** One asset with all its records; an asset linked to persons is personal data, and opening it is audited as such. */
    public AssetFile file(Principal reader, String id) {
        Asset a = find(reader, id);
        if (a.marking().isPersonalData()) {
            tx.run(() -> audit.recordRead(reader.username(), "fin_aro_asset", a.id(), READ_PURPOSE));
        }
        return new AssetFile(a, store.valuations(a.id()), store.orders(a.id()), store.transitions(a.id()),
                store.sales(a.id()).stream().map(s -> view(reader, a, s)).toList(), a.caseId().flatMap(c -> network.caseReference(reader, c)));
    }

    public Page<Asset> list(Principal reader, Optional<AssetStage> stage, String cursor, int limit) {
        requireReader(reader);
        String after = Cursor.decode(cursor);
        return Page.of(store.list(reader, stage, after.isEmpty() ? Optional.empty() : Optional.of(after), limit + 1), limit, Asset::reference);
    }

    /** The pipeline: how many assets the reader may see in each stage. */
    public Map<AssetStage, Long> pipeline(Principal reader) {
        requireReader(reader);
        return store.countByStage(reader);
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private SaleView view(Principal reader, Asset a, Sale s) {
        Set<String> ids = new HashSet<>();
        for (Finding f : s.check().findings()) {
            ids.add(f.entityId());
            f.path().forEach(st -> {
                ids.add(st.fromId());
                ids.add(st.toId());
            });
        }
        Set<String> visible = ids.isEmpty() ? Set.of() : network.visibleTo(reader, ids);
        String caseLabel = a.caseId().flatMap(c -> network.caseReference(reader, c)).orElse("(a case you may not see)");
        return new SaleView(s, s.check().findings().stream().map(f -> SaleExplanation.words(s.buyer().name(), f, visible, caseLabel)).toList());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private Asset find(Principal reader, String id) {
        requireReader(reader);
        return store.find(reader, id).orElseThrow(() -> new NotFoundException("asset", id));
    }

    private static Marking withPersonalData(Marking m) {
        EnumSet<Handling> flags = EnumSet.of(Handling.PERSONAL_DATA);
        flags.addAll(m.handling());
        return m.withHandling(flags);
    }

    private static void requireWriter(Principal who) {
        if (!who.hasAny(Role.ANALYST, Role.SUPERVISOR)) {
            throw new ForbiddenException("your roles do not allow you to keep the asset register");
        }
    }

    private static void requireSupervisor(Principal who, String message) {
        if (!who.has(Role.SUPERVISOR)) {
            throw new ForbiddenException(message);
        }
    }

    private static void requireReader(Principal who) {
        if (!who.hasAny(Role.ANALYST, Role.SUPERVISOR, Role.AUDITOR)) {
            throw new ForbiddenException("your roles do not allow you to read the asset register");
        }
    }
}

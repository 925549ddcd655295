package org.issa.finance.recovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.issa.core.error.ConflictException;
import org.issa.core.error.ForbiddenException;
import org.issa.core.error.InvalidInputException;
import org.issa.core.marking.Classification;
import org.issa.core.marking.Marking;
import org.issa.core.marking.Tlp;
import org.issa.core.security.Principal;
import org.issa.core.security.Role;
import org.issa.core.sql.Sql;
import org.issa.core.testdb.Autocommit;
import org.issa.core.testdb.MutableClock;
import org.issa.core.testdb.RecordingAuditLog;
import org.issa.core.testdb.TestDatabase;
import org.issa.finance.freezing.FreezingRegister;
import org.issa.finance.freezing.FreezingStore;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The asset register over a real database: lifecycle with orders, valuations, a sale checked against a hand-made
 * case network, the supervisor's decision, and the indicators against hand-computed figures.
 */
class AssetRegisterContractTest {

    static final Principal SUP = new Principal("sup", "FR-AGRASC", "FR", Set.of(Role.SUPERVISOR), Classification.CONFIDENTIEL_UE);
    static final Principal ANA = new Principal("ana", "FR-AGRASC", "FR", Set.of(Role.ANALYST), Classification.RESTREINT_UE);
    static final Principal LOW = new Principal("low", "DE-BKA", "DE", Set.of(Role.ANALYST), Classification.UNCLASSIFIED);
    static final Instant T0 = Instant.parse("2026-06-15T09:00:00Z");

    static List<TestDatabase> databases() {
        return TestDatabase.all();
    }

    /**
     * A hand-made network of case "case-1": the convicted Jan (attached), his sister Marieke (Family), and her company
     * (Directorship). Names are compared by exact folded equality, so that this test checks the register and not the engine.
     */
    static final class HandMadeNetwork implements CaseNetwork, PersonComparison {
        final Set<String> hiddenFromLow = Set.of("ds:p1");
        /** Members who join the case's network later (a new associate found by the investigators). */
        final List<Member> joined = new ArrayList<>();

        @Override
        public List<Member> around(String caseId, int hops) {
            if (!caseId.equals("case-1")) {
                return List.of();
            }
            Step family = new Step("ds:p1", "Jan Voorbeeld", "Family", "sister", "ds:p2", "Marieke Voorbeeld");
            List<Member> out = new ArrayList<>(joined);
            out.addAll(List.of(new Member("ds:p1", "Person", List.of("Jan Voorbeeld"), List.of(), List.of(), "convicted", List.of()),
                    new Member("ds:p2", "Person", List.of("Marieke Voorbeeld"), List.of(LocalDate.of(1984, 5, 1)), List.of(), "convicted",
                            List.of(family)),
                    new Member("ds:c1", "Company", List.of("Voorbeeld Trading BV"), List.of(), List.of("NL-KVK-1234"), "convicted",
                            List.of(family, new Step("ds:p2", "Marieke Voorbeeld", "Directorship", "", "ds:c1", "Voorbeeld Trading BV")))));
            return out;
        }

        @Override
        public Set<String> visibleTo(Principal reader, Collection<String> ids) {
            Set<String> out = new HashSet<>(ids);
            if (reader.clearance() == Classification.UNCLASSIFIED) {
                out.removeAll(hiddenFromLow);
            }
            return out;
        }

        @Override
        public Optional<String> caseReference(Principal reader, String caseId) {
            return caseId.equals("case-1") ? Optional.of("INV-2026-00001") : Optional.empty();
        }

        @Override
        public Optional<PersonComparison.Result> compare(Buyer buyer, Member m) {
            String name = m.name().toLowerCase(Locale.ROOT);
            if (!m.isOrganisation() && buyer.name().toLowerCase(Locale.ROOT).equals(name)) {
                return Optional.of(new PersonComparison.Result(1.0, "same name", ""));
            }
            if (m.isOrganisation() && !buyer.company().isEmpty() && m.identifiers().contains(buyer.company())) {
                return Optional.of(new PersonComparison.Result(0.95, "same registration number", "buyer's company " + buyer.company()));
            }
            return Optional.empty();
        }
    }

    record Node(AssetRegister assets, RecoveryIndicators indicators, IndicatorReporter reporter, List<String> fed, RecordingAuditLog audit,
                MutableClock clock, HandMadeNetwork network) {
    }

    static Node node(TestDatabase db) {
        Sql sql = new Sql(db.dataSource());
        RecordingAuditLog audit = new RecordingAuditLog();
        MutableClock clock = new MutableClock(T0);
        HandMadeNetwork network = new HandMadeNetwork();
        AssetRegister assets = new AssetRegister(new AssetStore(sql), new ReacquisitionCheck(network, network, clock), network, audit,
                new Autocommit(), clock);
        RecoveryIndicators indicators = new RecoveryIndicators(sql);
        List<String> fed = new ArrayList<>();
        IndicatorReporter reporter = new IndicatorReporter(indicators, new FreezingRegister(new FreezingStore(sql), audit, new Autocommit(),
                clock), (code, date, value, source) -> fed.add(code + " " + date + " " + value.toPlainString() + " " + source), sql, clock);
        return new Node(assets, indicators, reporter, fed, audit, clock, network);
    }

    static AssetRegister.AssetInput villa(String caseId, Marking marking) {
        return new AssetRegister.AssetInput("REAL_ESTATE", "Villa in Cassis", "Cassis AB 123", "DRUG_TRAFFICKING", caseId,
                List.of(new AssetRegister.PersonInput("ds:p1", "convicted owner")), LocalDate.of(2024, 1, 10), marking);
    }

    static AssetRegister.OrderInput order(String type, String offence, LocalDate on, String amount, String currency) {
        return new AssetRegister.OrderInput(type, "TJ-" + on, "Tribunal judiciaire de Marseille", offence, on, new BigDecimal(amount), currency);
    }

    static Asset confiscated(Node n, AssetRegister.AssetInput in, String offence, LocalDate frozen, LocalDate confiscated, String amount) {
        Asset a = n.assets().register(ANA, in);
        n.assets().order(SUP, a.id(), order("FREEZING", offence, frozen, amount, "EUR"));
        n.assets().transition(ANA, a.id(), "FROZEN", frozen, "freezing order executed");
        n.assets().order(SUP, a.id(), order("CONFISCATION", offence, confiscated, amount, "EUR"));
        n.assets().transition(ANA, a.id(), "CONFISCATED", confiscated, "final judgment");
        return a;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void anAssetMovesThroughItsLifecycleAndBadMovesAreRefused(TestDatabase db) {
        Node n = node(db);
        Asset a = n.assets().register(ANA, villa("case-1", null));
        assertThat(a.reference()).isEqualTo("ARO-2026-00001");
        assertThat(a.stage()).isEqualTo(AssetStage.IDENTIFIED);
        assertThatThrownBy(() -> n.assets().transition(ANA, a.id(), "CONFISCATED", null, "x")).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("to")).hasMessageContaining("next: [FROZEN, RELEASED]");
        assertThatThrownBy(() -> n.assets().transition(ANA, a.id(), "FROZEN", null, "x")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("freezing order");
        assertThatThrownBy(() -> n.assets().order(ANA, a.id(), order("FREEZING", "", LocalDate.of(2024, 2, 1), "1", "EUR")))
                .isInstanceOf(ForbiddenException.class);
        n.assets().order(SUP, a.id(), order("FREEZING", "", LocalDate.of(2024, 2, 1), "850000", "EUR"));
        assertThatThrownBy(() -> n.assets().transition(ANA, a.id(), "FROZEN", LocalDate.of(2024, 1, 9), "x"))
                .isInstanceOf(InvalidInputException.class).satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("on"));
        assertThatThrownBy(() -> n.assets().transition(ANA, a.id(), "FROZEN", null, " ")).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("reason"));
        n.assets().transition(ANA, a.id(), "FROZEN", LocalDate.of(2024, 2, 2), "freezing order executed by the land registry");
        n.assets().value(ANA, a.id(), new AssetRegister.ValuationInput(LocalDate.of(2024, 2, 10), new BigDecimal("900000"), "EUR",
                "EXPERT_APPRAISAL", "notary's appraisal"));
        n.assets().value(ANA, a.id(), new AssetRegister.ValuationInput(LocalDate.of(2025, 2, 10), new BigDecimal("870000"), "EUR",
                "MARKET_PRICE", ""));
        assertThatThrownBy(() -> n.assets().proposeSale(ANA, a.id(), new AssetRegister.BuyerInput("A", null, "", "", BigDecimal.ONE, "EUR")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("only a confiscated or managed asset");
        assertThatThrownBy(() -> n.assets().order(SUP, a.id(), order("CONFISCATION", "", LocalDate.of(2024, 1, 31), "1", "EUR")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("predates the freezing order");
        n.assets().order(SUP, a.id(), order("CONFISCATION", "", LocalDate.of(2025, 3, 1), "850000", "EUR"));
        var file = n.assets().transition(SUP, a.id(), "CONFISCATED", LocalDate.of(2025, 3, 1), "final judgment of the cour d'appel");
        assertThat(file.asset().stage()).isEqualTo(AssetStage.CONFISCATED);
        assertThat(file.transitions()).extracting(Transition::to).containsExactly(AssetStage.FROZEN, AssetStage.CONFISCATED);
        assertThat(file.transitions().get(1).actor()).isEqualTo("sup");
        assertThat(file.latestValuation()).get().satisfies(v -> assertThat(v.value().amount()).isEqualByComparingTo("870000"));
        assertThat(file.caseReference()).contains("INV-2026-00001");
        assertThat(n.assets().pipeline(ANA)).containsEntry(AssetStage.CONFISCATED, 1L).containsEntry(AssetStage.FROZEN, 0L);
        assertThat(n.audit().actions()).contains("finance.assets.register", "finance.assets.order", "finance.assets.transition",
                "finance.assets.valuation", "personal-data.read");
        assertThatThrownBy(() -> n.assets().register(ANA, new AssetRegister.AssetInput("VESSEL", "Yacht", "IMO 9074728", "FRAUD", null,
                List.of(), null, null))).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("identifier"));
        assertThatThrownBy(() -> n.assets().register(ANA, villa("no-such-case", null))).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("caseId"));
        Marking restricted = new Marking(Classification.RESTREINT_UE, Tlp.AMBER, Set.of(), "FR-AGRASC", Set.of());
        n.assets().register(ANA, new AssetRegister.AssetInput("CASH", "Cash seized at the toll", "SEAL-0042", "MONEY_LAUNDERING", null,
                List.of(), null, restricted));
        assertThat(n.assets().list(LOW, Optional.empty(), "", 10).items()).as("markings in the query").extracting(Asset::kind)
                .containsExactly(AssetKind.REAL_ESTATE);
        assertThat(n.assets().pipeline(LOW)).containsEntry(AssetStage.IDENTIFIED, 0L);
        assertThat(n.assets().pipeline(ANA)).containsEntry(AssetStage.IDENTIFIED, 1L);
        assertThat(n.assets().list(ANA, Optional.empty(), "", 10).items()).hasSize(2);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aSaleToTheSisterOfTheConvictedIsFlaggedAndNeedsAnOverrideAClearSaleIsApproved(TestDatabase db) {
        Node n = node(db);
        Asset a = confiscated(n, villa("case-1", null), "DRUG_TRAFFICKING", LocalDate.of(2024, 2, 1), LocalDate.of(2025, 3, 1), "850000");
        var flagged = n.assets().proposeSale(ANA, a.id(), new AssetRegister.BuyerInput("Marieke Voorbeeld", LocalDate.of(1984, 5, 1), "",
                "", new BigDecimal("800000"), "EUR"));
        assertThat(flagged.sale().check().result()).isEqualTo(SaleCheck.Result.FLAGGED);
        assertThat(flagged.sale().check().networkSize()).isEqualTo(3);
        assertThat(flagged.explanations()).singleElement().asString().contains("Marieke Voorbeeld")
                .contains("sister (Family) of Jan Voorbeeld (convicted) in case INV-2026-00001");
        assertThat(n.audit().last().action()).isEqualTo("finance.assets.sale-check");
        assertThatThrownBy(() -> n.assets().proposeSale(ANA, a.id(), new AssetRegister.BuyerInput("B", null, "", "", BigDecimal.ONE, "EUR")))
                .isInstanceOf(ConflictException.class);

        var lowView = n.assets().file(ANA, a.id()).sales().getFirst();
        assertThat(lowView.explanations().getFirst()).contains("Jan Voorbeeld");
        assertThatThrownBy(() -> n.assets().decideSale(ANA, a.id(), flagged.sale().id(), "BLOCK", "r", null)).isInstanceOf(ForbiddenException.class);
        var own = n.assets().proposeSale(SUP, confiscated(n, villa(null, null), "FRAUD", LocalDate.of(2024, 2, 1), LocalDate.of(2024, 3, 1),
                "10").id(), new AssetRegister.BuyerInput("Some Buyer", null, "", "", BigDecimal.ONE, "EUR"));
        assertThatThrownBy(() -> n.assets().decideSale(SUP, own.sale().assetId(), own.sale().id(), "APPROVE", "r", null))
                .as("four eyes").isInstanceOf(ForbiddenException.class).hasMessageContaining("another supervisor");
        assertThatThrownBy(() -> n.assets().decideSale(SUP, a.id(), flagged.sale().id(), "APPROVE", "good price", null))
                .isInstanceOf(InvalidInputException.class).satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("overrideReason"));
        var blocked = n.assets().decideSale(SUP, a.id(), flagged.sale().id(), "BLOCK", "the buyer is the convicted owner's sister", null);
        assertThat(blocked.sale().status()).isEqualTo(Sale.Status.BLOCKED);
        assertThat(n.audit().last().action()).isEqualTo("finance.assets.sale-block");
        assertThatThrownBy(() -> n.assets().decideSale(SUP, a.id(), flagged.sale().id(), "APPROVE", "x", "y")).isInstanceOf(ConflictException.class);

        var company = n.assets().proposeSale(ANA, a.id(), new AssetRegister.BuyerInput("Piet Jansen", null, "", "NL-KVK-1234",
                new BigDecimal("810000"), "EUR"));
        assertThat(company.explanations().getFirst()).startsWith("buyer's company NL-KVK-1234 matches Voorbeeld Trading BV")
                .contains("linked by Directorship to Marieke Voorbeeld, who is sister (Family) of Jan Voorbeeld");
        var approved = n.assets().decideSale(SUP, a.id(), company.sale().id(), "APPROVE", "court-authorised sale",
                "the company changed hands in 2025; registry extract on file");
        assertThat(approved.sale().status()).isEqualTo(Sale.Status.APPROVED);
        assertThat(approved.sale().overrideReason()).contains("the company changed hands in 2025; registry extract on file");
        assertThat(n.audit().last().detail()).contains("OVERRIDE");

        Asset other = confiscated(n, villa("case-1", null), "DRUG_TRAFFICKING", LocalDate.of(2024, 2, 1), LocalDate.of(2025, 3, 1), "1000");
        var clear = n.assets().proposeSale(ANA, other.id(), new AssetRegister.BuyerInput("Anne Unrelated", null, "X1", "", BigDecimal.TEN, "EUR"));
        assertThat(clear.sale().check().result()).isEqualTo(SaleCheck.Result.CLEAR);
        assertThatThrownBy(() -> n.assets().decideSale(SUP, other.id(), clear.sale().id(), "APPROVE", "ok", "needless"))
                .isInstanceOf(InvalidInputException.class);
        assertThat(n.assets().decideSale(SUP, other.id(), clear.sale().id(), "APPROVE", "open auction, highest bid", null).sale().status())
                .isEqualTo(Sale.Status.APPROVED);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void theCheckRunsAgainBeforeAnApprovalAndANetworkThatGrewMeanwhileStopsIt(TestDatabase db) {
        Node n = node(db);
        Asset a = confiscated(n, villa("case-1", null), "DRUG_TRAFFICKING", LocalDate.of(2024, 2, 1), LocalDate.of(2025, 3, 1), "90000");
        var sale = n.assets().proposeSale(ANA, a.id(), new AssetRegister.BuyerInput("Rutger Hauwer", null, "", "", new BigDecimal("85000"),
                "EUR"));
        assertThat(sale.sale().check().result()).as("nobody of that name in the network when proposed").isEqualTo(SaleCheck.Result.CLEAR);
        // The investigators then find that the buyer is the convicted owner's business partner.
        n.network().joined.add(new CaseNetwork.Member("ds:p9", "Person", List.of("Rutger Hauwer"), List.of(), List.of(), "convicted",
                List.of(new CaseNetwork.Step("ds:p1", "Jan Voorbeeld", "UnknownLink", "business partner", "ds:p9", "Rutger Hauwer"))));
        assertThatThrownBy(() -> n.assets().decideSale(SUP, a.id(), sale.sale().id(), "APPROVE", "open auction, highest bid", null))
                .isInstanceOf(ConflictException.class).hasMessageContaining("network changed").hasMessageContaining("flags the sale");
        assertThat(n.audit().last().action()).isEqualTo("finance.assets.sale-recheck");
        var now = n.assets().file(SUP, a.id()).sales().getFirst();
        assertThat(now.sale().status()).as("still pending, with the fresh check stored").isEqualTo(Sale.Status.PENDING);
        assertThat(now.sale().check().result()).isEqualTo(SaleCheck.Result.FLAGGED);
        assertThat(now.explanations().getFirst()).contains("Rutger Hauwer").contains("business partner");
        assertThatThrownBy(() -> n.assets().decideSale(SUP, a.id(), sale.sale().id(), "APPROVE", "open auction", null))
                .as("the flag now needs an override like any flagged sale").isInstanceOf(InvalidInputException.class);
        assertThat(n.assets().decideSale(SUP, a.id(), sale.sale().id(), "BLOCK", "the buyer is the convicted owner's partner", null).sale()
                .status()).isEqualTo(Sale.Status.BLOCKED);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void indicatorsMatchHandComputedFiguresAndAreReportedOnceUntilTheyChange(TestDatabase db) {
        Node n = node(db);
        // drug trafficking: frozen 2024-02-01, confiscated 2025-03-01 (394 days) and 2024-03-01 → 2025-03-31 (395 days); 850,000 + 150,000
        Asset a = confiscated(n, villa("case-1", null), "DRUG_TRAFFICKING", LocalDate.of(2024, 2, 1), LocalDate.of(2025, 3, 1), "850000");
        confiscated(n, villa(null, null), "DRUG_TRAFFICKING", LocalDate.of(2024, 3, 1), LocalDate.of(2025, 3, 31), "150000");
        // fraud: frozen 2025-01-10, confiscated 2025-01-20 (10 days), 40,000 EUR
        confiscated(n, villa(null, null), "FRAUD", LocalDate.of(2025, 1, 10), LocalDate.of(2025, 1, 20), "40000");
        // a freezing order in USD only, never confiscated
        Asset usd = n.assets().register(ANA, villa(null, null));
        n.assets().order(SUP, usd.id(), order("FREEZING", "CORRUPTION", LocalDate.of(2025, 6, 1), "5000", "USD"));
        var sale = n.assets().proposeSale(ANA, a.id(), new AssetRegister.BuyerInput("Anne Unrelated", null, "", "", new BigDecimal("820000"), "EUR"));
        n.assets().decideSale(SUP, a.id(), sale.sale().id(), "APPROVE", "auction", null);

        List<RecoveryIndicators.Row> rows = n.indicators().compute(Optional.of(ANA));
        RecoveryIndicators.Row y2024 = RecoveryIndicators.total(rows, 2024).orElseThrow();
        assertThat(y2024.freezingOrders()).isEqualTo(2);
        assertThat(y2024.freezingValue()).isEqualTo(Map.of("EUR", new BigDecimal("1000000.00")));
        assertThat(y2024.confiscationOrders()).isZero();
        RecoveryIndicators.Row y2025 = RecoveryIndicators.total(rows, 2025).orElseThrow();
        assertThat(y2025.freezingOrders()).isEqualTo(2);
        assertThat(y2025.freezingValue()).isEqualTo(Map.of("EUR", new BigDecimal("40000.00"), "USD", new BigDecimal("5000.00")));
        assertThat(y2025.confiscationOrders()).isEqualTo(3);
        assertThat(y2025.confiscationValue()).isEqualTo(Map.of("EUR", new BigDecimal("1040000.00")));
        assertThat(y2025.medianDaysFreezingToConfiscation()).as("days 10, 394, 395").contains(394.0);
        RecoveryIndicators.Row drugs2025 = rows.stream().filter(r -> r.year() == 2025 && r.offence().equals(Optional.of(OffenceType.DRUG_TRAFFICKING)))
                .findFirst().orElseThrow();
        assertThat(drugs2025.medianDaysFreezingToConfiscation()).contains(394.5);
        assertThat(drugs2025.assetsTimed()).isEqualTo(2);
        RecoveryIndicators.Row y2026 = RecoveryIndicators.total(rows, 2026).orElseThrow();
        assertThat(y2026.recovered()).isEqualTo(Map.of("EUR", new BigDecimal("820000.00")));
        Marking restricted = new Marking(Classification.RESTREINT_UE, Tlp.AMBER, Set.of(), "FR-AGRASC", Set.of());
        confiscated(n, new AssetRegister.AssetInput("CASH", "Cash", "SEAL-1", "FRAUD", null, List.of(), LocalDate.of(2024, 12, 1), restricted), "FRAUD",
                LocalDate.of(2025, 1, 1), LocalDate.of(2025, 2, 1), "3000");
        assertThat(RecoveryIndicators.total(n.indicators().compute(Optional.of(LOW)), 2025).orElseThrow().confiscationOrders())
                .as("a reader counts only the assets they may see").isEqualTo(3);
        assertThat(RecoveryIndicators.total(n.indicators().compute(Optional.of(ANA)), 2025).orElseThrow().confiscationOrders()).isEqualTo(4);

        List<IndicatorReporter.Figure> first = n.reporter().report();
        assertThat(n.fed()).containsExactlyInAnyOrder("O1.A3.1-I1 2024-12-31 0.00 finance", "O1.A3.1-I2 2024-12-31 1000000.00 finance",
                "O1.A3.1-I1 2025-12-31 1043000.00 finance", "O1.A3.1-I2 2025-12-31 43000.00 finance", "O1.A3.1-I1 2026-06-15 0.00 finance",
                "O1.A3.1-I2 2026-06-15 0.00 finance", "O2.A2.1-I1 2026-06-15 0.00 finance");
        assertThat(first).allMatch(IndicatorReporter.Figure::sent);
        n.fed().clear();
        assertThat(n.reporter().report()).noneMatch(IndicatorReporter.Figure::sent);
        assertThat(n.fed()).as("unchanged figures are not sent again").isEmpty();
        n.clock().advance(Duration.ofDays(1));
        Asset more = n.assets().register(ANA, villa(null, null));
        n.assets().order(SUP, more.id(), order("FREEZING", "FRAUD", LocalDate.of(2026, 6, 16), "7000", "EUR"));
        n.reporter().report();
        assertThat(n.fed()).contains("O1.A3.1-I2 2026-06-16 7000.00 finance").doesNotContain("O1.A3.1-I2 2025-12-31 43000.00 finance");
    }
}

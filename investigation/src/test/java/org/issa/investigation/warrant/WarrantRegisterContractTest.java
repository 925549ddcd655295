package org.issa.investigation.warrant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.issa.investigation.Fixtures.ANNA;
import static org.issa.investigation.Fixtures.AUDITOR;
import static org.issa.investigation.Fixtures.DIRK;
import static org.issa.investigation.Fixtures.LOW;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.issa.core.error.ConflictException;
import org.issa.core.error.InvalidInputException;
import org.issa.core.error.NotFoundException;
import org.issa.core.marking.Classification;
import org.issa.core.marking.Handling;
import org.issa.core.marking.Marking;
import org.issa.core.marking.Tlp;
import org.issa.core.testdb.TestDatabase;
import org.issa.investigation.Fixtures;
import org.issa.investigation.deadline.Alert;
import org.issa.investigation.deadline.AlertLevel;
import org.issa.investigation.deadline.DeadlineBoard;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The arrest warrant register over a real database; time travels on a controllable clock. */
class WarrantRegisterContractTest {

    static List<TestDatabase> databases() {
        return TestDatabase.all();
    }

    static final Instant T0 = Instant.parse("2026-02-02T07:00:00Z");

    static WarrantRegister.WarrantInput input(Marking marking) {
        return new WarrantRegister.WarrantInput("EXECUTING", "PR-MAR-2026-0042", "fr", "Parquet de Marseille", "NL",
                "Internationale Rechtshulp in Strafzaken Amsterdam", "PROSECUTION", "Jean Dupont", LocalDate.of(1979, 4, 12), "FR",
                "caviar-phase-3:n12", LocalDate.of(2026, 1, 20), null, List.of(new WarrantRegister.OffenceInput("DRUG_TRAFFICKING",
                "Import of 300 kg of cocaine", 120), new WarrantRegister.OffenceInput("OTHER", "Possession of a false passport", 24)),
                marking);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void sixtyDaysAfterArrestWarnedBeforeExtendedOnceThenOverdue(TestDatabase db) {
        Fixtures.Node n = Fixtures.node(db, T0);
        Warrant w = n.warrants().register(ANNA, input(null));
        assertThat(w.reference()).isEqualTo("EAW-2026-00001");
        assertThat(w.marking().handling()).as("a warrant names a person").contains(Handling.PERSONAL_DATA);
        assertThat(n.warrants().deadlines(ANNA)).as("no limit before the arrest").isEmpty();

        n.warrants().record(ANNA, w.id(), WarrantEventKind.ARRESTED, null, "arrested at Schiphol", null);
        assertThat(n.warrants().deadlines(ANNA)).singleElement().satisfies(d -> {
            assertThat(d.dueAt()).isEqualTo(T0.plus(Duration.ofDays(60)));
            assertThat(d.title()).doesNotContain("Dupont");
        });
        n.clock().advance(Duration.ofDays(57).minusSeconds(1));
        assertThat(n.watch().run()).isEmpty();
        n.clock().advance(Duration.ofDays(1).plusSeconds(1)); // day 58: 2 days before the limit
        assertThat(n.watch().run()).singleElement().satisfies(a -> assertThat(a.level()).isEqualTo(AlertLevel.WARNING));
        assertThat(n.watch().run()).isEmpty();

        assertThatThrownBy(() -> n.warrants().record(ANNA, w.id(), WarrantEventKind.EXTENDED, null, "", null))
                .isInstanceOf(InvalidInputException.class).satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("note"));
        var extended = n.warrants().record(ANNA, w.id(), WarrantEventKind.EXTENDED, null,
                "issuing authority informed: translation of the Art. 4a guarantees awaited", null);
        assertThat(extended.limits()).singleElement().satisfies(l -> assertThat(l.dueAt()).isEqualTo(T0.plus(Duration.ofDays(90))));
        assertThatThrownBy(() -> n.warrants().record(ANNA, w.id(), WarrantEventKind.EXTENDED, null, "again", null))
                .isInstanceOf(ConflictException.class);
        n.clock().advance(Duration.ofDays(3)); // day 61: overdue under 60 days, not under 90
        assertThat(n.watch().run()).isEmpty();
        assertThat(DeadlineBoard.of(n.warrants().deadlines(ANNA), n.clock().now()).in(DeadlineBoard.Bucket.LATER)).hasSize(1);
        n.clock().advance(Duration.ofDays(27)); // day 88
        assertThat(n.watch().run()).singleElement().satisfies(a -> {
            assertThat(a.level()).isEqualTo(AlertLevel.WARNING);
            assertThat(a.dueAt()).isEqualTo(T0.plus(Duration.ofDays(90)));
        });
        n.clock().advance(Duration.ofDays(2).plusSeconds(1)); // day 90 + 1 s
        assertThat(n.watch().run()).singleElement().satisfies(a -> assertThat(a.level()).isEqualTo(AlertLevel.OVERDUE));
        assertThat(DeadlineBoard.of(n.warrants().deadlines(ANNA), n.clock().now()).in(DeadlineBoard.Bucket.OVERDUE)).hasSize(1);
        n.warrants().record(ANNA, w.id(), WarrantEventKind.EUROJUST_INFORMED, null, "Art. 17(7) notice sent", null);

        var decided = n.warrants().record(ANNA, w.id(), WarrantEventKind.SURRENDER_DECIDED, null, "Rechtbank Amsterdam", null);
        assertThat(decided.warrant().stage()).isEqualTo(WarrantStage.DECIDED);
        assertThat(decided.limits().get(0).keptLate()).isTrue();
        assertThat(n.warrants().deadlines(ANNA)).singleElement().satisfies(d -> {
            assertThat(d.name()).isEqualTo("surrender");
            assertThat(d.dueAt()).isEqualTo(n.clock().now().plus(Duration.ofDays(10)));
        });
        n.warrants().record(ANNA, w.id(), WarrantEventKind.SURRENDERED, null, "handed over at the border", null);
        assertThat(n.warrants().deadlines(ANNA)).isEmpty();
        assertThat(n.alerts().of("warrant", w.id())).extracting(Alert::level).containsExactly(AlertLevel.WARNING, AlertLevel.WARNING,
                AlertLevel.OVERDUE);
        assertThat(n.audit().actions()).containsSubsequence("investigation.warrant.register", "investigation.warrant.arrested",
                "investigation.deadline.warning", "investigation.warrant.extended", "investigation.deadline.warning",
                "investigation.deadline.overdue", "investigation.warrant.surrender-decided", "investigation.warrant.surrendered");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void consentGivesTenDaysAndADecisionGivesTenDaysToSurrender(TestDatabase db) {
        Fixtures.Node n = Fixtures.node(db, T0);
        Warrant w = n.warrants().register(ANNA, input(null));
        n.warrants().record(ANNA, w.id(), WarrantEventKind.ARRESTED, T0.minus(Duration.ofDays(2)), "", null);
        n.warrants().record(ANNA, w.id(), WarrantEventKind.CONSENTED, null, "consent before the court", null);
        assertThat(n.warrants().deadlines(ANNA)).singleElement().satisfies(d -> {
            assertThat(d.dueAt()).isEqualTo(T0.plus(Duration.ofDays(10)));
            assertThat(d.basis()).contains("Art. 17(2)");
        });
        n.clock().advance(Duration.ofDays(8));
        assertThat(n.watch().run()).singleElement().satisfies(a -> assertThat(a.level()).isEqualTo(AlertLevel.WARNING));
        n.clock().advance(Duration.ofDays(1));
        n.warrants().record(ANNA, w.id(), WarrantEventKind.SURRENDER_DECIDED, null, "", null);
        Instant decision = n.clock().now();
        n.clock().advance(Duration.ofDays(9));
        assertThat(n.watch().run()).singleElement().satisfies(a -> {
            assertThat(a.deadline()).isEqualTo("surrender");
            assertThat(a.level()).isEqualTo(AlertLevel.WARNING);
        });
        // Art. 23(3): surrender prevented (a strike at the airport); a new date agreed
        n.warrants().record(ANNA, w.id(), WarrantEventKind.SURRENDER_DATE_AGREED, decision.plus(Duration.ofDays(14)), "air traffic strike", null);
        assertThat(n.warrants().deadlines(ANNA)).singleElement().satisfies(d -> {
            assertThat(d.dueAt()).isEqualTo(decision.plus(Duration.ofDays(24)));
            assertThat(d.basis()).contains("Art. 23(3)");
        });
        n.clock().advance(Duration.ofDays(2)); // day 11 after the decision: would be overdue under Art. 23(2)
        assertThat(n.watch().run()).isEmpty();

        // the person in full only with a purpose, which is audited
        var masked = n.warrants().file(DIRK, w.id(), Optional.empty());
        assertThat(masked.warrant().person().name()).isEqualTo(RequestedPerson.MASK);
        assertThat(masked.warrant().person().birthDate()).isEmpty();
        assertThat(n.warrants().list(DIRK, Optional.empty(), Optional.empty(), "", 10).items()).singleElement()
                .satisfies(x -> assertThat(x.person().name()).isEqualTo(RequestedPerson.MASK));
        var full = n.warrants().file(AUDITOR, w.id(), Optional.of("yearly Art. 17(7) statistics check"));
        assertThat(full.warrant().person().name()).isEqualTo("Jean Dupont");
        assertThat(full.warrant().offences()).extracting(o -> o.category().map(Enum::name).orElse("OTHER"))
                .containsExactly("DRUG_TRAFFICKING", "OTHER");
        assertThat(n.audit().last().action()).isEqualTo("personal-data.read");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void badWarrantsAreRefusedNamingTheFieldAndMarkingsHold(TestDatabase db) {
        Fixtures.Node n = Fixtures.node(db, T0);
        Marking restricted = new Marking(Classification.RESTREINT_UE, Tlp.AMBER, java.util.Set.of(), "x", java.util.Set.of());
        Warrant w = n.warrants().register(ANNA, input(restricted));
        n.warrants().record(ANNA, w.id(), WarrantEventKind.ARRESTED, null, "", null);
        assertThatThrownBy(() -> n.warrants().file(LOW, w.id(), Optional.of("x"))).isInstanceOf(NotFoundException.class);
        assertThat(n.warrants().deadlines(LOW)).isEmpty();
        assertThat(n.warrants().list(LOW, Optional.empty(), Optional.empty(), "", 10).items()).isEmpty();
        assertThatThrownBy(() -> n.warrants().record(ANNA, w.id(), WarrantEventKind.REFUSED, null, "no guarantees", null))
                .isInstanceOf(InvalidInputException.class).satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("ground"));
        var refused = n.warrants().record(ANNA, w.id(), WarrantEventKind.REFUSED, null, "no guarantees", WarrantRefusalGround.IN_ABSENTIA);
        assertThat(refused.warrant().stage()).isEqualTo(WarrantStage.REFUSED);
        assertThat(refused.events().getLast().note()).startsWith("IN_ABSENTIA — Art. 4a");

        var base = input(null);
        record Case(WarrantRegister.WarrantInput in, String field) {
        }
        for (Case c : List.of(
                new Case(new WarrantRegister.WarrantInput("BOTH", base.issuingReference(), "FR", "a", "NL", "b", "PROSECUTION", "P", null, "FR", null, LocalDate.of(2026, 1, 1), null, base.offences(), null), "role"),
                new Case(new WarrantRegister.WarrantInput("ISSUING", base.issuingReference(), "FR", "a", "FR", "b", "PROSECUTION", "P", null, "FR", null, LocalDate.of(2026, 1, 1), null, base.offences(), null), "executingState"),
                new Case(new WarrantRegister.WarrantInput("ISSUING", base.issuingReference(), "FR", "a", "NL", "b", "PUNISH", "P", null, "FR", null, LocalDate.of(2026, 1, 1), null, base.offences(), null), "purpose"),
                new Case(new WarrantRegister.WarrantInput("ISSUING", base.issuingReference(), "FR", "a", "NL", "b", "PROSECUTION", "P", LocalDate.of(2030, 1, 1), "FR", null, LocalDate.of(2026, 1, 1), null, base.offences(), null), "personBirthDate"),
                new Case(new WarrantRegister.WarrantInput("ISSUING", base.issuingReference(), "FR", "a", "NL", "b", "PROSECUTION", "P", null, "FR", null, null, null, base.offences(), null), "issuedOn"),
                new Case(new WarrantRegister.WarrantInput("ISSUING", base.issuingReference(), "FR", "a", "NL", "b", "PROSECUTION", "P", null, "FR", null, LocalDate.of(2026, 1, 1), null, List.of(), null), "offences"),
                new Case(new WarrantRegister.WarrantInput("ISSUING", base.issuingReference(), "FR", "a", "NL", "b", "PROSECUTION", "P", null, "FR", null, LocalDate.of(2026, 1, 1), null,
                        List.of(new WarrantRegister.OffenceInput("FRAUD", "small fraud", 12)), null), "offences[0].maxPenaltyMonths"),
                new Case(new WarrantRegister.WarrantInput("ISSUING", base.issuingReference(), "FR", "a", "NL", "b", "PROSECUTION", "P", null, "FR", null, LocalDate.of(2026, 1, 1), null,
                        List.of(new WarrantRegister.OffenceInput("FRAUD", "x", 60), new WarrantRegister.OffenceInput("TAX_EVASION", "y", 60)), null), "offences[1].category"),
                new Case(new WarrantRegister.WarrantInput("ISSUING", base.issuingReference(), "FR", "a", "NL", "b", "PROSECUTION", "P", null, "FR", "has spaces", LocalDate.of(2026, 1, 1), null, base.offences(), null), "personEntityId"))) {
            assertThatThrownBy(() -> n.warrants().register(ANNA, c.in())).as(c.field()).isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo(c.field()));
        }
        assertThat(n.sql().count("SELECT COUNT(*) FROM inv_warrant")).isEqualTo(1);
        assertThat(ListOffence.values()).as("the 32 categories of Art. 2(2)").hasSize(32);
    }
}

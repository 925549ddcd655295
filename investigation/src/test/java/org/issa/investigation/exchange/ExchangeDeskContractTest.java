package org.issa.investigation.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.issa.investigation.Fixtures.ANNA;
import static org.issa.investigation.Fixtures.AUDITOR;
import static org.issa.investigation.Fixtures.DIRK;
import static org.issa.investigation.Fixtures.LOW;
import static org.issa.investigation.Fixtures.PARTNER;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.issa.core.error.ConflictException;
import org.issa.core.error.ForbiddenException;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Exchange requests over a real database, with the watch run on a clock the test moves. */
class ExchangeDeskContractTest {

    static List<TestDatabase> databases() {
        return TestDatabase.all();
    }

    static final Instant T0 = Instant.parse("2026-09-14T09:00:00Z");

    static ExchangeDesk.RequestInput urgent(Marking marking) {
        return new ExchangeDesk.RequestInput(Direction.INCOMING, "Politie Landelijke Eenheid", "nl", "OCRTIS", "FR", "NL-2026-7781",
                "Registered keeper and recent ANPR hits of vehicle 12-ABC-3", "DRUG_TRAFFICKING", true, true, null, null, marking);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void anUrgentRequestIsWarnedAboutThenFlaggedOverdueOnceEach(TestDatabase db) {
        Fixtures.Node n = Fixtures.node(db, T0);
        ExchangeRequest r = n.exchange().register(ANNA, urgent(null));
        assertThat(r.reference()).isEqualTo("IX-2026-00001");
        assertThat(r.requestingState()).isEqualTo("NL");
        assertThat(r.ruleCode()).isEqualTo("FD2006-960-ART4-1");
        assertThat(r.dueAt()).isEqualTo(T0.plus(Duration.ofHours(8)));

        assertThat(n.watch().run()).as("nothing due yet").isEmpty();
        n.clock().advance(Duration.ofHours(5).plusMinutes(59));
        assertThat(n.watch().run()).isEmpty();
        n.clock().advance(Duration.ofMinutes(1)); // 2 hours before the limit
        List<Alert> warned = n.watch().run();
        assertThat(warned).singleElement().satisfies(a -> assertThat(a.level()).isEqualTo(AlertLevel.WARNING));
        assertThat(n.watch().run()).as("idempotent").isEmpty();
        n.clock().advance(Duration.ofHours(2));
        assertThat(n.watch().run()).as("due now, not yet overdue").isEmpty();
        n.clock().advance(Duration.ofSeconds(1));
        assertThat(n.watch().run()).singleElement().satisfies(a -> assertThat(a.level()).isEqualTo(AlertLevel.OVERDUE));
        assertThat(n.watch().run()).isEmpty();
        assertThat(n.alerts().of("exchange", r.id())).extracting(Alert::level).containsExactly(AlertLevel.WARNING, AlertLevel.OVERDUE);
        assertThat(n.exchange().history(ANNA, r.id())).extracting(ExchangeEvent::note).anyMatch(s -> s.startsWith("warning:"))
                .anyMatch(s -> s.startsWith("overdue:"));
        assertThat(n.audit().actions()).containsSubsequence("investigation.exchange.register", "investigation.deadline.warning",
                "investigation.deadline.overdue");
        assertThat(n.exchange().get(ANNA, r.id(), Optional.empty()).overdue(n.exchange().now())).isTrue();

        // answered late: closed, marked as late, and no more alerts
        ExchangeRequest answered = n.exchange().answer(ANNA, r.id(), "keeper identified; 4 ANPR hits sent");
        assertThat(answered.status()).isEqualTo(ExchangeStatus.ANSWERED);
        assertThat(answered.closedLate()).isTrue();
        assertThat(n.exchange().deadlines(ANNA)).isEmpty();
        assertThatThrownBy(() -> n.exchange().refuse(ANNA, r.id(), RefusalGround.DISPROPORTIONATE, "x"))
                .isInstanceOf(ConflictException.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aRequestUnderDirective2023_977RunsUnderItsArticle5LimitsAndCannotBePostponed(TestDatabase db) {
        Fixtures.Node n = Fixtures.node(db, T0);
        ExchangeDesk.RequestInput u = urgent(null);
        ExchangeRequest direct = n.exchange().register(ANNA, new ExchangeDesk.RequestInput(u.direction(), u.requestingAuthority(),
                u.requestingState(), u.requestedAuthority(), u.requestedState(), u.theirReference(), u.subject(), null, true, true,
                null, null, null, "DIRECTIVE_2023_977"));
        assertThat(direct.ruleCode()).as("no list offence needed under the Directive").isEqualTo("EU2023-977-ART5-1A");
        assertThat(direct.regime()).isEqualTo(ExchangeRegime.DIRECTIVE_2023_977);
        assertThat(direct.dueAt()).isEqualTo(T0.plus(Duration.ofHours(8)));
        ExchangeRequest indirect = n.exchange().register(ANNA, new ExchangeDesk.RequestInput(u.direction(), u.requestingAuthority(),
                u.requestingState(), u.requestedAuthority(), u.requestedState(), u.theirReference(), u.subject(), u.offence(), true, false,
                null, null, null, "2023/977"));
        assertThat(indirect.ruleCode()).isEqualTo("EU2023-977-ART5-1B");
        assertThat(indirect.dueAt()).isEqualTo(T0.plus(Duration.ofDays(3)));
        ExchangeRequest routine = n.exchange().register(ANNA, new ExchangeDesk.RequestInput(u.direction(), u.requestingAuthority(),
                u.requestingState(), u.requestedAuthority(), u.requestedState(), u.theirReference(), u.subject(), u.offence(), false, true,
                null, null, null, "DIRECTIVE_2023_977"));
        assertThat(routine.ruleCode()).isEqualTo("EU2023-977-ART5-1C");
        assertThat(routine.dueAt()).isEqualTo(T0.plus(Duration.ofDays(7)));
        assertThat(n.exchange().get(ANNA, direct.id(), Optional.empty()).rule()).isEqualTo(TimeLimits.DIRECTIVE_URGENT_DIRECT);
        assertThatThrownBy(() -> n.exchange().delay(ANNA, direct.id(), "register off line", true))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("has no such postponement");
        assertThat(n.exchange().register(ANNA, urgent(null)).regime()).as("the default").isEqualTo(ExchangeRegime.FD_2006_960);
        assertThatThrownBy(() -> n.exchange().register(ANNA, new ExchangeDesk.RequestInput(u.direction(), u.requestingAuthority(),
                u.requestingState(), u.requestedAuthority(), u.requestedState(), u.theirReference(), u.subject(), u.offence(), true, true,
                null, null, null, "Prüm II"))).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("regime"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aPostponementMovesTheLimitToThreeDaysAndTheWatchFollowsIt(TestDatabase db) {
        Fixtures.Node n = Fixtures.node(db, T0);
        ExchangeRequest r = n.exchange().register(ANNA, urgent(null));
        n.clock().advance(Duration.ofHours(7));
        assertThat(n.watch().run()).singleElement().satisfies(a -> assertThat(a.dueAt()).isEqualTo(T0.plus(Duration.ofHours(8))));
        assertThatThrownBy(() -> n.exchange().delay(ANNA, r.id(), " ", true)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("reasons"));
        ExchangeRequest postponed = n.exchange().delay(ANNA, r.id(), "the vehicle register is off line until tomorrow", true);
        assertThat(postponed.status()).isEqualTo(ExchangeStatus.DELAYED);
        assertThat(postponed.ruleCode()).isEqualTo("FD2006-960-ART4-2");
        assertThat(postponed.dueAt()).isEqualTo(T0.plus(Duration.ofDays(3)));
        assertThatThrownBy(() -> n.exchange().delay(ANNA, r.id(), "again", true)).as("postponed once")
                .isInstanceOf(InvalidInputException.class).satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("postpone"));
        n.clock().advance(Duration.ofHours(2)); // past the original 8 hours: not overdue any more
        assertThat(n.watch().run()).isEmpty();
        n.clock().advance(Duration.ofDays(1)); // T0 + 33 h: 39 h left, inside the 2-day lead
        assertThat(n.watch().run()).singleElement().satisfies(a -> {
            assertThat(a.level()).isEqualTo(AlertLevel.WARNING);
            assertThat(a.dueAt()).isEqualTo(T0.plus(Duration.ofDays(3)));
        });
        ExchangeRequest working = n.exchange().start(ANNA, r.id(), null);
        assertThat(working.status()).isEqualTo(ExchangeStatus.IN_PROGRESS);
        assertThat(working.dueAt()).as("taking it in hand keeps the postponed limit").isEqualTo(T0.plus(Duration.ofDays(3)));
        ExchangeRequest refused = n.exchange().refuse(ANNA, r.id(), RefusalGround.JEOPARDISE_INVESTIGATION, "covert operation under way");
        assertThat(refused.statusReason()).startsWith("JEOPARDISE_INVESTIGATION: covert");
        assertThat(refused.closedLate()).isFalse();
        assertThat(n.exchange().history(AUDITOR, r.id())).extracting(ExchangeEvent::to).containsSubsequence(ExchangeStatus.RECEIVED,
                ExchangeStatus.DELAYED, ExchangeStatus.IN_PROGRESS, ExchangeStatus.REFUSED);

        // a non-urgent request about a list offence, directly accessible: 7 days; it cannot be postponed
        ExchangeRequest week = n.exchange().register(DIRK, new ExchangeDesk.RequestInput(Direction.OUTGOING, "OCRTIS", "FR", "BKA", "DE",
                "", "Criminal record of a suspect", "MONEY_LAUNDERING", false, true, null, n.clock().now().minus(Duration.ofHours(1)), null));
        assertThat(week.dueAt()).isEqualTo(n.clock().now().minus(Duration.ofHours(1)).plus(Duration.ofDays(7)));
        assertThatThrownBy(() -> n.exchange().delay(DIRK, week.id(), "busy", true)).isInstanceOf(InvalidInputException.class);
        ExchangeRequest delayed = n.exchange().delay(DIRK, week.id(), "awaiting the court's register extract", false);
        assertThat(delayed.dueAt()).as("a delay with reasons keeps the limit").isEqualTo(week.dueAt());
        // any other offence: 14 days
        ExchangeRequest other = n.exchange().register(DIRK, new ExchangeDesk.RequestInput(Direction.INCOMING, "Policía Nacional", "ES",
                "OCRTIS", "FR", "", "Hotel registrations", "OTHER", true, true, null, null, null));
        assertThat(other.ruleCode()).isEqualTo("FD2006-960-ART4-4");
        assertThat(other.dueAt()).isEqualTo(other.receivedAt().plus(Duration.ofDays(14)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void markingsAndPersonalDataHoldInTheQueries(TestDatabase db) {
        Fixtures.Node n = Fixtures.node(db, T0);
        Marking restricted = new Marking(Classification.RESTREINT_UE, Tlp.AMBER, java.util.Set.of(), "x", java.util.Set.of(Handling.PERSONAL_DATA));
        ExchangeRequest r = n.exchange().register(ANNA, urgent(restricted));
        assertThatThrownBy(() -> n.exchange().get(LOW, r.id(), Optional.empty())).isInstanceOf(NotFoundException.class);
        assertThat(n.exchange().list(LOW, Optional.empty(), Optional.empty(), "", 10).items()).isEmpty();
        assertThat(n.exchange().deadlines(LOW)).isEmpty();
        assertThat(n.exchange().deadlines(DIRK)).singleElement().satisfies(d -> assertThat(d.title()).doesNotContain("12-ABC-3"));
        assertThat(n.exchange().list(DIRK, Optional.empty(), Optional.empty(), "", 10).items()).singleElement()
                .satisfies(x -> assertThat(x.subject()).isEqualTo(ExchangeRequest.MASK));
        assertThat(n.exchange().get(DIRK, r.id(), Optional.empty()).subject()).isEqualTo(ExchangeRequest.MASK);
        assertThat(n.exchange().get(DIRK, r.id(), Optional.of("answer the Dutch request")).subject()).contains("12-ABC-3");
        assertThat(n.audit().last().action()).isEqualTo("personal-data.read");
        assertThatThrownBy(() -> n.exchange().list(PARTNER, Optional.empty(), Optional.empty(), "", 10)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> n.exchange().answer(AUDITOR, r.id(), "")).isInstanceOf(ForbiddenException.class);

        // bad input names the field
        for (var c : List.<Object[]>of(
                new Object[] {new ExchangeDesk.RequestInput(null, "a", "FR", "b", "DE", "", "s", "OTHER", true, true, null, null, null), "direction"},
                new Object[] {new ExchangeDesk.RequestInput(Direction.INCOMING, "a", "FRA", "b", "DE", "", "s", "OTHER", true, true, null, null, null), "requestingState"},
                new Object[] {new ExchangeDesk.RequestInput(Direction.INCOMING, "a", "FR", "b", "DE", "", "s", "SHOPLIFTING", true, true, null, null, null), "offence"},
                new Object[] {new ExchangeDesk.RequestInput(Direction.INCOMING, "a", "FR", "b", "DE", "", "s", "OTHER", null, true, null, null, null), "urgent"},
                new Object[] {new ExchangeDesk.RequestInput(Direction.INCOMING, "a", "FR", "b", "DE", "", "s", "OTHER", true, null, null, null, null), "directlyAccessible"},
                new Object[] {new ExchangeDesk.RequestInput(Direction.INCOMING, "a", "FR", "b", "DE", "", "s", "OTHER", true, true, "no-such-case", null, null), "caseId"},
                new Object[] {new ExchangeDesk.RequestInput(Direction.INCOMING, "a", "FR", "b", "DE", "", "s", "OTHER", true, true, null, T0.plus(Duration.ofDays(1)), null), "receivedAt"},
                new Object[] {new ExchangeDesk.RequestInput(Direction.INCOMING, "a", "FR", "b", "DE", "", "", "OTHER", true, true, null, null, null), "subject"})) {
            assertThatThrownBy(() -> n.exchange().register(ANNA, (ExchangeDesk.RequestInput) c[0])).isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo(c[1]));
        }
        assertThat(n.sql().count("SELECT COUNT(*) FROM inv_exchange_request")).as("nothing half-written").isEqualTo(1);
    }
}

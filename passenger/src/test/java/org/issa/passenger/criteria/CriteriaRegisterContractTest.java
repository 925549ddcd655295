package org.issa.passenger.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.issa.core.error.ConflictException;
import org.issa.core.error.ForbiddenException;
import org.issa.core.error.InvalidInputException;
import org.issa.core.error.NotFoundException;
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
import org.issa.rules.RuleCompiler;
import org.issa.rules.RuleRejectedException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The criteria lifecycle over a real database: H2 always, PostgreSQL when ISSA_TEST_POSTGRES_URL is set. */
class CriteriaRegisterContractTest {

    static final Principal ANA = new Principal("ana", "FR-PIU", "FR", Set.of(Role.ANALYST), Classification.RESTREINT_UE);
    static final Principal SAM = new Principal("sam", "FR-PIU", "FR", Set.of(Role.SUPERVISOR), Classification.SECRET_UE);
    static final Principal SUE = new Principal("sue", "FR-PIU", "FR", Set.of(Role.SUPERVISOR), Classification.SECRET_UE);
    static final Principal LOW = new Principal("lou", "FR-PIU", "FR", Set.of(Role.ANALYST), Classification.UNCLASSIFIED);
    static final Principal ADMIN = new Principal("adm", "FR-PIU", "FR", Set.of(Role.ADMIN), Classification.SECRET_UE);
    static final String CASH_IST = "'IST-FRA' in itinerary.segments && booking.paid_cash && booking.days_before_departure <= 2";

    static List<TestDatabase> databases() {
        return TestDatabase.all();
    }

    record Fixture(CriteriaRegister register, RecordingAuditLog audit, MutableClock clock) {
    }

    static Fixture fixture(TestDatabase db) {
        RecordingAuditLog audit = new RecordingAuditLog();
        MutableClock clock = new MutableClock(Instant.parse("2026-03-01T09:00:00Z"));
        CriteriaRegister r = new CriteriaRegister(new CriteriaStore(new Sql(db.dataSource())), new RuleCompiler(CriteriaModel.MODEL),
                audit, new Autocommit(), clock);
        return new Fixture(r, audit, clock);
    }

    static CriterionDraft draft(String expression, LocalDate review) {
        return new CriterionDraft("Cash on IST-FRA, booked late", "sam", expression,
                "Cash-paid last-minute IST-FRA bookings match the 2025 trafficking pattern (case 2025/114).", review, 2);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aCriterionGoesFromDraftThroughFourEyesApprovalToActiveAndRetired(TestDatabase db) {
        Fixture f = fixture(db);
        CriteriaRegister r = f.register();
        CriteriaEvaluator evaluator = new CriteriaEvaluator(r);
        Criterion c = r.create(ANA, draft(CASH_IST, LocalDate.of(2026, 9, 1)), null);
        assertThat(c.owner()).isEqualTo("sam");
        assertThat(r.versions(ANA, c.id())).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(VersionStatus.DRAFT);
            assertThat(v.author()).isEqualTo("ana");
        });
        assertThat(evaluator.assess(Bookings.istanbulFrankfurtReturn(), TravelHistoryLookup.NONE)).isEmpty();

        assertThatThrownBy(() -> r.approve(ANA, c.id(), 1, "ok")).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> r.activate(SAM, c.id(), 1)).isInstanceOf(ConflictException.class).hasMessageContaining("DRAFT");
        r.approve(SAM, c.id(), 1, "Proportionate; backtest 0.3 % of passengers");
        assertThat(r.version(SAM, c.id(), 1).approvedBy()).contains("sam");
        assertThat(evaluator.activeCount()).isZero();
        assertThatThrownBy(() -> r.activate(ANA, c.id(), 1)).isInstanceOf(ForbiddenException.class);
        r.activate(SUE, c.id(), 1);
        assertThat(r.criterion(ANA, c.id()).activeVersion()).contains(1);

        List<CriterionHit> hits = evaluator.assess(Bookings.istanbulFrankfurtReturn(), TravelHistoryLookup.NONE);
        assertThat(hits).singleElement().satisfies(h -> {
            assertThat(h.passengerRef()).isEqualTo("P1");
            assertThat(h.version()).isEqualTo(1);
            assertThat(h.priority()).isEqualTo(2);
            assertThat(h.explanation().summary()).contains("Ticket paid in cash = yes");
        });

        // An edit makes a new draft; the active version stays in force until the new one is approved and activated.
        CriterionVersion v2 = r.edit(ANA, c.id(), 1, draft(CASH_IST.replace("<= 2", "<= 1"), LocalDate.of(2026, 10, 1)));
        assertThat(v2.version()).isEqualTo(2);
        assertThatThrownBy(() -> r.edit(ANA, c.id(), 1, draft(CASH_IST, LocalDate.of(2026, 10, 1))))
                .isInstanceOf(ConflictException.class);
        assertThat(evaluator.assess(Bookings.istanbulFrankfurtReturn(), TravelHistoryLookup.NONE)).hasSize(1);
        r.approve(SUE, c.id(), 2, "Narrower");
        r.activate(SAM, c.id(), 2);
        assertThat(r.versions(ANA, c.id())).extracting(CriterionVersion::status)
                .containsExactly(VersionStatus.ACTIVE, VersionStatus.RETIRED);
        assertThat(r.versions(ANA, c.id()).get(1).expression()).isEqualTo(CASH_IST);
        assertThat(evaluator.assess(Bookings.istanbulFrankfurtReturn(), TravelHistoryLookup.NONE)).singleElement()
                .extracting(CriterionHit::version).isEqualTo(2);

        r.retire(SAM, c.id(), "Pattern no longer observed");
        assertThat(r.criterion(ANA, c.id()).retired()).isTrue();
        assertThat(evaluator.assess(Bookings.istanbulFrankfurtReturn(), TravelHistoryLookup.NONE)).isEmpty();
        assertThatThrownBy(() -> r.edit(ANA, c.id(), 2, draft(CASH_IST, LocalDate.of(2026, 10, 1)))).isInstanceOf(ConflictException.class);

        assertThat(f.audit().actions()).containsExactly("passenger.criterion.create", "passenger.criterion.approve",
                "passenger.criterion.activate", "passenger.criterion.edit", "passenger.criterion.approve",
                "passenger.criterion.activate", "passenger.criterion.retire");
        assertThat(f.audit().entries.get(1).event().actor()).isEqualTo("sam");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void anEditSupersedesPendingVersionsAndTheAuthorCanNeverApproveTheirOwn(TestDatabase db) {
        CriteriaRegister r = fixture(db).register();
        Criterion c = r.create(SAM, draft(CASH_IST, LocalDate.of(2026, 9, 1)), null);
        assertThatThrownBy(() -> r.approve(SAM, c.id(), 1, "self")).isInstanceOf(ForbiddenException.class)
                .hasMessageContaining("four-eyes");
        r.approve(SUE, c.id(), 1, "fine");
        r.edit(SUE, c.id(), 1, draft(CASH_IST.replace("IST-FRA", "SAW-FRA"), LocalDate.of(2026, 9, 1)));
        assertThat(r.versions(SAM, c.id())).extracting(CriterionVersion::status)
                .containsExactly(VersionStatus.DRAFT, VersionStatus.SUPERSEDED);
        assertThatThrownBy(() -> r.activate(SAM, c.id(), 1)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> r.approve(SUE, c.id(), 2, "self")).isInstanceOf(ForbiddenException.class);
        r.approve(SAM, c.id(), 2, "ok");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void badDraftsAreRefusedNamingTheField(TestDatabase db) {
        CriteriaRegister r = fixture(db).register();
        assertThatThrownBy(() -> r.create(ANA, draft("itinerary.origin == 'IST' && passenger.meal == 'MOML'", LocalDate.of(2026, 9, 1)), null))
                .isInstanceOf(RuleRejectedException.class).satisfies(e -> assertThat(((RuleRejectedException) e).problems())
                        .anySatisfy(p -> assertThat(p.field()).contains("passenger.meal")));
        assertThatThrownBy(() -> r.create(ANA, draft("itinerary.origin == 'IST'", LocalDate.of(2026, 9, 1)), null))
                .isInstanceOf(RuleRejectedException.class).hasMessageContaining("single broad condition");
        assertField(() -> r.create(ANA, draft(CASH_IST, LocalDate.of(2026, 2, 1)), null), "reviewDate");
        assertField(() -> r.create(ANA, draft(CASH_IST, LocalDate.of(2027, 6, 1)), null), "reviewDate");
        assertField(() -> r.create(ANA, new CriterionDraft(" ", "sam", CASH_IST, "why", LocalDate.of(2026, 9, 1), 2), null), "name");
        assertField(() -> r.create(ANA, new CriterionDraft("n", "sam", CASH_IST, "", LocalDate.of(2026, 9, 1), 2), null), "justification");
        assertField(() -> r.create(ANA, new CriterionDraft("n", "sam", CASH_IST, "why", LocalDate.of(2026, 9, 1), 9), null), "priority");
        assertThatThrownBy(() -> r.create(ADMIN, draft(CASH_IST, LocalDate.of(2026, 9, 1)), null)).isInstanceOf(ForbiddenException.class);
    }

    private static void assertField(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field) {
        assertThatThrownBy(call).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo(field));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aPassedReviewDateIsFlaggedAndBlocksApproval(TestDatabase db) {
        Fixture f = fixture(db);
        CriteriaRegister r = f.register();
        Criterion c = r.create(ANA, draft(CASH_IST, LocalDate.of(2026, 4, 1)), null);
        r.approve(SAM, c.id(), 1, "ok");
        r.activate(SAM, c.id(), 1);
        assertThat(r.version(ANA, c.id(), 1).reviewOverdue(r.today())).isFalse();
        f.clock().advance(java.time.Duration.ofDays(32));
        assertThat(r.version(ANA, c.id(), 1).reviewOverdue(r.today())).isTrue();
        r.edit(ANA, c.id(), 1, draft(CASH_IST, LocalDate.of(2026, 4, 10)));
        f.clock().advance(java.time.Duration.ofDays(9));
        assertField(() -> r.approve(SAM, c.id(), 2, "late"), "reviewDate");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void criteriaAreFilteredByMarkingInTheQuery(TestDatabase db) {
        CriteriaRegister r = fixture(db).register();
        Marking restricted = new Marking(Classification.RESTREINT_UE, Tlp.AMBER, Set.of(), "X", Set.of());
        Criterion open = r.create(ANA, new CriterionDraft("A open", "", CASH_IST, "why", LocalDate.of(2026, 9, 1), 3), null);
        Criterion marked = r.create(ANA, new CriterionDraft("B marked", "", CASH_IST, "why", LocalDate.of(2026, 9, 1), 3), restricted);
        assertThat(marked.marking().classification()).isEqualTo(Classification.RESTREINT_UE);
        assertThat(open.owner()).isEqualTo("ana");
        assertThat(r.criteria(ANA, "", 10).items()).extracting(Criterion::id).containsExactly(open.id(), marked.id());
        assertThat(r.criteria(LOW, "", 10).items()).extracting(Criterion::id).containsExactly(open.id());
        assertThatThrownBy(() -> r.criterion(LOW, marked.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> r.versions(LOW, marked.id())).isInstanceOf(NotFoundException.class);
        var page = r.criteria(ANA, "", 1);
        assertThat(page.items()).extracting(Criterion::id).containsExactly(open.id());
        assertThat(r.criteria(ANA, page.nextCursor().orElseThrow(), 1).items()).extracting(Criterion::id).containsExactly(marked.id());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aBacktestIsStoredWithTheVersionAndAudited(TestDatabase db) {
        Fixture f = fixture(db);
        CriteriaRegister r = f.register();
        Criterion c = r.create(ANA, draft("itinerary.airports.exists(a, a in ['IST', 'BEY']) && booking.paid_cash", LocalDate.of(2026, 9, 1)), null);
        LocalDate from = LocalDate.of(2026, 2, 1);
        Backtest.Result result = Backtest.run(r.compiler().compile(r.version(ANA, c.id(), 1).expression()).orThrow(),
                new SyntheticBookings(5, 800, from, 10), from, from.plusDays(9), TravelHistoryLookup.NONE, 5);
        BacktestRecord b = r.recordBacktest(ANA, c.id(), 1, result);
        assertThat(r.store().backtests(c.id(), 10)).singleElement().satisfies(s -> {
            assertThat(s.id()).isEqualTo(b.id());
            assertThat(s.hits()).isEqualTo(result.hits()).isPositive();
            assertThat(s.passengers()).isEqualTo(result.passengers());
            assertThat(s.perDayJson()).isEqualTo(result.perDayJson());
            assertThat(s.from()).isEqualTo(from);
        });
        assertThat(f.audit().last().action()).isEqualTo("passenger.criterion.backtest");
        assertThat(f.audit().last().purpose()).contains("Art 6(2)(c)");
    }
}

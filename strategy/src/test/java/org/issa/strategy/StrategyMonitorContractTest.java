package org.issa.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.issa.core.error.ForbiddenException;
import org.issa.core.error.InvalidInputException;
import org.issa.core.error.NotFoundException;
import org.issa.core.marking.Classification;
import org.issa.core.marking.Marking;
import org.issa.core.marking.Tlp;
import org.issa.core.paging.Page;
import org.issa.core.security.Principal;
import org.issa.core.security.Role;
import org.issa.core.sql.Sql;
import org.issa.core.testdb.RecordingAuditLog;
import org.issa.core.testdb.TestDatabase;
import org.issa.strategy.catalogue.CatalogueLoader;
import org.issa.strategy.progress.ActionStatus;
import org.issa.strategy.progress.ProgressStore;
import org.issa.strategy.progress.ProgressUpdate;
import org.issa.strategy.report.AnnualReport;
import org.issa.strategy.report.AnnualReportBuilder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The monitor over a real database: H2 always, PostgreSQL when ISSA_TEST_POSTGRES_URL is set. */
class StrategyMonitorContractTest {

    static final Principal SUPERVISOR = new Principal("sam", "FR-MININT", "FR", Set.of(Role.SUPERVISOR), Classification.SECRET_UE);
    static final Principal ANALYST = new Principal("ana", "FR-MININT", "FR", Set.of(Role.ANALYST), Classification.RESTREINT_UE);
    static final Principal LOW = new Principal("lou", "DE-BMI", "DE", Set.of(Role.ANALYST), Classification.UNCLASSIFIED);
    static final Principal PARTNER = new Principal("pat", "NL-NCTV", "NL", Set.of(Role.PARTNER), Classification.SECRET_UE);

    static List<TestDatabase> databases() {
        return TestDatabase.all();
    }

    private static StrategyMonitor monitor(TestDatabase db, RecordingAuditLog audit, Instant now) {
        return new StrategyMonitor(CatalogueLoader.builtIn(), new ProgressStore(new Sql(db.dataSource())), audit,
                new org.issa.core.testdb.Autocommit(), Clock.fixed(now, ZoneOffset.UTC));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void updatesAreMarkedAuditedAndFilteredForEachReader(TestDatabase db) {
        RecordingAuditLog audit = new RecordingAuditLog();
        StrategyMonitor m = monitor(db, audit, Instant.parse("2012-03-01T10:00:00Z"));
        Marking restricted = new Marking(Classification.RESTREINT_UE, Tlp.AMBER, Set.of(), "IGNORED", Set.of());
        ProgressUpdate open = m.addUpdate(ANALYST, "O1.A1.1", "Proposal adopted by the Commission", Optional.empty(), null);
        ProgressUpdate marked = m.addUpdate(ANALYST, "O1.A1.1", "Council working party notes", Optional.empty(), restricted);
        assertThat(marked.marking().originator()).isEqualTo("FR-MININT");
        assertThat(audit.entries).hasSize(2);
        assertThat(audit.entries.get(1).event().action()).isEqualTo("strategy.update.create");

        assertThat(m.updates(ANALYST, Optional.of("O1"), "", 10).items()).extracting(ProgressUpdate::id)
                .containsExactlyInAnyOrder(open.id(), marked.id());
        assertThat(m.updates(LOW, Optional.of("O1"), "", 10).items()).extracting(ProgressUpdate::id).containsExactly(open.id());
        assertThat(m.countUpdates(LOW)).isEqualTo(1);
        assertThatThrownBy(() -> m.update(LOW, marked.id(), Optional.empty())).isInstanceOf(NotFoundException.class);
        assertThat(m.update(SUPERVISOR, marked.id(), Optional.empty()).body()).isEqualTo("Council working party notes");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void personalDataIsMaskedUntilAPurposeIsStatedAndThatReadIsAudited(TestDatabase db) {
        RecordingAuditLog audit = new RecordingAuditLog();
        StrategyMonitor m = monitor(db, audit, Instant.parse("2012-03-01T10:00:00Z"));
        Marking personal = new Marking(Classification.UNCLASSIFIED, Tlp.GREEN, Set.of(), "X",
                Set.of(org.issa.core.marking.Handling.PERSONAL_DATA));
        ProgressUpdate u = m.addUpdate(ANALYST, "O1.A1.6", "Surrender of J. Doe under EAW 2012/77 delayed", Optional.empty(), personal);
        assertThat(m.updates(SUPERVISOR, Optional.of("O1"), "", 10).items()).singleElement()
                .satisfies(x -> assertThat(x.body()).isEqualTo(ProgressUpdate.MASKED_BODY));
        assertThat(m.update(SUPERVISOR, u.id(), Optional.empty()).masked()).isTrue();
        int before = audit.entries.size();
        assertThat(m.update(SUPERVISOR, u.id(), Optional.of("EAW follow-up review")).body()).contains("J. Doe");
        assertThat(audit.entries).hasSize(before + 1);
        assertThat(audit.entries.getLast().event().action()).isEqualTo("personal-data.read");
        assertThat(audit.entries.getLast().event().purpose()).isEqualTo("EAW follow-up review");
        AnnualReport r = new AnnualReportBuilder(m).build(SUPERVISOR, 2012);
        assertThat(r.sections().getFirst().actions().stream().flatMap(a -> a.updates().stream()).map(ProgressUpdate::body))
                .containsExactly(ProgressUpdate.MASKED_BODY);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void rolesAndLimitsAreEnforced(TestDatabase db) {
        RecordingAuditLog audit = new RecordingAuditLog();
        StrategyMonitor m = monitor(db, audit, Instant.parse("2012-03-01T10:00:00Z"));
        assertThatThrownBy(() -> m.addUpdate(PARTNER, "O1.A1.1", "x", Optional.empty(), null)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> m.addUpdate(ANALYST, "O1.A1.1", "x", Optional.of(ActionStatus.DONE), null))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> m.setStatus(ANALYST, "O1.A1.1", ActionStatus.DONE, "x")).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> m.addUpdate(ANALYST, "O9.A1", "x", Optional.empty(), null)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> m.addUpdate(ANALYST, "O1.A1.1", "x".repeat(8001), Optional.empty(), null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("at most 8000");
        Marking secret = new Marking(Classification.SECRET_UE, Tlp.RED, Set.of(), "FR-MININT", Set.of());
        assertThatThrownBy(() -> m.addUpdate(ANALYST, "O1.A1.1", "x", Optional.empty(), secret))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("above your clearance");
        assertThatThrownBy(() -> m.recordValue(ANALYST, "O1.A1.1-NOPE", LocalDate.of(2012, 1, 1), BigDecimal.ONE, null))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> m.recordValue(ANALYST, "O1.A1.1-I1", LocalDate.of(2012, 1, 1), BigDecimal.valueOf(-1), null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("non-negative");
        assertThat(audit.entries).isEmpty();
        assertThat(m.countUpdates(SUPERVISOR)).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void pagesByCursorWithoutGapsOrRepeats(TestDatabase db) {
        StrategyMonitor m = monitor(db, new RecordingAuditLog(), Instant.parse("2012-03-01T10:00:00Z"));
        for (int i = 0; i < 7; i++) {
            m.addUpdate(ANALYST, "O2.A1.1", "update " + i, Optional.empty(), null);
        }
        Page<ProgressUpdate> p1 = m.updates(ANALYST, Optional.empty(), "", 3);
        Page<ProgressUpdate> p2 = m.updates(ANALYST, Optional.empty(), p1.nextCursor().orElseThrow(), 3);
        Page<ProgressUpdate> p3 = m.updates(ANALYST, Optional.empty(), p2.nextCursor().orElseThrow(), 3);
        assertThat(p3.nextCursor()).isEmpty();
        List<String> all = new java.util.ArrayList<>();
        for (var p : List.of(p1, p2, p3)) {
            p.items().forEach(u -> all.add(u.id()));
        }
        assertThat(all).hasSize(7).doesNotHaveDuplicates();
        assertThatThrownBy(() -> m.updates(ANALYST, Optional.empty(), "!!not-a-cursor", 3))
                .isInstanceOf(InvalidInputException.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void annualReportShowsStatusAtYearEndIndicatorsAndOnlyWhatTheReaderMaySee(TestDatabase db) {
        RecordingAuditLog audit = new RecordingAuditLog();
        StrategyMonitor in2011 = monitor(db, audit, Instant.parse("2011-06-01T10:00:00Z"));
        in2011.setStatus(SUPERVISOR, "O1.A1.1", ActionStatus.IN_PROGRESS, "proposal tabled");
        in2011.addUpdate(ANALYST, "O1.A1.1", "Proposal tabled", Optional.empty(), null);
        in2011.addUpdate(ANALYST, "O1.A1.1", "Restricted assessment", Optional.empty(),
                new Marking(Classification.RESTREINT_UE, Tlp.AMBER, Set.of(), "X", Set.of()));
        in2011.recordValue(ANALYST, "O1.A1.1-I1", LocalDate.of(2011, 5, 1), BigDecimal.valueOf(40), null);
        in2011.report("O1.A1.1-I1", LocalDate.of(2011, 5, 31), BigDecimal.valueOf(2), "passenger");
        StrategyMonitor in2012 = monitor(db, audit, Instant.parse("2012-02-01T10:00:00Z"));
        in2012.setStatus(SUPERVISOR, "O1.A1.1", ActionStatus.DONE, "directive adopted");

        AnnualReportBuilder builder = new AnnualReportBuilder(in2012);
        AnnualReport forAnalyst = builder.build(ANALYST, 2011);
        AnnualReport.Section o1 = forAnalyst.sections().getFirst();
        AnnualReport.ActionLine pnr = o1.actions().stream().filter(a -> a.action().code().equals("O1.A1.1")).findFirst().orElseThrow();
        assertThat(pnr.status()).isEqualTo(ActionStatus.IN_PROGRESS);
        assertThat(pnr.overdue()).isTrue();
        assertThat(pnr.updates()).hasSize(2);
        assertThat(forAnalyst.banner()).startsWith("RESTREINT UE");
        assertThat(o1.indicators()).anySatisfy(i -> {
            assertThat(i.indicator().code()).isEqualTo("O1.A1.1-I1");
            assertThat(i.figure()).hasValue(BigDecimal.valueOf(42));
        });
        assertThat(forAnalyst.history()).isPresent();
        assertThat(forAnalyst.openChallenges()).anySatisfy(c -> assertThat(c).startsWith("O1.A1.1"));

        AnnualReport forLow = builder.build(LOW, 2011);
        assertThat(forLow.sections().getFirst().actions().stream().filter(a -> a.action().code().equals("O1.A1.1"))
                .findFirst().orElseThrow().updates()).extracting(ProgressUpdate::body).containsExactly("Proposal tabled");
        assertThat(forLow.banner()).startsWith("UNCLASSIFIED");

        AnnualReport of2012 = builder.build(ANALYST, 2012);
        assertThat(of2012.sections().getFirst().actions().stream().filter(a -> a.action().code().equals("O1.A1.1"))
                .findFirst().orElseThrow().status()).isEqualTo(ActionStatus.DONE);
        assertThatThrownBy(() -> builder.build(ANALYST, 1999)).isInstanceOf(InvalidInputException.class);
    }
}

package org.issa.cyber.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
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
import org.issa.cyber.report.IntakePolicy;
import org.issa.cyber.report.Receipt;
import org.issa.cyber.report.ReportInput;
import org.issa.cyber.report.ReportIntake;
import org.issa.cyber.report.ReportStore;
import org.issa.cyber.report.RuleStore;
import org.issa.cyber.report.Triage;
import org.issa.cyber.report.rsit.RsitTaxonomy;
import org.issa.cyber.statistics.ReportTrends.Bucket;
import org.issa.cyber.statistics.ReportTrends.Dimension;
import org.issa.cyber.statistics.ReportTrends.Query;
import org.issa.cyber.statistics.ReportTrends.Series;
import org.issa.cyber.statistics.ReportTrends.Trend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Report counts per period over a real database (H2 always, PostgreSQL when ISSA_TEST_POSTGRES_URL is set), within markings. */
class ReportTrendsContractTest {

    static final Principal ANALYST = new Principal("ana", "FR-MININT", "FR", Set.of(Role.ANALYST), Classification.RESTREINT_UE);
    static final Principal SUPERVISOR = new Principal("sam", "FR-MININT", "FR", Set.of(Role.SUPERVISOR), Classification.CONFIDENTIEL_UE);
    static final Principal PARTNER = new Principal("bank", "DE-BANK", "DE", Set.of(Role.PARTNER), Classification.UNCLASSIFIED);

    static List<TestDatabase> databases() {
        return TestDatabase.all();
    }

    final MutableClock clock = new MutableClock(Instant.parse("2026-01-05T09:00:00Z"));

    private void at(Instant t) {
        clock.advance(java.time.Duration.between(clock.instant(), t));
    }

    private static ReportInput input(String description, String country) {
        return new ReportInput("CITIZEN", false, "", "victim@example.org", "", description, "", country, "individual", Map.of(), "en", List.of());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void countsPerWeekAndCountryAndClassWithinTheReadersMarkings(TestDatabase db) {
        Sql sql = new Sql(db.dataSource());
        ReportStore store = new ReportStore(sql);
        RuleStore rules = new RuleStore(sql);
        RecordingAuditLog audit = new RecordingAuditLog();
        ReportIntake intake = new ReportIntake(store, rules, audit, new Autocommit(), clock, IntakePolicy.defaults("FR-CYBER"));
        Triage triage = new Triage(store, rules, RsitTaxonomy.builtIn(), audit, new Autocommit(), clock);
        ReportTrends trends = new ReportTrends(sql, clock);

        // week 2026-W02 (Mon 5 Jan): two from FR (one phishing, confirmed), one from BE
        Receipt phishing = intake.submitPublic(input("A phishing e-mail asked for my bank password", "FR"));
        triage.classify(SUPERVISOR, phishing.id(), "fraud", "phishing", "checked");
        intake.submitPublic(input("Someone hacked into my mailbox", "FR"));
        intake.submitPublic(input("Ransomware encrypted our files", "BE"));
        // week 2026-W04: one from BE, then marked CONFIDENTIEL UE: the analyst must not learn it exists
        at(Instant.parse("2026-01-21T23:59:59Z"));
        Receipt secret = intake.submitPublic(input("Extortion by e-mail", "BE"));
        triage.remark(SUPERVISOR, secret.id(), new Marking(Classification.CONFIDENTIEL_UE, Tlp.AMBER, Set.of(), "FR-CYBER", Set.of()), "joint case");
        // a rejected one in W04 counts only when asked for
        Receipt spam = intake.submitPublic(input("buy cheap watches", "FR"));
        triage.reject(SUPERVISOR, spam.id(), "spam");
        // outside the period (Sunday before W02, and the Monday after W04)
        at(Instant.parse("2026-01-04T23:59:59Z"));
        intake.submitPublic(input("too early for the period", "FR"));
        at(Instant.parse("2026-01-26T00:00:00Z"));
        intake.submitPublic(input("too late for the period", "FR"));

        Query byCountry = new Query(Dimension.COUNTRY, Bucket.WEEK, LocalDate.parse("2026-01-07"), LocalDate.parse("2026-01-20"), false);
        Trend a = trends.count(ANALYST, byCountry);
        assertThat(a.periods()).extracting(ReportTrends.Period::label).containsExactly("2026-W02", "2026-W03", "2026-W04");
        assertThat(a.periods().getFirst().start()).isEqualTo(LocalDate.parse("2026-01-05"));
        assertThat(a.periods().getLast().end()).isEqualTo(LocalDate.parse("2026-01-26"));
        assertThat(counts(a)).containsExactlyInAnyOrderEntriesOf(Map.of("FR", List.of(2L, 0L, 0L), "BE", List.of(1L, 0L, 0L)));
        assertThat(a.totals()).containsExactly(3L, 0L, 0L);
        assertThat(a.total()).isEqualTo(3);

        Trend s = trends.count(SUPERVISOR, byCountry);
        assertThat(counts(s)).containsExactlyInAnyOrderEntriesOf(Map.of("FR", List.of(2L, 0L, 0L), "BE", List.of(1L, 0L, 1L)));
        assertThat(s.series().getFirst().key()).isIn("FR", "BE"); // both total 2: ties by key
        assertThat(s.series()).extracting(Series::key).containsExactly("BE", "FR");

        Trend withRejected = trends.count(SUPERVISOR, new Query(Dimension.COUNTRY, Bucket.WEEK, byCountry.from(), byCountry.to(), true));
        assertThat(counts(withRejected).get("FR")).containsExactly(2L, 0L, 1L);

        Trend byClass = trends.count(ANALYST, new Query(Dimension.RSIT_CLASS, Bucket.MONTH, byCountry.from(), byCountry.to(), false));
        assertThat(byClass.periods()).extracting(ReportTrends.Period::label).containsExactly("2026-01");
        // the whole month counts: the early and the late report too
        assertThat(counts(byClass)).containsExactlyInAnyOrderEntriesOf(Map.of("fraud", List.of(1L), "", List.of(4L)));
        Trend byType = trends.count(ANALYST, new Query(Dimension.RSIT_TYPE, Bucket.MONTH, byCountry.from(), byCountry.to(), false));
        assertThat(counts(byType)).containsEntry("fraud/phishing", List.of(1L)).containsEntry("", List.of(4L));
        assertThat(byType.total()).isEqualTo(5);
    }

    @Test
    void periodsAreWholeBoundedAndValidated() {
        ReportTrends trends = new ReportTrends(new Sql(TestDatabase.h2().dataSource()), clock);
        assertThatThrownBy(() -> trends.count(ANALYST, new Query(Dimension.COUNTRY, Bucket.WEEK, LocalDate.parse("2026-02-01"),
                LocalDate.parse("2026-01-01"), false))).isInstanceOf(InvalidInputException.class).hasMessageContaining("to");
        assertThatThrownBy(() -> trends.count(ANALYST, new Query(Dimension.COUNTRY, Bucket.WEEK, LocalDate.parse("2020-01-01"),
                LocalDate.parse("2026-01-01"), false))).isInstanceOf(InvalidInputException.class).hasMessageContaining("at most 106 weeks");
        assertThat(ReportTrends.periods(new Query(Dimension.COUNTRY, Bucket.MONTH, LocalDate.parse("2021-02-15"), LocalDate.parse("2026-01-31"),
                false))).hasSize(60);
        assertThatThrownBy(() -> trends.count(PARTNER, trends.lastPeriods(Dimension.COUNTRY, Bucket.MONTH, 12, false)))
                .isInstanceOf(ForbiddenException.class);
        Query last = trends.lastPeriods(Dimension.RSIT_CLASS, Bucket.WEEK, 12, false);
        assertThat(last.from()).isEqualTo(LocalDate.parse("2025-10-20"));
        assertThat(last.to()).isEqualTo(LocalDate.parse("2026-01-05"));
        assertThat(ReportTrends.periods(last)).hasSize(12).first().extracting(ReportTrends.Period::label).isEqualTo("2025-W43");
        assertThat(trends.count(ANALYST, last).total()).isZero();
        assertThat(Optional.of(Bucket.WEEK.label(LocalDate.parse("2024-12-30")))).contains("2025-W01");
    }

    private static Map<String, List<Long>> counts(Trend t) {
        return t.series().stream().collect(Collectors.toMap(Series::key, Series::counts));
    }
}

package org.issa.passenger.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.issa.core.error.ConflictException;
import org.issa.core.error.ForbiddenException;
import org.issa.core.error.InvalidInputException;
import org.issa.core.error.NotFoundException;
import org.issa.core.marking.Classification;
import org.issa.core.marking.Handling;
import org.issa.core.marking.Marking;
import org.issa.core.marking.Tlp;
import org.issa.core.screening.ScreenableRecord;
import org.issa.core.screening.WatchlistCheck;
import org.issa.core.screening.WatchlistMatch;
import org.issa.core.security.Principal;
import org.issa.core.security.Role;
import org.issa.core.sql.Sql;
import org.issa.core.testdb.Autocommit;
import org.issa.core.testdb.MutableClock;
import org.issa.core.testdb.RecordingAuditLog;
import org.issa.core.testdb.TestDatabase;
import org.issa.passenger.assessment.AssessmentStore;
import org.issa.passenger.assessment.CriteriaCheck;
import org.issa.passenger.assessment.CriterionHit;
import org.issa.passenger.assessment.Direction;
import org.issa.passenger.assessment.FlightToAssess;
import org.issa.passenger.assessment.PassengerAssessment;
import org.issa.passenger.assessment.PassengerToAssess;
import org.issa.passenger.oversight.Article20Statistics;
import org.issa.passenger.oversight.LogCategory;
import org.issa.passenger.oversight.LogQuery;
import org.issa.passenger.oversight.ProcessingLog;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Assessment, review, referral and oversight over a real database (H2 always, PostgreSQL when
 * ISSA_TEST_POSTGRES_URL is set). The watch-list port is answered by a small in-test list of
 * exact names, since the matching engine lives in the application (the HTTP tests use the real one);
 * the criteria port by one fixed criterion on the route.
 */
class PassengerReviewContractTest {

    static final Principal ANALYST = new Principal("ana", "FR-PIU", "FR", Set.of(Role.ANALYST), Classification.RESTREINT_UE);
    static final Principal ANALYST2 = new Principal("bob", "FR-PIU", "FR", Set.of(Role.ANALYST), Classification.RESTREINT_UE);
    static final Principal SUPERVISOR = new Principal("sam", "FR-PIU", "FR", Set.of(Role.SUPERVISOR), Classification.CONFIDENTIEL_UE);
    static final Principal DPO = new Principal("dora", "FR-PIU", "FR", Set.of(Role.DPO), Classification.CONFIDENTIEL_UE);
    static final Principal LOW = new Principal("lou", "FR-PIU", "FR", Set.of(Role.ANALYST), Classification.UNCLASSIFIED);
    static final Marking PNR = new Marking(Classification.UNCLASSIFIED, Tlp.AMBER, Set.of(), "FR-PIU", Set.of(Handling.PERSONAL_DATA));
    static final Marking LIST_RESTRICTED = new Marking(Classification.RESTREINT_UE, Tlp.AMBER, Set.of(), "FR-DGSI", Set.of());

    static List<TestDatabase> databases() {
        return TestDatabase.all();
    }

    /** Two lists: an exact-name match scores 0.95 on the first, 0.75 on the second. */
    static final class TwoLists implements WatchlistCheck {
        @Override
        public Result check(ScreenableRecord r) {
            List<ListScreened> lists = List.of(new ListScreened("L-INT", "Interpol SLTD subjects", 3), new ListScreened("L-NAT", "National alerts", 7));
            String name = r.names().getFirst().toUpperCase(Locale.ROOT);
            if (name.equals("ANTON KRAMER")) {
                return new Result(lists, List.of(new WatchlistMatch("L-INT", "Interpol SLTD subjects", 3, "E-17", "Anton KRAMER", 0.95,
                        "same name and date of birth", List.of("name: ANTON KRAMER = Anton KRAMER (1.00, +0.80)"), LIST_RESTRICTED),
                        new WatchlistMatch("L-NAT", "National alerts", 7, "N-4", "Anton Kramar", 0.75, "similar name",
                                List.of("name: KRAMER ~ Kramar (0.90, +0.75)"), Marking.unclassified("FR-POL"))));
            }
            return new Result(lists, List.of());
        }
    }

    /** One criterion: one-way booking on the IST-CDG route. */
    static final class RouteCriterion implements CriteriaCheck {
        @Override
        public int activeCriteria() {
            return 1;
        }

        @Override
        public List<CriterionHit> evaluate(FlightToAssess f, PassengerToAssess p) {
            if (f.origin().equals("IST") && p.names().getFirst().startsWith("Zoe")) {
                return List.of(new CriterionHit("C-9", "IST route, booked < 24 h before departure", 2, Priority.MEDIUM,
                        "route IST-CDG and booking 5 h before departure", List.of("route = IST-CDG", "hoursBeforeDeparture = 5"), Optional.empty()));
            }
            return List.of();
        }
    }

    record Fixture(PassengerAssessment assessment, ReviewDesk desk, RecordingAuditLog audit, MutableClock clock, Sql sql) {
    }

    static Fixture fixture(TestDatabase db) {
        Sql sql = new Sql(db.dataSource());
        RecordingAuditLog audit = new RecordingAuditLog();
        MutableClock clock = new MutableClock(Instant.parse("2026-11-30T06:00:00Z"));
        ReviewDesk desk = new ReviewDesk(new ReviewStore(sql), audit, new Autocommit(), clock);
        PassengerAssessment a = new PassengerAssessment(new TwoLists(), new RouteCriterion(), new AssessmentStore(sql), desk, audit,
                new Autocommit(), clock);
        return new Fixture(a, desk, audit, clock, sql);
    }

    static FlightToAssess flight(String origin, String number, String arrival) {
        Instant arr = Instant.parse(arrival);
        return new FlightToAssess("TK", number, origin, "CDG", java.time.LocalDate.parse(arrival.substring(0, 10)),
                arr.minus(Duration.ofHours(4)), arr, Direction.ARRIVING);
    }

    static PassengerToAssess pax(String ref, String name) {
        return new PassengerToAssess(ref, "BK" + ref, List.of(name), List.of("1971-04-02"), List.of("DE"), "male", List.of("C4FG15LP2"), PNR);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void everyPassengerIsAssessedAndEveryHitQueuedByFlightTimeThenPriority(TestDatabase db) {
        Fixture f = fixture(db);
        var late = f.assessment().assess("system", flight("IST", "1821", "2026-11-30T14:00:00Z"),
                List.of(pax("P1", "Anton Kramer"), pax("P2", "Zoe Example"), pax("P3", "Nobody Special")));
        var early = f.assessment().assess("system", flight("IST", "1823", "2026-11-30T10:00:00Z"), List.of(pax("P4", "Zoe Other")));
        assertThat(late.passengers()).isEqualTo(3);
        assertThat(late.listsScreened()).extracting(WatchlistCheck.ListScreened::listName)
                .containsExactly("Interpol SLTD subjects", "National alerts");
        assertThat(late.criteriaEvaluated()).isEqualTo(1);
        assertThat(late.listHits()).isEqualTo(2);
        assertThat(late.criterionHits()).isEqualTo(1);
        assertThat(late.newHits()).isEqualTo(3);
        assertThat(early.newHits()).isEqualTo(1);

        var queue = f.desk().queue(SUPERVISOR, List.of(HitStatus.NEW), Optional.empty(), "", 10, Optional.empty()).items();
        assertThat(queue).extracting(ReviewHit::passengerName)
                .containsExactly("Zoe Other", "Anton Kramer", "Zoe Example", "Anton Kramer");
        assertThat(queue).extracting(ReviewHit::priority).containsExactly(Priority.MEDIUM, Priority.HIGH, Priority.MEDIUM, Priority.LOW);
        ReviewHit list = queue.get(1);
        assertThat(list.source()).isEqualTo(HitSource.WATCHLIST);
        assertThat(list.sourceName()).isEqualTo("Interpol SLTD subjects");
        assertThat(list.explanation()).isEqualTo("same name and date of birth");
        assertThat(list.details()).contains("name: ANTON KRAMER = Anton KRAMER (1.00, +0.80)");
        assertThat(list.marking().classification()).isEqualTo(Classification.RESTREINT_UE);
        assertThat(list.marking().isPersonalData()).isTrue();
        assertThat(queue.get(2).explanation()).contains("route IST-CDG");

        // the hit on the restricted list entry is hidden from the unclassified analyst, in the query
        assertThat(f.desk().queue(LOW, List.of(HitStatus.NEW), Optional.empty(), "", 10, Optional.empty()).items())
                .extracting(ReviewHit::sourceName).doesNotContain("Interpol SLTD subjects");
        assertThatThrownBy(() -> f.desk().hit(LOW, list.id(), Optional.empty())).isInstanceOf(NotFoundException.class);

        // paging by cursor keeps the order
        var first = f.desk().queue(SUPERVISOR, List.of(HitStatus.NEW), Optional.empty(), "", 2, Optional.empty());
        var second = f.desk().queue(SUPERVISOR, List.of(HitStatus.NEW), Optional.empty(), first.nextCursor().orElseThrow(), 2,
                Optional.empty());
        assertThat(second.items()).extracting(ReviewHit::id).containsExactly(queue.get(2).id(), queue.get(3).id());

        // a later push of the same flight raises nothing new, but the passengers count once
        var again = f.assessment().assess("system", flight("IST", "1821", "2026-11-30T14:00:00Z"),
                List.of(pax("P1", "Anton Kramer"), pax("P2", "Zoe Example"), pax("P3", "Nobody Special")));
        assertThat(again.newHits()).isZero();
        assertThat(f.audit().actions()).contains("passenger.hit.raise", "passenger.assessment.run", "personal-data.read");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void nothingIsReferredBeforeAPersonReviewedItAndTheReferralIsMadeByAnother(TestDatabase db) {
        Fixture f = fixture(db);
        f.assessment().assess("system", flight("IST", "1821", "2026-11-30T14:00:00Z"), List.of(pax("P1", "Anton Kramer")));
        CompetentAuthority dgsi = f.desk().addAuthority(SUPERVISOR, "fr-dgsi", "Direction générale de la sécurité intérieure", "FR",
                "Arrêté du 2 mai 2018, art. 1");
        assertThat(dgsi.code()).isEqualTo("FR-DGSI");
        assertThatThrownBy(() -> f.desk().addAuthority(SUPERVISOR, "FR-DGSI", "Twice", "FR", "x")).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> f.desk().addAuthority(ANALYST, "FR-X", "X", "FR", "x")).isInstanceOf(ForbiddenException.class);
        ReviewHit hit = f.desk().queue(SUPERVISOR, List.of(HitStatus.NEW), Optional.of(HitSource.WATCHLIST), "", 10, Optional.empty())
                .items().getFirst();

        assertThatThrownBy(() -> f.desk().refer(SUPERVISOR, hit.id(), dgsi.id(), "matches Interpol subject"))
                .isInstanceOf(ConflictException.class).hasMessageContaining("not been reviewed");
        assertThatThrownBy(() -> f.desk().confirm(ANALYST, hit.id(), " ")).isInstanceOf(InvalidInputException.class);
        ReviewHit confirmed = f.desk().confirm(ANALYST, hit.id(), "same date of birth and passport number as the entry");
        assertThat(confirmed.status()).isEqualTo(HitStatus.REVIEWED);
        assertThat(confirmed.reviewedBy()).contains("ana");
        assertThatThrownBy(() -> f.desk().refer(ANALYST, hit.id(), dgsi.id(), "refer")).isInstanceOf(ForbiddenException.class)
                .hasMessageContaining("four eyes");
        assertThatThrownBy(() -> f.desk().refer(ANALYST2, hit.id(), "no-such-authority", "refer"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("register");
        Referral r = f.desk().refer(ANALYST2, hit.id(), dgsi.id(), "confirmed Interpol subject arriving 14:00");
        assertThat(r.authorityName()).isEqualTo("Direction générale de la sécurité intérieure");
        assertThat(f.desk().hit(SUPERVISOR, hit.id(), Optional.empty()).status()).isEqualTo(HitStatus.REFERRED);
        assertThat(f.desk().referralOf(SUPERVISOR, hit.id())).contains(r);
        assertThat(f.desk().referrals(DPO, 10)).containsExactly(r);
        assertThat(f.audit().entries).anySatisfy(e -> {
            assertThat(e.event().action()).isEqualTo("passenger.hit.refer");
            assertThat(e.event().actor()).isEqualTo("bob");
            assertThat(e.event().detail()).contains("FR-DGSI", "P1");
        });
        assertThatThrownBy(() -> f.desk().refer(ANALYST2, hit.id(), dgsi.id(), "again")).isInstanceOf(ConflictException.class);

        // a deactivated authority can no longer receive referrals
        f.desk().setAuthorityActive(SUPERVISOR, dgsi.id(), false);
        assertThat(f.desk().authorities(ANALYST, true)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aClosedCaseLocksItsDecisions(TestDatabase db) {
        Fixture f = fixture(db);
        f.assessment().assess("system", flight("IST", "1821", "2026-11-30T14:00:00Z"), List.of(pax("P1", "Anton Kramer")));
        List<ReviewHit> hits = f.desk().queue(SUPERVISOR, List.of(HitStatus.NEW), Optional.empty(), "", 10, Optional.empty()).items();
        assertThat(hits).hasSize(2);
        String caseId = hits.getFirst().caseId();
        assertThat(hits).extracting(ReviewHit::caseId).containsOnly(caseId);
        f.desk().dismiss(ANALYST, hits.get(0).id(), "entry's date of birth differs by 20 years");
        assertThatThrownBy(() -> f.desk().closeCase(SUPERVISOR, caseId, "done")).isInstanceOf(ConflictException.class)
                .hasMessageContaining("1 undecided");
        // a supervisor may take a dismissal back while the case is open
        assertThatThrownBy(() -> f.desk().reopen(ANALYST, hits.get(0).id(), "look again")).isInstanceOf(ForbiddenException.class);
        assertThat(f.desk().reopen(SUPERVISOR, hits.get(0).id(), "the entry was updated").status()).isEqualTo(HitStatus.NEW);
        f.desk().dismiss(ANALYST, hits.get(0).id(), "entry's date of birth differs by 20 years");
        f.desk().dismiss(ANALYST, hits.get(1).id(), "different nationality and document");
        assertThatThrownBy(() -> f.desk().closeCase(ANALYST, caseId, "done")).isInstanceOf(ForbiddenException.class);
        ReviewCase closed = f.desk().closeCase(SUPERVISOR, caseId, "both hits false positives");
        assertThat(closed.closed()).isTrue();
        assertThat(closed.closedBy()).contains("sam");

        assertThatThrownBy(() -> f.desk().reopen(SUPERVISOR, hits.get(0).id(), "second thoughts"))
                .isInstanceOf(ConflictException.class).hasMessageContaining("locked");
        assertThatThrownBy(() -> f.desk().closeCase(SUPERVISOR, caseId, "again")).isInstanceOf(ConflictException.class);
        assertThat(f.desk().hit(SUPERVISOR, hits.get(0).id(), Optional.empty()).status()).isEqualTo(HitStatus.DISMISSED);

        // a new hit on the same passenger and flight opens a new case rather than reopening the closed one
        f.clock().advance(Duration.ofMinutes(5));
        f.sql().update("UPDATE review_hits SET source_id = 'OLD' WHERE case_id = ?", caseId);
        f.assessment().assess("system", flight("IST", "1821", "2026-11-30T14:00:00Z"), List.of(pax("P1", "Anton Kramer")));
        var fresh = f.desk().queue(SUPERVISOR, List.of(HitStatus.NEW), Optional.empty(), "", 10, Optional.empty()).items();
        assertThat(fresh).hasSize(2).extracting(ReviewHit::caseId).doesNotContain(caseId);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void theDpoFindsEveryReferralAndTheStatisticsCountWithoutPersonalData(TestDatabase db) {
        Fixture f = fixture(db);
        // the processing log reads the platform's audit table: feed the test trail into it as the application would
        f.assessment().assess("system", flight("IST", "1821", "2026-11-30T14:00:00Z"),
                List.of(pax("P1", "Anton Kramer"), pax("P2", "Zoe Example"), pax("P3", "Nobody Special")));
        CompetentAuthority a = f.desk().addAuthority(SUPERVISOR, "FR-DGSI", "DGSI", "FR", "Arrêté 2018");
        ReviewHit hit = f.desk().queue(SUPERVISOR, List.of(HitStatus.NEW), Optional.of(HitSource.CRITERION), "", 10, Optional.empty())
                .items().getFirst();
        f.desk().confirm(ANALYST, hit.id(), "booked at the airport in cash 5 h before departure");
        f.desk().refer(SUPERVISOR, hit.id(), a.id(), "criterion C-9 confirmed by a reviewer");
        copyTrail(f);

        ProcessingLog log = new ProcessingLog(f.sql(), new RecordingAuditLog(), new Autocommit());
        assertThatThrownBy(() -> log.search(ANALYST, LogQuery.all(), "check", "", 10)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> log.search(DPO, LogQuery.all(), " ", "", 10)).isInstanceOf(InvalidInputException.class);
        var referrals = log.search(DPO, new LogQuery(Optional.empty(), Optional.of(LogCategory.REFERRAL), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty()), "quarterly review of referrals", "", 10).items();
        assertThat(referrals).singleElement().satisfies(e -> {
            assertThat(e.event().actor()).isEqualTo("sam");
            assertThat(e.event().recordId()).isEqualTo(hit.id());
        });
        var bySam = log.search(DPO, new LogQuery(Optional.of("sam"), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of("ART 6(6)"), Optional.empty()), "who referred", "", 10).items();
        assertThat(bySam).extracting(e -> e.event().action()).containsExactly("passenger.hit.refer");
        var reads = log.search(DPO, new LogQuery(Optional.empty(), Optional.of(LogCategory.CONSULTATION), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty()), "consultations", "", 100).items();
        assertThat(reads).isNotEmpty().allSatisfy(e -> assertThat(e.event().action()).isEqualTo("personal-data.read"));

        Article20Statistics stats = new Article20Statistics(f.sql(), new RecordingAuditLog(), new Autocommit());
        assertThatThrownBy(() -> stats.compute(ANALYST, Optional.empty(), Optional.empty())).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> stats.compute(DPO, Optional.of("2026-13"), Optional.empty())).isInstanceOf(InvalidInputException.class);
        var s = stats.compute(DPO, Optional.of("2026-11"), Optional.of("2026-11"));
        assertThat(s.carriers()).singleElement().isEqualTo(new Article20Statistics.CarrierMonth("2026-11", "TK", 3, 3, 2, 1, 2, 1, 1));
        assertThat(s.authorities()).containsExactly(new Article20Statistics.AuthorityMonth("2026-11", "FR-DGSI", "DGSI", 1));
        assertThat(stats.compute(DPO, Optional.of("2026-12"), Optional.empty()).carriers()).isEmpty();
        assertThat(s.toString()).doesNotContain("Kramer", "Zoe", "BKP1", "P1,");
    }

    /** The recording trail's entries into the audit table the processing log reads. */
    private static void copyTrail(Fixture f) {
        for (var e : f.audit().entries) {
            f.sql().update("INSERT INTO audit_log (seq, at, actor, action, record_type, record_id, purpose, detail, prev_hash, hash)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", e.seq(), e.at(), e.event().actor(), e.event().action(),
                    e.event().recordType(), e.event().recordId(), e.event().purpose(), e.event().detail(), e.prevHash(), e.hash());
        }
    }
}

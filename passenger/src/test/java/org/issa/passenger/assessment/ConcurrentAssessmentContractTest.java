package org.issa.passenger.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.issa.core.marking.Marking;
import org.issa.core.screening.ScreenableRecord;
import org.issa.core.screening.WatchlistCheck;
import org.issa.core.screening.WatchlistMatch;
import org.issa.core.sql.Sql;
import org.issa.core.testdb.MutableClock;
import org.issa.core.testdb.RecordingAuditLog;
import org.issa.core.testdb.TestDatabase;
import org.issa.passenger.criteria.CriteriaEvaluator;
import org.issa.passenger.criteria.CriteriaModel;
import org.issa.passenger.criteria.CriteriaRegister;
import org.issa.passenger.criteria.CriteriaStore;
import org.issa.passenger.criteria.Criterion;
import org.issa.passenger.criteria.CriterionDraft;
import org.issa.passenger.criteria.TravelHistoryLookup;
import org.issa.passenger.review.HitStatus;
import org.issa.passenger.review.ReviewDesk;
import org.issa.passenger.review.ReviewStore;
import org.issa.passenger.store.TestTransactions;
import org.issa.rules.RuleCompiler;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The same push assessed by two threads at once, again and again, in real transactions (as two carrier connections
 * or a push and its repetition would be): each hit is raised once, never twice, and every run is counted.
 */
class ConcurrentAssessmentContractTest {

    static List<TestDatabase> databases() {
        return TestDatabase.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aPassengerAssessedByTwoPushesAtOnceGetsEachHitOnce(TestDatabase db) throws Exception {
        TestTransactions tx = new TestTransactions(db.dataSource());
        Sql sql = new Sql(tx.dataSource());
        RecordingAuditLog audit = new RecordingAuditLog();
        MutableClock clock = new MutableClock(Instant.parse("2026-11-30T10:00:00Z"));
        CriteriaRegister register = new CriteriaRegister(new CriteriaStore(sql), new RuleCompiler(CriteriaModel.MODEL), audit, tx, clock);
        Criterion c = register.create(PushedFlightAssessmentContractTest.SAM, new CriterionDraft("Cash, IST-FRA", "sam",
                "'IST-FRA' in itinerary.segments && booking.paid_cash", "Cash-paid IST-FRA bookings (case 2025/114).",
                LocalDate.parse("2027-03-01"), 1), null);
        register.approve(PushedFlightAssessmentContractTest.SUE, c.id(), 1, "proportionate");
        register.activate(PushedFlightAssessmentContractTest.SAM, c.id(), 1);
        ReviewDesk desk = new ReviewDesk(new ReviewStore(sql), audit, tx, clock);
        PassengerAssessment assessment = new PassengerAssessment(new PushedFlightAssessmentContractTest.OneList(),
                new CriteriaInForce(new CriteriaEvaluator(register), TravelHistoryLookup.NONE), new AssessmentStore(sql), desk, audit, tx,
                clock);
        PushedFlight push = PushedFlight.of(PushedFlightAssessmentContractTest.push(), PushedFlightAssessmentContractTest.push().bookings(),
                Set.of("FRA"), PushedFlightAssessmentContractTest.PNR);

        int rounds = 12;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < rounds; round++) {
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<PassengerAssessment.Result>> runs = new ArrayList<>();
                for (int t = 0; t < 2; t++) {
                    runs.add(pool.submit(() -> {
                        together.await();
                        return assessment.assess("carrier-tk", push);
                    }));
                }
                for (Future<PassengerAssessment.Result> r : runs) {
                    assertThat(r.get().passengers()).isEqualTo(2);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        // one list match and one criterion hit on Mark Grewe, raised once over 24 runs
        assertThat(desk.queue(PushedFlightAssessmentContractTest.SAM, List.of(HitStatus.NEW), Optional.empty(), "", 50, Optional.empty())
                .items()).hasSize(2);
        assertThat(sql.count("SELECT COUNT(*) FROM review_hits")).isEqualTo(2);
        assertThat(sql.count("SELECT COUNT(*) FROM review_cases")).isEqualTo(1);
        assertThat(sql.query("SELECT runs, hits_raised FROM passenger_assessments ORDER BY passenger_ref",
                rs -> rs.getInt(1) + "/" + rs.getInt(2))).containsExactly(2 * rounds + "/2", 2 * rounds + "/0");
    }

    /** A list whose one entry, matching Mark Grewe's passport, is a new one in every round (a list change each time). */
    static final class ChangingList implements WatchlistCheck {
        volatile int round;

        WatchlistMatch match() {
            return new WatchlistMatch("L1", "Lost and stolen passports", 12 + round, "SLTD-" + round, "C4FG15LP2", 0.99,
                    "document number reported stolen", List.of("document: C4FG15LP2 = C4FG15LP2 (1.00, +0.99)"), Marking.unclassified("X"));
        }

        @Override
        public Result check(ScreenableRecord r) {
            List<ListScreened> lists = List.of(new ListScreened("L1", "Lost and stolen passports", 12 + round));
            return new Result(lists, r.identifiers().contains("C4FG15LP2") ? List.of(match()) : List.of());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aPushAndTheReScreeningAfterAListChangeAtOnceRaiseTheNewEntrysHitOnce(TestDatabase db) throws Exception {
        TestTransactions tx = new TestTransactions(db.dataSource());
        Sql sql = new Sql(tx.dataSource());
        RecordingAuditLog audit = new RecordingAuditLog();
        MutableClock clock = new MutableClock(Instant.parse("2026-11-30T10:00:00Z"));
        CriteriaRegister register = new CriteriaRegister(new CriteriaStore(sql), new RuleCompiler(CriteriaModel.MODEL), audit, tx, clock);
        ReviewDesk desk = new ReviewDesk(new ReviewStore(sql), audit, tx, clock);
        ChangingList list = new ChangingList();
        PassengerAssessment assessment = new PassengerAssessment(list, new CriteriaInForce(new CriteriaEvaluator(register),
                TravelHistoryLookup.NONE), new AssessmentStore(sql), desk, audit, tx, clock);
        PassengersInWindow window = new PassengersInWindow(sql, assessment, tx, clock);
        PushedFlight push = PushedFlight.of(PushedFlightAssessmentContractTest.push(), PushedFlightAssessmentContractTest.push().bookings(),
                Set.of("FRA"), PushedFlightAssessmentContractTest.PNR);
        assessment.assess("carrier-tk", push);
        String row = sql.queryOne("SELECT id FROM passenger_assessments WHERE passenger_ref = ?", rs -> rs.getString(1),
                "TK/1A/XK7Q2P/1").orElseThrow();
        ScreenableRecord mark = new ScreenableRecord(PassengersInWindow.RECORD_TYPE, row + "|booking-1", "Person", List.of("MARK GREWE"),
                List.of("1977-08-23"), List.of("DE"), "", List.of("C4FG15LP2"), Marking.unclassified("X"), "");

        int rounds = 12;
        int raised = 0;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 1; round <= rounds; round++) {
                list.round = round;
                CyclicBarrier together = new CyclicBarrier(2);
                Future<Integer> pushed = pool.submit(() -> {
                    together.await();
                    return assessment.assess("carrier-tk", push).newHits();
                });
                Future<Integer> rescreened = pool.submit(() -> {
                    together.await();
                    return window.raise(mark, List.of(list.match()));
                });
                raised += pushed.get() + rescreened.get();
            }
        } finally {
            pool.shutdownNow();
        }
        // the first push's entry and one new entry per round, each raised once
        assertThat(raised).isEqualTo(rounds);
        assertThat(sql.count("SELECT COUNT(*) FROM review_hits")).isEqualTo(rounds + 1);
        assertThat(sql.query("SELECT hits_raised FROM passenger_assessments WHERE id = ?", rs -> rs.getInt(1), row))
                .containsExactly(rounds + 1);
    }
}

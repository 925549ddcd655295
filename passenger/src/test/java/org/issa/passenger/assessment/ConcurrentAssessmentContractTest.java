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
}

package org.issa.passenger.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.issa.core.error.ForbiddenException;
import org.issa.core.marking.Classification;
import org.issa.core.marking.Marking;
import org.issa.core.screening.ScreenableRecord;
import org.issa.core.screening.WatchlistCheck;
import org.issa.core.screening.WatchlistMatch;
import org.issa.core.security.Principal;
import org.issa.core.security.Role;
import org.issa.core.testdb.TestDatabase;
import org.issa.passenger.assessment.AssessmentStore;
import org.issa.passenger.assessment.CriteriaInForce;
import org.issa.passenger.assessment.PassengerAssessment;
import org.issa.passenger.assessment.PushedFlight;
import org.issa.passenger.criteria.CriteriaEvaluator;
import org.issa.passenger.criteria.CriteriaModel;
import org.issa.passenger.criteria.CriteriaRegister;
import org.issa.passenger.criteria.CriteriaStore;
import org.issa.passenger.criteria.Criterion;
import org.issa.passenger.criteria.CriterionDraft;
import org.issa.passenger.criteria.TravelHistoryLookup;
import org.issa.passenger.oversight.Article20Statistics;
import org.issa.passenger.pnr.PnrMessage;
import org.issa.passenger.pnr.PushType;
import org.issa.passenger.retention.Depersonalisation;
import org.issa.passenger.retention.DpoNotice;
import org.issa.passenger.retention.Retention;
import org.issa.passenger.retention.RetentionPolicy;
import org.issa.passenger.review.HitRetention;
import org.issa.passenger.review.HitSource;
import org.issa.passenger.review.HitStatus;
import org.issa.passenger.review.ReviewDesk;
import org.issa.passenger.review.ReviewHit;
import org.issa.passenger.review.ReviewStore;
import org.issa.rules.RuleCompiler;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Time travel with a controllable clock: review hits follow the retention of the PNR they were raised on. Masked with
 * the message after six months (queue, name search, explanation, notes, storage), shown in full only under the
 * booking's Art 12(3) approval (DPO notified), erased with the message at the end of retention while the Art 20 counts
 * stay as they were; hits raised without a stored PNR follow the same periods from when they were raised.
 */
class HitRetentionContractTest {

    static final Principal SAM = new Principal("sam", "FR-PIU", "FR", Set.of(Role.SUPERVISOR), Classification.SECRET_UE);
    static final Principal SUE = new Principal("sue", "FR-PIU", "FR", Set.of(Role.SUPERVISOR), Classification.SECRET_UE);
    static final Principal ANA = new Principal("ana", "FR-PIU", "FR", Set.of(Role.ANALYST), Classification.SECRET_UE);
    static final Principal DORA = new Principal("dora", "FR-PIU", "FR", Set.of(Role.DPO), Classification.SECRET_UE);

    static List<TestDatabase> databases() {
        return TestDatabase.all();
    }

    /** One list: the stolen passport C01X00T47 (John Smith's). */
    static final class StolenPassports implements WatchlistCheck {
        @Override
        public Result check(ScreenableRecord r) {
            List<ListScreened> lists = List.of(new ListScreened("L1", "Lost and stolen passports", 3));
            if (r.identifiers().contains("C01X00T47")) {
                return new Result(lists, List.of(new WatchlistMatch("L1", "Lost and stolen passports", 3, "SLTD-77", "John SMITH", 0.97,
                        "name JOHN MR SMITH and passport C01X00T47 match", List.of("name: 'JOHN MR SMITH' ~ 'John SMITH' (0.95, +0.60)",
                        "document: C01X00T47 = C01X00T47 (1.00, +0.37)"), Marking.unclassified("FR-PIU"))));
            }
            return new Result(lists, List.of());
        }
    }

    record Setup(PnrStoreContractTest.Rig r, ReviewDesk desk, Retention job, PassengerAssessment assessment, String bookingId,
                 Article20Statistics stats) {
    }

    static Setup setUp(TestDatabase db) {
        PnrStoreContractTest.Rig r = PnrStoreContractTest.Rig.on(db);
        CriteriaRegister register = new CriteriaRegister(new CriteriaStore(r.sql()), new RuleCompiler(CriteriaModel.MODEL), r.audit(),
                r.tx(), r.clock());
        Criterion c = register.create(SAM, new CriterionDraft("FRA-JFK in company", "sam",
                "'FRA-JFK' in itinerary.segments && booking.travellers >= 2",
                "Couriers of case 2026/12 travel FRA-JFK in pairs on one booking.", LocalDate.parse("2027-03-01"), 2), null);
        register.approve(SUE, c.id(), 1, "proportionate");
        register.activate(SAM, c.id(), 1);
        ReviewDesk desk = new ReviewDesk(new ReviewStore(r.sql()), r.audit(), r.tx(), r.clock());
        PassengerAssessment assessment = new PassengerAssessment(new StolenPassports(), new CriteriaInForce(new CriteriaEvaluator(register),
                TravelHistoryLookup.NONE), new AssessmentStore(r.sql()), desk, r.audit(), r.tx(), r.clock());
        Retention job = new Retention(r.sql(), r.audit(), r.tx(), r.clock(), RetentionPolicy.DIRECTIVE,
                new EntityPublication(Optional.of(r.port())), r.vault(), List.of(new HitRetention(r.sql(), r.audit(), r.vault())));

        PnrMessage m = PnrStoreContractTest.lh400("1", PushType.FULL, List.of(PnrStoreContractTest.smiths()), List.of());
        Receipt receipt = r.store().store(Fixtures.delivery("push"), m, Fixtures.keptAsIs(m));
        assessment.assess("lh-push", PushedFlight.of(m, m.bookings(), Set.of("JFK"), PnrStoreContractTest.PIU, receipt.messageId(),
                r.store().bookingIds(receipt.messageId())));
        String bookingId = r.sql().queryOne("SELECT id FROM pnr_booking", rs -> rs.getString(1)).orElseThrow();
        return new Setup(r, desk, job, assessment, bookingId, new Article20Statistics(r.sql(), r.audit(), r.tx()));
    }

    static List<ReviewHit> queue(ReviewDesk desk, String name) {
        return desk.queue(ANA, List.of(), Optional.empty(), Optional.ofNullable(name), "", 50, Optional.of("check")).items();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void hitsAreMaskedWithTheirPnrAndShownInFullOnlyUnderTheBookingsApproval(TestDatabase db) {
        Setup s = setUp(db);
        List<ReviewHit> raised = queue(s.desk(), null);
        assertThat(raised).hasSize(3).allSatisfy(h -> {
            assertThat(h.pnrBookingId()).contains(s.bookingId());
            assertThat(h.data()).isEqualTo(ReviewHit.Data.FULL);
        });
        assertThat(queue(s.desk(), "smith")).hasSize(3);
        assertThat(queue(s.desk(), "jane")).singleElement().satisfies(h -> assertThat(h.source()).isEqualTo(HitSource.CRITERION));
        ReviewHit listHit = raised.stream().filter(h -> h.source() == HitSource.WATCHLIST).findFirst().orElseThrow();
        s.desk().confirm(ANA, listHit.id(), "JOHN SMITH travels on the stolen passport C01X00T47");
        ReviewHit criterionHit = raised.stream().filter(h -> h.source() == HitSource.CRITERION).findFirst().orElseThrow();
        assertThat(criterionHit.explanation()).contains("Travellers on the booking = 2").contains("FRA-JFK");

        s.r().clock().advance(Duration.ofDays(181));
        assertThat(s.job().run().nothing()).isTrue();
        assertThat(queue(s.desk(), "smith")).hasSize(3);

        s.r().clock().advance(Duration.ofDays(2));
        Retention.Outcome o = s.job().run();
        assertThat(o.messagesDepersonalised()).isEqualTo(1);
        assertThat(o.followersMasked()).isEqualTo(3);
        assertThat(s.r().audit().actions()).contains("passenger.hit.depersonalise");
        assertThat(s.job().run().nothing()).isTrue();

        // The queue: masked, as the PNR is; a name finds nothing any more.
        List<ReviewHit> masked = queue(s.desk(), null);
        assertThat(masked).hasSize(3).allSatisfy(h -> {
            assertThat(h.passengerName()).isEqualTo(Depersonalisation.MASK);
            assertThat(h.data()).isEqualTo(ReviewHit.Data.MASKED);
            assertThat(String.join("\n", h.details()) + h.explanation() + h.entryName() + h.reviewNote().orElse(""))
                    .doesNotContain("SMITH").doesNotContain("C01X00T47");
            assertThat(h.flightKey()).isEqualTo("LH400/2026-11-30/FRA-JFK");
            assertThat(h.bookingRef()).isEqualTo("ABC123");
        });
        assertThat(queue(s.desk(), "smith")).isEmpty();
        ReviewHit maskedList = s.desk().hit(ANA, listHit.id(), Optional.of("check"));
        assertThat(maskedList.entryName()).isEqualTo(Depersonalisation.MASK);
        assertThat(maskedList.entryId()).isEqualTo("SLTD-77");
        assertThat(maskedList.explanation()).isEqualTo(Depersonalisation.MASK);
        assertThat(maskedList.details()).contains("list Lost and stolen passports version 3, entry SLTD-77 (***)",
                "name: *** (0.95, +0.60)", "document: *** (1.00, +0.37)");
        assertThat(maskedList.reviewNote()).contains(Depersonalisation.MASK);
        assertThat(maskedList.score()).isEqualTo(0.97);
        ReviewHit maskedCriterion = s.desk().hit(ANA, criterionHit.id(), Optional.of("check"));
        assertThat(maskedCriterion.explanation()).contains("Travellers on the booking = ***").contains("FRA-JFK").doesNotContain("= 2");
        // Storage: nothing of the passenger left in the review tables analysts query.
        assertThat(s.r().sql().count("SELECT COUNT(*) FROM review_hits WHERE passenger_name LIKE '%SMITH%' OR entry_name LIKE '%SMITH%'"
                + " OR details LIKE '%SMITH%' OR explanation LIKE '%SMITH%' OR name_key <> '' OR review_note LIKE '%SMITH%'")).isZero();

        // In full only under an approval of the booking, the use recorded and notified to the DPO.
        assertThatThrownBy(() -> s.desk().hitInFull(ANA, listHit.id(), Optional.of("case 2027/3"), s.r().disclosures()))
                .isInstanceOf(ForbiddenException.class).hasMessageContaining("approval");
        s.r().disclosures().approve(SAM, s.bookingId(), "REQ-9", "Identify the holder of the stolen passport in case 2027/3",
                "Tribunal judiciaire de Paris, JLD", "JLD-2027-77", Duration.ofDays(7));
        ReviewHit full = s.desk().hitInFull(ANA, listHit.id(), Optional.of("case 2027/3"), s.r().disclosures());
        assertThat(full.passengerName()).contains("SMITH");
        assertThat(full.entryName()).isEqualTo("John SMITH");
        assertThat(full.reviewNote()).contains("JOHN SMITH travels on the stolen passport C01X00T47");
        assertThat(full.details()).contains("document: C01X00T47 = C01X00T47 (1.00, +0.37)");
        assertThat(s.r().disclosures().notices(true, 10)).extracting(DpoNotice::kind).contains(DpoNotice.USED);
        assertThat(s.r().audit().last().action()).isEqualTo("passenger.disclosure.use");
        // The approval does not unmask the queue or its search.
        assertThat(queue(s.desk(), "smith")).isEmpty();
        s.r().clock().advance(Duration.ofDays(8));
        assertThatThrownBy(() -> s.desk().hitInFull(ANA, listHit.id(), Optional.of("case 2027/3"), s.r().disclosures()))
                .isInstanceOf(ForbiddenException.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void hitsAreErasedWithTheirPnrAndTheArticle20CountsStay(TestDatabase db) {
        Setup s = setUp(db);
        ReviewHit listHit = queue(s.desk(), null).stream().filter(h -> h.source() == HitSource.WATCHLIST).findFirst().orElseThrow();
        s.desk().confirm(ANA, listHit.id(), "JOHN SMITH travels on the stolen passport");
        Article20Statistics.Statistics before = s.stats().compute(DORA, Optional.empty(), Optional.empty());
        assertThat(before.carriers()).singleElement().satisfies(c -> {
            assertThat(c.listHits()).isEqualTo(1);
            assertThat(c.criterionHits()).isEqualTo(2);
            assertThat(c.passengersAssessed()).isEqualTo(2);
        });

        s.r().clock().advance(Duration.ofDays(365 * 5 + 3));
        Retention.Outcome o = s.job().run();
        assertThat(o.messagesDeleted()).isEqualTo(1);
        assertThat(o.followersErased()).isEqualTo(3);
        assertThat(s.r().audit().actions()).contains("passenger.hit.erase");

        List<ReviewHit> erased = queue(s.desk(), null);
        assertThat(erased).hasSize(3).allSatisfy(h -> {
            assertThat(h.data()).isEqualTo(ReviewHit.Data.ERASED);
            assertThat(h.passengerName()).isEmpty();
            assertThat(h.passengerRef()).startsWith("erased-");
            assertThat(h.bookingRef()).isEmpty();
            assertThat(h.explanation()).isEqualTo(HitRetention.ERASED);
            assertThat(h.details()).isEmpty();
        });
        // What the DPO needs stays: who reviewed, when, the list and criterion, the flight.
        ReviewHit reviewed = s.desk().hit(DORA, listHit.id(), Optional.of("DPO check"));
        assertThat(reviewed.reviewedBy()).contains("ana");
        assertThat(reviewed.reviewNote()).contains(HitRetention.ERASED);
        assertThat(reviewed.sourceName()).isEqualTo("Lost and stolen passports");
        assertThat(reviewed.status()).isEqualTo(HitStatus.REVIEWED);
        assertThatThrownBy(() -> s.desk().hitInFull(ANA, listHit.id(), Optional.of("x"), s.r().disclosures()))
                .isInstanceOf(ForbiddenException.class).hasMessageContaining("erased");
        for (String table : List.of("review_hits", "review_cases", "passenger_assessments")) {
            assertThat(s.r().sql().count("SELECT COUNT(*) FROM " + table + " WHERE passenger_ref LIKE '%ABC123%'")).as(table).isZero();
        }
        assertThat(s.r().sql().count("SELECT COUNT(*) FROM review_hits WHERE passenger_name <> '' OR booking_ref <> '' OR entry_id = 'SLTD-77'"))
                .isZero();
        assertThat(s.r().sql().count("SELECT COUNT(*) FROM passenger_assessments WHERE booking_ref <> ''")).isZero();
        assertThat(s.r().sql().count("SELECT COUNT(*) FROM pnr_vault WHERE subject_type = 'HIT'")).isZero();

        // The Article 20 counts are what they were (they never held personal data).
        Article20Statistics.Statistics after = s.stats().compute(DORA, Optional.empty(), Optional.empty());
        assertThat(after.carriers()).singleElement().satisfies(c -> {
            assertThat(c.listHits()).isEqualTo(1);
            assertThat(c.criterionHits()).isEqualTo(2);
            assertThat(c.passengersAssessed()).isEqualTo(2);
            assertThat(c.passengersWithHits()).isEqualTo(before.carriers().get(0).passengersWithHits());
        });
        assertThat(s.job().run().nothing()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void hitsWithoutAStoredPnrFollowTheSamePeriodsFromWhenTheyWereRaised(TestDatabase db) {
        Setup s = setUp(db);
        var flight = new org.issa.passenger.assessment.FlightToAssess("AF", "1", "CDG", "JFK", LocalDate.parse("2026-11-25"),
                Instant.parse("2026-11-25T10:00:00Z"), Instant.parse("2026-11-25T18:00:00Z"),
                org.issa.passenger.assessment.Direction.DEPARTING);
        s.assessment().assess("ana", flight, List.of(new org.issa.passenger.assessment.PassengerToAssess("AF-1", "QQ1", List.of("Karl Becker"),
                List.of("1970-01-01"), List.of("DE"), "male", List.of("C01X00T47"), PnrStoreContractTest.PIU)));
        assertThat(queue(s.desk(), "becker")).singleElement().satisfies(h -> assertThat(h.pnrBookingId()).isEmpty());

        s.r().clock().advance(Duration.ofDays(183));
        assertThat(s.job().run().followersMasked()).isEqualTo(4);
        assertThat(queue(s.desk(), "becker")).isEmpty();
        ReviewHit masked = queue(s.desk(), null).stream().filter(h -> h.flightKey().startsWith("AF1/")).findFirst().orElseThrow();
        assertThat(masked.passengerName()).isEqualTo(Depersonalisation.MASK);
        assertThatThrownBy(() -> s.desk().hitInFull(SAM, masked.id(), Optional.of("x"), s.r().disclosures()))
                .isInstanceOf(ForbiddenException.class).hasMessageContaining("without a stored PNR");

        s.r().clock().advance(Duration.ofDays(365 * 5));
        assertThat(s.job().run().followersErased()).isEqualTo(4);
        assertThat(s.r().sql().count("SELECT COUNT(*) FROM passenger_assessments WHERE passenger_ref = 'AF-1' OR booking_ref = 'QQ1'")).isZero();
        assertThat(s.r().sql().count("SELECT COUNT(*) FROM review_hits WHERE erased_at IS NULL")).isZero();
    }
}

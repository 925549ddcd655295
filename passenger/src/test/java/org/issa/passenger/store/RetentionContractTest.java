package org.issa.passenger.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.issa.passenger.store.PnrStoreContractTest.ANALYST;
import static org.issa.passenger.store.PnrStoreContractTest.DEP;
import static org.issa.passenger.store.PnrStoreContractTest.query;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.issa.core.error.ForbiddenException;
import org.issa.core.error.InvalidInputException;
import org.issa.core.error.NotFoundException;
import org.issa.core.marking.Classification;
import org.issa.core.security.Principal;
import org.issa.core.security.Role;
import org.issa.core.testdb.TestDatabase;
import org.issa.passenger.pnr.ApiListType;
import org.issa.passenger.pnr.ApiMessage;
import org.issa.passenger.pnr.ApiPerson;
import org.issa.passenger.pnr.ApiRole;
import org.issa.passenger.pnr.PnrMessage;
import org.issa.passenger.pnr.PushType;
import org.issa.passenger.pnr.TravelDocument;
import org.issa.passenger.retention.Depersonalisation;
import org.issa.passenger.retention.Disclosure;
import org.issa.passenger.retention.DpoNotice;
import org.issa.passenger.retention.Retention;
import org.issa.passenger.retention.RetentionPolicy;
import org.issa.passenger.search.BookingDetail;
import org.issa.passenger.search.PassengerQuery;
import org.issa.passenger.search.PassengerRow;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Time travel with a controllable clock: each retention rule of Article 12, proven where analysts would meet it. */
class RetentionContractTest {

    static final Principal SUPERVISOR = new Principal("sue", "FR-PIU", "FR", Set.of(Role.SUPERVISOR), Classification.RESTREINT_UE);
    static final Principal DPO = new Principal("dora", "FR-PIU", "FR", Set.of(Role.DPO), Classification.RESTREINT_UE);

    static List<TestDatabase> databases() {
        return TestDatabase.all();
    }

    private static Retention retention(PnrStoreContractTest.Rig r, RetentionPolicy policy) {
        return new Retention(r.sql(), r.audit(), r.tx(), r.clock(), policy, new EntityPublication(Optional.of(r.port())), r.vault());
    }

    private static String storeSmiths(PnrStoreContractTest.Rig r) {
        PnrMessage m = PnrStoreContractTest.lh400("1", PushType.FULL, List.of(PnrStoreContractTest.smiths()),
                List.of(new org.issa.passenger.pnr.Quarantined("1", 12, "SSR+DOCS", "DOCS date of birth \"17MAZ80\" is not DDMMMYY")));
        r.store().store(Fixtures.delivery("push"), m, Fixtures.keptAsIs(m));
        return r.sql().queryOne("SELECT id FROM pnr_booking", rs -> rs.getString(1)).orElseThrow();
    }

    private static PassengerQuery route() {
        return new PassengerQuery(Optional.empty(), Optional.empty(), Optional.of("FRA"), Optional.of("JFK"), Optional.empty(), Optional.empty());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void afterSixMonthsTheArticle12ItemsAreMaskedInStorageSearchAndDetail(TestDatabase db) {
        PnrStoreContractTest.Rig r = PnrStoreContractTest.Rig.on(db);
        Retention job = retention(r, RetentionPolicy.DIRECTIVE);
        String bookingId = storeSmiths(r);

        r.clock().advance(Duration.ofDays(181)); // 20 Nov + 181 days: still within six months (20 May)
        assertThat(job.run().nothing()).isTrue();
        assertThat(r.views().search(ANALYST, query("john smith"), "check", 10)).hasSize(1);

        r.clock().advance(Duration.ofDays(2));
        int auditBefore = r.audit().entries.size();
        Retention.Outcome o = job.run();
        assertThat(o.messagesDepersonalised()).isEqualTo(1);
        assertThat(o.versionsDepersonalised()).isEqualTo(1);
        assertThat(r.audit().actions().subList(auditBefore, r.audit().entries.size())).containsExactly("passenger.retention.depersonalise");
        // Idempotent: a second run does nothing and records nothing.
        assertThat(job.run().nothing()).isTrue();
        assertThat(r.audit().entries).hasSize(auditBefore + 1);

        // Search: by name and document nothing is found; by route the booking is found, masked.
        assertThat(r.views().search(ANALYST, query("john smith"), "check", 10)).isEmpty();
        assertThat(r.views().search(ANALYST, new PassengerQuery(Optional.empty(), Optional.of("C01X00T47"), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty()), "check", 10)).isEmpty();
        assertThat(r.views().search(ANALYST, route(), "check", 10)).hasSize(2).allSatisfy(p -> {
            assertThat(p.surname()).isEqualTo(Depersonalisation.MASK);
            assertThat(p.masked()).isTrue();
            assertThat(p.locator()).isEqualTo("ABC123");
        });
        // Storage: no name, no document number, no raw message left in the tables analysts query.
        assertThat(r.sql().count("SELECT COUNT(*) FROM pnr_passenger WHERE surname = 'SMITH' OR name_key LIKE '%SMITH%'")).isZero();
        assertThat(r.sql().count("SELECT COUNT(*) FROM pnr_document WHERE doc_number LIKE 'C01X%'")).isZero();
        assertThat(r.sql().count("SELECT COUNT(*) FROM pnr_booking_version WHERE booking_json LIKE '%SMITH%' OR booking_json LIKE '%4111%'"))
                .isZero();
        assertThat(r.rows("pnr_message_raw")).isZero();
        assertThat(r.sql().queryOne("SELECT reason FROM pnr_quarantine", rs -> rs.getString(1))).contains("DOCS date of birth \"***\" is not DDMMMYY");
        // Detail: masked, itinerary kept.
        BookingDetail d = r.views().booking(ANALYST, bookingId, Optional.empty(), false, "check");
        assertThat(d.masked()).isTrue();
        assertThat(d.booking().passengers()).extracting(p -> p.surname()).containsOnly(Depersonalisation.MASK);
        assertThat(d.booking().legs()).hasSize(1);
        // A backtest reads the stored booking masked, as stored.
        List<org.issa.passenger.search.StoredBookings.Current> streamed = new java.util.ArrayList<>();
        new org.issa.passenger.search.StoredBookings(r.sql()).forEachDeparting(DEP.toLocalDate(), DEP.toLocalDate(), streamed::add);
        assertThat(streamed).singleElement().satisfies(c -> {
            assertThat(c.masked()).isTrue();
            assertThat(c.departureDate()).isEqualTo(DEP.toLocalDate());
            assertThat(c.booking().passengers()).extracting(p -> p.surname()).containsOnly(Depersonalisation.MASK);
        });
        new org.issa.passenger.search.StoredBookings(r.sql()).forEachDeparting(DEP.toLocalDate().plusDays(1), DEP.toLocalDate().plusDays(9),
                b -> { throw new AssertionError("outside the period: " + b.id()); });
        // Travel history is not linked through a masked name.
        String masked = r.views().search(ANALYST, route(), "check", 10).get(0).passengerId();
        assertThatThrownBy(() -> r.views().history(ANALYST, masked, "check")).isInstanceOf(InvalidInputException.class);
        // Persons and co-travel links are withdrawn from the entity port.
        assertThat(r.port().withdrawn).anyMatch(id -> id.startsWith("pnr-person:" + bookingId))
                .anyMatch(id -> id.startsWith("pnr-cotravel:" + bookingId));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void fullDataOnlyWithARecordedApprovalOfWhichTheDpoIsNotified(TestDatabase db) {
        PnrStoreContractTest.Rig r = PnrStoreContractTest.Rig.on(db);
        Retention job = retention(r, RetentionPolicy.DIRECTIVE);
        String bookingId = storeSmiths(r);
        // Before depersonalisation there is nothing to approve.
        assertThatThrownBy(() -> r.disclosures().approve(SUPERVISOR, bookingId, "REQ-1", "grounds", "Tribunal judiciaire de Paris", "JLD-1",
                Duration.ofDays(7))).isInstanceOf(InvalidInputException.class).hasMessageContaining("not depersonalised");
        r.clock().advance(Duration.ofDays(200));
        job.run();

        assertThatThrownBy(() -> r.views().booking(ANALYST, bookingId, Optional.empty(), true, "case 2026/44"))
                .isInstanceOf(ForbiddenException.class).hasMessageContaining("approval");
        // The full values are sealed in the vault: the database alone does not show them.
        List<String> vault = r.sql().query("SELECT content FROM pnr_vault", rs -> rs.getString(1));
        assertThat(vault).isNotEmpty().allSatisfy(c -> assertThat(c).startsWith("sealed1:").doesNotContain("SMITH"));
        assertThatThrownBy(() -> r.disclosures().approve(ANALYST, bookingId, "REQ-1", "g", "court", "A-1", Duration.ofDays(7)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> r.disclosures().approve(SUPERVISOR, bookingId, "REQ-1", " ", "court", "A-1", Duration.ofDays(7)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("grounds");
        assertThatThrownBy(() -> r.disclosures().approve(SUPERVISOR, bookingId, "REQ-1", "g", "court", "A-1", Duration.ofDays(400)))
                .isInstanceOf(InvalidInputException.class);
        assertThat(r.disclosures().notices(true, 10)).isEmpty();

        Disclosure d = r.disclosures().approve(SUPERVISOR, bookingId, "Europol request 2027/113", "Suspect of trafficking (Annex II 9) travelled "
                + "with the subject; full names needed to identify him", "Tribunal judiciaire de Paris, JLD", "JLD-2027-0412", Duration.ofDays(14));
        assertThat(r.disclosures().notices(true, 10)).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(DpoNotice.APPROVED);
            assertThat(n.summary()).contains("JLD-2027-0412").doesNotContain("SMITH");
        });
        assertThat(r.audit().last().action()).isEqualTo("passenger.disclosure.approve");
        r.clock().advance(Duration.ofMinutes(5));

        BookingDetail full = r.views().booking(ANALYST, bookingId, Optional.empty(), true, "Europol request 2027/113");
        assertThat(full.masked()).isFalse();
        assertThat(full.disclosure()).map(Disclosure::id).contains(d.id());
        assertThat(full.booking().passengers()).extracting(p -> p.surname()).containsOnly("SMITH");
        assertThat(r.audit().actions()).contains("passenger.disclosure.use");
        assertThat(r.disclosures().notices(true, 10)).extracting(DpoNotice::kind).containsExactly(DpoNotice.USED, DpoNotice.APPROVED);
        // The approval does not unmask search: names stay out of the index.
        assertThat(r.views().search(ANALYST, query("smith"), "check", 10)).isEmpty();

        // The DPO acknowledges; others may not.
        String notice = r.disclosures().notices(true, 10).get(0).id();
        assertThatThrownBy(() -> r.disclosures().acknowledge(ANALYST, notice)).isInstanceOf(ForbiddenException.class);
        r.disclosures().acknowledge(DPO, notice);
        assertThat(r.disclosures().notices(true, 10)).hasSize(1);

        // After the approval's end, masked again.
        r.clock().advance(Duration.ofDays(15));
        assertThatThrownBy(() -> r.views().booking(ANALYST, bookingId, Optional.empty(), true, "Europol request 2027/113"))
                .isInstanceOf(ForbiddenException.class);
        assertThat(r.views().booking(ANALYST, bookingId, Optional.empty(), false, "check").masked()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void vaultEntriesKeptInPlainTextBeforeSealingAreSealedAndStillOpen(TestDatabase db) {
        PnrStoreContractTest.Rig r = PnrStoreContractTest.Rig.on(db);
        r.sql().update("INSERT INTO pnr_vault (subject_type, subject_id, content, sealed_at) VALUES ('VERSION', 'old-1', ?, ?)",
                "{\"surname\":\"OLDSTYLE\"}", r.clock().instant());
        assertThat(r.vault().open("VERSION", "old-1")).contains("{\"surname\":\"OLDSTYLE\"}");
        assertThat(r.vault().sealPlainEntries()).isEqualTo(1);
        assertThat(r.sql().queryOne("SELECT content FROM pnr_vault WHERE subject_id = 'old-1'", rs -> rs.getString(1)).orElseThrow())
                .startsWith("sealed1:").doesNotContain("OLDSTYLE");
        assertThat(r.vault().open("VERSION", "old-1")).contains("{\"surname\":\"OLDSTYLE\"}");
        assertThat(r.vault().sealPlainEntries()).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void afterFiveYearsEverythingIsDeletedUnlessHeldForACase(TestDatabase db) {
        PnrStoreContractTest.Rig r = PnrStoreContractTest.Rig.on(db);
        Retention job = retention(r, RetentionPolicy.DIRECTIVE);
        String held = storeSmiths(r);
        PnrMessage other = PnrStoreContractTest.lh400("2", PushType.FULL, List.of(PnrStoreContractTest.mueller()), List.of());
        r.store().store(Fixtures.delivery("second push"), other, Fixtures.keptAsIs(other));
        r.sql().update("INSERT INTO pnr_retention_hold (booking_id, case_reference, held_by, held_at) VALUES (?, 'CASE-7', 'sue', ?)", held,
                r.clock().now());
        r.store().storeApi(Fixtures.delivery("paxlst"), paxlst());

        r.clock().advance(Duration.ofDays(365 * 5)); // 20 Nov 2031: a day short of five years (leap year 2028)
        Retention.Outcome early = job.run();
        assertThat(early.messagesDeleted()).isZero();
        assertThat(early.messagesDepersonalised()).isEqualTo(3);
        assertThat(early.apiTravellersDepersonalised()).isEqualTo(1);
        assertThat(r.sql().count("SELECT COUNT(*) FROM pnr_api_traveller WHERE surname = 'DUPONT' OR doc_number = '12AB34567'")).isZero();

        r.clock().advance(Duration.ofDays(2));
        Retention.Outcome o = job.run();
        assertThat(o.messagesDeleted()).isEqualTo(2);
        assertThat(o.heldBack()).isEqualTo(1);
        assertThat(r.rows("pnr_booking")).isEqualTo(1);
        assertThat(r.rows("pnr_api_traveller")).isZero();
        assertThat(r.sql().count("SELECT COUNT(*) FROM pnr_vault WHERE subject_type = 'API'")).isZero();
        assertThat(r.views().search(ANALYST, route(), "check", 10)).extracting(PassengerRow::bookingId).containsOnly(held);
        assertThat(r.audit().actions()).contains("passenger.retention.delete");
        // UA900 is flown by no stored booking any more: withdrawn. LH400 still is (the held booking).
        assertThat(r.port().withdrawn).contains(EntityPublication.flightId("UA900/2026-11-30"))
                .doesNotContain(EntityPublication.flightId("LH400/2026-11-30"));
        assertThat(job.run().nothing()).isTrue();

        // Lifting the hold lets the next run delete it.
        r.sql().update("DELETE FROM pnr_retention_hold WHERE booking_id = ?", held);
        assertThat(job.run().messagesDeleted()).isEqualTo(1);
        for (String t : List.of("pnr_message", "pnr_booking", "pnr_booking_version", "pnr_passenger", "pnr_leg", "pnr_document", "pnr_vault")) {
            assertThat(r.rows(t)).as(t).isZero();
        }
        assertThatThrownBy(() -> r.views().booking(ANALYST, held, Optional.empty(), false, "check")).isInstanceOf(NotFoundException.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aPolicyMayDeleteAtSixMonthsInsteadOfMasking(TestDatabase db) {
        PnrStoreContractTest.Rig r = PnrStoreContractTest.Rig.on(db);
        Retention job = retention(r, new RetentionPolicy("C-817/19 strict", Period.ofMonths(6), Period.ofMonths(6)));
        storeSmiths(r);
        r.clock().advance(Duration.ofDays(190));
        Retention.Outcome o = job.run();
        assertThat(o.messagesDeleted()).isEqualTo(1);
        assertThat(o.messagesDepersonalised()).isZero();
        assertThat(r.rows("pnr_booking")).isZero();
        assertThat(r.rows("pnr_vault")).isZero();
    }

    static ApiMessage paxlst() {
        TravelDocument passport = new TravelDocument("P", "FRA", "12AB34567", "FRA", Optional.of(LocalDate.of(1990, 4, 1)), "F",
                Optional.of(LocalDate.of(2030, 1, 1)), "DUPONT", "MARIE", "", Optional.empty(), "");
        ApiPerson marie = new ApiPerson(ApiRole.PASSENGER, "DUPONT", "MARIE", "F", Optional.of(LocalDate.of(1990, 4, 1)), "", "FRA", "FRA",
                "FRA", "JFK", Optional.empty(), List.of(passport), "ABC123", "", "12C", List.of(), true);
        return new ApiMessage("PAX001", "IC9", "D.05B", "LH", "DEPIU", Optional.empty(), ApiListType.values()[0], "TN1", "LH",
                List.of(Fixtures.flight("LH", "400", "FRA", "JFK", DEP)), List.of(marie), Optional.of(1), List.of(), List.of());
    }

    static java.time.Instant at(LocalDate d) {
        return d.atStartOfDay().toInstant(ZoneOffset.UTC);
    }
}

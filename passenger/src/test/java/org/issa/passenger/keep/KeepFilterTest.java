package org.issa.passenger.keep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.issa.passenger.ingest.PassengerMessages;
import org.issa.passenger.pnr.Booking;
import org.issa.passenger.pnr.HistoryAction;
import org.issa.passenger.pnr.HistoryEntry;
import org.issa.passenger.pnr.Passenger;
import org.issa.passenger.pnr.PassengerType;
import org.issa.passenger.pnr.Quarantined;
import org.issa.passenger.pnr.Remark;
import org.issa.passenger.pnr.RemarkKind;
import org.issa.passenger.pnr.SpecialService;
import org.issa.passenger.synthetic.TrafficGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KeepFilterTest {

    private final KeepFilter filter = new KeepFilter();

    static Booking booking(List<SpecialService> ssrs, List<Remark> remarks, List<HistoryEntry> history) {
        Passenger p = new Passenger("1", "DOE", "JANE MS", PassengerType.ADULT, false, "", List.of(), List.of(), List.of(), List.of(),
                List.of(), ssrs, remarks, List.of());
        return new Booking(List.of(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(), List.of(p),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), history);
    }

    static SpecialService ssr(String code, String text) {
        return new SpecialService(code, "HK", 1, "LH", "", "", text, "1");
    }

    @ParameterizedTest(name = "SSR {0} is deleted as {1}")
    @CsvSource({
            "MOML,RELIGION_OR_BELIEFS", "KSML,RELIGION_OR_BELIEFS", "HNML,RELIGION_OR_BELIEFS", "VGML,RELIGION_OR_BELIEFS",
            "VJML,RELIGION_OR_BELIEFS", "AVML,RELIGION_OR_BELIEFS", "VLML,RELIGION_OR_BELIEFS",
            "DBML,HEALTH", "GFML,HEALTH", "LSML,HEALTH", "NLML,HEALTH", "BLML,HEALTH", "LCML,HEALTH", "LFML,HEALTH",
            "WCHR,HEALTH", "WCHS,HEALTH", "WCHC,HEALTH", "WCBD,HEALTH", "WCMP,HEALTH", "MEDA,HEALTH", "BLND,HEALTH", "DEAF,HEALTH",
            "DPNA,HEALTH", "STCR,HEALTH", "OXYG,HEALTH", "PRGN,HEALTH", "SVAN,HEALTH", "ESAN,HEALTH"})
    void sensitiveSsrCodes(String code, SensitiveCategory category) {
        KeptBooking k = filter.keep(booking(List.of(ssr(code, ""), ssr("SEAT", "12A")), List.of(), List.of()));
        assertEquals(List.of(ssr("SEAT", "12A")), k.booking().passengers().get(0).services());
        assertEquals(List.of(new Removal("1", "passenger 1 SSR 1", "SSR", RemovalReason.SENSITIVE, Optional.of(category))), k.removals());
    }

    @ParameterizedTest(name = "SSR {0} is no Annex I item")
    @CsvSource({"CHML", "BBML", "SFML", "FPML", "SPML", "PETC", "MAAS", "XXXX"})
    void ssrCodesThatAreNoAnnexItem(String code) {
        KeptBooking k = filter.keep(booking(List.of(ssr(code, "")), List.of(), List.of()));
        assertEquals(List.of(), k.booking().passengers().get(0).services());
        assertEquals(RemovalReason.NOT_ANNEX_I, k.removals().get(0).reason());
        assertEquals(Optional.empty(), k.removals().get(0).category());
    }

    @ParameterizedTest(name = "\"{0}\" reveals {1}")
    @CsvSource(delimiter = '|', value = {
            "PAX IN WHEELCHAIR NEEDS ASSISTANCE|HEALTH",
            "PASSAGER EN FAUTEUIL ROULANT|HEALTH",
            "Fluggast benötigt Rollstuhl|HEALTH",
            "PAX IS DIABETIC CARRIES INSULIN|HEALTH",
            "passagère enceinte de 7 mois|HEALTH",
            "FLUGGAST IST SCHWANGER|HEALTH",
            "PAX BLIND TRAVELS WITH DOG|HEALTH",
            "passager sourd|HEALTH",
            "GEHÖRLOSER FLUGGAST|HEALTH",
            "PAX NEEDS OXYGEN ON BOARD|HEALTH",
            "MEDICAL CERTIFICATE PROVIDED|HEALTH",
            "certificat médical fourni|HEALTH",
            "PAX WILL PRAY AT GATE|RELIGION_OR_BELIEFS",
            "REQUESTS HALAL FOOD|RELIGION_OR_BELIEFS",
            "repas casher demandé|RELIGION_OR_BELIEFS",
            "KOSCHERES ESSEN|RELIGION_OR_BELIEFS",
            "groupe de pèlerinage vers La Mecque|RELIGION_OR_BELIEFS",
            "PILGERFAHRT GRUPPE|RELIGION_OR_BELIEFS",
            "TRAVELLING FOR RAMADAN|RELIGION_OR_BELIEFS",
            "MUSLIM PAX|RELIGION_OR_BELIEFS",
            "délégation syndicale CGT|TRADE_UNION_MEMBERSHIP",
            "GEWERKSCHAFT DELEGATION|TRADE_UNION_MEMBERSHIP",
            "TRADE UNION CONGRESS|TRADE_UNION_MEMBERSHIP",
            "POLITICAL ACTIVIST|POLITICAL_OPINIONS",
            "SAME SEX PARTNER ON PNR|SEX_LIFE_OR_ORIENTATION",
            "homosexuell|SEX_LIFE_OR_ORIENTATION",
            "ETHNIC ORIGIN NOTED|RACIAL_OR_ETHNIC_ORIGIN",
            "SSR MOML HK1|RELIGION_OR_BELIEFS",
            "14/A/SR/SSR WCHRSQHK1/SQ 602 D 27MAY SINICN|HEALTH"})
    void freeTextInEnglishFrenchGerman(String text, SensitiveCategory category) {
        assertEquals(Optional.of(category), SensitiveData.inText(text));
        Remark r = new Remark(RemarkKind.OSI, "4:28", "LH", text, "1");
        HistoryEntry h = new HistoryEntry(1, HistoryAction.UNSTRUCTURED, Optional.empty(), "", Optional.empty(), text);
        KeptBooking k = filter.keep(booking(List.of(ssr("OTHS", text)), List.of(r), List.of(h)));
        Passenger p = k.booking().passengers().get(0);
        assertEquals(List.of(), p.services());
        assertEquals(List.of(), p.remarks());
        assertEquals(List.of(), k.booking().history());
        assertEquals(3, k.removals().size());
        assertTrue(k.removals().stream().allMatch(x -> x.reason() == RemovalReason.SENSITIVE && x.category().equals(Optional.of(category))));
        assertTrue(k.removals().stream().noneMatch(x -> x.toString().contains(text)), "the deletion log holds no deleted content");
    }

    @ParameterizedTest(name = "\"{0}\" is not sensitive")
    @CsvSource(delimiter = '|', value = {
            "SEAT / MEAL X TELEX SENT X NIL SEATS AND MEALS X MOBILE CONTACT NUMBER UPDATED",
            "PAX TRAVELLING ON BUSINESS",
            "PLS ASSIST WITH CONNECTION",
            "VOL POUR ROMA VIA PARIS",
            "SSR FQTVSQHK/ SQ8794285757",
            "SSR BSCTSQHK1/KK/SQ 602",
            "UNION STATION TRANSFER"})
    void ordinaryTextIsKept(String text) {
        assertEquals(Optional.empty(), SensitiveData.inText(text));
        Remark r = new Remark(RemarkKind.OSI, "4:28", "LH", text, "1");
        KeptBooking k = filter.keep(booking(List.of(), List.of(r), List.of()));
        assertEquals(List.of(r), k.booking().passengers().get(0).remarks());
        assertEquals(List.of(), k.removals());
    }

    @Test
    void courtReadingKeepsOnlyUnaccompaniedMinorRemarks() {
        Remark osi = new Remark(RemarkKind.OSI, "4:28", "LH", "VIP ACCOUNT", "1");
        Remark minor = new Remark(RemarkKind.OSI, "4:28", "LH", "UMNR 10 YRS MET BY AUNT", "1");
        Remark fare = new Remark(RemarkKind.FARE_CALCULATION, "4:15", "", "FRA LH LON 120.00", "1");
        SpecialService umnr = ssr("UMNR", "UM10");
        SpecialService oths = ssr("OTHS", "ADVISE IF DUPLICATE");
        Booking b = booking(List.of(umnr, oths), List.of(osi, minor, fare), List.of());
        Passenger kept = new KeepFilter(KeepPolicy.COURT_READING).keep(b).booking().passengers().get(0);
        assertEquals(List.of(minor, fare), kept.remarks());
        assertEquals(List.of(umnr), kept.services());
        Passenger directive = new KeepFilter(KeepPolicy.DIRECTIVE_TEXT).keep(b).booking().passengers().get(0);
        assertEquals(List.of(osi, minor, fare), directive.remarks());
        assertEquals(List.of(umnr, oths), directive.services());
    }

    @Test
    void quarantinedSensitiveSegmentsAreWithheld() {
        Quarantined q = new Quarantined("1", 12, "SSR+MOML:HK:1:LH+::9", "not linked to a passenger");
        Quarantined w = KeepFilter.withheld(q);
        assertFalse(w.segment().contains("MOML"));
        assertEquals(q.reason(), w.reason());
        Quarantined plain = new Quarantined("1", 13, "TVL+XX", "bad date");
        assertEquals(plain, KeepFilter.withheld(plain));
    }

    @Test
    void theRealSampleHasNothingSensitiveMealsAlonAreNotReligion() throws Exception {
        byte[] data;
        try (var in = getClass().getResourceAsStream("/pnr/01-pnrgov-11.1-staedi-single-pnr-with-history.edi")) {
            data = in.readAllBytes();
        }
        Booking b = new PassengerMessages().read(data).pnrMessages().get(0).bookings().get(0);
        KeptBooking k = filter.keep(b);
        assertEquals(List.of(), k.removals());
        assertEquals(b, k.booking());
    }

    @Test
    void generatedSensitiveTrafficIsCleanedCompletely() throws Exception {
        TrafficGenerator g = new TrafficGenerator(3, new TrafficGenerator.Options(6, 3, 0.1, 0.1, 0.5, false));
        PassengerMessages reader = new PassengerMessages();
        int removedSensitive = 0;
        for (int i = 0; i < 200; i++) {
            for (var m : reader.read(g.nextPnrgov().bytes()).pnrMessages()) {
                for (Booking b : m.bookings()) {
                    KeptBooking k = filter.keep(b);
                    removedSensitive += (int) k.removals().stream().filter(r -> r.reason() == RemovalReason.SENSITIVE).count();
                    Booking c = k.booking();
                    for (Passenger p : c.passengers()) {
                        assertTrue(p.services().stream().noneMatch(s -> SensitiveData.ofSsrCode(s.code()).isPresent()
                                || SensitiveData.inText(s.text()).isPresent()));
                        assertTrue(p.remarks().stream().noneMatch(r -> SensitiveData.inText(r.text()).isPresent()));
                    }
                    assertTrue(c.remarks().stream().noneMatch(r -> SensitiveData.inText(r.text()).isPresent()));
                    assertTrue(c.history().stream().noneMatch(h -> SensitiveData.inText(h.text()).isPresent()));
                    assertEquals(b.passengers().size(), c.passengers().size());
                }
            }
        }
        assertTrue(removedSensitive > 50, "the generator's sensitive data was found: " + removedSensitive);
    }
}

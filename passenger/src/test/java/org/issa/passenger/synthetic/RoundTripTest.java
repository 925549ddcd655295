package org.issa.passenger.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.issa.passenger.ingest.ParsedFile;
import org.issa.passenger.ingest.PassengerMessages;
import org.issa.passenger.pnr.AnnexItem;
import org.issa.passenger.pnr.Booking;
import org.issa.passenger.pnr.MessageFormat;
import org.issa.passenger.pnr.PnrMessage;
import org.issa.passenger.pnr.PushType;
import org.junit.jupiter.api.Test;

/** Generate, write, read back: equal. Covers every Annex I item the generator produces, and the envelope variants. */
class RoundTripTest {

    private final PassengerMessages reader = new PassengerMessages();

    @Test
    void pnrgovEdifactReadsBackEqual() throws Exception {
        TrafficGenerator g = new TrafficGenerator(42);
        Set<AnnexItem> seen = EnumSet.noneOf(AnnexItem.class);
        boolean multiPart = false;
        boolean update = false;
        Set<String> versions = new java.util.TreeSet<>();
        Set<Character> elementSeparators = new java.util.TreeSet<>();
        for (int i = 0; i < 400; i++) {
            TrafficGenerator.GeneratedFile f = g.nextPnrgov();
            ParsedFile parsed = reader.read(f.bytes());
            assertEquals(List.of(), parsed.allQuarantined(), () -> f.name() + "\n" + new String(f.bytes(), StandardCharsets.UTF_8));
            assertEquals(f.pnrMessages().size(), parsed.pnrMessages().size(), f.name());
            for (int m = 0; m < f.pnrMessages().size(); m++) {
                PnrMessage expected = f.pnrMessages().get(m);
                PnrMessage actual = parsed.pnrMessages().get(m);
                RecordDiff.first(expected, actual, f.name() + " message " + m).ifPresent(d -> fail(d + "\n" + new String(f.bytes(), StandardCharsets.UTF_8)));
                multiPart |= !actual.parts().isEmpty();
                update |= actual.pushType() == PushType.CHANGES;
                versions.add(actual.version());
                actual.bookings().forEach(b -> seen.addAll(items(b)));
            }
            elementSeparators.add(new String(f.bytes(), StandardCharsets.UTF_8).startsWith("UNA") ? (char) f.bytes()[4] : '+');
        }
        assertEquals(EnumSet.allOf(AnnexItem.class), seen, "every Annex I item occurs in the generated traffic");
        assertTrue(multiPart, "multi-part pushes were generated and reassembled");
        assertTrue(update, "changes-only pushes were generated");
        assertEquals(Set.of("10.1", "11.1", "12.1", "13.1", "14.1", "15.1"), versions);
        assertEquals(Set.of('*', '+'), elementSeparators);
    }

    @Test
    void paxlstReadsBackEqual() throws Exception {
        TrafficGenerator g = new TrafficGenerator(7);
        for (int i = 0; i < 100; i++) {
            TrafficGenerator.GeneratedFile f = g.nextPaxlst();
            ParsedFile parsed = reader.read(f.bytes());
            assertEquals(MessageFormat.PAXLST_EDIFACT, parsed.format());
            assertEquals(List.of(), parsed.allQuarantined(), () -> new String(f.bytes(), StandardCharsets.UTF_8));
            RecordDiff.first(f.apiMessages(), parsed.apiMessages(), f.name())
                    .ifPresent(d -> fail(d + "\n" + new String(f.bytes(), StandardCharsets.UTF_8)));
        }
    }

    @Test
    void pnrgovXmlReadsBackTheItemsItCarries() throws Exception {
        TrafficGenerator g = new TrafficGenerator(9);
        for (int i = 0; i < 50; i++) {
            TrafficGenerator.GeneratedFile f = g.nextXml();
            ParsedFile parsed = reader.read(f.bytes());
            assertEquals(MessageFormat.PNRGOV_XML, parsed.format());
            assertEquals(List.of(), parsed.allQuarantined());
            PnrMessage e = f.pnrMessages().get(0);
            PnrMessage a = parsed.pnrMessages().get(0);
            assertEquals(e.reference(), a.reference());
            assertEquals(e.flight(), a.flight());
            assertEquals(e.bookings().size(), a.bookings().size());
            for (int b = 0; b < e.bookings().size(); b++) {
                Booking x = e.bookings().get(b);
                Booking y = a.bookings().get(b);
                assertEquals(x.recordLocators(), y.recordLocators());
                assertEquals(x.contacts(), y.contacts());
                assertEquals(x.remarks().stream().map(r -> r.text()).toList(), y.remarks().stream().map(r -> r.text()).toList());
                assertEquals(x.legs().stream().map(l -> l.flight()).toList(), y.legs().stream().map(l -> l.flight()).toList());
                assertEquals(x.legs().stream().map(l -> l.operating()).toList(), y.legs().stream().map(l -> l.operating()).toList());
                for (int p = 0; p < x.passengers().size(); p++) {
                    var px = x.passengers().get(p);
                    var py = y.passengers().get(p);
                    assertEquals(px.fullName(), py.fullName());
                    assertEquals(px.type(), py.type());
                    assertEquals(px.frequentFlyers(), py.frequentFlyers());
                    assertEquals(px.documents().stream().filter(d -> !d.isVisa()).toList(), py.documents());
                    assertEquals(px.tickets().stream().map(t -> t.payments().stream().map(pm -> pm.accountNumber()).toList()).toList(),
                            py.tickets().stream().map(t -> t.payments().stream().map(pm -> pm.accountNumber()).toList()).toList());
                }
            }
        }
    }

    @Test
    void sameSeedSameTraffic() {
        TrafficGenerator a = new TrafficGenerator(5);
        TrafficGenerator b = new TrafficGenerator(5);
        for (int i = 0; i < 20; i++) {
            assertTrue(java.util.Arrays.equals(a.next().bytes(), b.next().bytes()));
        }
        assertFalse(java.util.Arrays.equals(new TrafficGenerator(5).next().bytes(), new TrafficGenerator(6).next().bytes()));
    }

    /** The Annex I items a booking actually carries (non-empty). */
    static Set<AnnexItem> items(Booking b) {
        Set<AnnexItem> s = EnumSet.noneOf(AnnexItem.class);
        if (!b.recordLocators().isEmpty()) s.add(AnnexItem.RECORD_LOCATOR);
        if (b.createdAt().isPresent()) s.add(AnnexItem.RESERVATION_DATE);
        if (!b.legs().isEmpty()) { s.add(AnnexItem.TRAVEL_DATES); s.add(AnnexItem.ITINERARY); }
        if (!b.passengers().isEmpty()) { s.add(AnnexItem.NAMES); s.add(AnnexItem.TRAVELLERS); }
        if (!b.contacts().isEmpty() || b.passengers().stream().anyMatch(p -> !p.contacts().isEmpty())) s.add(AnnexItem.ADDRESS_CONTACT);
        if (b.passengers().stream().anyMatch(p -> p.tickets().stream().anyMatch(t -> !t.payments().isEmpty()))) s.add(AnnexItem.PAYMENT);
        if (b.passengers().stream().anyMatch(p -> !p.frequentFlyers().isEmpty())) s.add(AnnexItem.FREQUENT_FLYER);
        if (b.originator().isPresent()) s.add(AnnexItem.TRAVEL_AGENCY);
        if (b.legs().stream().anyMatch(l -> !l.status().isEmpty() || !l.checkIns().isEmpty())) s.add(AnnexItem.TRAVEL_STATUS);
        if (!b.splits().isEmpty()) s.add(AnnexItem.SPLIT_PNR);
        if (!b.remarks().isEmpty() || b.passengers().stream().anyMatch(p -> p.services().stream().anyMatch(x -> x.code().equals("UMNR")))) {
            s.add(AnnexItem.GENERAL_REMARKS);
        }
        if (b.passengers().stream().anyMatch(p -> !p.tickets().isEmpty())) s.add(AnnexItem.TICKETING);
        if (b.legs().stream().anyMatch(l -> l.services().stream().anyMatch(x -> x.code().equals("SEAT"))
                || l.checkIns().stream().anyMatch(c -> !c.seat().isEmpty()))) s.add(AnnexItem.SEAT);
        if (b.legs().stream().anyMatch(l -> l.operating().isPresent())) s.add(AnnexItem.CODE_SHARE);
        if (!b.baggage().isEmpty() || b.legs().stream().anyMatch(l -> l.checkIns().stream().anyMatch(c -> !c.bags().isEmpty()))) {
            s.add(AnnexItem.BAGGAGE);
        }
        if (b.passengers().stream().anyMatch(p -> !p.documents().isEmpty())) s.add(AnnexItem.API_DATA);
        if (!b.history().isEmpty()) s.add(AnnexItem.HISTORY);
        return s;
    }
}

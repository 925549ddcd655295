package org.issa.passenger.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.issa.passenger.pnr.PnrMessage;
import org.issa.passenger.pnr.Quarantined;
import org.issa.passenger.synthetic.TrafficGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Malformed, truncated, hostile and oversized input: quarantined or refused with a reason, never a crash, a hang or a
 * silent loss. The timeout is a hang guard, not a performance assertion.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class HostileInputTest {

    private final PassengerMessages reader = new PassengerMessages();

    static byte[] sample() throws IOException {
        try (InputStream in = HostileInputTest.class.getResourceAsStream("/pnr/01-pnrgov-11.1-staedi-single-pnr-with-history.edi")) {
            return in.readAllBytes();
        }
    }

    static byte[] edi(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static final String HEAD = "UNA:+.? '\nUNB+IATA:1+1A+PIUDE+260301:1200+7'\nUNH+1+PNRGOV:13:1:IA+LH400/010326/1200'\nMSG+:22'\n"
            + "ORG+LH'\nTVL+010326:1200:010326:1400+FRA+JFK+LH+400'\nEQN+1'\nSRC'\nRCI+1A:ABC123::150226:0900'\n";

    @ParameterizedTest
    @ValueSource(strings = {"hello world", "{\"pnr\": 1}", "%PDF-1.7", "UNX+1'", "   \n\t", "ISA*00*          *00*"})
    void notAnInterchangeIsRefusedWithAReason(String text) {
        NotAnInterchangeException e = assertThrows(NotAnInterchangeException.class, () -> reader.read(edi(text)));
        assertFalse(e.getMessage().isBlank());
    }

    @Test
    void emptyAndBinaryFilesAreRefused() {
        assertThrows(NotAnInterchangeException.class, () -> reader.read(new byte[0]));
        byte[] junk = new byte[4096];
        new SplittableRandom(1).nextBytes(junk);
        assertThrows(NotAnInterchangeException.class, () -> reader.read(junk));
    }

    @Test
    void anInterchangeOfOtherMessagesIsRefused() {
        NotAnInterchangeException e = assertThrows(NotAnInterchangeException.class, () -> reader.read(edi(
                "UNB+UNOC:3+A+B+260301:1200+1'UNH+1+INVOIC:D:96A:UN'BGM+380+1'UNT+3+1'UNZ+1+1'")));
        assertTrue(e.getMessage().contains("INVOIC"), e.getMessage());
        assertThrows(NotAnInterchangeException.class, () -> reader.read(edi("UNB+IATA:1+1A+X+260301:1200+1'UNZ+0+1'")));
    }

    @Test
    void aBadSegmentIsQuarantinedAndTheRestKept() throws Exception {
        String msg = HEAD
                + "TIF+DOE+JANE:A:1'\n"
                + "SSR+DOCS:HK:1:LH:::::/P/DEU/C01X00T47/DEU/32FOO77/F/01JAN30/DOE/JANE'\n"  // bad birth date
                + "FOO+BAR'\n"                                                                   // unknown segment
                + "MON+T:100.00:EUR'\n"                                                          // outside a ticket
                + "TIF+DOE+JOHN:A:2'\n"
                + "TVL+010326:1200:990326:1400+FRA+JFK+LH+400:Y'\n"                              // bad arrival date
                + "TVL+010326:1200:010326:1400+FRA+JFK+LH+400:Y'\nRPI+2+HK'\n"
                + "UNT+16+1'\nUNZ+1+7'";
        ParsedFile f = reader.read(edi(msg));
        PnrMessage m = f.pnrMessages().get(0);
        assertEquals(2, m.bookings().get(0).passengers().size(), "both passengers kept");
        assertEquals(1, m.bookings().get(0).legs().size(), "the good leg kept");
        List<Quarantined> q = m.quarantined();
        assertEquals(4, q.size(), q.toString());
        assertEquals(11, q.get(0).position());
        assertTrue(q.get(0).reason().contains("date of birth"), q.get(0).reason());
        assertTrue(q.get(1).reason().contains("unknown segment FOO"));
        assertTrue(q.get(2).reason().contains("outside a ticket"));
        assertTrue(q.get(3).reason().contains("arrival date"));
        assertTrue(q.stream().allMatch(x -> x.messageReference().equals("1")));
    }

    @Test
    void wrongCountsAndReferencesAreReported() throws Exception {
        String msg = HEAD + "TIF+DOE+JANE:A:1'\nUNT+99+2'\nUNZ+3+8'";
        ParsedFile f = reader.read(edi(msg));
        List<String> reasons = f.allQuarantined().stream().map(Quarantined::reason).toList();
        assertTrue(reasons.stream().anyMatch(r -> r.contains("UNT declares 99 segments, the message has 9")), reasons.toString());
        assertTrue(reasons.stream().anyMatch(r -> r.contains("UNT reference \"2\"")), reasons.toString());
        assertTrue(reasons.stream().anyMatch(r -> r.contains("UNZ declares 3")), reasons.toString());
        assertTrue(reasons.stream().anyMatch(r -> r.contains("UNZ reference")), reasons.toString());
        String twoDeclared = HEAD.replace("EQN+1", "EQN+2") + "TIF+DOE+JANE:A:1'\nUNT+11+1'\nUNZ+1+7'";
        assertTrue(reader.read(edi(twoDeclared)).allQuarantined().stream().anyMatch(x -> x.reason().contains("EQN declares 2 PNRs, 1 were received")));
    }

    @Test
    void incompleteMultiPartPushesAreKeptAndReported() throws Exception {
        String part = "UNH+%s+PNRGOV:13:1:IA+CAR1+%s'\nMSG+:22'\nORG+LH'\nEQN+3'\nSRC'\nRCI+1A:LOC%s'\nTIF+DOE+P%s:A:1'\nUNT+8+%s'\n";
        String noFinal = "UNB+IATA:1+1A+PIUDE+260301:1200+7'\n" + part.formatted("1", "01:C", "1", "1", "1")
                + part.formatted("2", "02:C", "2", "2", "2") + "UNZ+2+7'";
        PnrMessage m = reader.read(edi(noFinal)).pnrMessages().get(0);
        assertEquals(2, m.bookings().size());
        assertEquals(2, m.parts().size());
        assertTrue(m.quarantined().stream().anyMatch(q -> q.reason().contains("final part (NN:F) was not received")), m.quarantined().toString());
        String gap = "UNB+IATA:1+1A+PIUDE+260301:1200+7'\n" + part.formatted("1", "01:C", "1", "1", "1")
                + part.formatted("3", "03:F", "3", "3", "3") + "UNZ+2+7'";
        PnrMessage g = reader.read(edi(gap)).pnrMessages().get(0);
        assertTrue(g.quarantined().stream().anyMatch(q -> q.reason().contains("part 2 is missing")), g.quarantined().toString());
        String complete = "UNB+IATA:1+1A+PIUDE+260301:1200+7'\n" + part.formatted("1", "01:C", "1", "1", "1")
                + part.formatted("2", "02:C", "2", "2", "2") + part.formatted("3", "03:F", "3", "3", "3") + "UNZ+3+7'";
        PnrMessage c = reader.read(edi(complete)).pnrMessages().get(0);
        assertEquals(List.of(), c.quarantined());
        assertEquals(List.of("LOC1", "LOC2", "LOC3"), c.bookings().stream().map(b -> b.locator()).toList());
    }

    @Test
    void aPnrContinuedInTheNextPartIsReassembled() throws Exception {
        String edi = "UNB+IATA:1+1A+PIUDE+260301:1200+7'\n"
                + "UNH+1+PNRGOV:13:1:IA+CAR1+01:C'\nMSG+:22'\nORG+LH'\nEQN+1'\nSRC'\nRCI+1A:LOC1'\nTIF+DOE+JANE:A:1'\nUNT+8+1'\n"
                + "UNH+2+PNRGOV:13:1:IA+CAR1+02:F'\nMSG+:22'\nORG+LH'\nEQN+1'\nTIF+DOE+JOHN:A:2'\nUNT+6+2'\nUNZ+2+7'";
        PnrMessage m = reader.read(edi(edi)).pnrMessages().get(0);
        assertEquals(List.of(), m.quarantined());
        assertEquals(1, m.bookings().size());
        assertEquals(List.of("JANE", "JOHN"), m.bookings().get(0).passengers().stream().map(p -> p.givenNames()).toList());
    }

    @Test
    void everyTruncationIsReadUpToTheBreakOrRefusedNeverSilent() throws Exception {
        byte[] full = sample();
        for (int cut = 1; cut < full.length; cut += 3) {
            byte[] part = java.util.Arrays.copyOf(full, cut);
            try {
                ParsedFile f = reader.read(part);
                assertFalse(f.allQuarantined().isEmpty(), "a truncation at byte " + cut + " must be reported");
            } catch (NotAnInterchangeException e) {
                assertFalse(e.getMessage().isBlank());
            }
        }
    }

    @Test
    void randomCorruptionNeverCrashes() throws Exception {
        TrafficGenerator g = new TrafficGenerator(11);
        SplittableRandom r = new SplittableRandom(12);
        for (int i = 0; i < 600; i++) {
            byte[] b = g.nextPnrgov().bytes();
            int flips = 1 + r.nextInt(8);
            for (int k = 0; k < flips; k++) {
                String noise = "+:'?*$\\ \nX9\u0000";
                b[r.nextInt(b.length)] = (byte) noise.charAt(r.nextInt(noise.length()));
            }
            try {
                ParsedFile f = reader.read(b);
                assertTrue(f.pnrMessages().size() + f.apiMessages().size() > 0 || !f.allQuarantined().isEmpty());
            } catch (NotAnInterchangeException e) {
                assertFalse(e.getMessage().isBlank());
            }
        }
    }

    @Test
    void oversizedFilesAreRefusedAndSegmentFloodsStopWithAReason() throws Exception {
        PassengerMessages small = new PassengerMessages(new ReadLimits(10_000, 50, 100, 20, 8));
        byte[] big = new byte[10_001];
        java.util.Arrays.fill(big, (byte) 'A');
        NotAnInterchangeException e = assertThrows(NotAnInterchangeException.class, () -> small.read(big));
        assertTrue(e.getMessage().contains("more than the limit"));

        StringBuilder flood = new StringBuilder(HEAD).append("TIF+DOE+JANE:A:1'\n");
        for (int i = 0; i < 200; i++) {
            flood.append("LTS+").append(i).append("'\n");
        }
        ParsedFile f = small.read(edi(flood.append("UNT+212+1'UNZ+1+7'").toString()));
        assertTrue(f.allQuarantined().stream().anyMatch(q -> q.reason().contains("more than 50 segments")), f.allQuarantined().toString());
        assertEquals(1, f.pnrMessages().get(0).bookings().size(), "what came before the limit is kept");

        String longValue = HEAD + "TIF+DOE+JANE:A:1'\nLTS+" + "X".repeat(500) + "'\n" + "SSR+OTHS" + "+A".repeat(40) + "'\nUNT+13+1'\nUNZ+1+7'";
        ParsedFile g = small.read(edi(longValue));
        List<String> reasons = g.allQuarantined().stream().map(Quarantined::reason).toList();
        assertTrue(reasons.stream().anyMatch(r -> r.contains("an element of 500 characters")), reasons.toString());
        assertTrue(reasons.stream().anyMatch(r -> r.contains("more than 20 elements")), reasons.toString());
        assertEquals(1, g.pnrMessages().get(0).bookings().get(0).passengers().size());
    }

    @Test
    void hugeSegmentCountsAreBounded() throws Exception {
        StringBuilder flood = new StringBuilder(HEAD).append("TIF+DOE+JANE:A:1'");
        for (int i = 0; i < 1_100_000; i++) {
            flood.append("LTS+1'");
        }
        ParsedFile f = reader.read(edi(flood.append("UNT+1+1'UNZ+1+7'").toString()));
        assertTrue(f.allQuarantined().stream().anyMatch(q -> q.reason().contains("more than 1000000 segments")));
    }

    static final String BILLION_LAUGHS = """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
            <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
            <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>
            <IATA_PNRGOV_NotifRQ xmlns="http://www.iata.org/IATA/2007/00"><PNRs><PNR><BookingRefID ID="&lol4;"/></PNR></PNRs></IATA_PNRGOV_NotifRQ>
            """;

    static final String XXE = """
            <?xml version="1.0"?>
            <!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
            <IATA_PNRGOV_NotifRQ xmlns="http://www.iata.org/IATA/2007/00"><PNRs><PNR><BookingRefID ID="&xxe;"/></PNR></PNRs></IATA_PNRGOV_NotifRQ>
            """;

    @Test
    void hostileXmlIsRefused() {
        for (String x : List.of(BILLION_LAUGHS, XXE)) {
            NotAnInterchangeException e = assertThrows(NotAnInterchangeException.class, () -> reader.read(edi(x)));
            assertTrue(e.getMessage().contains("DTD"), e.getMessage());
        }
        String deep = "<IATA_PNRGOV_NotifRQ>" + "<a>".repeat(200) + "</a>".repeat(200) + "</IATA_PNRGOV_NotifRQ>";
        assertTrue(assertThrows(NotAnInterchangeException.class, () -> reader.read(edi(deep))).getMessage().contains("deeper"));
        assertTrue(assertThrows(NotAnInterchangeException.class, () -> reader.read(edi("<html><body/></html>"))).getMessage()
                .contains("not a PNRGOV XML document"));
        assertTrue(assertThrows(NotAnInterchangeException.class, () -> reader.read(edi("<IATA_PNRGOV_NotifRQ><PNRs>"))).getMessage()
                .contains("not well-formed"));
        String longText = "<IATA_PNRGOV_NotifRQ><PNRs><PNR><OSI><Text>" + "X".repeat(5000) + "</Text></OSI></PNR></PNRs></IATA_PNRGOV_NotifRQ>";
        assertTrue(assertThrows(NotAnInterchangeException.class, () -> reader.read(edi(longText))).getMessage().contains("longer than"));
        StringBuilder many = new StringBuilder("<IATA_PNRGOV_NotifRQ><PNRs>");
        PassengerMessages small = new PassengerMessages(new ReadLimits(1 << 20, 1000, 100, 20, 8));
        for (int i = 0; i < 2000; i++) {
            many.append("<PNR/>");
        }
        String manyXml = many.append("</PNRs></IATA_PNRGOV_NotifRQ>").toString();
        assertTrue(assertThrows(NotAnInterchangeException.class, () -> small.read(edi(manyXml))).getMessage().contains("more than 1000"));
    }
}

package org.issa.passenger.edifact;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.issa.passenger.ingest.NotAnInterchangeException;
import org.issa.passenger.ingest.ReadLimits;
import org.issa.passenger.synthetic.TrafficGenerator;
import org.junit.jupiter.api.Test;

/**
 * ISSA's own tokeniser against StAEDI (the reference): the real sample, every truncation of it, generated traffic with
 * all three separator sets, and hand-written edge cases must give identical segments (tags, elements, components,
 * positions), identical set-aside segments, and stop at the same segment or be refused alike.
 */
class EdifactTokenizerTest {

    private static final ReadLimits SMALL = new ReadLimits(1 << 20, 40, 30, 8, 8);

    private static byte[] sample() throws Exception {
        try (InputStream in = EdifactTokenizerTest.class.getResourceAsStream("/pnr/01-pnrgov-11.1-staedi-single-pnr-with-history.edi")) {
            return in.readAllBytes();
        }
    }

    /** Returns true when both refused. */
    private static boolean assertSame(byte[] data, ReadLimits limits, String what) {
        Interchange ours = null;
        Interchange ref = null;
        String oursRefused = null;
        String refRefused = null;
        try {
            ours = new EdifactTokenizer(limits).read(data);
        } catch (NotAnInterchangeException e) {
            oursRefused = e.getMessage();
        }
        try {
            ref = new StaediTokenizer(limits).read(data);
        } catch (NotAnInterchangeException e) {
            refRefused = e.getMessage();
        }
        assertEquals(refRefused != null, oursRefused != null, what + ": refused by StAEDI: " + refRefused + "; by ours: " + oursRefused);
        if (ref == null) {
            return true;
        }
        assertEquals(render(ref.segments()), render(ours.segments()), what + ": segments");
        assertEquals(ref.oversized(), ours.oversized(), what + ": set aside");
        assertEquals(ref.stoppedAt(), ours.stoppedAt(), what + ": stopped at (" + ref.stopReason() + " / " + ours.stopReason() + ")");
        assertEquals(ref.stopReason().isEmpty(), ours.stopReason().isEmpty(), what + ": a stop reason");
        for (int k = 0; k < ref.segments().size(); k++) {
            Segment a = ref.segments().get(k);
            Segment b = ours.segments().get(k);
            assertEquals(a.tag(), b.tag());
            assertEquals(a.position(), b.position());
            assertEquals(a.elements().length, b.elements().length, what + ": elements of " + a.text());
            for (int e = 0; e < a.elements().length; e++) {
                assertArrayEquals(a.elements()[e], b.elements()[e], what + ": " + a.text());
            }
        }
        return false;
    }

    private static String render(List<Segment> segments) {
        StringBuilder b = new StringBuilder();
        for (Segment s : segments) {
            b.append(s.position()).append(' ').append(s.tag()).append(' ').append(Arrays.deepToString(quoted(s.elements()))).append('\n');
        }
        return b.toString();
    }

    private static String[][] quoted(String[][] els) {
        String[][] q = new String[els.length][];
        for (int e = 0; e < els.length; e++) {
            q[e] = Arrays.stream(els[e]).map(c -> "<" + c + ">").toArray(String[]::new);
        }
        return q;
    }

    @Test
    void theRealSampleTokenisesAsWithStaedi() throws Exception {
        byte[] data = sample();
        assertSame(data, ReadLimits.DEFAULT, "sample");
        Interchange ic = new EdifactTokenizer(ReadLimits.DEFAULT).read(data);
        assertTrue(ic.stoppedAt().isEmpty());
        assertTrue(ic.segments().size() > 50, "the sample has its segments");
    }

    @Test
    void everyTruncationOfTheSampleStopsWhereStaediStops() throws Exception {
        byte[] data = sample();
        int refused = 0;
        for (int cut = 0; cut < data.length; cut++) {
            if (assertSame(Arrays.copyOf(data, cut), ReadLimits.DEFAULT, "truncated at byte " + cut)) {
                refused++;
            }
        }
        assertTrue(refused > 0 && refused < data.length / 2, "short prefixes are refused, longer ones read up to the break");
    }

    @Test
    void generatedTrafficTokenisesAsWithStaedi() throws Exception {
        TrafficGenerator g = new TrafficGenerator(20261129);
        for (int k = 0; k < 300; k++) {
            TrafficGenerator.GeneratedFile f = k % 5 == 4 ? g.nextPaxlst() : g.nextPnrgov();
            assertSame(f.bytes(), ReadLimits.DEFAULT, f.name());
        }
    }

    @Test
    void limitsSetAsideAndStopAtTheSameSegments() throws Exception {
        TrafficGenerator g = new TrafficGenerator(5);
        for (int k = 0; k < 30; k++) {
            assertSame(g.nextPnrgov().bytes(), SMALL, "small limits " + k);
        }
        assertSame(sample(), SMALL, "sample with small limits");
    }

    @Test
    void separatorsReleaseCharactersLineBreaksAndBrokenInputAsWithStaedi() {
        String[] cases = {
            "UNA:+.? 'UNB+IATA:1+A+B'UNH+1+PNRGOV:11:1:IA'TIF+A++B+'SRC'DAT+:::X::'XX+A:B:+:+::'RCI+?+?:??x?'Y'\r\nUNT+2+1'UNZ+1+1'",
            "UNB+IATA:1+A+B'UNH+1+PNRGOV'TIF+A*B+C*D:E*F'UNT+2+1'UNZ+1+1'",
            "UNA:+.?*'UNB+IATA:1+A+B'UNH+1+PNRGOV'TIF+A*B+C*D:E*F'UNT+2+1'UNZ+1+1'",
            "UNA:*.? $UNB*IATA:1*A*B$UNH*1*PNRGOV$TIF*A?$B+C?*D$UNT*2*1$UNZ*1*1$",
            "UNA:+.\\ 'UNB+IATA:1+A+B'UNH+1+PNRGOV'TIF+BEL\\:T:A\\\\B'UNT+2+1'UNZ+1+1'",
            "UNA:+.?*'UNB+UNOA:4+A+B'UNH+1+PAXLST'TIF+A*B*C+D'UNT+2+1'UNZ+1+1'",
            "UNA:+.? 'UNB+IATA:1+A+B'UNH+1+PNRGOV'TIF+A+B",
            "UNA:+.? 'UNB+IATA:1+A+B'UNH+1+PNRGOV'TIF+A+B'",
            "UNA:+.? 'UNB+IATA:1+A+B'UNH+1+PNRGOV'TIF+A+B?",
            "UNA:+.? 'UNB+IATA:1+A+B'UNH+1+PNRGOV'TIF+A+B'\n\n",
            "UNA:+.? 'UNB+IATA:1+A+B'UNH+1+PNRGOV'ti+A'T1F+B'TIFX+C'+A'",
            "UNA:+.? 'UNB+IATA:1+A+B'UNH+1+PNRGOV'TIF+A+B'  TIF+C'UNT+2+1'UNZ+1+1'",
            "UNA:+.? 'UNB+IATA:1+A+B'UNH+1+PNRGOV'TIF+Ä€é+B'UNT+2+1'UNZ+1+1'",
            "UNA:+.? 'UNB+IATA:1+A+B'UNH+1+PNRGOV''TIF+A'",
            "UNA:+.? 'UNB+IATA:1+A+B'UNH+1+PNRGOV'TIF+A\r\nB+C\tD'\t\r\n TIF\n+X'\u0000TIF+Y'UNT+2+1'UNZ+1+1'",
            "\uFEFFUNA:+.? 'UNB+IATA:1+A+B'UNH+1+PNRGOV'UNT+2+1'UNZ+1+1'",
            "  \r\nUNB+IATA:1+A+B'UNH+1+PNRGOV'UNT+2+1'UNZ+1+1'  \r\n",
            "UNB+IATA:1+A+B'UNH+1+PNRGOV'UNT+2+1'UNZ+1+1'UNB+IATA:1+A+B'UNZ+1+1'",
            "UNB+IATA:1+A+B'UNH+1+PNRGOV'UNT+2+1'UNZ+1+1'XYZ",
            "UNB+IATA:1+A+B'UNH+1+PNRGOV'TI'T'UNT+2+1'UNZ+1+1'",
            "UNB+IATA:1+A+B'UNH+1+PNRGOV'TIF:A+B'UNT+2+1'UNZ+1+1'",
            "UNB+IATA:1+A+B'UNH+1+PNRGOV'T+A'UNT+2+1'UNZ+1+1'",
            "UNB+IATA:1+A+B'UNH+1+PNRGOV'T?IF+A'UNT+2+1'UNZ+1+1'",
            "UNB+IATA:1+A+B'UNH+1+PNRGOV'TIF+A??'UNT+2+1'UNZ+1+1'",
            "UNB+IATA:1+A+B'UNH+1+PNRGOV'TIF+A\u007fB\u001dC'UNT+2+1'UNZ+1+1'\u0000",
            "UNB+IATA'UNH+1+PNRGOV'TIF+A'UNT+2+1'UNZ+1+1'",
            "UNB+IATA:X'UNH+1+PNRGOV'TIF+A'UNT+2+1'UNZ+1+1'",
            "UNB'UNH+1+PNRGOV'TIF+A'UNT+2+1'UNZ+1+1'",
            "UNA:+.? 'UNZ+1+1'",
            "UNAX",
            "UNA:+.? 'UNB+IATA:1+A+B'UNH+1+PNRGOV'TIF+A'UNZ+1+1'UNA:+.? 'UNB+IATA:1+A+B'UNZ+1+1'",
            "UNA:+,? 'UNB+IATA:1+A+B'UNH+1+PNRGOV'TIF+1,5+2.5'UNT+2+1'UNZ+1+1'",
            "UNA:+.? 'UNB+IATA:1+A+B'UNH+1+PNRGOV'TIF+A:" + "B:".repeat(120) + "'UNT+2+1'UNZ+1+1'",
            "UNA:+.? 'UNB+IATA:1+A+B'UNH+1+PNRGOV'TIF" + "+B".repeat(120) + "'UNT+2+1'UNZ+1+1'",
            "UNA:+.? 'UNB+IATA:1+A+B'UNH+1+PNRGOV'TIF+" + "X".repeat(4096) + "+Y'UNT+2+1'UNZ+1+1'",
        };
        for (String c : cases) {
            assertSame(c.getBytes(StandardCharsets.UTF_8), ReadLimits.DEFAULT, c.length() > 120 ? c.substring(0, 120) : c);
        }
    }

    /**
     * The one deliberate difference: StAEDI cannot hold a value over 4,096 characters and stops the whole interchange;
     * ours applies {@link ReadLimits#maxElementChars()} as documented, sets the segment aside and reads on.
     */
    @Test
    void anOverlongValueSetsItsSegmentAsideWhereStaediStopped() throws Exception {
        byte[] data = ("UNA:+.? 'UNB+IATA:1+A+B'UNH+1+PNRGOV'TIF+" + "X".repeat(5000) + "+Y'UNT+2+1'UNZ+1+1'")
                .getBytes(StandardCharsets.UTF_8);
        Interchange ref = new StaediTokenizer(ReadLimits.DEFAULT).read(data);
        assertEquals(java.util.Optional.of(4), ref.stoppedAt());
        Interchange ours = new EdifactTokenizer(ReadLimits.DEFAULT).read(data);
        assertTrue(ours.stoppedAt().isEmpty(), ours.stopReason());
        assertEquals(List.of(new Interchange.SetAside(4, "TIF", "segment set aside: an element of 5000 characters (limit 4096)")),
                ours.oversized());
        assertEquals(List.of("UNA", "UNB", "UNH", "UNT", "UNZ"), ours.segments().stream().map(Segment::tag).toList());
    }
}

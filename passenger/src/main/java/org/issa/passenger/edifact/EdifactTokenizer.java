package org.issa.passenger.edifact;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.issa.passenger.ingest.NotAnInterchangeException;
import org.issa.passenger.ingest.ReadLimits;

/**
 * Splits an EDIFACT interchange into segments in one pass over the bytes: UNA separators (component, element, decimal
 * mark, release, repetition, segment) and the release character honoured, control characters (CR/LF between or inside
 * segments) ignored, values decoded as UTF-8 without a copy unless a release character or control character must be
 * removed. It yields what {@link StaediTokenizer} (StAEDI, the reference it is tested against) yields for the same
 * input: the same segments, elements, components and positions, the same limits, and reading stopped at the same
 * segment when the input breaks off. Repetition separators (syntax version 4) join repeated values with a space.
 */
public final class EdifactTokenizer {

    private final ReadLimits limits;

    public EdifactTokenizer(ReadLimits limits) {
        this.limits = limits;
    }

    /**
     * The interchange's segments. Refuses input that does not start as an interchange (UNA or UNB); input that breaks
     * off later is returned up to the break, with the position and reason.
     */
    public Interchange read(byte[] data) throws NotAnInterchangeException {
        String start = startOf(data);
        if (!start.startsWith("UNA") && !start.startsWith("UNB")) {
            throw new NotAnInterchangeException("not an EDIFACT interchange: it must begin with UNA or UNB, it begins with \""
                    + printable(start) + "\"");
        }
        return new Scan(data, limits).run();
    }

    /** Thrown inside a scan when the input cannot be read on; carries whether a segment had been started. */
    private static final class Stop extends Exception {
        Stop(String reason) {
            super(reason, null, false, false);
        }
    }

    private static final class Scan {
        private static final String[] NO_COMPONENTS = new String[0];
        /** No repetition separator: a value no byte can have. */
        private static final int NONE = 0x100;
        private static final byte PLAIN = 0;
        private static final byte RELEASE = 1;
        private static final byte SEPARATOR = 2;
        private static final byte CONTROL = 3;
        /**
         * Short values (codes, counts, airports) kept across reads instead of a new String each time: a direct-mapped
         * cache of immutable strings, each checked byte by byte before it is used; one per thread, since parsing threads
         * that shared one table wrote to the same memory on every miss and each core kept invalidating the other's copy.
         */
        private static final ThreadLocal<String[]> SHORT_VALUE_TABLES = ThreadLocal.withInitial(() -> new String[8192]);
        private final String[] shortValues = SHORT_VALUE_TABLES.get();

        private final byte[] d;
        private final int n;
        private final ReadLimits limits;
        private final List<Segment> segments = new ArrayList<>();
        private final List<Interchange.SetAside> oversized = new ArrayList<>();
        /** The elements of the segment being read ({@code nElements} of them). */
        private String[][] elements = new String[16][];
        private int nElements;
        private final char[] tagChars = new char[3];
        /** Byte classes under the current separators: {@link #PLAIN}, {@link #RELEASE}, {@link #SEPARATOR}, {@link #CONTROL}. */
        private final byte[] classes = new byte[256];
        private String[] comps = new String[16];
        private byte[] scratch = new byte[256];
        private int i;
        private int position;
        private String tag;
        private String lastTag;
        private String tooBig;
        private byte comp = ':';
        private byte elem = '+';
        private byte rel = '?';
        private int rep = NONE;
        private byte term = '\'';

        Scan(byte[] data, ReadLimits limits) {
            this.d = data;
            this.n = data.length;
            this.limits = limits;
            classify();
        }

        /** The byte classes for the current separators, in the order the scan tests them: release, separators, controls. */
        private void classify() {
            for (int b = 0; b < 256; b++) {
                classes[b] = ignorable((byte) b) ? CONTROL : PLAIN;
            }
            classes[comp & 0xFF] = SEPARATOR;
            classes[elem & 0xFF] = SEPARATOR;
            classes[term & 0xFF] = SEPARATOR;
            if (rep != NONE) {
                classes[rep & 0xFF] = SEPARATOR;
            }
            classes[rel & 0xFF] = RELEASE;
        }

        Interchange run() throws NotAnInterchangeException {
            try {
                if (n >= 3 && (d[0] & 0xFF) == 0xEF && (d[1] & 0xFF) == 0xBB && (d[2] & 0xFF) == 0xBF) {
                    throw new Stop("a byte order mark before UNA/UNB");
                }
                boolean header = true;
                while (true) {
                    skipBetweenSegments();
                    if (i >= n) {
                        if ("UNZ".equals(lastTag)) {
                            return done(Optional.empty(), "");
                        }
                        throw new Stop("unexpected end of input after segment " + lastTag + " at position " + position);
                    }
                    if (header) {
                        if (!interchangeHeader()) {
                            return done(Optional.of(position), "more than " + limits.maxSegments()
                                    + " segments: the rest of the interchange was not read");
                        }
                        header = false;
                    }
                    if (!segment()) {
                        return done(Optional.of(position), "more than " + limits.maxSegments()
                                + " segments: the rest of the interchange was not read");
                    }
                    header = "UNZ".equals(lastTag);
                }
            } catch (Stop s) {
                if (segments.isEmpty()) {
                    throw new NotAnInterchangeException("not an EDIFACT interchange: " + s.getMessage());
                }
                int at = Math.max(position, 1);
                return done(Optional.of(at), "interchange unreadable from segment " + at + (tag != null ? " (" + tag + ")" : "")
                        + ": " + s.getMessage() + "; the rest was not read");
            }
        }

        private Interchange done(Optional<Integer> stoppedAt, String reason) {
            return new Interchange(segments, oversized, stoppedAt, reason);
        }

        private static boolean ignorable(byte b) {
            return (b >= 0 && b < 0x20) || b == 0x7F;
        }

        private boolean isSeparator(byte b) {
            return b == comp || b == elem || b == rel || b == term || b == rep;
        }

        private void skipBetweenSegments() {
            while (i < n) {
                byte b = d[i];
                if ((ignorable(b) || b == ' ') && !isSeparator(b)) {
                    i++;
                } else {
                    return;
                }
            }
        }

        /**
         * At the start of an interchange: reads UNA if present, finds UNB's syntax version (repetition separator from
         * version 4) and emits UNA. False when the segment limit is reached.
         */
        private boolean interchangeHeader() throws Stop {
            boolean una = n - i >= 3 && d[i] == 'U' && d[i + 1] == 'N' && d[i + 2] == 'A';
            byte unaRep = ' ';
            if (una) {
                if (n - i < 9) {
                    throw new Stop("unexpected end of input in the UNA service string advice");
                }
                for (int k = 3; k < 9; k++) {
                    if (d[i + k] < 0) {
                        throw new Stop("a UNA service character outside ASCII");
                    }
                }
                comp = d[i + 3];
                elem = d[i + 4];
                // d[i + 5] is the decimal mark: values are kept as sent
                rel = d[i + 6];
                unaRep = d[i + 7];
                term = d[i + 8];
                i += 9;
                skipBetweenSegments();
            } else {
                comp = ':';
                elem = '+';
                rel = '?';
                term = '\'';
            }
            rep = NONE;
            int version = syntaxVersion();
            if (version >= 4) {
                rep = una ? (unaRep == ' ' ? NONE : unaRep) : '*';
            }
            classify();
            if (una) {
                tag = "UNA";
                if (++position > limits.maxSegments()) {
                    return false;
                }
                segments.add(new Segment("UNA", position, new String[0][]));
                tag = null;
                lastTag = "UNA";
            }
            return true;
        }

        /** UNB's syntax version (element 1, component 2), read ahead without moving; -1 when not a number. */
        private int syntaxVersion() throws Stop {
            int j = i;
            if (n - j < 3 || d[j] != 'U' || d[j + 1] != 'N' || d[j + 2] != 'B') {
                if (n - j < 3) {
                    throw new Stop("unexpected end of input before UNB");
                }
                throw new Stop("the interchange header must be UNB, found \"" + printable(new String(d, j, 3, StandardCharsets.ISO_8859_1)) + "\"");
            }
            j += 3;
            while (j < n && ignorable(d[j]) && !isSeparator(d[j])) {
                j++;
            }
            if (j >= n) {
                throw new Stop("unexpected end of input in UNB");
            }
            if (d[j] != elem) {
                throw new Stop("UNB is not followed by an element separator");
            }
            j++;
            int component = 1;
            int version = 0;
            boolean digits = false;
            boolean other = false;
            while (j < n) {
                byte b = d[j];
                if (b == rel) {
                    j += 2;
                    other |= component == 2;
                    continue;
                }
                if (b == elem || b == term) {
                    if (component < 2) {
                        throw new Stop("unable to read the syntax version from UNB");
                    }
                    return digits && !other ? version : -1;
                }
                if (b == comp) {
                    component++;
                } else if (component == 2 && !ignorable(b)) {
                    if (b >= '0' && b <= '9' && version < 1000) {
                        version = version * 10 + (b - '0');
                        digits = true;
                    } else {
                        other = true;
                    }
                }
                j++;
            }
            throw new Stop("unexpected end of input in UNB");
        }

        /** Reads one segment from its tag to its terminator. False when the segment limit is reached. */
        private boolean segment() throws Stop {
            // the tag: two or three letters or digits
            int t0 = -1;
            int len = 0;
            byte b = 0;
            char[] t = tagChars;
            while (true) {
                if (i >= n) {
                    throw new Stop("unexpected end of input after segment " + lastTag + " at position " + position);
                }
                b = d[i];
                if (b == elem || b == term) {
                    break;
                }
                if (ignorable(b) && !isSeparator(b)) {
                    i++;
                    continue;
                }
                boolean alnum = (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9');
                if (!alnum || len == 3) {
                    throw new Stop("invalid character '" + printable(String.valueOf((char) (b & 0xFF))) + "' in a segment tag after segment "
                            + lastTag + " at position " + position);
                }
                if (t0 < 0) {
                    t0 = i;
                }
                t[len++] = (char) b;
                i++;
            }
            if (len < 2) {
                throw new Stop("a segment tag shorter than two characters after segment " + lastTag + " at position " + position);
            }
            i++; // the element separator or terminator after the tag
            String name = tagName(t, len);
            tag = name;
            if (++position > limits.maxSegments()) {
                return false;
            }
            nElements = 0;
            tooBig = null;
            if (b == elem) {
                elementsUntilTerminator();
            }
            if (tooBig != null) {
                oversized.add(new Interchange.SetAside(position, name, "segment set aside: " + tooBig));
            } else {
                segments.add(new Segment(name, position, Arrays.copyOf(elements, nElements)));
            }

            lastTag = name;
            tag = null;
            return true;
        }

        private static String tagName(char[] t, int len) {
            if (len == 3) {
                // the common tags without a new String each time
                String known = KnownTags.of(t[0], t[1], t[2]);
                if (known != null) {
                    return known;
                }
            }
            return new String(t, 0, len);
        }

        /** Elements after the tag, up to and including the segment terminator. */
        private void elementsUntilTerminator() throws Stop {
            int occurrence = 1;
            int nComps = 0;
            boolean composite = false;
            while (true) {
                // one value: up to a component, element, repetition separator or the terminator
                int start = i;
                boolean dirty = false;
                byte b;
                // the scan runs on locals (the index is written back once the value ends)
                final byte[] data = d;
                final byte[] cls = classes;
                final int end = n;
                int p = i;
                while (true) {
                    if (p >= end) {
                        i = p;
                        throw new Stop("unexpected end of input in segment " + tag + " at position " + position);
                    }
                    b = data[p];
                    byte c = cls[b & 0xFF];
                    if (c == PLAIN) {
                        p++;
                        continue;
                    }
                    if (c == RELEASE) {
                        if (p + 1 >= end) {
                            i = p + 1;
                            throw new Stop("unexpected end of input in segment " + tag + " at position " + position);
                        }
                        dirty = true;
                        p += 2;
                        continue;
                    }
                    if (c == SEPARATOR) {
                        break;
                    }
                    dirty = true; // a control character, dropped from the value
                    p++;
                }
                i = p;
                String value = value(start, i, dirty);
                i++;
                if (nComps == comps.length) {
                    comps = Arrays.copyOf(comps, nComps * 2);
                }
                comps[nComps++] = value;
                if (b == comp) {
                    composite = true;
                    continue;
                }
                endOccurrence(occurrence, composite, nComps);
                nComps = 0;
                composite = false;
                if (b == rep) {
                    occurrence++;
                    continue;
                }
                occurrence = 1;
                if (b == term) {
                    return;
                }
            }
        }

        /** One occurrence of an element read: bounds checked as the StAEDI adapter checks them, then kept. */
        private void endOccurrence(int occurrence, boolean composite, int nComps) {
            int max = limits.maxElementsPerSegment();
            if (!composite) {
                String text = checkedLength(comps[0]);
                if (nElements > max) {
                    tooBig = "more than " + max + " elements or components";
                    return;
                }
                if (occurrence > 1 && nElements > 0) {
                    String[] last = elements[nElements - 1];
                    last[0] = last[0] + " " + text;
                } else {
                    addElement(new String[] {text});
                }
                return;
            }
            String[] kept = NO_COMPONENTS;
            int k = 0;
            for (int c = 0; c < nComps; c++) {
                String text = checkedLength(comps[c]);
                if (nElements > max || k > max) {
                    tooBig = "more than " + max + " elements or components";
                    continue;
                }
                if (k == kept.length) {
                    kept = Arrays.copyOf(kept, Math.max(4, nComps));
                }
                kept[k++] = text;
            }
            kept = k == kept.length ? kept : Arrays.copyOf(kept, k);
            if (occurrence > 1 && nElements > 0) {
                // a repeated composite: joined component by component
                String[] last = elements[nElements - 1];
                String[] joined = Arrays.copyOf(last, Math.max(last.length, kept.length));
                for (int c = 0; c < kept.length; c++) {
                    joined[c] = c < last.length ? last[c] + " " + kept[c] : kept[c];
                }
                elements[nElements - 1] = joined;
            } else {
                addElement(kept);
            }
        }

        private void addElement(String[] element) {
            if (nElements == elements.length) {
                elements = Arrays.copyOf(elements, nElements * 2);
            }
            elements[nElements++] = element;
        }

        private String checkedLength(String text) {
            if (text.length() > limits.maxElementChars()) {
                tooBig = "an element of " + text.length() + " characters (limit " + limits.maxElementChars() + ")";
                return "";
            }
            return text;
        }

        /** The value between {@code from} and {@code to}, release characters undone and control characters dropped. */
        private String value(int from, int to, boolean dirty) {
            if (from == to) {
                return "";
            }
            if (!dirty) {
                return to - from <= 4 ? shortValue(from, to - from) : new String(d, from, to - from, StandardCharsets.UTF_8);
            }
            if (scratch.length < to - from) {
                scratch = new byte[Math.max(to - from, scratch.length * 2)];
            }
            int k = 0;
            for (int j = from; j < to; j++) {
                byte b = d[j];
                if (b == rel) {
                    scratch[k++] = d[++j];
                } else if (!ignorable(b)) {
                    scratch[k++] = b;
                }
            }
            return new String(scratch, 0, k, StandardCharsets.UTF_8);
        }

        /** A value of one to four bytes, from the shared cache when it is there (ASCII only; anything else decoded anew). */
        private String shortValue(int from, int len) {
            int key = len;
            for (int j = 0; j < len; j++) {
                byte b = d[from + j];
                if (b < 0) {
                    return new String(d, from, len, StandardCharsets.UTF_8);
                }
                key = key * 131 + b;
            }
            String[] table = shortValues;
            int slot = (key ^ (key >>> 13)) & (table.length - 1);
            String cached = table[slot];
            if (cached != null && cached.length() == len) {
                boolean same = true;
                for (int j = 0; j < len; j++) {
                    if (cached.charAt(j) != d[from + j]) {
                        same = false;
                        break;
                    }
                }
                if (same) {
                    return cached;
                }
            }
            String s = new String(d, from, len, StandardCharsets.ISO_8859_1);
            table[slot] = s;
            return s;
        }
    }

    /** The PNRGOV, PAXLST and service segment tags, shared instead of made anew for every segment. */
    private static final class KnownTags {
        private static final String[] TAGS = {"UNA", "UNB", "UNG", "UNH", "UNT", "UNE", "UNZ", "MSG", "ORG", "TVL", "EQN",
            "SRC", "RCI", "SSR", "DAT", "IFT", "TIF", "FTI", "REF", "FAR", "ADD", "TKT", "MON", "PTK", "TXD", "FOP", "TRA",
            "RPI", "APD", "SSD", "TRI", "TBD", "EBD", "ABI", "SAC", "LTS", "BGM", "NAD", "COM", "LOC", "DTM", "ATT", "GEI",
            "FTX", "MEA", "QTY", "NAT", "RFF", "DOC", "CNT", "CPI", "EMP", "FII", "SEQ"};
        private static final String[] TABLE = new String[4096];

        static {
            for (String s : TAGS) {
                TABLE[slot(s.charAt(0), s.charAt(1), s.charAt(2))] = s;
            }
        }

        private static int slot(char a, char b, char c) {
            return ((a & 0xF) << 8 | (b & 0xF) << 4 | (c & 0xF)) & 0xFFF;
        }

        static String of(char a, char b, char c) {
            String s = TABLE[slot(a, b, c)];
            return s != null && s.charAt(0) == a && s.charAt(1) == b && s.charAt(2) == c ? s : null;
        }
    }

    static String startOf(byte[] data) {
        int i = 0;
        if (data.length >= 3 && (data[0] & 0xFF) == 0xEF && (data[1] & 0xFF) == 0xBB && (data[2] & 0xFF) == 0xBF) {
            i = 3;
        }
        while (i < data.length && (data[i] == ' ' || data[i] == '\r' || data[i] == '\n' || data[i] == '\t')) {
            i++;
        }
        return new String(Arrays.copyOfRange(data, i, Math.min(data.length, i + 16)), StandardCharsets.ISO_8859_1);
    }

    static String printable(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            b.append(c >= 32 && c < 127 ? c : '?');
        }
        return b.toString();
    }
}

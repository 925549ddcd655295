package org.issa.graph.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.issa.graph.network.GraphInputException;
import org.issa.graph.network.InputLimits;
import org.issa.graph.network.Network;
import org.issa.graph.network.NetworkBuilder;

/**
 * Reads a CSV edge list {@code source,target[,weight[,time]]}, one edge a line. The first line is a header,
 * and skipped, when its first cell is {@code source}, {@code from}, {@code src}, {@code caller} or {@code node}
 * (any case) or when its weight or time cell is not a number/time. Blank lines are skipped. Weights must be
 * positive numbers (used only when reading weighted); times are read by {@link TimeValue}. Every line must
 * have the same number of cells (2 to 4). Self-loops are refused. The text must be UTF-8.
 *
 * <p>Lines of plain ASCII without quotes are parsed from the bytes, without making strings of ids already seen;
 * other lines are decoded strictly and parsed as CSV with quotes.
 */
public final class EdgeListCsv {

    private static final double[] POWERS_OF_TEN = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16};

    private static final Set<String> HEADER_WORDS = Set.of("source", "from", "src", "caller", "node", "node1");

    private EdgeListCsv() {
    }

    public static Network read(Path file, boolean directed, boolean weighted) {
        return read(file, directed, weighted, InputLimits.DEFAULT);
    }

    public static Network read(Path file, boolean directed, boolean weighted, InputLimits limits) {
        String name = BoundedLines.check(file, limits);
        NetworkBuilder b = (directed ? Network.directed() : Network.undirected()).weighted(weighted).limits(name, limits);
        Reader r = new Reader(name, b, limits.maxLineChars());
        try (InputStream in = Files.newInputStream(file)) {
            r.read(in);
        } catch (IOException e) {
            throw new GraphInputException(name, r.line + 1, "cannot read: " + e.getMessage());
        }
        if (r.edges == 0) {
            throw new GraphInputException(name, 0, "no edges: expected lines source,target[,weight[,time]]");
        }
        return b.build();
    }

    /** The state of one read. */
    private static final class Reader {
        final String name;
        final NetworkBuilder b;
        final ByteIds ids;
        final int maxLine;
        final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        long line;
        long edges;
        int columns = -1;
        boolean first = true;
        final int[] commas = new int[4];
        int cells;
        boolean plain;
        boolean blank;

        Reader(String name, NetworkBuilder b, int maxLine) {
            this.name = name;
            this.b = b;
            this.ids = new ByteIds(b);
            this.maxLine = maxLine;
        }

        void read(InputStream in) throws IOException {
            int cap = (int) Math.min(Integer.MAX_VALUE - 16, Math.max(1 << 16, 4L * maxLine + 8));
            byte[] buf = new byte[Math.min(cap, 1 << 18)];
            int len = 0;
            while (true) {
                int got = in.read(buf, len, buf.length - len);
                if (got < 0) {
                    break;
                }
                len += got;
                int start = 0;
                int end;
                while ((end = scan(buf, start, len)) >= 0) {
                    located(buf, start, end);
                    start = end + 1;
                }
                System.arraycopy(buf, start, buf, 0, len - start);
                len -= start;
                if (len == buf.length && buf.length < cap) {
                    buf = java.util.Arrays.copyOf(buf, (int) Math.min(cap, 2L * buf.length));
                } else if (len == buf.length) {
                    throw new GraphInputException(name, line + 1, "the line is longer than " + maxLine + " characters");
                }
            }
            if (len > 0) {
                scan(buf, 0, len);
                located(buf, 0, len);
            }
        }

        /**
         * Finds the end of the line starting at {@code from} (the index of its LF, or -1 when the buffer ends
         * first) and, in the same pass, where its commas are, how many cells it has, whether it is plain ASCII
         * without quotes and whether it is blank (spaces, tabs and a final CR only).
         */
        int scan(byte[] buf, int from, int limit) {
            int cells = 1;
            boolean plain = true;
            int nonBlank = 0;
            int i = from;
            for (; i < limit; i++) {
                byte c = buf[i];
                if (c == '\n') {
                    break;
                }
                if (c == ',') {
                    if (cells <= 4) {
                        commas[cells - 1] = i;
                    }
                    cells++;
                    nonBlank++;
                } else if (c != ' ' && c != '\t') {
                    nonBlank++;
                    if (c < 0 || c == '"') {
                        plain = false;
                    }
                }
            }
            if (i > from && buf[i - 1] == '\r') {
                nonBlank--;
            }
            this.cells = cells;
            this.plain = plain;
            this.blank = nonBlank == 0;
            return i < limit ? i : -1;
        }

        /** Reads one line; a problem raised without a line (node or edge limits) gets this one. */
        void located(byte[] buf, int from, int to) {
            try {
                line(buf, from, to);
            } catch (GraphInputException e) {
                if (e.line() == 0) {
                    throw new GraphInputException(name, line, e.problem());
                }
                throw e;
            }
        }

        /** One line {@code buf[from, to)} without its LF, after {@link #scan} has looked at it. */
        void line(byte[] buf, int from, int to) {
            line++;
            if (to > from && buf[to - 1] == '\r') {
                to--;
            }
            if (line == 1 && to - from >= 3 && buf[from] == (byte) 0xEF && buf[from + 1] == (byte) 0xBB && buf[from + 2] == (byte) 0xBF) {
                from += 3;
            }
            int cells = this.cells;
            if (plain && blank) {
                return;
            }
            if (!plain || first) {
                slow(decode(buf, from, to));
                return;
            }
            if (to - from > maxLine) {
                throw new GraphInputException(name, line, "the line is longer than " + maxLine + " characters");
            }
            checkColumns(cells);
            int s0 = from;
            int s1 = commas[0];
            int t0 = commas[0] + 1;
            int t1 = cells > 2 ? commas[1] : to;
            while (s0 < s1 && buf[s0] == ' ') {
                s0++;
            }
            while (s1 > s0 && buf[s1 - 1] == ' ') {
                s1--;
            }
            while (t0 < t1 && buf[t0] == ' ') {
                t0++;
            }
            while (t1 > t0 && buf[t1 - 1] == ' ') {
                t1--;
            }
            if (s0 == s1 || t0 == t1) {
                throw new GraphInputException(name, line, "empty node id");
            }
            int s = ids.node(buf, s0, s1);
            int t = ids.node(buf, t0, t1);
            double w = 1.0;
            if (cells >= 3) {
                int w1 = cells > 3 ? commas[2] : to;
                w = fastWeight(buf, commas[1] + 1, w1);
                if (Double.isNaN(w)) {
                    String cell = new String(buf, commas[1] + 1, w1 - commas[1] - 1, StandardCharsets.US_ASCII).strip();
                    w = cell.isEmpty() ? 1.0 : number(cell);
                }
            }
            long when = Network.NO_TIME;
            if (cells == 4) {
                when = fastTime(buf, commas[2] + 1, to);
                if (when == Network.NO_TIME) {
                    when = time(new String(buf, commas[2] + 1, to - commas[2] - 1, StandardCharsets.US_ASCII).strip());
                }
            }
            edge(s, t, w, when);
        }

        /**
         * A positive weight written as plain decimal digits with at most one point and at most 15 significant
         * digits read straight from the bytes (exact: an integer below 2^53 divided by an exact power of ten is
         * what {@link Double#parseDouble} returns), or NaN to let the general path read (or refuse) it.
         */
        static double fastWeight(byte[] buf, int from, int to) {
            while (from < to && (buf[from] == ' ' || buf[from] == '\t')) {
                from++;
            }
            while (to > from && (buf[to - 1] == ' ' || buf[to - 1] == '\t')) {
                to--;
            }
            if (from == to || to - from > 16) {
                return Double.NaN;
            }
            long mantissa = 0;
            int point = -1;
            int digits = 0;
            for (int i = from; i < to; i++) {
                byte c = buf[i];
                if (c >= '0' && c <= '9') {
                    mantissa = mantissa * 10 + (c - '0');
                    digits++;
                } else if (c == '.' && point < 0) {
                    point = i;
                } else {
                    return Double.NaN;
                }
            }
            if (digits == 0 || digits > 15 || mantissa == 0) {
                return Double.NaN;
            }
            int fraction = point < 0 ? 0 : to - point - 1;
            return fraction == 0 ? mantissa : mantissa / POWERS_OF_TEN[fraction];
        }

        /** A time written as an integer of 1 to 18 digits, optionally negative, or NO_TIME for the general path. */
        static long fastTime(byte[] buf, int from, int to) {
            while (from < to && (buf[from] == ' ' || buf[from] == '\t')) {
                from++;
            }
            while (to > from && (buf[to - 1] == ' ' || buf[to - 1] == '\t')) {
                to--;
            }
            boolean negative = from < to && buf[from] == '-';
            int start = negative ? from + 1 : from;
            if (to - start < 1 || to - start > 18) {
                return Network.NO_TIME;
            }
            long v = 0;
            for (int i = start; i < to; i++) {
                byte c = buf[i];
                if (c < '0' || c > '9') {
                    return Network.NO_TIME;
                }
                v = v * 10 + (c - '0');
            }
            return negative ? -v : v;
        }

        String decode(byte[] buf, int from, int to) {
            try {
                CharBuffer chars = utf8.reset().decode(ByteBuffer.wrap(buf, from, to - from));
                if (chars.length() > maxLine) {
                    throw new GraphInputException(name, line, "the line is longer than " + maxLine + " characters");
                }
                String text = chars.toString();
                return text.startsWith("\uFEFF") ? text.substring(1) : text;
            } catch (CharacterCodingException e) {
                throw new GraphInputException(name, line, "the file is not valid UTF-8 text");
            }
        }

        void checkColumns(int cells) {
            if (cells < 2 || cells > 4) {
                throw new GraphInputException(name, line, "the line has " + cells
                        + " cells; expected source,target[,weight[,time]]");
            }
            if (columns < 0) {
                columns = cells;
            } else if (cells != columns) {
                throw new GraphInputException(name, line, "the line has " + cells + " cells, the first line has " + columns);
            }
        }

        void slow(String text) {
            if (text.isBlank()) {
                return;
            }
            List<String> cells = text.indexOf('"') >= 0 ? CsvCells.split(text) : plainSplit(text);
            if (cells == null) {
                throw new GraphInputException(name, line, "a quoted cell is not closed");
            }
            if (first) {
                first = false;
                if (isHeader(cells)) {
                    columns = cells.size();
                    if (columns < 2 || columns > 4) {
                        throw new GraphInputException(name, line, "the header has " + columns
                                + " columns; expected source,target[,weight[,time]]");
                    }
                    return;
                }
            }
            checkColumns(cells.size());
            String s = cells.get(0);
            String t = cells.get(1);
            if (s.isEmpty() || t.isEmpty()) {
                throw new GraphInputException(name, line, "empty node id");
            }
            add(b.node(s), b.node(t), cells.size() >= 3 ? cells.get(2) : "", cells.size() == 4 ? cells.get(3) : "");
        }

        void add(int s, int t, String weight, String time) {
            edge(s, t, weight.isEmpty() ? 1.0 : number(weight), time.isEmpty() ? Network.NO_TIME : time(time));
        }

        long time(String text) {
            if (text.isEmpty()) {
                return Network.NO_TIME;
            }
            try {
                return TimeValue.parse(text);
            } catch (IllegalArgumentException e) {
                throw new GraphInputException(name, line, e.getMessage());
            }
        }

        void edge(int s, int t, double w, long when) {
            try {
                b.addEdge(s, t, w, when, -1);
            } catch (GraphInputException e) {
                throw new GraphInputException(name, line, e.problem());
            }
            edges++;
        }

        double number(String cell) {
            double w;
            try {
                w = Double.parseDouble(cell);
            } catch (NumberFormatException e) {
                throw new GraphInputException(name, line, "weight '" + cell + "' is not a number");
            }
            if (!(w > 0) || Double.isInfinite(w)) {
                throw new GraphInputException(name, line, "weight " + cell + " is not a positive finite number");
            }
            return w;
        }
    }

    private static boolean isHeader(List<String> cells) {
        if (HEADER_WORDS.contains(cells.get(0).toLowerCase(Locale.ROOT))) {
            return true;
        }
        if (cells.size() >= 3 && !cells.get(2).isEmpty()) {
            try {
                Double.parseDouble(cells.get(2));
            } catch (NumberFormatException e) {
                return true;
            }
        }
        if (cells.size() == 4 && !cells.get(3).isEmpty()) {
            try {
                TimeValue.parse(cells.get(3));
            } catch (IllegalArgumentException e) {
                return true;
            }
        }
        return false;
    }

    private static List<String> plainSplit(String line) {
        List<String> cells = new ArrayList<>(4);
        int start = 0;
        while (true) {
            int comma = line.indexOf(',', start);
            if (comma < 0) {
                cells.add(line.substring(start).strip());
                return cells;
            }
            cells.add(line.substring(start, comma).strip());
            start = comma + 1;
        }
    }
}

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

        Reader(String name, NetworkBuilder b, int maxLine) {
            this.name = name;
            this.b = b;
            this.ids = new ByteIds(b);
            this.maxLine = maxLine;
        }

        void read(InputStream in) throws IOException {
            long cap = Math.max(1 << 20, 4L * maxLine + 8);
            byte[] buf = new byte[(int) Math.min(Integer.MAX_VALUE - 16, cap)];
            int len = 0;
            while (true) {
                int got = in.read(buf, len, buf.length - len);
                if (got < 0) {
                    break;
                }
                len += got;
                int start = 0;
                for (int i = 0; i < len; i++) {
                    if (buf[i] == '\n') {
                        located(buf, start, i);
                        start = i + 1;
                    }
                }
                System.arraycopy(buf, start, buf, 0, len - start);
                len -= start;
                if (len == buf.length) {
                    throw new GraphInputException(name, line + 1, "the line is longer than " + maxLine + " characters");
                }
            }
            if (len > 0) {
                located(buf, 0, len);
            }
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

        void line(byte[] buf, int from, int to) {
            line++;
            if (to > from && buf[to - 1] == '\r') {
                to--;
            }
            if (line == 1 && to - from >= 3 && buf[from] == (byte) 0xEF && buf[from + 1] == (byte) 0xBB && buf[from + 2] == (byte) 0xBF) {
                from += 3;
            }
            boolean plain = true;
            boolean blank = true;
            int cells = 1;
            for (int i = from; i < to; i++) {
                byte c = buf[i];
                if (c < 0 || c == '"') {
                    plain = false;
                    break;
                }
                if (c != ' ' && c != '\t') {
                    blank = false;
                }
                if (c == ',') {
                    if (cells <= 4) {
                        commas[cells - 1] = i;
                    }
                    cells++;
                }
            }
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
            String weight = cells >= 3 ? new String(buf, commas[1] + 1, (cells > 3 ? commas[2] : to) - commas[1] - 1,
                    StandardCharsets.US_ASCII).strip() : "";
            String time = cells == 4 ? new String(buf, commas[2] + 1, to - commas[2] - 1, StandardCharsets.US_ASCII).strip() : "";
            int s = ids.node(buf, s0, s1);
            int t = ids.node(buf, t0, t1);
            add(s, t, weight, time);
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
            double w = weight.isEmpty() ? 1.0 : number(weight);
            long when = Network.NO_TIME;
            if (!time.isEmpty()) {
                try {
                    when = TimeValue.parse(time);
                } catch (IllegalArgumentException e) {
                    throw new GraphInputException(name, line, e.getMessage());
                }
            }
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

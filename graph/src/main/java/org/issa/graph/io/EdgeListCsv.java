package org.issa.graph.io;

import java.nio.file.Path;
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
 * have the same number of cells (2 to 4). Self-loops are refused.
 */
public final class EdgeListCsv {

    private static final Set<String> HEADER_WORDS = Set.of("source", "from", "src", "caller", "node", "node1");

    private EdgeListCsv() {
    }

    public static Network read(Path file, boolean directed, boolean weighted) {
        return read(file, directed, weighted, InputLimits.DEFAULT);
    }

    public static Network read(Path file, boolean directed, boolean weighted, InputLimits limits) {
        try (BoundedLines lines = BoundedLines.open(file, limits)) {
            String name = lines.name();
            NetworkBuilder b = (directed ? Network.directed() : Network.undirected()).weighted(weighted).limits(name, limits);
            int columns = -1;
            String line;
            boolean first = true;
            long edges = 0;
            while ((line = lines.next()) != null) {
                long no = lines.lineNumber();
                if (line.isBlank()) {
                    continue;
                }
                List<String> cells = fastSplit(line);
                if (cells == null) {
                    throw new GraphInputException(name, no, "a quoted cell is not closed");
                }
                if (first) {
                    first = false;
                    if (isHeader(cells)) {
                        columns = cells.size();
                        if (columns < 2 || columns > 4) {
                            throw new GraphInputException(name, no, "the header has " + columns
                                    + " columns; expected source,target[,weight[,time]]");
                        }
                        continue;
                    }
                }
                if (cells.size() < 2 || cells.size() > 4) {
                    throw new GraphInputException(name, no, "the line has " + cells.size()
                            + " cells; expected source,target[,weight[,time]]");
                }
                if (columns < 0) {
                    columns = cells.size();
                } else if (cells.size() != columns) {
                    throw new GraphInputException(name, no, "the line has " + cells.size() + " cells, the first line has " + columns);
                }
                String s = cells.get(0);
                String t = cells.get(1);
                if (s.isEmpty() || t.isEmpty()) {
                    throw new GraphInputException(name, no, "empty node id");
                }
                double w = 1.0;
                if (cells.size() >= 3 && !cells.get(2).isEmpty()) {
                    w = number(name, no, cells.get(2));
                }
                long time = Network.NO_TIME;
                if (cells.size() == 4 && !cells.get(3).isEmpty()) {
                    try {
                        time = TimeValue.parse(cells.get(3));
                    } catch (IllegalArgumentException e) {
                        throw new GraphInputException(name, no, e.getMessage());
                    }
                }
                try {
                    b.addEdge(s, t, w, time, "");
                } catch (GraphInputException e) {
                    throw new GraphInputException(name, no, e.problem());
                }
                edges++;
            }
            if (edges == 0) {
                throw new GraphInputException(name, 0, "no edges: expected lines source,target[,weight[,time]]");
            }
            return b.build();
        }
    }

    private static double number(String name, long no, String cell) {
        double w;
        try {
            w = Double.parseDouble(cell);
        } catch (NumberFormatException e) {
            throw new GraphInputException(name, no, "weight '" + cell + "' is not a number");
        }
        if (!(w > 0) || Double.isInfinite(w)) {
            throw new GraphInputException(name, no, "weight " + cell + " is not a positive finite number");
        }
        return w;
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

    /** Splits without quotes quickly; falls back to full CSV parsing when the line has a quote. */
    private static List<String> fastSplit(String line) {
        if (line.indexOf('"') >= 0) {
            return CsvCells.split(line);
        }
        java.util.ArrayList<String> cells = new java.util.ArrayList<>(4);
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

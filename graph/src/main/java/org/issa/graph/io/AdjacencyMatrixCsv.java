package org.issa.graph.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.issa.graph.network.GraphInputException;
import org.issa.graph.network.InputLimits;
import org.issa.graph.network.Network;
import org.issa.graph.network.NetworkBuilder;

/**
 * Reads a CSV adjacency matrix as the CAVIAR files are laid out: a header row with a label cell (e.g.
 * {@code "players"}) then the node ids; then one row per node: its id, then one non-negative number per column,
 * the weight of the link from the row node to the column node (0 for none). Rows are matched to columns by id,
 * never by position; every header id needs exactly one row. Nodes keep the header's order (nodes without links
 * are kept).
 *
 * <p>Refused, with the file, line and problem: ragged rows, non-numeric or negative cells, a row id not in the
 * header or given twice, a missing row, a non-zero diagonal (self-loop), and, for an undirected network read
 * with {@link Symmetry#REQUIRE}, an asymmetric matrix. {@link Symmetry#COMBINE} instead joins i and j when
 * either cell is non-zero, with the sum of both as the weight (the total contact between the two).
 */
public final class AdjacencyMatrixCsv {

    /** How an undirected network is read from a matrix that may not be symmetric. */
    public enum Symmetry {
        /** The matrix must be symmetric (error otherwise). */
        REQUIRE,
        /** An edge when either direction is non-zero, weight the sum of both. */
        COMBINE
    }

    private AdjacencyMatrixCsv() {
    }

    public static Network read(Path file, boolean directed, boolean weighted, Symmetry symmetry) {
        return read(file, directed, weighted, symmetry, InputLimits.DEFAULT);
    }

    public static Network read(Path file, boolean directed, boolean weighted, Symmetry symmetry, InputLimits limits) {
        try (BoundedLines lines = BoundedLines.open(file, limits)) {
            String name = lines.name();
            String headerLine = lines.next();
            while (headerLine != null && headerLine.isBlank()) {
                headerLine = lines.next();
            }
            if (headerLine == null) {
                throw new GraphInputException(name, 0, "the file has no header row");
            }
            long headerNo = lines.lineNumber();
            List<String> header = CsvCells.split(headerLine);
            if (header == null) {
                throw new GraphInputException(name, headerNo, "a quoted cell is not closed");
            }
            if (header.size() < 2) {
                throw new GraphInputException(name, headerNo, "the header row names no nodes: expected a label then the node ids");
            }
            List<String> ids = header.subList(1, header.size());
            int n = ids.size();
            if (n > limits.maxNodes()) {
                throw new GraphInputException(name, headerNo, "the header names " + n + " nodes, more than " + limits.maxNodes());
            }
            Map<String, Integer> column = new HashMap<>();
            for (int j = 0; j < n; j++) {
                String id = ids.get(j);
                if (id.isEmpty()) {
                    throw new GraphInputException(name, headerNo, "column " + (j + 2) + " of the header has no node id");
                }
                if (column.put(id, j) != null) {
                    throw new GraphInputException(name, headerNo, "node id '" + id + "' appears twice in the header");
                }
            }
            long[] rowLine = new long[n];
            List<long[]> cells = new ArrayList<>(); // {row, col} with weights in a parallel list
            List<Double> values = new ArrayList<>();
            Map<Long, Double> nonZero = new HashMap<>();
            String line;
            while ((line = lines.next()) != null) {
                long no = lines.lineNumber();
                if (line.isBlank()) {
                    continue;
                }
                List<String> row = CsvCells.split(line);
                if (row == null) {
                    throw new GraphInputException(name, no, "a quoted cell is not closed");
                }
                if (row.size() != header.size()) {
                    throw new GraphInputException(name, no, "ragged matrix: the row has " + row.size()
                            + " cells, the header has " + header.size());
                }
                String id = row.get(0);
                Integer i = column.get(id);
                if (i == null) {
                    throw new GraphInputException(name, no, "unknown id '" + id + "': the row's node is not in the header");
                }
                if (rowLine[i] != 0) {
                    throw new GraphInputException(name, no, "node '" + id + "' already has a row (line " + rowLine[i] + ")");
                }
                rowLine[i] = no;
                for (int j = 0; j < n; j++) {
                    String cell = row.get(j + 1);
                    double v;
                    try {
                        v = Double.parseDouble(cell);
                    } catch (NumberFormatException e) {
                        throw new GraphInputException(name, no, "cell in column '" + ids.get(j) + "' is '" + cell
                                + "', not a number");
                    }
                    if (!(v >= 0) || Double.isInfinite(v)) {
                        throw new GraphInputException(name, no, "cell in column '" + ids.get(j) + "' is " + cell
                                + ": weights must be finite and not negative");
                    }
                    if (v == 0) {
                        continue;
                    }
                    if (j == i) {
                        throw new GraphInputException(name, no, "self-loop: the diagonal cell of '" + id + "' is " + cell
                                + " (a node linked to itself)");
                    }
                    cells.add(new long[] {i, j, no});
                    values.add(v);
                    nonZero.put(((long) i << 32) | j, v);
                }
            }
            for (int j = 0; j < n; j++) {
                if (rowLine[j] == 0) {
                    throw new GraphInputException(name, 0, "no row for node '" + ids.get(j) + "' named in the header");
                }
            }
            NetworkBuilder b = (directed ? Network.directed() : Network.undirected()).weighted(weighted).limits(name, limits);
            for (String id : ids) {
                b.node(id);
            }
            for (int k = 0; k < cells.size(); k++) {
                int i = (int) cells.get(k)[0];
                int j = (int) cells.get(k)[1];
                double v = values.get(k);
                if (directed) {
                    b.addEdge(i, j, v, Network.NO_TIME, -1);
                    continue;
                }
                Double back = nonZero.get(((long) j << 32) | i);
                if (symmetry == Symmetry.REQUIRE) {
                    if (back == null || back != v) {
                        throw new GraphInputException(name, cells.get(k)[2], "asymmetric matrix: " + ids.get(i) + " → "
                                + ids.get(j) + " is " + v + " but " + ids.get(j) + " → " + ids.get(i) + " is "
                                + (back == null ? 0 : back) + "; read it as directed, or let the two directions be combined");
                    }
                    if (i < j) {
                        b.addEdge(i, j, v, Network.NO_TIME, -1);
                    }
                } else {
                    // Combined: each non-zero cell adds its weight to the one undirected edge; the builder sums them.
                    b.addEdge(i, j, v, Network.NO_TIME, -1);
                }
            }
            return b.build();
        }
    }
}

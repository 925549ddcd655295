package org.issa.graph.centrality;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.issa.graph.network.Network;

/**
 * The scores of one centrality measure for every node of a network, by node index.
 *
 * @param network    the network scored
 * @param measure    the measure
 * @param values     one score per node index (do not modify)
 * @param converged  false when an iterative measure (eigenvector, PageRank) stopped at its iteration limit
 *                   before reaching its tolerance; NetworkX raises an error in that case, here the last
 *                   iterate is returned and flagged
 * @param parameters the parameters used, in words (e.g. {@code alpha=0.85, tol=1e-06, max_iter=100})
 */
public record Scores(Network network, Measure measure, double[] values, boolean converged, String parameters) {

    /** The score of a node id; throws when the network has no such node. */
    public double value(String id) {
        int i = network.index(id);
        if (i < 0) {
            throw new IllegalArgumentException("no node '" + id + "' in the network");
        }
        return values[i];
    }

    /** The scores by node id, in node order. */
    public Map<String, Double> byId() {
        Map<String, Double> out = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            out.put(network.id(i), values[i]);
        }
        return out;
    }

    /** Node indexes from the highest score to the lowest; ties in node order. */
    public int[] order() {
        Integer[] idx = new Integer[values.length];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        Arrays.sort(idx, (a, b) -> {
            int c = Double.compare(values[b], values[a]);
            return c != 0 ? c : Integer.compare(a, b);
        });
        int[] out = new int[idx.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = idx[i];
        }
        return out;
    }

    /** The rank of every node index (1 = highest). */
    public int[] ranks() {
        int[] order = order();
        int[] rank = new int[order.length];
        for (int r = 0; r < order.length; r++) {
            rank[order[r]] = r + 1;
        }
        return rank;
    }

    /** The rank of a node id (1 = highest). */
    public int rank(String id) {
        value(id);
        return ranks()[network.index(id)];
    }

    /** The k highest-scored nodes. */
    public List<Ranked> top(int k) {
        int[] order = order();
        List<Ranked> out = new ArrayList<>();
        for (int r = 0; r < Math.min(k, order.length); r++) {
            out.add(new Ranked(network.id(order[r]), r + 1, values[order[r]]));
        }
        return out;
    }

    /**
     * What the score of a node means, in words an investigator understands, e.g.
     * "n1 lies on 90.7 % of the shortest paths between two other members (betweenness 0.907, rank 1 of 15)".
     */
    public String explain(String id) {
        int v = network.index(id);
        double x = value(id);
        int n = network.nodeCount();
        String rank = String.format(Locale.ROOT, "rank %d of %d", ranks()[v], n);
        return switch (measure) {
            case DEGREE -> String.format(Locale.ROOT,
                    "%s is in direct contact with %d of the %d other members (degree centrality %.3f, %s).",
                    id, network.isDirected() ? neighbours(v) : network.degree(v), n - 1, x, rank);
            case BETWEENNESS -> String.format(Locale.ROOT,
                    "%s lies on %.1f %% of the shortest paths between two other members, on average over the pairs"
                            + " (betweenness %.3f, %s): a broker whose removal lengthens or cuts those paths.", id, 100 * x, x, rank);
            case CLOSENESS -> String.format(Locale.ROOT,
                    "%s is close to the rest of the network (closeness %.3f, %s): the higher, the fewer steps it takes %s"
                            + " to reach the members it can reach, scaled by the share of members reachable.",
                    id, x, rank, network.isDirected() ? "the others to reach " + id : id);
            case EIGENVECTOR -> String.format(Locale.ROOT,
                    "%s is connected to members who are themselves well connected (eigenvector centrality %.3f, %s).",
                    id, x, rank);
            case PAGERANK -> String.format(Locale.ROOT,
                    "A random walk along the links, restarting anywhere 15 %% of the time, spends %.1f %% of its time at %s"
                            + " (PageRank %.4f, %s; the average member gets %.1f %%).", 100 * x, id, x, rank, 100.0 / n);
        } + (converged ? "" : " The computation stopped at its iteration limit before converging.");
    }

    private int neighbours(int v) {
        java.util.BitSet seen = new java.util.BitSet();
        int[] oo = network.outOffsets();
        int[] ot = network.outTargets();
        int[] io = network.inOffsets();
        int[] is = network.inSources();
        for (int a = oo[v]; a < oo[v + 1]; a++) {
            seen.set(ot[a]);
        }
        for (int a = io[v]; a < io[v + 1]; a++) {
            seen.set(is[a]);
        }
        return seen.cardinality();
    }
}

package org.issa.graph.network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An immutable simple network in compressed sparse row (CSR) form: nodes are int indexes
 * {@code 0..nodeCount()-1} in the order they were first seen, each with a string id; arcs are stored per
 * source in ascending target order.
 *
 * <p>An undirected edge {u, v} is stored as two arcs, u→v and v→u, so that {@link #outOffsets()} /
 * {@link #outTargets()} list every neighbour of a node; for an undirected network the "in" arrays are the
 * "out" arrays. Parallel edges are merged into one (weights summed, relation types united, earliest and
 * latest time kept); self-loops are refused by the builder. Weights are 1.0 when the network is unweighted.
 *
 * <p>The arrays returned by the accessors are the network's own, for speed: callers must not modify them.
 * Build one with {@link NetworkBuilder}.
 */
public final class Network {

    /** The time of an edge that has none. */
    public static final long NO_TIME = Long.MIN_VALUE;

    private final boolean directed;
    private final boolean weighted;
    private final String[] ids;
    private final NodeIds index;
    private final int[] outOffsets;
    private final int[] outTargets;
    private final double[] weights;
    private final int[] inOffsets;
    private final int[] inSources;
    private final int[] inArcs;
    private final long[] relationMasks;
    private final long[] firstTimes;
    private final long[] lastTimes;
    private final List<String> relations;
    private final long edgeCount;
    private final RawEdges raw;

    Network(boolean directed, boolean weighted, NodeIds index, int[] outOffsets,
            int[] outTargets, double[] weights, int[] inOffsets, int[] inSources, int[] inArcs, long[] relationMasks,
            long[] firstTimes, long[] lastTimes, List<String> relations, long edgeCount, RawEdges raw) {
        this.directed = directed;
        this.weighted = weighted;
        this.ids = index.array();
        this.index = index;
        this.outOffsets = outOffsets;
        this.outTargets = outTargets;
        this.weights = weights;
        this.inOffsets = inOffsets;
        this.inSources = inSources;
        this.inArcs = inArcs;
        this.relationMasks = relationMasks;
        this.firstTimes = firstTimes;
        this.lastTimes = lastTimes;
        this.relations = List.copyOf(relations);
        this.edgeCount = edgeCount;
        this.raw = raw;
    }

    /** A builder for a directed network. */
    public static NetworkBuilder directed() {
        return new NetworkBuilder(true);
    }

    /** A builder for an undirected network. */
    public static NetworkBuilder undirected() {
        return new NetworkBuilder(false);
    }

    public boolean isDirected() {
        return directed;
    }

    /** Whether edge weights were read; when not, every weight is 1.0 and algorithms run unweighted. */
    public boolean isWeighted() {
        return weighted;
    }

    public int nodeCount() {
        return ids.length;
    }

    /** Edges after merging parallel ones: undirected edges count once. */
    public long edgeCount() {
        return edgeCount;
    }

    /** Stored arcs: the edge count for a directed network, twice it for an undirected one. */
    public int arcCount() {
        return outTargets.length;
    }

    /** The id of a node index. */
    public String id(int node) {
        return ids[node];
    }

    /** The index of a node id, or -1 when the network has no such node. */
    public int index(String id) {
        return index.find(id);
    }

    public boolean contains(String id) {
        return index.find(id) >= 0;
    }

    /** All node ids in index order (a copy). */
    public List<String> ids() {
        return List.of(ids);
    }

    public int outDegree(int node) {
        return outOffsets[node + 1] - outOffsets[node];
    }

    public int inDegree(int node) {
        return inOffsets[node + 1] - inOffsets[node];
    }

    /** The number of neighbours (undirected) or in- plus out-neighbours (directed), as NetworkX's {@code G.degree}. */
    public int degree(int node) {
        return directed ? outDegree(node) + inDegree(node) : outDegree(node);
    }

    /** CSR offsets of the outgoing arcs: the arcs of node v are {@code outOffsets[v] .. outOffsets[v+1]-1}. */
    public int[] outOffsets() {
        return outOffsets;
    }

    /** The target of each arc. */
    public int[] outTargets() {
        return outTargets;
    }

    /** The weight of each arc (1.0 when unweighted). */
    public double[] weights() {
        return weights;
    }

    /** CSR offsets of the incoming arcs (the out offsets when undirected). */
    public int[] inOffsets() {
        return inOffsets;
    }

    /** The source of each incoming arc (the out targets when undirected). */
    public int[] inSources() {
        return inSources;
    }

    /** For each incoming arc, the index of the same arc among the outgoing ones (identity when undirected). */
    public int[] inArcs() {
        return inArcs;
    }

    /** The weight of arc {@code u -> v}, or 0 when there is none. */
    public double weight(int u, int v) {
        int a = arc(u, v);
        return a < 0 ? 0 : weights[a];
    }

    /** The arc index of {@code u -> v}, or -1 (binary search in u's sorted targets). */
    public int arc(int u, int v) {
        int a = Arrays.binarySearch(outTargets, outOffsets[u], outOffsets[u + 1], v);
        return a < 0 ? -1 : a;
    }

    /** The relation type names in use, in the order of their bits in {@link #relationMask(int)}. */
    public List<String> relationTypes() {
        return relations;
    }

    /** The relation types of an arc as a bit set over {@link #relationTypes()} (0 when none were given). */
    public long relationMask(int arc) {
        return relationMasks == null ? 0L : relationMasks[arc];
    }

    /** The bit mask of the named relation types; unknown names contribute no bit. */
    public long relationMask(Collection<String> types) {
        long mask = 0;
        for (String t : types) {
            int i = relations.indexOf(t);
            if (i >= 0) {
                mask |= 1L << i;
            }
        }
        return mask;
    }

    /** The relation type names of an arc. */
    public List<String> relationTypes(int arc) {
        long mask = relationMask(arc);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < relations.size(); i++) {
            if ((mask & (1L << i)) != 0) {
                out.add(relations.get(i));
            }
        }
        return out;
    }

    /** Whether edges carry times. */
    public boolean isTimed() {
        return firstTimes != null;
    }

    /** The earliest time of the edges merged into an arc, or {@link #NO_TIME}. */
    public long firstTime(int arc) {
        return firstTimes == null ? NO_TIME : firstTimes[arc];
    }

    /** The latest time of the edges merged into an arc, or {@link #NO_TIME}. */
    public long lastTime(int arc) {
        return lastTimes == null ? NO_TIME : lastTimes[arc];
    }

    /**
     * The network of the edges whose time lies in {@code [from, to)} (edges without a time are left out),
     * with the nodes that have at least one such edge; parallel edges are merged again within the period.
     */
    public Network between(long from, long to) {
        NetworkBuilder b = new NetworkBuilder(directed).weighted(weighted);
        for (int e = 0; e < raw.count(); e++) {
            long t = raw.time(e);
            if (t != NO_TIME && t >= from && t < to) {
                raw.copyTo(e, this, b);
            }
        }
        return b.build();
    }

    /** The subnetwork induced by the given nodes (the edges among them), node order kept. */
    public Network induced(BitSet nodes) {
        return induced(nodes, List.of());
    }

    /**
     * The subnetwork induced by the given nodes, keeping only the edges of the given relation types
     * (all edges when none are given), node order kept.
     */
    public Network induced(BitSet nodes, Collection<String> relationTypes) {
        NetworkBuilder b = new NetworkBuilder(directed).weighted(weighted);
        for (int v = nodes.nextSetBit(0); v >= 0; v = nodes.nextSetBit(v + 1)) {
            b.node(ids[v]);
        }
        long mask = relationTypes.isEmpty() ? -1L : relationMask(relationTypes);
        for (int e = 0; e < raw.count(); e++) {
            if (nodes.get(raw.source(e)) && nodes.get(raw.target(e)) && (mask == -1L || (raw.mask(e) & mask) != 0)) {
                raw.copyTo(e, this, b);
            }
        }
        return b.build();
    }

    /** This network without the given nodes and their edges. */
    public Network without(BitSet removed) {
        BitSet keep = new BitSet(ids.length);
        keep.set(0, ids.length);
        keep.andNot(removed);
        return induced(keep);
    }

    RawEdges raw() {
        return raw;
    }
}

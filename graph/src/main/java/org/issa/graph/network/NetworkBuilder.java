package org.issa.graph.network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a {@link Network} from edges {@code (source, target, weight, time, relation type)} between string
 * node ids. Node indexes follow the order in which ids are first seen.
 *
 * <p>Rules: a self-loop (source equals target) is refused with a {@link GraphInputException}, because in a
 * contact or ownership network it is almost always a data error (a number calling itself, a company owning
 * itself) and silently dropping it would hide that; weights must be finite and positive; at most 64 relation
 * types. Parallel edges are merged (weights summed, relation types united, earliest and latest time kept),
 * and for an undirected network {@code a,b} and {@code b,a} are the same edge. When the builder is not
 * {@link #weighted(boolean) weighted}, weights are checked but every edge weighs 1.
 */
public final class NetworkBuilder {

    private final boolean directed;
    private boolean weighted;
    private String source = "edges";
    private int maxNodes = InputLimits.DEFAULT.maxNodes();
    private long maxEdges = InputLimits.DEFAULT.maxEdges();
    private final NodeIds index = new NodeIds(16);
    private int n;
    private int[] src = new int[16];
    private int[] dst = new int[16];
    private double[] weight; // null while every weight is 1
    private long[] time;
    private int[] relation;
    private int m;
    private final List<String> relationNames = new ArrayList<>();
    private final Map<String, Integer> relationIndex = new HashMap<>();

    NetworkBuilder(boolean directed) {
        this.directed = directed;
    }

    /** Whether the weights given are kept (otherwise every edge weighs 1). */
    public NetworkBuilder weighted(boolean weighted) {
        this.weighted = weighted;
        return this;
    }

    /** The input's name for error messages, and the node and edge limits. */
    public NetworkBuilder limits(String sourceName, InputLimits limits) {
        this.source = sourceName;
        this.maxNodes = limits.maxNodes();
        this.maxEdges = limits.maxEdges();
        return this;
    }

    public boolean isDirected() {
        return directed;
    }

    /** The number of nodes so far. */
    public int nodeCount() {
        return n;
    }

    /** The index of an id, adding the node when it is new. */
    public int node(String id) {
        int i = index.find(id);
        if (i >= 0) {
            return i;
        }
        if (id.isEmpty()) {
            throw new GraphInputException(source, 0, "a node id is empty");
        }
        if (n >= maxNodes) {
            throw new GraphInputException(source, 0, "more than " + maxNodes + " nodes");
        }
        n++;
        return index.add(id);
    }

    /** Whether the id has been added. */
    public boolean has(String id) {
        return index.find(id) >= 0;
    }

    /** An unweighted edge without time or relation type. */
    public NetworkBuilder addEdge(String sourceId, String targetId) {
        return addEdge(sourceId, targetId, 1.0, Network.NO_TIME, "");
    }

    /** A weighted edge without time or relation type. */
    public NetworkBuilder addEdge(String sourceId, String targetId, double w) {
        return addEdge(sourceId, targetId, w, Network.NO_TIME, "");
    }

    /**
     * An edge. {@code time} is any ordered long (e.g. epoch seconds), or {@link Network#NO_TIME};
     * {@code relationType} may be empty.
     */
    public NetworkBuilder addEdge(String sourceId, String targetId, double w, long t, String relationType) {
        if (sourceId.equals(targetId)) {
            throw new GraphInputException(source, 0, "self-loop on node '" + sourceId + "' (an edge from a node to itself)");
        }
        return addEdge(node(sourceId), node(targetId), w, t, relationIndex(relationType));
    }

    /** An edge between node indexes already returned by {@link #node(String)}; {@code relation} -1 for none. */
    public NetworkBuilder addEdge(int s, int t, double w, long when, int relationType) {
        if (s == t) {
            throw new GraphInputException(source, 0, "self-loop on node '" + index.id(s) + "' (an edge from a node to itself)");
        }
        if (s < 0 || s >= n || t < 0 || t >= n) {
            throw new IllegalArgumentException("node index out of range");
        }
        if (!(w > 0) || Double.isInfinite(w)) {
            throw new GraphInputException(source, 0, "weight " + w + " of edge " + index.id(s) + " - " + index.id(t)
                    + " is not a positive finite number");
        }
        if (m >= maxEdges) {
            throw new GraphInputException(source, 0, "more than " + maxEdges + " edges");
        }
        if (m == src.length) {
            int cap = (int) Math.min(Integer.MAX_VALUE - 8L, m * 2L);
            if (cap == m) {
                throw new GraphInputException(source, 0, "too many edges for one network");
            }
            src = Arrays.copyOf(src, cap);
            dst = Arrays.copyOf(dst, cap);
            if (weight != null) {
                weight = Arrays.copyOf(weight, cap);
            }
            if (time != null) {
                time = Arrays.copyOf(time, cap);
            }
            if (relation != null) {
                relation = Arrays.copyOf(relation, cap);
            }
        }
        if (when != Network.NO_TIME && time == null) {
            time = new long[src.length];
            Arrays.fill(time, 0, m, Network.NO_TIME);
        }
        if (w != 1.0 && weight == null) {
            weight = new double[src.length];
            Arrays.fill(weight, 0, m, 1.0);
        }
        if (relationType >= 0 && relation == null) {
            relation = new int[src.length];
            Arrays.fill(relation, 0, m, -1);
        }
        src[m] = s;
        dst[m] = t;
        if (weight != null) {
            weight[m] = w;
        }
        if (time != null) {
            time[m] = when;
        }
        if (relation != null) {
            relation[m] = relationType;
        }
        m++;
        return this;
    }

    /** The bit index of a relation type name, registering it; -1 for an empty name. */
    public int relationIndex(String relationType) {
        if (relationType == null || relationType.isEmpty()) {
            return -1;
        }
        Integer r = relationIndex.get(relationType);
        if (r != null) {
            return r;
        }
        if (relationNames.size() == 64) {
            throw new GraphInputException(source, 0, "more than 64 relation types (at '" + relationType + "')");
        }
        relationNames.add(relationType);
        relationIndex.put(relationType, relationNames.size() - 1);
        return relationNames.size() - 1;
    }

    /** The network; the builder may be reused afterwards only to build the same network again. */
    public Network build() {
        int arcs = directed ? m : 2 * m;
        if (arcs < 0) {
            throw new GraphInputException(source, 0, "too many edges for one network");
        }
        int[] start = new int[n + 1];
        for (int e = 0; e < m; e++) {
            start[src[e] + 1]++;
        }
        if (!directed) {
            for (int e = 0; e < m; e++) {
                start[dst[e] + 1]++;
            }
        }
        for (int v = 0; v < n; v++) {
            start[v + 1] += start[v];
        }
        boolean perEdge = weighted || time != null || relation != null;
        Arcs out = perEdge ? withEdgeData(start, arcs) : plain(start, arcs);
        int[] offsets = out.offsets;
        int[] targets = out.targets;
        int k = targets.length;
        int[] inOffsets = offsets;
        int[] inSources = targets;
        int[] inArcs;
        if (directed) {
            inOffsets = new int[n + 1];
            inSources = new int[k];
            inArcs = new int[k];
            reverse(offsets, targets, inOffsets, inSources, inArcs);
        } else {
            inArcs = identity(k);
        }
        long edges = directed ? k : k / 2;
        RawEdges raw = new RawEdges(m, Arrays.copyOf(src, m), Arrays.copyOf(dst, m),
                weighted ? (weight == null ? filled(m, 1.0) : Arrays.copyOf(weight, m)) : null,
                time == null ? null : Arrays.copyOf(time, m),
                relation == null ? null : Arrays.copyOf(relation, m), List.copyOf(relationNames));
        return new Network(directed, weighted, index.frozen(), offsets, targets, out.weights, inOffsets,
                inSources, inArcs, out.masks, out.first, out.last, relationNames, edges, raw);
    }

    /** Arcs in CSR form after merging parallel edges. */
    private record Arcs(int[] offsets, int[] targets, double[] weights, long[] masks, long[] first, long[] last) {
    }

    /**
     * Arcs without per-edge data (every weight 1, no times, no relation types): the targets themselves are
     * grouped by source (one scatter), each group sorted as ints and its repeats dropped in place.
     */
    private Arcs plain(int[] start, int arcs) {
        int[] adj = new int[arcs];
        int[] pos = Arrays.copyOf(start, n);
        for (int e = 0; e < m; e++) {
            adj[pos[src[e]]++] = dst[e];
        }
        if (!directed) {
            for (int e = 0; e < m; e++) {
                adj[pos[dst[e]]++] = src[e];
            }
        }
        pos = null;
        sortGroups(start, adj, null);
        int[] offsets = new int[n + 1];
        int k = 0;
        for (int s = 0; s < n; s++) {
            int prev = -1;
            for (int i = start[s]; i < start[s + 1]; i++) {
                int t = adj[i];
                if (t != prev) {
                    adj[k++] = t;
                    prev = t;
                }
            }
            offsets[s + 1] = k;
        }
        int[] targets = k < arcs ? Arrays.copyOf(adj, k) : adj;
        return new Arcs(offsets, targets, filled(k, 1.0), null, null, null);
    }

    /** Sorts each source's group, ints ({@code ints}) or packed (target, edge) longs ({@code keys}), in parallel chunks. */
    private void sortGroups(int[] start, int[] ints, long[] keys) {
        int chunks = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors() * 4, n / 10_000));
        java.util.stream.IntStream.range(0, chunks).parallel().forEach(c -> {
            int from = (int) ((long) n * c / chunks);
            int to = (int) ((long) n * (c + 1) / chunks);
            for (int v = from; v < to; v++) {
                if (start[v + 1] - start[v] > 1) {
                    if (ints != null) {
                        Arrays.sort(ints, start[v], start[v + 1]);
                    } else {
                        Arrays.sort(keys, start[v], start[v + 1]);
                    }
                }
            }
        });
    }

    /** Arcs with weights, times or relation types: (target, edge) pairs sorted per source, data merged. */
    private Arcs withEdgeData(int[] start, int arcs) {
        long[] keys = new long[arcs];
        int[] pos = Arrays.copyOf(start, n);
        for (int e = 0; e < m; e++) {
            keys[pos[src[e]]++] = ((long) dst[e] << 32) | e;
            if (!directed) {
                keys[pos[dst[e]]++] = ((long) src[e] << 32) | e;
            }
        }
        sortGroups(start, null, keys);
        int[] offsets = new int[n + 1];
        int[] targets = new int[arcs];
        double[] w = new double[arcs];
        long[] masks = relation == null ? null : new long[arcs];
        long[] first = time == null ? null : new long[arcs];
        long[] last = time == null ? null : new long[arcs];
        boolean useWeights = weighted && weight != null;
        int k = 0;
        for (int s = 0; s < n; s++) {
            int prevTarget = -1;
            for (int i = start[s]; i < start[s + 1]; i++) {
                int t = (int) (keys[i] >>> 32);
                int e = (int) keys[i];
                if (t == prevTarget) {
                    int j = k - 1;
                    w[j] += weighted ? (useWeights ? weight[e] : 1.0) : 0;
                    merge(masks, first, last, j, e);
                    continue;
                }
                targets[k] = t;
                w[k] = useWeights ? weight[e] : 1.0;
                if (masks != null) {
                    masks[k] = relation[e] < 0 ? 0 : 1L << relation[e];
                }
                if (first != null) {
                    first[k] = time[e];
                    last[k] = time[e];
                }
                k++;
                prevTarget = t;
            }
            offsets[s + 1] = k;
        }
        if (k < arcs) {
            targets = Arrays.copyOf(targets, k);
            w = Arrays.copyOf(w, k);
            masks = masks == null ? null : Arrays.copyOf(masks, k);
            first = first == null ? null : Arrays.copyOf(first, k);
            last = last == null ? null : Arrays.copyOf(last, k);
        }
        return new Arcs(offsets, targets, w, masks, first, last);
    }

    /** The incoming arcs of a directed network: sources per target (in source order) and the out-arc of each. */
    private void reverse(int[] offsets, int[] targets, int[] inOffsets, int[] inSources, int[] inArcs) {
        int k = targets.length;
        for (int a = 0; a < k; a++) {
            inOffsets[targets[a] + 1]++;
        }
        for (int v = 0; v < n; v++) {
            inOffsets[v + 1] += inOffsets[v];
        }
        int[] inPos = Arrays.copyOf(inOffsets, n);
        for (int s = 0; s < n; s++) {
            for (int a = offsets[s]; a < offsets[s + 1]; a++) {
                int p = inPos[targets[a]]++;
                inSources[p] = s;
                inArcs[p] = a;
            }
        }
    }

    private static double[] filled(int length, double value) {
        double[] a = new double[length];
        Arrays.fill(a, value);
        return a;
    }

    private void merge(long[] masks, long[] first, long[] last, int j, int e) {
        if (masks != null && relation[e] >= 0) {
            masks[j] |= 1L << relation[e];
        }
        if (first != null && time[e] != Network.NO_TIME) {
            first[j] = first[j] == Network.NO_TIME ? time[e] : Math.min(first[j], time[e]);
            last[j] = Math.max(last[j], time[e]);
        }
    }

    private static int[] identity(int k) {
        int[] a = new int[k];
        for (int i = 0; i < k; i++) {
            a[i] = i;
        }
        return a;
    }
}

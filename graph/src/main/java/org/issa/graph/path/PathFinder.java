package org.issa.graph.path;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import org.issa.graph.network.DistanceHeap;
import org.issa.graph.network.Network;

/**
 * Path searches on one network that reuse their arrays from query to query, so that a query costs in proportion to
 * the part of the network it explores, not to the network's size (as NetworkX's dictionaries do). Not thread-safe:
 * one finder per thread. {@link Paths} describes the searches.
 */
public final class PathFinder {

    private final Network g;
    private final int n;
    private final int[] ooff;
    private final int[] otgt;
    private final int[] ioff;
    private final int[] isrc;
    private final int[] iarc;
    private final double[] w;
    private final int[] predF;
    private final int[] predB;
    private final double[] dist;
    private final boolean[] done;
    private final int[] touched;
    private int touchedSize;
    private final DistanceHeap heap;
    private int[] front = new int[64];
    private int[] back = new int[64];
    private int[] next = new int[64];

    // The restrictions of the current query.
    private int source;
    private int target;
    private BitSet avoid;
    private int maxDegree;
    private long relationMask;

    public PathFinder(Network g) {
        this.g = g;
        n = g.nodeCount();
        ooff = g.outOffsets();
        otgt = g.outTargets();
        ioff = g.inOffsets();
        isrc = g.inSources();
        iarc = g.inArcs();
        w = g.weights();
        predF = new int[n];
        predB = new int[n];
        Arrays.fill(predF, -2);
        Arrays.fill(predB, -2);
        dist = new double[n];
        Arrays.fill(dist, Double.POSITIVE_INFINITY);
        done = new boolean[n];
        touched = new int[n];
        heap = new DistanceHeap(n);
    }

    /** The shortest path, or empty when the end is unreachable under the options. */
    public Optional<Path> shortest(String from, String to, PathOptions options) {
        prepare(from, to, options);
        int[] nodes = g.isWeighted() ? dijkstra(source, target, null, null) : bidirectional();
        return Optional.ofNullable(nodes == null ? null : path(nodes));
    }

    /** Up to k shortest simple paths, shortest first (Yen). */
    public List<Path> kShortest(String from, String to, int k, PathOptions options) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1");
        }
        prepare(from, to, options);
        List<int[]> found = new ArrayList<>();
        int[] first = dijkstra(source, target, null, null);
        if (first == null) {
            return List.of();
        }
        found.add(first);
        PriorityQueue<Candidate> candidates = new PriorityQueue<>();
        Set<String> seen = new HashSet<>();
        seen.add(Arrays.toString(first));
        long counter = 0;
        while (found.size() < k) {
            int[] last = found.get(found.size() - 1);
            for (int i = 0; i < last.length - 1; i++) {
                int spur = last[i];
                BitSet blockedArcs = new BitSet();
                for (int[] p : found) {
                    if (p.length > i + 1 && Arrays.equals(p, 0, i + 1, last, 0, i + 1)) {
                        blockArc(blockedArcs, p[i], p[i + 1]);
                    }
                }
                BitSet blockedNodes = new BitSet();
                for (int j = 0; j < i; j++) {
                    blockedNodes.set(last[j]);
                }
                int[] spurPath = dijkstra(spur, target, blockedNodes, blockedArcs);
                if (spurPath == null) {
                    continue;
                }
                int[] total = new int[i + spurPath.length];
                System.arraycopy(last, 0, total, 0, i);
                System.arraycopy(spurPath, 0, total, i, spurPath.length);
                if (seen.add(Arrays.toString(total))) {
                    candidates.add(new Candidate(total, length(total), counter++));
                }
            }
            Candidate c = candidates.poll();
            if (c == null) {
                break;
            }
            found.add(c.nodes);
        }
        List<Path> out = new ArrayList<>();
        for (int[] p : found) {
            out.add(path(p));
        }
        return out;
    }

    private record Candidate(int[] nodes, double length, long order) implements Comparable<Candidate> {
        @Override
        public int compareTo(Candidate o) {
            int c = Double.compare(length, o.length);
            return c != 0 ? c : Long.compare(order, o.order);
        }
    }

    private void prepare(String from, String to, PathOptions options) {
        source = g.index(from);
        target = g.index(to);
        if (source < 0) {
            throw new IllegalArgumentException("no node '" + from + "' in the network");
        }
        if (target < 0) {
            throw new IllegalArgumentException("no node '" + to + "' in the network");
        }
        avoid = null;
        for (String id : options.avoid()) {
            int v = g.index(id);
            if (v >= 0) {
                if (avoid == null) {
                    avoid = new BitSet();
                }
                avoid.set(v);
            }
        }
        maxDegree = options.maxDegree();
        relationMask = options.relationTypes().isEmpty() ? -1L : g.relationMask(options.relationTypes());
    }

    private boolean allowed(int x) {
        if (x == source || x == target) {
            return true;
        }
        return (avoid == null || !avoid.get(x)) && (maxDegree == 0 || g.degree(x) <= maxDegree);
    }

    private boolean follows(int arc) {
        return relationMask == -1L || (g.relationMask(arc) & relationMask) != 0;
    }

    private void blockArc(BitSet arcs, int u, int v) {
        int a = g.arc(u, v);
        if (a >= 0) {
            arcs.set(a);
        }
        if (!g.isDirected()) {
            int b = g.arc(v, u);
            if (b >= 0) {
                arcs.set(b);
            }
        }
    }

    private double length(int[] nodes) {
        double len = 0;
        for (int i = 0; i + 1 < nodes.length; i++) {
            len += w[g.arc(nodes[i], nodes[i + 1])];
        }
        return len;
    }

    private Path path(int[] nodes) {
        List<String> ids = new ArrayList<>(nodes.length);
        for (int v : nodes) {
            ids.add(g.id(v));
        }
        return new Path(ids, length(nodes));
    }

    private void touch(int v) {
        touched[touchedSize++] = v;
    }

    private void reset() {
        for (int i = 0; i < touchedSize; i++) {
            int v = touched[i];
            predF[v] = -2;
            predB[v] = -2;
            dist[v] = Double.POSITIVE_INFINITY;
            done[v] = false;
        }
        touchedSize = 0;
        heap.clear();
    }

    /** Dijkstra (exact for unweighted networks too) from s to t avoiding blocked nodes and arcs. */
    private int[] dijkstra(int s, int t, BitSet blockedNodes, BitSet blockedArcs) {
        try {
            dist[s] = 0;
            predF[s] = -1;
            touch(s);
            heap.push(s, 0);
            while (!heap.isEmpty()) {
                int v = heap.pop();
                done[v] = true;
                if (v == t) {
                    return trace(predF, t);
                }
                for (int a = ooff[v]; a < ooff[v + 1]; a++) {
                    int x = otgt[a];
                    if (done[x] || !allowed(x) || (blockedNodes != null && blockedNodes.get(x))
                            || (blockedArcs != null && blockedArcs.get(a)) || !follows(a)) {
                        continue;
                    }
                    double d = dist[v] + w[a];
                    if (d < dist[x]) {
                        if (dist[x] == Double.POSITIVE_INFINITY) {
                            touch(x);
                        }
                        dist[x] = d;
                        predF[x] = v;
                        heap.push(x, d);
                    }
                }
            }
            return null;
        } finally {
            reset();
        }
    }

    /** Breadth-first search from both ends, expanding the smaller frontier. */
    private int[] bidirectional() {
        if (source == target) {
            return new int[] {source};
        }
        try {
            predF[source] = -1;
            predB[target] = -1;
            touch(source);
            touch(target);
            front[0] = source;
            back[0] = target;
            int frontSize = 1;
            int backSize = 1;
            while (frontSize > 0 && backSize > 0) {
                int size = 0;
                boolean forward = frontSize <= backSize;
                int[] layer = forward ? front : back;
                int layerSize = forward ? frontSize : backSize;
                int[] mine = forward ? predF : predB;
                int[] other = forward ? predB : predF;
                int[] off = forward ? ooff : ioff;
                int[] adj = forward ? otgt : isrc;
                for (int i = 0; i < layerSize; i++) {
                    int v = layer[i];
                    for (int a = off[v]; a < off[v + 1]; a++) {
                        int x = adj[a];
                        if (mine[x] != -2 || !allowed(x) || !follows(forward ? a : iarc[a])) {
                            continue;
                        }
                        if (other[x] == -2) {
                            touch(x);
                        }
                        mine[x] = v;
                        if (other[x] != -2) {
                            return join(x);
                        }
                        if (size == next.length) {
                            next = Arrays.copyOf(next, size * 2);
                        }
                        next[size++] = x;
                    }
                }
                int[] t = layer;
                if (forward) {
                    front = next;
                    frontSize = size;
                } else {
                    back = next;
                    backSize = size;
                }
                next = t;
            }
            return null;
        } finally {
            reset();
        }
    }

    private int[] join(int meet) {
        int[] head = trace(predF, meet);
        int len = head.length;
        int[] out = Arrays.copyOf(head, len + 64);
        for (int v = predB[meet]; v >= 0; v = predB[v]) {
            if (len == out.length) {
                out = Arrays.copyOf(out, len * 2);
            }
            out[len++] = v;
        }
        return Arrays.copyOf(out, len);
    }

    private static int[] trace(int[] pred, int t) {
        int len = 0;
        for (int v = t; v >= 0; v = pred[v]) {
            len++;
        }
        int[] out = new int[len];
        for (int v = t, i = len - 1; v >= 0; v = pred[v]) {
            out[i--] = v;
        }
        return out;
    }
}

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
 * Shortest paths and k shortest simple paths between two nodes, following arc directions in a directed
 * network and using weights as lengths in a weighted one. An unweighted search is a bidirectional
 * breadth-first search (as NetworkX's {@code shortest_path}); a weighted one is Dijkstra's algorithm.
 * The k shortest simple paths are Yen's algorithm (as NetworkX's {@code shortest_simple_paths}), in order of
 * length. Among equally short paths, which one is returned is not specified.
 */
public final class Paths {

    private Paths() {
    }

    /** The shortest path, or empty when the end is unreachable under the options. */
    public static Optional<Path> shortest(Network network, String from, String to, PathOptions options) {
        Search s = new Search(network, options, from, to);
        int[] nodes = network.isWeighted() ? s.dijkstra(s.source, s.target, null, null) : s.bidirectional();
        return Optional.ofNullable(nodes == null ? null : s.path(nodes));
    }

    /** Up to k shortest simple paths, shortest first (Yen). */
    public static List<Path> kShortest(Network network, String from, String to, int k, PathOptions options) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1");
        }
        Search s = new Search(network, options, from, to);
        List<int[]> found = new ArrayList<>();
        int[] first = s.dijkstra(s.source, s.target, null, null);
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
                        s.blockArc(blockedArcs, p[i], p[i + 1]);
                    }
                }
                BitSet blockedNodes = new BitSet();
                for (int j = 0; j < i; j++) {
                    blockedNodes.set(last[j]);
                }
                int[] spurPath = s.dijkstra(spur, s.target, blockedNodes, blockedArcs);
                if (spurPath == null) {
                    continue;
                }
                int[] total = new int[i + spurPath.length];
                System.arraycopy(last, 0, total, 0, i);
                System.arraycopy(spurPath, 0, total, i, spurPath.length);
                if (seen.add(Arrays.toString(total))) {
                    candidates.add(new Candidate(total, s.length(total), counter++));
                }
            }
            Candidate next = candidates.poll();
            if (next == null) {
                break;
            }
            found.add(next.nodes);
        }
        List<Path> out = new ArrayList<>();
        for (int[] p : found) {
            out.add(s.path(p));
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

    /** One search's network, restrictions and arrays. */
    private static final class Search {
        final Network g;
        final int n;
        final int source;
        final int target;
        final BitSet allowed;
        final long relationMask;
        final int[] ooff;
        final int[] otgt;
        final int[] ioff;
        final int[] isrc;
        final int[] iarc;
        final double[] w;

        Search(Network g, PathOptions options, String from, String to) {
            this.g = g;
            n = g.nodeCount();
            source = g.index(from);
            target = g.index(to);
            if (source < 0) {
                throw new IllegalArgumentException("no node '" + from + "' in the network");
            }
            if (target < 0) {
                throw new IllegalArgumentException("no node '" + to + "' in the network");
            }
            allowed = new BitSet(n);
            allowed.set(0, n);
            for (String id : options.avoid()) {
                int v = g.index(id);
                if (v >= 0) {
                    allowed.clear(v);
                }
            }
            if (options.maxDegree() > 0) {
                for (int v = 0; v < n; v++) {
                    if (g.degree(v) > options.maxDegree()) {
                        allowed.clear(v);
                    }
                }
            }
            allowed.set(source);
            allowed.set(target);
            relationMask = options.relationTypes().isEmpty() ? -1L : g.relationMask(options.relationTypes());
            ooff = g.outOffsets();
            otgt = g.outTargets();
            ioff = g.inOffsets();
            isrc = g.inSources();
            iarc = g.inArcs();
            w = g.weights();
        }

        boolean follows(int arc) {
            return relationMask == -1L || (g.relationMask(arc) & relationMask) != 0;
        }

        void blockArc(BitSet arcs, int u, int v) {
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

        double length(int[] nodes) {
            double len = 0;
            for (int i = 0; i + 1 < nodes.length; i++) {
                len += w[g.arc(nodes[i], nodes[i + 1])];
            }
            return len;
        }

        Path path(int[] nodes) {
            List<String> ids = new ArrayList<>(nodes.length);
            for (int v : nodes) {
                ids.add(g.id(v));
            }
            return new Path(ids, length(nodes));
        }

        /** Dijkstra (exact for unweighted networks too) from s to t avoiding blocked nodes and arcs. */
        int[] dijkstra(int s, int t, BitSet blockedNodes, BitSet blockedArcs) {
            double[] dist = new double[n];
            Arrays.fill(dist, Double.POSITIVE_INFINITY);
            int[] pred = new int[n];
            boolean[] done = new boolean[n];
            DistanceHeap heap = new DistanceHeap(n);
            dist[s] = 0;
            pred[s] = -1;
            heap.push(s, 0);
            while (!heap.isEmpty()) {
                int v = heap.pop();
                done[v] = true;
                if (v == t) {
                    return trace(pred, t);
                }
                for (int a = ooff[v]; a < ooff[v + 1]; a++) {
                    int x = otgt[a];
                    if (done[x] || !allowed.get(x) || (blockedNodes != null && blockedNodes.get(x))
                            || (blockedArcs != null && blockedArcs.get(a)) || !follows(a)) {
                        continue;
                    }
                    double d = dist[v] + w[a];
                    if (d < dist[x]) {
                        dist[x] = d;
                        pred[x] = v;
                        heap.push(x, d);
                    }
                }
            }
            return null;
        }

        /** Breadth-first search from both ends, expanding the smaller frontier. */
        int[] bidirectional() {
            if (source == target) {
                return new int[] {source};
            }
            int[] predF = new int[n];
            int[] predB = new int[n];
            Arrays.fill(predF, -2);
            Arrays.fill(predB, -2);
            predF[source] = -1;
            predB[target] = -1;
            int[] front = {source};
            int[] back = {target};
            int frontSize = 1;
            int backSize = 1;
            while (frontSize > 0 && backSize > 0) {
                int[] next = new int[16];
                int size = 0;
                if (frontSize <= backSize) {
                    for (int i = 0; i < frontSize; i++) {
                        int v = front[i];
                        for (int a = ooff[v]; a < ooff[v + 1]; a++) {
                            int x = otgt[a];
                            if (!allowed.get(x) || !follows(a) || predF[x] != -2) {
                                continue;
                            }
                            predF[x] = v;
                            if (predB[x] != -2) {
                                return join(predF, predB, x);
                            }
                            if (size == next.length) {
                                next = Arrays.copyOf(next, size * 2);
                            }
                            next[size++] = x;
                        }
                    }
                    front = next;
                    frontSize = size;
                } else {
                    for (int i = 0; i < backSize; i++) {
                        int v = back[i];
                        for (int a = ioff[v]; a < ioff[v + 1]; a++) {
                            int x = isrc[a];
                            if (!allowed.get(x) || !follows(iarc[a]) || predB[x] != -2) {
                                continue;
                            }
                            predB[x] = v;
                            if (predF[x] != -2) {
                                return join(predF, predB, x);
                            }
                            if (size == next.length) {
                                next = Arrays.copyOf(next, size * 2);
                            }
                            next[size++] = x;
                        }
                    }
                    back = next;
                    backSize = size;
                }
            }
            return null;
        }

        private static int[] join(int[] predF, int[] predB, int meet) {
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
}

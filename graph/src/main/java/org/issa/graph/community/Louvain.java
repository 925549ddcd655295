package org.issa.graph.community;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.issa.graph.network.Network;

/**
 * Louvain community detection (Blondel et al. 2008) with NetworkX's {@code louvain_communities} defaults:
 * resolution 1, threshold 1e-7, weights used when the network is weighted, and for a directed network the
 * directed modularity gain (Dugué and Perez), as NetworkX does. Each level visits the nodes in an order
 * shuffled with the seed and moves a node to the neighbouring community of largest positive gain; after the first
 * visit of every node only the neighbours of a node that moved are visited again (fast local moving, Traag 2015),
 * until no node can gain by moving (NetworkX's condition, reached without re-scanning unchanged parts; at most
 * {@value #MAX_PASSES} visits per node); the communities then become the nodes of the next
 * level; it stops when a level improves modularity by no more than the threshold. The random order differs from
 * NetworkX's for the same seed, so the partition may differ; its modularity is computed as NetworkX does.
 */
public final class Louvain {

    public static final double THRESHOLD = 1e-7;
    static final int MAX_PASSES = 100;

    private Louvain() {
    }

    /** Communities with resolution 1 and the given seed. */
    public static Communities of(Network network, long seed) {
        return of(network, 1.0, seed);
    }

    public static Communities of(Network network, double resolution, long seed) {
        int n = network.nodeCount();
        int[] membership = new int[n];
        for (int v = 0; v < n; v++) {
            membership[v] = v;
        }
        String method = "louvain resolution=" + resolution + ", threshold=" + THRESHOLD + ", seed=" + seed;
        if (network.arcCount() == 0) {
            int[] m = Communities.canonical(membership);
            return new Communities(network, m, n, Modularity.of(network, m, resolution), method);
        }
        Level g = Level.of(network);
        SplittableRandom random = new SplittableRandom(seed);
        double mod = Modularity.of(network, membership, resolution);
        while (true) {
            int[] local = g.moveNodes(resolution, random);
            int k = 0;
            for (int c : local) {
                k = Math.max(k, c + 1);
            }
            if (k == g.n) {
                break; // nothing moved
            }
            for (int v = 0; v < n; v++) {
                membership[v] = local[membership[v]];
            }
            double newMod = Modularity.of(network, membership, resolution);
            if (newMod - mod <= THRESHOLD) {
                break;
            }
            mod = newMod;
            g = g.aggregate(local, k);
        }
        int[] m = Communities.canonical(membership);
        int count = 0;
        for (int c : m) {
            count = Math.max(count, c + 1);
        }
        return new Communities(network, m, count, Modularity.of(network, m, resolution), method);
    }

    /** One level's graph: weighted arcs (undirected edges as two arcs, community self-loops included). */
    static final class Level {
        final int n;
        final boolean symmetric;
        final int[] ooff;
        final int[] otgt;
        final double[] ow;
        final int[] ioff;
        final int[] isrc;
        final double[] iw;
        final double[] outStrength;
        final double[] inStrength;
        final double total;

        Level(int n, boolean symmetric, int[] ooff, int[] otgt, double[] ow, int[] ioff, int[] isrc, double[] iw) {
            this.n = n;
            this.symmetric = symmetric;
            this.ooff = ooff;
            this.otgt = otgt;
            this.ow = ow;
            this.ioff = ioff;
            this.isrc = isrc;
            this.iw = iw;
            outStrength = new double[n];
            inStrength = new double[n];
            double t = 0;
            for (int u = 0; u < n; u++) {
                for (int a = ooff[u]; a < ooff[u + 1]; a++) {
                    outStrength[u] += ow[a];
                    inStrength[otgt[a]] += ow[a];
                    t += ow[a];
                }
            }
            total = t;
        }

        static Level of(Network g) {
            int[] ooff = g.outOffsets();
            int[] otgt = g.outTargets();
            double[] w = g.weights();
            if (!g.isDirected()) {
                return new Level(g.nodeCount(), true, ooff, otgt, w, ooff, otgt, w);
            }
            int[] arcs = g.inArcs();
            double[] iw = new double[arcs.length];
            for (int a = 0; a < arcs.length; a++) {
                iw[a] = w[arcs[a]];
            }
            return new Level(g.nodeCount(), false, ooff, otgt, w, g.inOffsets(), g.inSources(), iw);
        }

        /** Local moving: returns the community of each node, numbered 0..k-1. */
        int[] moveNodes(double resolution, SplittableRandom random) {
            int[] comm = new int[n];
            double[] commOut = new double[n];
            double[] commIn = new double[n];
            for (int v = 0; v < n; v++) {
                comm[v] = v;
                commOut[v] = outStrength[v];
                commIn[v] = inStrength[v];
            }
            int[] order = new int[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            for (int i = n - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            double[] link = new double[n];
            int[] touched = new int[n];
            double m = total;
            double m2 = total * total;
            // Fast local moving: a queue that starts with every node in the shuffled order; a node that moves puts
            // back its neighbours outside its new community that are not queued. The queue holds each node at most
            // once, so a ring of n slots suffices. It ends when no node can gain by moving (as NetworkX's passes).
            int[] queue = order;
            boolean[] queued = new boolean[n];
            Arrays.fill(queued, true);
            int head = 0;
            int size = n;
            long budget = (long) MAX_PASSES * n;
            long visits = 0;
            while (size > 0 && visits++ < budget) {
                int u = queue[head];
                head = head + 1 == n ? 0 : head + 1;
                size--;
                queued[u] = false;
                int own = comm[u];
                int nt = 0;
                // Weights of the arcs between u and each neighbouring community (both directions), self-loops excluded.
                for (int a = ooff[u], end = ooff[u + 1]; a < end; a++) {
                    int v = otgt[a];
                    if (v == u) {
                        continue;
                    }
                    int c = comm[v];
                    if (link[c] == 0) {
                        touched[nt++] = c;
                    }
                    link[c] += symmetric ? 2 * ow[a] : ow[a];
                }
                if (!symmetric) {
                    for (int a = ioff[u], end = ioff[u + 1]; a < end; a++) {
                        int v = isrc[a];
                        if (v == u) {
                            continue;
                        }
                        int c = comm[v];
                        if (link[c] == 0) {
                            touched[nt++] = c;
                        }
                        link[c] += iw[a];
                    }
                }
                double outU = outStrength[u];
                double inU = inStrength[u];
                commOut[own] -= outU;
                commIn[own] -= inU;
                double removeCost = -link[own] / m + resolution * (outU * commIn[own] + inU * commOut[own]) / m2;
                int best = own;
                double bestGain = 0;
                for (int i = 0; i < nt; i++) {
                    int c = touched[i];
                    double gain = removeCost + link[c] / m - resolution * (outU * commIn[c] + inU * commOut[c]) / m2;
                    if (gain > bestGain) {
                        bestGain = gain;
                        best = c;
                    }
                    link[c] = 0;
                }
                link[own] = 0;
                commOut[best] += outU;
                commIn[best] += inU;
                if (best != own) {
                    comm[u] = best;
                    size = requeue(u, best, comm, queue, queued, head, size);
                }
            }
            int[] rename = new int[n];
            Arrays.fill(rename, -1);
            int k = 0;
            for (int v = 0; v < n; v++) {
                if (rename[comm[v]] < 0) {
                    rename[comm[v]] = k++;
                }
                comm[v] = rename[comm[v]];
            }
            return comm;
        }

        /** Queues the neighbours of u (both directions) outside community c that are not queued; returns the new size. */
        private int requeue(int u, int c, int[] comm, int[] queue, boolean[] queued, int head, int size) {
            for (int a = ooff[u], end = ooff[u + 1]; a < end; a++) {
                size = enqueue(otgt[a], c, comm, queue, queued, head, size);
            }
            if (!symmetric) {
                for (int a = ioff[u], end = ioff[u + 1]; a < end; a++) {
                    size = enqueue(isrc[a], c, comm, queue, queued, head, size);
                }
            }
            return size;
        }

        private int enqueue(int v, int c, int[] comm, int[] queue, boolean[] queued, int head, int size) {
            if (!queued[v] && comm[v] != c) {
                queued[v] = true;
                int tail = head + size;
                queue[tail >= n ? tail - n : tail] = v;
                return size + 1;
            }
            return size;
        }

        /** The graph whose nodes are the k communities, arcs summed (inner arcs become self-loops). */
        Level aggregate(int[] comm, int k) {
            int[] count = new int[k + 1];
            for (int v = 0; v < n; v++) {
                count[comm[v] + 1]++;
            }
            for (int c = 0; c < k; c++) {
                count[c + 1] += count[c];
            }
            int[] members = new int[n];
            int[] pos = Arrays.copyOf(count, k);
            for (int v = 0; v < n; v++) {
                members[pos[comm[v]]++] = v;
            }
            double[] acc = new double[k];
            int[] touched = new int[k];
            int[] off = new int[k + 1];
            int[] tgt = new int[Math.max(16, otgt.length)];
            double[] w = new double[tgt.length];
            int arcs = 0;
            for (int c = 0; c < k; c++) {
                int nt = 0;
                for (int i = count[c]; i < count[c + 1]; i++) {
                    int u = members[i];
                    for (int a = ooff[u]; a < ooff[u + 1]; a++) {
                        int d = comm[otgt[a]];
                        if (acc[d] == 0) {
                            touched[nt++] = d;
                        }
                        acc[d] += ow[a];
                    }
                }
                Arrays.sort(touched, 0, nt);
                for (int i = 0; i < nt; i++) {
                    tgt[arcs] = touched[i];
                    w[arcs++] = acc[touched[i]];
                    acc[touched[i]] = 0;
                }
                off[c + 1] = arcs;
            }
            tgt = Arrays.copyOf(tgt, arcs);
            w = Arrays.copyOf(w, arcs);
            if (symmetric) {
                return new Level(k, true, off, tgt, w, off, tgt, w);
            }
            int[] ioffK = new int[k + 1];
            for (int a = 0; a < arcs; a++) {
                ioffK[tgt[a] + 1]++;
            }
            for (int c = 0; c < k; c++) {
                ioffK[c + 1] += ioffK[c];
            }
            int[] p = Arrays.copyOf(ioffK, k);
            int[] src = new int[arcs];
            double[] iwK = new double[arcs];
            for (int c = 0; c < k; c++) {
                for (int a = off[c]; a < off[c + 1]; a++) {
                    int q = p[tgt[a]]++;
                    src[q] = c;
                    iwK[q] = w[a];
                }
            }
            return new Level(k, false, off, tgt, w, ioffK, src, iwK);
        }
    }
}

package org.issa.graph.centrality;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.issa.graph.network.DistanceHeap;
import org.issa.graph.network.Network;

/**
 * Betweenness centrality by Brandes' algorithm, as NetworkX's {@code betweenness_centrality} with its defaults
 * ({@code normalized=True, endpoints=False}): for every pair of other nodes (s, t), the share of the shortest
 * s–t paths that pass through v, summed and divided by {@code (n-1)(n-2)}, the number of ordered pairs;
 * for an undirected network each unordered pair is counted in both orders, so the result equals NetworkX's
 * (and UCINET's), twice JGraphT's normalised value.
 *
 * <p>When the network is weighted, weights are path lengths ({@code weight='weight'} in NetworkX) and
 * Dijkstra replaces breadth-first search. {@link #sampled} estimates from {@code k} source pivots drawn with a
 * seed, rescaled as NetworkX 3.6 does ({@code 1/((k-1)(n-2))} for the pivots themselves, {@code 1/(k(n-2))}
 * for the others); the pivots are drawn by this class's own generator, so they differ from NetworkX's for the
 * same seed. Sources are processed in parallel.
 */
public final class Betweenness {

    private Betweenness() {
    }

    /** Exact betweenness. */
    public static Scores exact(Network network) {
        int n = network.nodeCount();
        int[] sources = new int[n];
        for (int i = 0; i < n; i++) {
            sources[i] = i;
        }
        double[] raw = accumulate(network, sources);
        double scale = n > 2 ? 1.0 / ((double) (n - 1) * (n - 2)) : 1.0;
        for (int v = 0; v < n; v++) {
            raw[v] *= scale;
        }
        return new Scores(network, Measure.BETWEENNESS, raw, true,
                "exact, normalized=True, endpoints=False" + (network.isWeighted() ? ", weight as length" : ""));
    }

    /** Betweenness estimated from {@code k} pivots drawn with {@code seed} (exact when {@code k >= n}). */
    public static Scores sampled(Network network, int k, long seed) {
        int n = network.nodeCount();
        if (k >= n) {
            return exact(network);
        }
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1");
        }
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < k; i++) {
            int j = i + random.nextInt(n - i);
            int t = all[i];
            all[i] = all[j];
            all[j] = t;
        }
        int[] pivots = Arrays.copyOf(all, k);
        double[] raw = accumulate(network, pivots);
        if (n > 2) {
            boolean[] pivot = new boolean[n];
            for (int p : pivots) {
                pivot[p] = true;
            }
            double source = k > 1 ? 1.0 / ((double) (k - 1) * (n - 2)) : Double.NaN;
            double other = 1.0 / ((double) k * (n - 2));
            for (int v = 0; v < n; v++) {
                raw[v] *= pivot[v] ? source : other;
            }
        }
        return new Scores(network, Measure.BETWEENNESS, raw, true, "sampled k=" + k + ", seed=" + seed
                + ", normalized=True, endpoints=False" + (network.isWeighted() ? ", weight as length" : ""));
    }

    /** Raw dependency sums over ordered pairs from the given sources. */
    static double[] accumulate(Network network, int[] sources) {
        int n = network.nodeCount();
        // Chunks of sources, a fixed assignment (so the sums below are the same on every run and any number of
        // threads): four per core on small networks for balance, one per core on large ones, where each chunk's
        // arrays are large; the per-chunk sums are added in chunk order.
        int cores = Runtime.getRuntime().availableProcessors();
        int chunks = Math.max(1, Math.min(sources.length, n <= 200_000 ? cores * 4 : cores));
        double[][] partial = new double[chunks][];
        boolean weighted = network.isWeighted();
        Chunks.each(chunks, c -> {
            int from = Chunks.from(c, sources.length, chunks);
            int to = Chunks.to(c, sources.length, chunks);
            if (weighted) {
                Workspace w = new Workspace(n);
                for (int i = from; i < to; i++) {
                    w.dijkstra(network, sources[i]);
                    w.back(network, sources[i]);
                }
                partial[c] = w.result;
            } else {
                Unweighted w = new Unweighted(n);
                for (int i = from; i < to; i++) {
                    w.run(network, sources[i]);
                }
                partial[c] = w.result;
            }
        });
        double[] total = new double[n];
        for (double[] p : partial) {
            for (int v = 0; v < n; v++) {
                total[v] += p[v];
            }
        }
        return total;
    }

    /**
     * One chunk's arrays for an unweighted network: breadth-first search counting shortest paths, then dependencies
     * pulled from successors in reverse order. A node's distance and path count sit side by side in one 16-byte
     * record of {@code node} (the count is replaced by the coefficient {@code (1 + delta) / sigma} once the node's
     * dependency is known, when no other node needs its count any more), so that the one random access per arc
     * costs one cache line, and the records of a million nodes take 16 MB.
     */
    private static final class Unweighted {
        final double[] result;
        final double[] node;
        final int[] queue;

        Unweighted(int n) {
            result = new double[n];
            node = new double[2 * n];
            for (int v = 0; v < n; v++) {
                node[2 * v] = -1;
            }
            queue = new int[n];
        }

        void run(Network g, int s) {
            int[] off = g.outOffsets();
            int[] tgt = g.outTargets();
            double[] x = node;
            int size = 0;
            x[2 * s] = 0;
            x[2 * s + 1] = 1;
            queue[size++] = s;
            int head = 0;
            while (head < size) {
                int v = queue[head++];
                double dv = x[2 * v] + 1;
                double sv = x[2 * v + 1];
                for (int a = off[v], e = off[v + 1]; a < e; a++) {
                    int t = tgt[a];
                    int w = 2 * t;
                    double dw = x[w];
                    if (dw < 0) {
                        x[w] = dv;
                        x[w + 1] = sv;
                        queue[size++] = t;
                    } else if (dw == dv) {
                        x[w + 1] += sv;
                    }
                }
            }
            // delta[v] = sigma[v] * sum over successors w of (1 + delta[w]) / sigma[w]; successors are one level
            // further, so their records already hold that quotient when v is reached in reverse order.
            for (int i = size - 1; i >= 0; i--) {
                int v = queue[i];
                double dn = x[2 * v] + 1;
                double sum = 0;
                for (int a = off[v], e = off[v + 1]; a < e; a++) {
                    int w = 2 * tgt[a];
                    if (x[w] == dn) {
                        sum += x[w + 1];
                    }
                }
                double sigma = x[2 * v + 1];
                double dv = sigma * sum;
                if (v != s) {
                    result[v] += dv;
                }
                x[2 * v + 1] = (1 + dv) / sigma;
            }
            for (int i = 0; i < size; i++) {
                int v = 2 * queue[i];
                x[v] = -1;
                x[v + 1] = 0;
            }
        }
    }

    /** One chunk's arrays for Dijkstra and dependency accumulation on a weighted network. */
    private static final class Workspace {
        final double[] result;
        final double[] sigma;
        final double[] delta;
        final int[] dist;
        final double[] wdist;
        final int[] stack;
        int size;
        final DistanceHeap heap;

        Workspace(int n) {
            result = new double[n];
            sigma = new double[n];
            delta = new double[n];
            dist = new int[n];
            Arrays.fill(dist, -1);
            wdist = new double[n];
            Arrays.fill(wdist, Double.POSITIVE_INFINITY);
            stack = new int[n];
            heap = new DistanceHeap(n);
        }

        void dijkstra(Network g, int s) {
            int[] off = g.outOffsets();
            int[] tgt = g.outTargets();
            double[] wt = g.weights();
            size = 0;
            sigma[s] = 1;
            wdist[s] = 0;
            heap.push(s, 0);
            while (!heap.isEmpty()) {
                int v = heap.pop();
                dist[v] = 0; // marks v as settled
                stack[size++] = v;
                double dv = wdist[v];
                for (int a = off[v], e = off[v + 1]; a < e; a++) {
                    int w = tgt[a];
                    if (dist[w] >= 0) {
                        continue;
                    }
                    double d = dv + wt[a];
                    if (d < wdist[w]) {
                        wdist[w] = d;
                        sigma[w] = sigma[v];
                        heap.push(w, d);
                    } else if (d == wdist[w]) {
                        sigma[w] += sigma[v];
                    }
                }
            }
        }

        /** Accumulates dependencies in reverse order of distance: each node pushes to its predecessors, as Brandes. */
        void back(Network g, int s) {
            int[] ioff = g.inOffsets();
            int[] isrc = g.inSources();
            int[] iarc = g.inArcs();
            double[] wt = g.weights();
            for (int i = size - 1; i >= 0; i--) {
                int w = stack[i];
                double coeff = (1 + delta[w]) / sigma[w];
                if (w != s) {
                    for (int a = ioff[w], e = ioff[w + 1]; a < e; a++) {
                        int v = isrc[a];
                        if (dist[v] >= 0 && wdist[v] + wt[iarc[a]] == wdist[w]) {
                            delta[v] += sigma[v] * coeff;
                        }
                    }
                    result[w] += delta[w];
                }
            }
            for (int i = 0; i < size; i++) {
                int v = stack[i];
                sigma[v] = 0;
                delta[v] = 0;
                dist[v] = -1;
                wdist[v] = Double.POSITIVE_INFINITY;
            }
            size = 0;
        }
    }
}

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
        int chunks = Math.min(Chunks.count(sources.length, 1), Math.max(1, sources.length));
        double[][] partial = new double[chunks][];
        boolean weighted = network.isWeighted();
        Chunks.each(chunks, c -> {
            Workspace w = new Workspace(n, weighted);
            for (int i = Chunks.from(c, sources.length, chunks); i < Chunks.to(c, sources.length, chunks); i++) {
                if (weighted) {
                    w.dijkstra(network, sources[i]);
                } else {
                    w.bfs(network, sources[i]);
                }
                w.back(network, sources[i]);
            }
            partial[c] = w.result;
        });
        double[] total = new double[n];
        for (double[] p : partial) {
            for (int v = 0; v < n; v++) {
                total[v] += p[v];
            }
        }
        return total;
    }

    /** One thread's arrays for single-source shortest paths and dependency accumulation. */
    private static final class Workspace {
        final double[] result;
        final double[] sigma;
        final double[] delta;
        final int[] dist;
        final double[] wdist;
        final int[] stack;
        int size;
        final DistanceHeap heap;

        Workspace(int n, boolean weighted) {
            result = new double[n];
            sigma = new double[n];
            delta = new double[n];
            dist = new int[n];
            Arrays.fill(dist, -1);
            wdist = weighted ? new double[n] : null;
            if (weighted) {
                Arrays.fill(wdist, Double.POSITIVE_INFINITY);
            }
            stack = new int[n];
            heap = weighted ? new DistanceHeap(n) : null;
        }

        void bfs(Network g, int s) {
            int[] off = g.outOffsets();
            int[] tgt = g.outTargets();
            size = 0;
            sigma[s] = 1;
            dist[s] = 0;
            stack[size++] = s;
            int head = 0;
            while (head < size) {
                int v = stack[head++];
                int dv = dist[v] + 1;
                double sv = sigma[v];
                for (int a = off[v], e = off[v + 1]; a < e; a++) {
                    int w = tgt[a];
                    if (dist[w] < 0) {
                        dist[w] = dv;
                        stack[size++] = w;
                    }
                    if (dist[w] == dv) {
                        sigma[w] += sv;
                    }
                }
            }
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

        /**
         * Accumulates dependencies in reverse order of distance. Unweighted: each node pulls from its successors on
         * shortest paths (out-arcs to nodes one step further), {@code delta[v] = sigma[v] * sum (1 + delta[w]) / sigma[w]};
         * weighted: each node pushes to its predecessors (in-arcs on a shortest path), as Brandes.
         */
        void back(Network g, int s) {
            boolean weighted = wdist != null;
            if (!weighted) {
                int[] off = g.outOffsets();
                int[] tgt = g.outTargets();
                double[] coeff = delta; // reused: holds (1 + delta[w]) / sigma[w] once w is done
                for (int i = size - 1; i >= 0; i--) {
                    int v = stack[i];
                    int dn = dist[v] + 1;
                    double sum = 0;
                    for (int a = off[v], e = off[v + 1]; a < e; a++) {
                        int w = tgt[a];
                        if (dist[w] == dn) {
                            sum += coeff[w];
                        }
                    }
                    double dv = sigma[v] * sum;
                    if (v != s) {
                        result[v] += dv;
                    }
                    coeff[v] = (1 + dv) / sigma[v];
                }
            } else {
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
            }
            for (int i = 0; i < size; i++) {
                int v = stack[i];
                sigma[v] = 0;
                delta[v] = 0;
                dist[v] = -1;
                if (weighted) {
                    wdist[v] = Double.POSITIVE_INFINITY;
                }
            }
            size = 0;
        }
    }
}

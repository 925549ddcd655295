package org.issa.graph.centrality;

import java.util.Arrays;
import org.issa.graph.network.Network;

/**
 * PageRank as NetworkX's {@code pagerank} with its defaults {@code alpha=0.85, max_iter=100, tol=1e-06},
 * uniform personalization and uniform dangling-node distribution: from 1/n everywhere, each step sets
 * {@code x' = alpha * (x P + (sum of x over dangling nodes) / n) + (1 - alpha) / n}, where P divides each arc's
 * weight by its source's out-weight; it stops when the sum of absolute changes is below {@code n * tol}.
 * An undirected edge is followed both ways. Weights are used when the network is weighted
 * ({@code weight='weight'}). Iterations pull over the incoming arcs, in parallel by node range.
 */
public final class PageRank {

    public static final double ALPHA = 0.85;
    public static final int MAX_ITER = 100;
    public static final double TOL = 1e-6;

    private PageRank() {
    }

    public static Scores of(Network network) {
        return of(network, ALPHA, MAX_ITER, TOL);
    }

    public static Scores of(Network network, double alpha, int maxIter, double tol) {
        int n = network.nodeCount();
        String params = "alpha=" + alpha + ", max_iter=" + maxIter + ", tol=" + tol;
        if (n == 0) {
            return new Scores(network, Measure.PAGERANK, new double[0], true, params);
        }
        int[] ooff = network.outOffsets();
        double[] wt = network.weights();
        boolean weighted = network.isWeighted();
        double[] inv = new double[n];
        int danglingCount = 0;
        for (int v = 0; v < n; v++) {
            double s = 0;
            if (weighted) {
                for (int a = ooff[v]; a < ooff[v + 1]; a++) {
                    s += wt[a];
                }
            } else {
                s = ooff[v + 1] - ooff[v];
            }
            inv[v] = s == 0 ? 0 : 1.0 / s;
            if (s == 0) {
                danglingCount++;
            }
        }
        int[] dangling = new int[danglingCount];
        for (int v = 0, k = 0; v < n; v++) {
            if (inv[v] == 0) {
                dangling[k++] = v;
            }
        }
        int[] ioff = network.inOffsets();
        int[] isrc = network.inSources();
        int[] iarc = network.inArcs();
        double[] x = new double[n];
        Arrays.fill(x, 1.0 / n);
        double[] share = new double[n];
        double[] next = new double[n];
        int chunks = Chunks.count(n, 50_000);
        double teleport = (1 - alpha) / n;
        for (int iter = 0; iter < maxIter; iter++) {
            double[] last = x;
            double[] out = next;
            double d = 0;
            for (int v : dangling) {
                d += last[v];
            }
            double base = alpha * d / n + teleport;
            double[] errs = new double[chunks];
            Chunks.each(chunks, c -> {
                int from = Chunks.from(c, n, chunks);
                int to = Chunks.to(c, n, chunks);
                for (int v = from; v < to; v++) {
                    share[v] = last[v] * inv[v];
                }
            });
            Chunks.each(chunks, c -> {
                int from = Chunks.from(c, n, chunks);
                int to = Chunks.to(c, n, chunks);
                double err = 0;
                for (int v = from; v < to; v++) {
                    double s = 0;
                    if (weighted) {
                        for (int a = ioff[v], e = ioff[v + 1]; a < e; a++) {
                            s += share[isrc[a]] * wt[iarc[a]];
                        }
                    } else {
                        for (int a = ioff[v], e = ioff[v + 1]; a < e; a++) {
                            s += share[isrc[a]];
                        }
                    }
                    double xv = alpha * s + base;
                    out[v] = xv;
                    err += Math.abs(xv - last[v]);
                }
                errs[c] = err;
            });
            double err = 0;
            for (double e : errs) {
                err += e;
            }
            next = last;
            x = out;
            if (err < n * tol) {
                return new Scores(network, Measure.PAGERANK, x, true, params);
            }
        }
        return new Scores(network, Measure.PAGERANK, x, false, params);
    }
}

package org.issa.graph.centrality;

import org.issa.graph.network.Network;

/**
 * Eigenvector centrality by NetworkX's {@code eigenvector_centrality} power iteration, with its defaults
 * {@code max_iter=100, tol=1e-06}: start from 1/n everywhere; each step adds to every node's score the scores of
 * the nodes linking to it (times the weight when weighted), i.e. it iterates with A+I, then divides by the
 * Euclidean norm; it stops when the sum of absolute changes is below {@code n * tol}. For a directed network
 * a node is scored by its in-links (the left eigenvector), as in NetworkX.
 */
public final class EigenvectorCentrality {

    public static final int MAX_ITER = 100;
    public static final double TOL = 1e-6;

    private EigenvectorCentrality() {
    }

    public static Scores of(Network network) {
        return of(network, MAX_ITER, TOL);
    }

    public static Scores of(Network network, int maxIter, double tol) {
        int n = network.nodeCount();
        double[] x = new double[n];
        if (n == 0) {
            return new Scores(network, Measure.EIGENVECTOR, x, true, params(maxIter, tol));
        }
        java.util.Arrays.fill(x, 1.0 / n);
        double[] next = new double[n];
        int[] off = network.inOffsets();
        int[] src = network.inSources();
        int[] arc = network.inArcs();
        double[] wt = network.weights();
        boolean weighted = network.isWeighted();
        int chunks = Chunks.count(n, 50_000);
        for (int iter = 0; iter < maxIter; iter++) {
            double[] last = x;
            double[] out = next;
            Chunks.each(chunks, c -> {
                for (int v = Chunks.from(c, n, chunks); v < Chunks.to(c, n, chunks); v++) {
                    double s = last[v];
                    if (weighted) {
                        for (int a = off[v], e = off[v + 1]; a < e; a++) {
                            s += last[src[a]] * wt[arc[a]];
                        }
                    } else {
                        for (int a = off[v], e = off[v + 1]; a < e; a++) {
                            s += last[src[a]];
                        }
                    }
                    out[v] = s;
                }
            });
            double norm = hypot(out);
            if (norm == 0) {
                norm = 1;
            }
            double change = 0;
            for (int v = 0; v < n; v++) {
                out[v] /= norm;
                change += Math.abs(out[v] - last[v]);
            }
            next = last;
            x = out;
            if (change < n * tol) {
                return new Scores(network, Measure.EIGENVECTOR, x, true, params(maxIter, tol));
            }
        }
        return new Scores(network, Measure.EIGENVECTOR, x, false, params(maxIter, tol));
    }

    /** The Euclidean norm, scaled against overflow as Python's {@code math.hypot}. */
    private static double hypot(double[] v) {
        double max = 0;
        for (double d : v) {
            max = Math.max(max, Math.abs(d));
        }
        if (max == 0) {
            return 0;
        }
        double sum = 0;
        for (double d : v) {
            double s = d / max;
            sum += s * s;
        }
        return max * Math.sqrt(sum);
    }

    private static String params(int maxIter, double tol) {
        return "max_iter=" + maxIter + ", tol=" + tol;
    }
}

package org.issa.matching.resolution;

/**
 * Estimates the m-probabilities, P(level | same entity), and λ, the share of all pairs that match,
 * by expectation-maximisation on the candidate pairs, with the u-probabilities held fixed (they
 * come from random pairs). No labels are used.
 *
 * <p>E-step: each candidate pair's match probability under the current λ, m and u, missing values
 * contributing nothing. M-step: m of a level is the probability-weighted share of the pairs at that
 * level among the pairs with both values present; λ is the expected number of matches divided by
 * the number of pairs in the whole run. Pairs that blocking left out are taken as non-matches,
 * which is what blocking assumes. Iterates until no m nor λ moves by more than the tolerance (absolute, as Splink does), or
 * the iteration limit. Deterministic: same input, same output.
 */
final class ExpectationMaximisation {

    /** What EM arrived at. */
    record Result(double[][] m, double lambda, int iterations, boolean converged) {
    }

    private ExpectationMaximisation() {
    }

    /**
     * @param levels     the level of each field of each pair, pair-major ({@code pairs × fields})
     * @param fields     fields per pair
     * @param u          fixed u-probabilities per field and level
     * @param m0         starting m-probabilities
     * @param lambda0    starting λ
     * @param totalPairs pairs of the whole run (candidates and the rest)
     */
    static Result run(byte[] levels, int fields, double[][] u, double[][] m0, double lambda0, long totalPairs,
                      int maxIterations, double tolerance) {
        int pairs = levels.length / fields;
        double[][] m = copy(m0);
        if (pairs == 0 || totalPairs == 0) {
            return new Result(m, lambda0, 0, true);
        }
        double lambda = lambda0;
        double[][] logRatio = new double[fields][];
        double[][] sums = new double[fields][];
        for (int f = 0; f < fields; f++) {
            logRatio[f] = new double[m[f].length];
            sums[f] = new double[m[f].length];
        }
        int iteration = 0;
        boolean converged = false;
        while (iteration < maxIterations && !converged) {
            iteration++;
            for (int f = 0; f < fields; f++) {
                for (int l = 0; l < m[f].length; l++) {
                    logRatio[f][l] = Math.log(m[f][l] / u[f][l]);
                }
                java.util.Arrays.fill(sums[f], 0);
            }
            double prior = Math.log(lambda / (1 - lambda));
            double expected = 0;
            for (int p = 0, off = 0; p < pairs; p++, off += fields) {
                double logit = prior;
                for (int f = 0; f < fields; f++) {
                    int l = levels[off + f];
                    if (l >= 0) {
                        logit += logRatio[f][l];
                    }
                }
                double post = 1 / (1 + Math.exp(-logit));
                expected += post;
                for (int f = 0; f < fields; f++) {
                    int l = levels[off + f];
                    if (l >= 0) {
                        sums[f][l] += post;
                    }
                }
            }
            double change = 0;
            for (int f = 0; f < fields; f++) {
                double total = 0;
                for (double s : sums[f]) {
                    total += s;
                }
                for (int l = 0; l < m[f].length; l++) {
                    // a pinch of smoothing keeps a level never seen among matches from vetoing a pair
                    double next = (sums[f][l] + 1e-3) / (total + 1e-3 * m[f].length);
                    change = Math.max(change, Math.abs(next - m[f][l]));
                    m[f][l] = next;
                }
            }
            double nextLambda = Math.min(0.5, Math.max(expected, 1) / totalPairs);
            change = Math.max(change, Math.abs(nextLambda - lambda));
            lambda = nextLambda;
            converged = change < tolerance;
        }
        return new Result(m, lambda, iteration, converged);
    }

    /** Starting m: each agreement level half as likely as the one before, "different" the least. */
    static double[] startingM(int levels) {
        double[] m = new double[levels];
        double sum = 0;
        for (int l = 0; l < levels; l++) {
            m[l] = Math.pow(0.5, l);
            sum += m[l];
        }
        for (int l = 0; l < levels; l++) {
            m[l] /= sum;
        }
        return m;
    }

    private static double[][] copy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }
}

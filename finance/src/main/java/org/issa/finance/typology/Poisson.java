package org.issa.finance.typology;

/** Poisson tail probabilities, in log10 to stay meaningful far in the tail. */
final class Poisson {

    private Poisson() {
    }

    /** log10 P(X >= k) for X ~ Poisson(lambda). */
    static double log10Tail(int k, double lambda) {
        if (k <= 0) {
            return 0;
        }
        if (lambda <= 0) {
            return Double.NEGATIVE_INFINITY;
        }
        // P(X >= k) = sum_{j>=k} e^-l l^j / j!, summed from j = k in log space until terms vanish
        double logTerm = -lambda + k * Math.log(lambda) - logFactorial(k);
        double sum = 0;
        double rel = 1;
        for (int j = k; j < k + 10_000; j++) {
            sum += rel;
            rel *= lambda / (j + 1);
            if (rel < 1e-17 * sum) {
                break;
            }
        }
        double ln = logTerm + Math.log(sum);
        return Math.min(0, ln / Math.log(10));
    }

    private static double logFactorial(int n) {
        double s = 0;
        for (int i = 2; i <= n; i++) {
            s += Math.log(i);
        }
        return s;
    }
}

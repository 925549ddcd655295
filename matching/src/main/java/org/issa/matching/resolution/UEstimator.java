package org.issa.matching.resolution;

import java.util.SplittableRandom;

/**
 * u-probabilities, P(level | the records are different entities), from pairs drawn at random:
 * nearly all random pairs are non-matches. When the run has no more pairs than the sample size,
 * every pair is taken instead, so small data sets need no randomness at all. The draw is seeded:
 * the same data give the same model. Counts are smoothed by half a pair per level, so a level
 * never seen among random pairs (two equal identifiers) gets a small, not a zero, u.
 */
final class UEstimator {

    private UEstimator() {
    }

    static double[][] estimate(RecordTable table, PairComparer comparer, long maxPairs, long seed) {
        int fields = comparer.size();
        long[][] counts = new long[fields][];
        for (int f = 0; f < fields; f++) {
            counts[f] = new long[comparer.comparison(f).levels().size()];
        }
        byte[] levels = new byte[fields];
        long total = table.totalPairs();
        int n = table.size();
        int left = table.linkMode() ? table.leftSize() : n;
        if (total <= maxPairs) {
            for (int i = 0; i < (table.linkMode() ? left : n); i++) {
                for (int j = table.linkMode() ? left : i + 1; j < n; j++) {
                    count(table, comparer, i, j, levels, counts);
                }
            }
        } else {
            SplittableRandom rnd = new SplittableRandom(seed);
            for (long s = 0; s < maxPairs; s++) {
                int i;
                int j;
                if (table.linkMode()) {
                    i = rnd.nextInt(left);
                    j = left + rnd.nextInt(n - left);
                } else {
                    i = rnd.nextInt(n);
                    j = rnd.nextInt(n - 1);
                    if (j >= i) {
                        j++;
                    }
                }
                count(table, comparer, i, j, levels, counts);
            }
        }
        double[][] u = new double[fields][];
        for (int f = 0; f < fields; f++) {
            long sum = 0;
            for (long c : counts[f]) {
                sum += c;
            }
            int l = counts[f].length;
            u[f] = new double[l];
            for (int k = 0; k < l; k++) {
                u[f][k] = (counts[f][k] + 0.5) / (sum + 0.5 * l);
            }
        }
        return u;
    }

    private static void count(RecordTable t, PairComparer c, int i, int j, byte[] levels, long[][] counts) {
        c.compare(t.row(i), t.row(j), levels, 0);
        for (int f = 0; f < levels.length; f++) {
            if (levels[f] != FieldComparison.NULL) {
                counts[f][levels[f]]++;
            }
        }
    }
}

package org.issa.graph.generate;

import java.util.SplittableRandom;

/**
 * Seeded scale-free networks by Barabási–Albert preferential attachment, following NetworkX's
 * {@code barabasi_albert_graph(n, m)}: a star of m+1 nodes (node 0 joined to 1..m), then each new node joins m
 * distinct existing nodes chosen with probability proportional to their degree. The result has
 * {@code m + (n - m - 1) * m} edges, no self-loops and no parallel edges. The same seed gives the same edges
 * (not the same as NetworkX's for that seed: the random generators differ).
 */
public final class ScaleFree {

    private ScaleFree() {
    }

    public static SyntheticEdges barabasiAlbert(int n, int m, long seed) {
        if (m < 1 || m >= n) {
            throw new IllegalArgumentException("Barabási–Albert needs 1 <= m < n, got m=" + m + ", n=" + n);
        }
        long edgeCount = m + (long) (n - m - 1) * m;
        if (edgeCount * 2 > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("too many edges: " + edgeCount);
        }
        int[] src = new int[(int) edgeCount];
        int[] dst = new int[(int) edgeCount];
        int[] repeated = new int[(int) (edgeCount * 2)];
        int r = 0;
        int e = 0;
        for (int v = 1; v <= m; v++) {
            src[e] = v;
            dst[e++] = 0;
            repeated[r++] = 0;
            repeated[r++] = v;
        }
        SplittableRandom random = new SplittableRandom(seed);
        int[] chosen = new int[m];
        for (int v = m + 1; v < n; v++) {
            int c = 0;
            while (c < m) {
                int t = repeated[random.nextInt(r)];
                boolean dup = false;
                for (int i = 0; i < c; i++) {
                    if (chosen[i] == t) {
                        dup = true;
                        break;
                    }
                }
                if (!dup) {
                    chosen[c++] = t;
                }
            }
            for (int i = 0; i < m; i++) {
                src[e] = v;
                dst[e++] = chosen[i];
                repeated[r++] = chosen[i];
                repeated[r++] = v;
            }
        }
        return new SyntheticEdges(n, src, dst);
    }
}

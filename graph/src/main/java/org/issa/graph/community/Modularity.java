package org.issa.graph.community;

import org.issa.graph.network.Network;

/**
 * Modularity as NetworkX's {@code community.modularity} (resolution 1 by default, weights used when the network
 * is weighted): for an undirected network {@code Q = sum over communities c of L_c / m - gamma * (d_c / 2m)^2},
 * where L_c is the weight of the edges inside c, d_c the total degree of its nodes and m the total edge weight;
 * for a directed one {@code Q = sum of L_c / m - gamma * out_c * in_c / m^2} (Leicht and Newman).
 */
public final class Modularity {

    private Modularity() {
    }

    /** Modularity at resolution 1 of a partition given as one community number per node index. */
    public static double of(Network network, int[] membership) {
        return of(network, membership, 1.0);
    }

    public static double of(Network network, int[] membership, double resolution) {
        int n = network.nodeCount();
        if (membership.length != n) {
            throw new IllegalArgumentException("membership has " + membership.length + " entries for " + n + " nodes");
        }
        int k = 0;
        for (int c : membership) {
            if (c < 0) {
                throw new IllegalArgumentException("community numbers must not be negative");
            }
            k = Math.max(k, c + 1);
        }
        double[] inside = new double[k];
        double[] out = new double[k];
        double[] in = new double[k];
        int[] off = network.outOffsets();
        int[] tgt = network.outTargets();
        double[] w = network.weights();
        double total = 0;
        for (int u = 0; u < n; u++) {
            int cu = membership[u];
            for (int a = off[u]; a < off[u + 1]; a++) {
                int cv = membership[tgt[a]];
                total += w[a];
                out[cu] += w[a];
                in[cv] += w[a];
                if (cu == cv) {
                    inside[cu] += w[a];
                }
            }
        }
        if (total == 0) {
            return Double.NaN;
        }
        double q = 0;
        for (int c = 0; c < k; c++) {
            q += inside[c] / total - resolution * out[c] * in[c] / (total * total);
        }
        return q;
    }
}

package org.issa.graph.centrality;

import org.issa.graph.network.Network;

/**
 * Degree centrality as NetworkX's {@code degree_centrality}: the number of edges of a node (in- plus
 * out-edges when directed) divided by {@code n - 1}; every node scores 1 when the network has one node.
 * Weights are ignored, as in NetworkX.
 */
public final class DegreeCentrality {

    private DegreeCentrality() {
    }

    public static Scores of(Network network) {
        int n = network.nodeCount();
        double[] x = new double[n];
        double s = n <= 1 ? 1.0 : 1.0 / (n - 1);
        for (int v = 0; v < n; v++) {
            x[v] = n <= 1 ? 1.0 : network.degree(v) * s;
        }
        return new Scores(network, Measure.DEGREE, x, true, "normalised by n-1");
    }
}

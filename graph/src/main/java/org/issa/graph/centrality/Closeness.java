package org.issa.graph.centrality;

import java.util.Arrays;
import org.issa.graph.network.DistanceHeap;
import org.issa.graph.network.Network;

/**
 * Closeness centrality as NetworkX's {@code closeness_centrality} with its default {@code wf_improved=True}
 * (Wasserman and Faust's scaling for networks that are not connected): for a node u that reaches r other
 * nodes at total distance D, {@code (r / D) * (r / (n - 1))}, and 0 when it reaches none. For a directed
 * network the distances are those <em>to</em> u (incoming paths), as NetworkX computes on the reversed graph.
 * When the network is weighted, weights are lengths ({@code distance='weight'}). Nodes run in parallel.
 */
public final class Closeness {

    private Closeness() {
    }

    public static Scores of(Network network) {
        int n = network.nodeCount();
        double[] x = new double[n];
        int chunks = Chunks.count(n, 1);
        boolean weighted = network.isWeighted();
        Chunks.each(chunks, c -> {
            Reach reach = new Reach(n, weighted);
            for (int u = Chunks.from(c, n, chunks); u < Chunks.to(c, n, chunks); u++) {
                reach.from(network, u);
                if (reach.total > 0 && n > 1) {
                    double r = reach.reached;
                    double cl = r / reach.total;
                    x[u] = cl * (r / (n - 1.0));
                }
            }
        });
        return new Scores(network, Measure.CLOSENESS, x, true, "wf_improved=True"
                + (network.isDirected() ? ", incoming distances" : "") + (weighted ? ", weight as length" : ""));
    }

    /** Distances along incoming arcs from one node: how many nodes it reaches and at what total distance. */
    static final class Reach {
        final int[] dist;
        final double[] wdist;
        final int[] queue;
        final DistanceHeap heap;
        int reached;
        double total;

        Reach(int n, boolean weighted) {
            dist = new int[n];
            Arrays.fill(dist, -1);
            queue = new int[n];
            wdist = weighted ? new double[n] : null;
            if (weighted) {
                Arrays.fill(wdist, Double.POSITIVE_INFINITY);
            }
            heap = weighted ? new DistanceHeap(n) : null;
        }

        void from(Network g, int u) {
            int[] off = g.inOffsets();
            int[] src = g.inSources();
            reached = 0;
            total = 0;
            int size = 0;
            if (wdist == null) {
                dist[u] = 0;
                queue[size++] = u;
                int head = 0;
                long sum = 0;
                while (head < size) {
                    int v = queue[head++];
                    int dv = dist[v] + 1;
                    for (int a = off[v], e = off[v + 1]; a < e; a++) {
                        int w = src[a];
                        if (dist[w] < 0) {
                            dist[w] = dv;
                            sum += dv;
                            queue[size++] = w;
                        }
                    }
                }
                total = sum;
            } else {
                int[] arc = g.inArcs();
                double[] wt = g.weights();
                wdist[u] = 0;
                heap.push(u, 0);
                while (!heap.isEmpty()) {
                    int v = heap.pop();
                    dist[v] = 0;
                    queue[size++] = v;
                    total += wdist[v];
                    for (int a = off[v], e = off[v + 1]; a < e; a++) {
                        int w = src[a];
                        if (dist[w] >= 0) {
                            continue;
                        }
                        double d = wdist[v] + wt[arc[a]];
                        if (d < wdist[w]) {
                            wdist[w] = d;
                            heap.push(w, d);
                        }
                    }
                }
            }
            reached = size - 1;
            for (int i = 0; i < size; i++) {
                dist[queue[i]] = -1;
                if (wdist != null) {
                    wdist[queue[i]] = Double.POSITIVE_INFINITY;
                }
            }
        }
    }
}

package org.issa.graph.network;

import java.util.List;

/** The edges as they were added, before merging: kept so that a network can be sliced by time or restricted to nodes. */
record RawEdges(int count, int[] sources, int[] targets, double[] weights, long[] times, int[] relations,
                List<String> relationNames) {

    int source(int e) {
        return sources[e];
    }

    int target(int e) {
        return targets[e];
    }

    long time(int e) {
        return times == null ? Network.NO_TIME : times[e];
    }

    long mask(int e) {
        return relations == null || relations[e] < 0 ? 0L : 1L << relations[e];
    }

    void copyTo(int e, Network from, NetworkBuilder to) {
        int r = relations == null ? -1 : relations[e];
        to.addEdge(from.id(sources[e]), from.id(targets[e]), weights == null ? 1.0 : weights[e], time(e),
                r < 0 ? "" : relationNames.get(r));
    }
}

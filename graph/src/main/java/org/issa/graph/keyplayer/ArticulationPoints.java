package org.issa.graph.keyplayer;

import java.util.ArrayList;
import java.util.List;
import org.issa.graph.network.Network;

/**
 * Articulation points (cut vertices): the members whose removal alone disconnects part of the network, found by
 * Tarjan's depth-first search on the network with directions ignored (as NetworkX's {@code articulation_points}
 * on the undirected view). Iterative, so deep networks do not overflow the stack.
 */
public final class ArticulationPoints {

    private ArticulationPoints() {
    }

    /** The articulation points' node indexes, ascending. */
    public static int[] of(Network g) {
        int n = g.nodeCount();
        int[] disc = new int[n];
        int[] low = new int[n];
        int[] parent = new int[n];
        int[] cursor = new int[n];
        boolean[] cut = new boolean[n];
        int[] stack = new int[n];
        int[] oo = g.outOffsets();
        int[] ot = g.outTargets();
        int[] io = g.inOffsets();
        int[] is = g.inSources();
        boolean directed = g.isDirected();
        int time = 0;
        for (int root = 0; root < n; root++) {
            if (disc[root] != 0) {
                continue;
            }
            int rootChildren = 0;
            int top = 0;
            stack[top++] = root;
            disc[root] = low[root] = ++time;
            parent[root] = -1;
            cursor[root] = 0;
            while (top > 0) {
                int v = stack[top - 1];
                int outDeg = oo[v + 1] - oo[v];
                int total = outDeg + (directed ? io[v + 1] - io[v] : 0);
                if (cursor[v] < total) {
                    int c = cursor[v]++;
                    int w = c < outDeg ? ot[oo[v] + c] : is[io[v] + c - outDeg];
                    if (disc[w] == 0) {
                        parent[w] = v;
                        disc[w] = low[w] = ++time;
                        cursor[w] = 0;
                        stack[top++] = w;
                        if (v == root) {
                            rootChildren++;
                        }
                    } else {
                        low[v] = Math.min(low[v], disc[w]);
                    }
                } else {
                    top--;
                    int p = parent[v];
                    if (p >= 0) {
                        low[p] = Math.min(low[p], low[v]);
                        if (p != root && low[v] >= disc[p]) {
                            cut[p] = true;
                        }
                    }
                }
            }
            if (rootChildren > 1) {
                cut[root] = true;
            }
        }
        List<Integer> out = new ArrayList<>();
        for (int v = 0; v < n; v++) {
            if (cut[v]) {
                out.add(v);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The articulation points' ids, in node order. */
    public static List<String> ids(Network g) {
        List<String> out = new ArrayList<>();
        for (int v : of(g)) {
            out.add(g.id(v));
        }
        return out;
    }
}

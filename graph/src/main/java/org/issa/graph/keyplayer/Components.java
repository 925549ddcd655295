package org.issa.graph.keyplayer;

import java.util.BitSet;
import org.issa.graph.network.Network;

/**
 * Connected components of a network, ignoring arc directions (weak components), with some nodes removed,
 * and Borgatti's fragmentation: the share of pairs of remaining nodes that cannot reach each other,
 * {@code 1 - sum of s(s-1) over components / (n(n-1))}.
 */
public final class Components {

    private final Network g;
    private final int[] stack;
    private final int[] mark;
    private int stamp;

    public Components(Network g) {
        this.g = g;
        stack = new int[g.nodeCount()];
        mark = new int[g.nodeCount()];
    }

    /** The number of components and the fragmentation after removing the given nodes (and {@code extra} if ≥ 0). */
    public Split split(BitSet removed, int extra) {
        int n = g.nodeCount();
        stamp++;
        int[] oo = g.outOffsets();
        int[] ot = g.outTargets();
        int[] io = g.inOffsets();
        int[] is = g.inSources();
        boolean directed = g.isDirected();
        int remaining = 0;
        int components = 0;
        int largest = 0;
        double pairs = 0;
        for (int s = 0; s < n; s++) {
            if (removed.get(s) || s == extra) {
                continue;
            }
            remaining++;
            if (mark[s] == stamp) {
                continue;
            }
            components++;
            int size = 0;
            int top = 0;
            stack[top++] = s;
            mark[s] = stamp;
            while (top > 0) {
                int v = stack[--top];
                size++;
                for (int a = oo[v]; a < oo[v + 1]; a++) {
                    int x = ot[a];
                    if (mark[x] != stamp && !removed.get(x) && x != extra) {
                        mark[x] = stamp;
                        stack[top++] = x;
                    }
                }
                if (directed) {
                    for (int a = io[v]; a < io[v + 1]; a++) {
                        int x = is[a];
                        if (mark[x] != stamp && !removed.get(x) && x != extra) {
                            mark[x] = stamp;
                            stack[top++] = x;
                        }
                    }
                }
            }
            largest = Math.max(largest, size);
            pairs += (double) size * (size - 1);
        }
        double fragmentation = remaining < 2 ? 0 : 1 - pairs / ((double) remaining * (remaining - 1));
        return new Split(components, largest, remaining, fragmentation);
    }

    /**
     * A network split.
     *
     * @param components    the number of connected parts
     * @param largest       the size of the largest part
     * @param nodes         the nodes remaining
     * @param fragmentation the share of pairs of remaining nodes that cannot reach each other (0 = connected)
     */
    public record Split(int components, int largest, int nodes, double fragmentation) {
    }
}

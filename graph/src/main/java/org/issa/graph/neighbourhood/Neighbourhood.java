package org.issa.graph.neighbourhood;

import java.util.BitSet;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.issa.graph.network.Network;

/**
 * The neighbourhood of some starting nodes: every node within {@code hops} links of one of them, following
 * links in both directions (who called whom, and who was called), optionally only links of some relation types.
 *
 * @param network  the subnetwork of the nodes reached and the followed links among them
 * @param distance each node reached, with its number of hops from the nearest start (starts at 0), in the
 *                 order reached
 * @param hops     the hop limit asked
 */
public record Neighbourhood(Network network, Map<String, Integer> distance, int hops) {

    public Neighbourhood {
        distance = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(distance));
    }

    /**
     * Expands from the start ids (unknown ids are refused) up to {@code hops} links, following only the
     * given relation types (all when empty).
     */
    public static Neighbourhood expand(Network g, Collection<String> starts, int hops, Set<String> relationTypes) {
        if (hops < 0) {
            throw new IllegalArgumentException("hops must not be negative");
        }
        int n = g.nodeCount();
        int[] dist = new int[n];
        java.util.Arrays.fill(dist, -1);
        int[] queue = new int[n];
        int size = 0;
        for (String id : starts) {
            int v = g.index(id);
            if (v < 0) {
                throw new IllegalArgumentException("no node '" + id + "' in the network");
            }
            if (dist[v] < 0) {
                dist[v] = 0;
                queue[size++] = v;
            }
        }
        long mask = relationTypes.isEmpty() ? -1L : g.relationMask(relationTypes);
        int[] oo = g.outOffsets();
        int[] ot = g.outTargets();
        int[] io = g.inOffsets();
        int[] is = g.inSources();
        int[] ia = g.inArcs();
        int head = 0;
        while (head < size) {
            int v = queue[head++];
            if (dist[v] == hops) {
                continue;
            }
            for (int a = oo[v]; a < oo[v + 1]; a++) {
                int x = ot[a];
                if (dist[x] < 0 && (mask == -1L || (g.relationMask(a) & mask) != 0)) {
                    dist[x] = dist[v] + 1;
                    queue[size++] = x;
                }
            }
            if (g.isDirected()) {
                for (int a = io[v]; a < io[v + 1]; a++) {
                    int x = is[a];
                    if (dist[x] < 0 && (mask == -1L || (g.relationMask(ia[a]) & mask) != 0)) {
                        dist[x] = dist[v] + 1;
                        queue[size++] = x;
                    }
                }
            }
        }
        BitSet reached = new BitSet(n);
        Map<String, Integer> d = new LinkedHashMap<>();
        for (int i = 0; i < size; i++) {
            reached.set(queue[i]);
            d.put(g.id(queue[i]), dist[queue[i]]);
        }
        return new Neighbourhood(g.induced(reached, relationTypes), d, hops);
    }

    /** The expansion in words. */
    public String explain() {
        long starts = distance.values().stream().filter(x -> x == 0).count();
        return String.format(Locale.ROOT, "%d entities lie within %d %s of the %d starting %s; %d links join them.",
                distance.size() - starts, hops, hops == 1 ? "link" : "links", starts, starts == 1 ? "entity" : "entities",
                network.edgeCount());
    }

    /** The ids reached at exactly the given hop count. */
    public List<String> at(int hop) {
        return distance.entrySet().stream().filter(e -> e.getValue() == hop).map(Map.Entry::getKey).toList();
    }
}

package org.issa.graph.community;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.issa.graph.network.Network;

/**
 * A partition of a network's nodes into communities, numbered 0.. from the largest (ties by the smallest
 * node index), with its modularity.
 *
 * @param network    the network partitioned
 * @param membership the community of each node index (do not modify)
 * @param count      the number of communities
 * @param modularity NetworkX's modularity of the partition at resolution 1
 * @param method     how it was found, e.g. {@code louvain seed=42}
 */
public record Communities(Network network, int[] membership, int count, double modularity, String method) {

    /** The community of a node id. */
    public int community(String id) {
        int v = network.index(id);
        if (v < 0) {
            throw new IllegalArgumentException("no node '" + id + "' in the network");
        }
        return membership[v];
    }

    /** The node ids of community c, in node order. */
    public List<String> members(int c) {
        List<String> out = new ArrayList<>();
        for (int v = 0; v < membership.length; v++) {
            if (membership[v] == c) {
                out.add(network.id(v));
            }
        }
        return out;
    }

    /** The partition in words. */
    public String explain() {
        int largest = count == 0 ? 0 : members(0).size();
        return String.format(Locale.ROOT,
                "The %d members form %d groups that talk mostly among themselves (modularity %.3f; above about 0.3"
                        + " the grouping is marked, near 0 it is no better than chance); the largest group has %d members.",
                membership.length, count, modularity, largest);
    }

    /** A community's place in words, e.g. "n12 belongs to group 2 (7 members: n12, n13, …)". */
    public String explain(String id) {
        int c = community(id);
        List<String> m = members(c);
        String list = String.join(", ", m.subList(0, Math.min(8, m.size()))) + (m.size() > 8 ? ", …" : "");
        return String.format(Locale.ROOT, "%s belongs to group %d (%d members: %s).", id, c, m.size(), list);
    }

    /** Renumbers communities by decreasing size, ties by smallest node index. */
    static int[] canonical(int[] membership) {
        int n = membership.length;
        int k = 0;
        for (int c : membership) {
            k = Math.max(k, c + 1);
        }
        int[] size = new int[k];
        int[] firstNode = new int[k];
        java.util.Arrays.fill(firstNode, Integer.MAX_VALUE);
        for (int v = 0; v < n; v++) {
            size[membership[v]]++;
            firstNode[membership[v]] = Math.min(firstNode[membership[v]], v);
        }
        Integer[] order = new Integer[k];
        for (int c = 0; c < k; c++) {
            order[c] = c;
        }
        java.util.Arrays.sort(order, (a, b) -> size[a] != size[b] ? Integer.compare(size[b], size[a])
                : Integer.compare(firstNode[a], firstNode[b]));
        int[] rename = new int[k];
        java.util.Arrays.fill(rename, -1);
        int next = 0;
        for (Integer c : order) {
            if (size[c] > 0) {
                rename[c] = next++;
            }
        }
        int[] out = new int[n];
        for (int v = 0; v < n; v++) {
            out[v] = rename[membership[v]];
        }
        return out;
    }
}

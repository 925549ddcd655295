package org.issa.investigation.link;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.issa.graph.network.Network;
import org.issa.graph.network.NetworkBuilder;

/**
 * The nodes and links a reader may see within a scope, as fetched from the store (markings already
 * applied in the query), and the graph engine's network built from them.
 */
public record Subgraph(Map<String, Node> nodes, List<Link> links) {

    public Subgraph {
        nodes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(nodes));
        links = List.copyOf(links);
    }

    /**
     * The network: undirected unless asked (then undirected links become two arcs); weights kept only when asked;
     * each edge's time is the epoch day of its first date.
     */
    public Network network(boolean directed, boolean weighted) {
        NetworkBuilder b = (directed ? Network.directed() : Network.undirected()).weighted(weighted);
        nodes.keySet().forEach(b::node);
        for (Link l : links) {
            long t = l.from().map(d -> d.toEpochDay()).orElse(Network.NO_TIME);
            b.addEdge(l.source(), l.target(), l.weight(), t, l.relation());
            if (directed && !l.directed()) {
                b.addEdge(l.target(), l.source(), l.weight(), t, l.relation());
            }
        }
        return b.build();
    }

    /** The part of this subgraph among the given nodes. */
    public Subgraph among(Collection<String> ids, Set<String> relations) {
        Set<String> keep = Set.copyOf(ids);
        Map<String, Node> n = new LinkedHashMap<>();
        ids.forEach(id -> {
            if (nodes.containsKey(id)) {
                n.put(id, nodes.get(id));
            }
        });
        return new Subgraph(n, links.stream().filter(l -> keep.contains(l.source()) && keep.contains(l.target())
                && (relations.isEmpty() || relations.contains(l.relation()))).toList());
    }

    public String caption(String id) {
        Node n = nodes.get(id);
        return n == null ? id : n.caption();
    }
}

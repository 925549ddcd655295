package org.issa.graph.identifier;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.issa.graph.network.Network;
import org.issa.graph.network.NetworkBuilder;

/**
 * Links between entities that share an identifying value, computed across datasets: entity ids are taken as
 * given (qualify them with their dataset when ids may collide). Values are compared {@link Identifier#normalised()
 * normalised}; empty normalised values are ignored. A value held by more than {@code maxGroup} entities
 * (a call-centre number, a registered agent's address) links none of them and is reported in
 * {@link Result#hubs()} instead, so that one bulk value does not produce a quadratic number of links.
 */
public final class SharedIdentifiers {

    public static final int DEFAULT_MAX_GROUP = 50;

    private SharedIdentifiers() {
    }

    /**
     * The result.
     *
     * @param links one link per pair of entities and shared value, ordered by type, value, then ids
     * @param hubs  values held by more than the group limit, as {@code type:value} to the number of entities
     */
    public record Result(List<SharedLink> links, Map<String, Integer> hubs) {

        /** The links as an undirected network whose relation types are {@code shared-<type>}. */
        public Network network() {
            NetworkBuilder b = Network.undirected();
            for (SharedLink l : links) {
                b.addEdge(l.first(), l.second(), 1.0, Network.NO_TIME, "shared-" + l.type());
            }
            return b.build();
        }
    }

    public static Result find(Map<String, List<Identifier>> identifiers) {
        return find(identifiers, DEFAULT_MAX_GROUP);
    }

    public static Result find(Map<String, List<Identifier>> identifiers, int maxGroup) {
        Map<String, Set<String>> holders = new HashMap<>();
        for (Map.Entry<String, List<Identifier>> e : identifiers.entrySet()) {
            for (Identifier id : e.getValue()) {
                String norm = id.normalised();
                if (!norm.isEmpty()) {
                    holders.computeIfAbsent(id.type() + "\u0000" + norm, k -> new TreeSet<>()).add(e.getKey());
                }
            }
        }
        List<String> keys = new ArrayList<>(holders.keySet());
        keys.sort(null);
        List<SharedLink> links = new ArrayList<>();
        Map<String, Integer> hubs = new java.util.LinkedHashMap<>();
        for (String key : keys) {
            List<String> ids = new ArrayList<>(holders.get(key));
            if (ids.size() < 2) {
                continue;
            }
            int sep = key.indexOf('\u0000');
            String type = key.substring(0, sep);
            String value = key.substring(sep + 1);
            if (ids.size() > maxGroup) {
                hubs.put(type + ":" + value, ids.size());
                continue;
            }
            for (int i = 0; i < ids.size(); i++) {
                for (int j = i + 1; j < ids.size(); j++) {
                    links.add(new SharedLink(ids.get(i), ids.get(j), type, value));
                }
            }
        }
        return new Result(List.copyOf(links), java.util.Collections.unmodifiableMap(hubs));
    }

    /** The distinct types of the given links. */
    static Set<String> types(List<SharedLink> links) {
        Set<String> out = new LinkedHashSet<>();
        links.forEach(l -> out.add(l.type()));
        return out;
    }
}

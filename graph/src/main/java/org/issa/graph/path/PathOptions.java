package org.issa.graph.path;

import java.util.Set;

/**
 * Restrictions on the paths searched. The two end points are always allowed.
 *
 * @param avoid         node ids no path may pass through (e.g. a bank, an auditor, a telecom operator)
 * @param maxDegree     nodes with more links than this are not passed through (hubs); 0 for no cap
 * @param relationTypes only edges of these relation types are followed; empty for all
 */
public record PathOptions(Set<String> avoid, int maxDegree, Set<String> relationTypes) {

    /** No restriction. */
    public static final PathOptions NONE = new PathOptions(Set.of(), 0, Set.of());

    public PathOptions {
        avoid = Set.copyOf(avoid);
        relationTypes = Set.copyOf(relationTypes);
        if (maxDegree < 0) {
            throw new IllegalArgumentException("maxDegree must not be negative");
        }
    }

    public PathOptions avoiding(Set<String> ids) {
        return new PathOptions(ids, maxDegree, relationTypes);
    }

    public PathOptions withMaxDegree(int degree) {
        return new PathOptions(avoid, degree, relationTypes);
    }

    public PathOptions withRelationTypes(Set<String> types) {
        return new PathOptions(avoid, maxDegree, types);
    }
}

package org.issa.graph.path;

import java.util.List;
import java.util.Optional;
import org.issa.graph.network.Network;

/**
 * Shortest paths and k shortest simple paths between two nodes, following arc directions in a directed
 * network and using weights as lengths in a weighted one. An unweighted search is a bidirectional
 * breadth-first search (as NetworkX's {@code shortest_path}); a weighted one is Dijkstra's algorithm.
 * The k shortest simple paths are Yen's algorithm (as NetworkX's {@code shortest_simple_paths}), in order of
 * length. Among equally short paths, which one is returned is not specified. For many queries on one network,
 * use one {@link #finder(Network) PathFinder}: these static methods allocate a new one per call.
 */
public final class Paths {

    private Paths() {
    }

    /** A reusable finder for many queries on one network (one per thread). */
    public static PathFinder finder(Network network) {
        return new PathFinder(network);
    }

    /** The shortest path, or empty when the end is unreachable under the options. */
    public static Optional<Path> shortest(Network network, String from, String to, PathOptions options) {
        return new PathFinder(network).shortest(from, to, options);
    }

    /** Up to k shortest simple paths, shortest first (Yen). */
    public static List<Path> kShortest(Network network, String from, String to, int k, PathOptions options) {
        return new PathFinder(network).kShortest(from, to, k, options);
    }
}
